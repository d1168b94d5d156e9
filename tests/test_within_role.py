"""A recruiter asks about one part of a role that no fixed facet covers
("which message queues", "what's the on-call like", "any learning budget",
"is it involved in vendor work") and gets the role's items that speak of
it, under their own sections, with sources. A question about something the
role's documents never mention still gets the usual answer, never made-up items.

The store holds one small posting of an invented company, written here, and
the bundled seeds.
"""

import pytest

from bot import open_assistant
from bot.within_role import WITHIN_ROLE
from knowledge import Store, bundled_seeds_dir, ingest_paths
from tests.conftest import _postgres_url
from tests.postings import ask

POSTING = """\
---
title: Platform Engineer
company: Larkspur Freight
location: Lisbon, Portugal (hybrid)
employment_type: Full-time
---

# Platform Engineer

## About the role

Keep the systems that route our parcels fast and boring.

## Responsibilities

- Build and run the shared deployment pipeline
- Take part in the on-call rotation, one week in six, as the first point of escalation for outages
- Look after the relationship with our CDN supplier and review its monthly reports
- Mentor two junior engineers

## Requirements

- 4+ years running production services
- Experience with message brokers such as Kafka or NATS
- Comfortable with Terraform

## Perks

- Annual learning budget of 1,500 EUR for conferences and courses
- 25 days of paid holiday
"""


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def assistant(request, tmp_path_factory):
    """The posting above and the seeds, in one store per engine."""
    folder = tmp_path_factory.mktemp("within-role")
    (folder / "platform-engineer.md").write_text(POSTING, encoding="utf-8")
    url = f"sqlite:///{folder / 'rolecall.db'}" if request.param == "sqlite" else _postgres_url(request)
    store = Store(url)
    ingest_paths(store, [folder, bundled_seeds_dir()])
    assistant = open_assistant(url, seed=False)
    yield assistant
    assistant.knowledge.store.dispose()
    store.dispose()


@pytest.mark.parametrize("question, shown, section", [
    ("which message queues should a platform engineer know", "Kafka or NATS", "Requirements"),
    ("does the platform engineer manage people?", "Mentor two junior engineers", "Responsibilities"),
    ("does the platform engineer deal with suppliers", "CDN supplier", "Responsibilities"),
])
def test_a_question_about_one_part_of_a_role_answers_with_the_items_about_it(assistant, question, shown, section):
    answer, text = ask(assistant, question)
    assert answer.intent == WITHIN_ROLE
    assert shown in text
    assert section in [s.title for s in answer.sections]
    assert answer.sources == ("platform-engineer.md",)
    assert "Terraform" not in text  # only the items about it, not the whole role


def test_items_named_in_a_documents_own_terms_are_found_by_the_everyday_word(assistant):
    """The seeds say "Kafka, RabbitMQ" where the recruiter says "message queues"."""
    answer, text = ask(assistant, "which message queues should a lead backend engineer know")
    assert answer.intent == WITHIN_ROLE
    assert "Kafka, RabbitMQ" in text
    assert answer.roles == ("Lead Back End Engineer",)


def test_a_learning_budget_is_found_among_the_perks(assistant):
    answer, text = ask(assistant, "any learning budget for the platform engineer?")
    assert "learning budget of 1,500 EUR" in text
    assert answer.sources == ("platform-engineer.md",)


def test_whether_a_role_takes_part_in_something_its_duties_name(assistant):
    answer, text = ask(assistant, "what's the on-call situation for an expert swe?")
    assert "final point of escalation" in text
    answer, text = ask(assistant, "is the expert software engineer involved in hiring?")
    assert "hiring process for senior technical talent" in text
    answer, text = ask(assistant, "is the global lead engineer involved in cloud cost work?")
    assert "cost-optimization" in text


def test_something_the_role_never_mentions_gets_the_usual_answer_not_invented_items(assistant):
    answer, text = ask(assistant, "is the platform engineer into astrology")
    assert answer.intent != WITHIN_ROLE
    assert "astrology" not in text.lower()


def test_a_facet_asked_clearly_is_still_answered_by_the_facet(assistant):
    answer, _text = ask(assistant, "what are the responsibilities of the platform engineer")
    assert answer.intent == "primary_responsibilities"
    answer, _text = ask(assistant, "platform engineer salary")
    assert answer.intent == "salary"


def test_a_list_under_a_heading_is_found_by_the_word_for_the_heading(assistant):
    """The hiring guide lists tool categories; a recruiter asks for the toolbox."""
    answer, text = ask(assistant, "what does a lead backend engineer's digital toolbox look like?")
    assert "Version Control" in text and "Monitoring" in text


def test_asking_what_rules_a_candidate_out_finds_the_warning_signs(assistant):
    _answer, text = ask(assistant, "what should make me pass on a lead back end engineer candidate")
    assert "can't explain their past architectural decisions" in text
    assert "passion for teaching" not in text  # "pass" is not "passion"


def test_a_facet_named_in_the_singular_is_still_the_facet(assistant):
    answer, text = ask(assistant, "hard skill list, expert software engineer")
    assert answer.intent == "hard_skills"
    assert "Kafka, RabbitMQ, or SQS" in text


def test_a_facet_answer_also_shows_the_item_the_questions_other_words_name(assistant):
    """"does X need Agile experience": the experience, and the item about Agile."""
    answer, text = ask(assistant, "does global lead engineer need Agile experience")
    assert answer.intent == "experience"
    assert "12-18+ years" in text
    assert "Agile/Scrum Methodologies" in text



def test_another_form_of_a_word_finds_the_item_that_uses_it(assistant):
    """Asked about "architecture", the role's line about its "architectural"
    vision counts: two forms of one word that differ only at the end."""
    answer, text = ask(assistant, "candidate asked: is the global lead engineer hands-on or only architecture?")
    assert answer.intent == WITHIN_ROLE
    assert "hands-on role" in text
    _answer, text = ask(assistant, "candidate can't explain why they picked their past architecture — lead backend, worry?")
    assert "leadership challenges" in text


def test_the_documents_own_phrase_for_a_facet_brings_the_item_that_says_it(assistant):
    """"ideal candidate" asks for the skills, and the Engineer's overview
    says what its ideal candidates show in those words: both are answered."""
    answer, text = ask(assistant, "ideal candidate for the engineer role?")
    assert answer.roles == ("Engineer",)
    assert "Hard skills" in text
    assert "Ideal candidates demonstrate strong technical competency" in text


def test_the_title_repeats_the_topic_as_the_documents_write_it(assistant):
    """Words are matched by their stems ("kubernete"); the title says the word as the items shown write it."""
    answer, _text = ask(assistant, "is kubernetes required for the lead backend engineer")
    assert answer.intent == WITHIN_ROLE
    assert answer.title == "Lead Back End Engineer: about Kubernetes"


def test_what_a_role_does_is_its_duties_even_when_its_pay_reads_doe(tmp_path):
    """"What does X do?" is a duties question: "does" is a function word, and
    its stem ("doe") must not find a salary written "DOE" (depending on
    experience), as in this page of three roles from real4."""
    from pathlib import Path

    from tests.postings import assistant_on

    page = Path(__file__).parent / "documents" / "real4" / "saltire-robotics-hiring-now.md"
    assistant = assistant_on({page.name: page.read_text(encoding="utf-8")}, tmp_path)
    answer, text = ask(assistant, "what does an offshore field engineer do?")
    assert "inspection report" in text and "DOE" not in text


def test_a_verb_asked_finds_the_items_that_say_it_in_another_form(assistant):
    """Asked whether the role still codes, the item on "hands-on coding" is
    about it: "code" and "coding" are one word, as "component" and "components" are."""
    answer, text = ask(assistant, "does the global lead engineer still code?")
    assert answer.intent == WITHIN_ROLE
    assert "hands-on coding on critical components" in text


def test_a_language_asked_is_not_the_start_of_a_longer_word(assistant):
    """"Scala" begins "scalable": a role's items on scalable platforms say
    nothing of the language, so they are not shown as what its documents say
    about Scala."""
    _answer, text = ask(assistant, "is scala something the expert software engineer needs?")
    assert "about “scala”" not in text


def test_a_certification_asked_beside_a_skill_shows_the_item_on_certifications_first(assistant):
    """Three of the engineer's items name AWS; the question asks about a
    certification in it, so the preferred education that lists the AWS
    certifications comes first, the duties and skills after."""
    _answer, text = ask(assistant, "engineer: is an AWS certification worth having?")
    certs = text.index("AWS/GCP/Azure certifications")
    assert certs < text.index("Deep familiarity with cloud platforms")


def test_a_clipped_word_still_finds_the_word_it_clips(assistant):
    """Matching by endings only, "retros" finds "retrospectives" as the short form it is."""
    _answer, text = ask(assistant, "are retros something the lead backend engineer runs?")
    assert "retrospectives" in text.lower()


def test_items_of_one_section_are_shown_under_one_heading_whichever_came_first(assistant):
    # the item naming the asked word first, the other of the same section after it: one heading
    _answer, text = ask(assistant, "what is the on-call like for the lead backend engineer")

    assert text.count("Primary responsibilities:") == 1 and "On-Call Rotation" in text
