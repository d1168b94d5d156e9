"""Recruiters ask about what postings say beyond the seeds' two layouts:
requirements and nice-to-haves, benefits, where and how the job is done,
levels, the hiring process, the team, the company, and any section of the
posting by its heading. The answer shows the role's items under the posting's
own headings, with its sources, on the CLI, Slack and Teams alike.

The store holds the seeds and every document of tests/documents.
"""

import pytest

from adapters.slack.buttons import Asked
from adapters.slack.render import render_message
from adapters.teams.render import render_card
from bot import ANSWER, Question, open_assistant, render_text
from knowledge import Store, ingest_paths
from tests.conftest import PROJECT, SEEDS, _postgres_url
from tests.fake_slack import all_text
from tests.test_teams_render import text_blocks

DOCUMENTS = PROJECT / "tests" / "documents"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(request, tmp_path_factory):
    """One store of the seeds and the corpus per engine, ingested once."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('postings') / 'rolecall.db'}"
    else:
        url = _postgres_url(request)
    store = Store(url)
    report = ingest_paths(store, [SEEDS, DOCUMENTS])
    assistant = open_assistant(url, seed=False)
    yield assistant, report
    assistant.knowledge.store.dispose()
    store.dispose()


def ask(corpus, text):
    assistant, _report = corpus
    answer = assistant.ask(Question(text, platform="test"))
    return answer, render_text(answer)


# (question, role, intent, a section title shown, a fact shown, a fact of another section not shown)
FACETS = [
    ("must-haves for the site reliability engineer", "Site Reliability Engineer", "requirements",
     "Requirements", "Hands-on Kubernetes and Terraform", "99.95% availability"),
    ("what does the devops engineer need to bring", "DevOps Engineer", "requirements",
     "What you'll bring", "3+ years in a DevOps, build or infrastructure role", "Experience with Perforce"),
    ("nice to haves for the devops engineer", "DevOps Engineer", "nice_to_have",
     "Nice to have", "Experience with Perforce", "Unlimited game library budget"),
    ("what benefits does the devops engineer get", "DevOps Engineer", "benefits",
     "Benefits", "Unlimited game library budget", "Experience with Perforce"),
    ("is the SRE remote?", "Site Reliability Engineer", "location",
     "Location", "Toronto", "99.95% availability"),
    ("is the SRE job full-time or contract", "Site Reliability Engineer", "employment_type",
     "Employment type", "Full-time", "Toronto"),
    ("what levels are there in the software engineer job family", "Software Engineer job family", "levels",
     "Levels", "Staff Software Engineer (L4)", "calibration committee"),
    ("walk me through the interview process for the quillfeather backend engineer", "Backend Engineer",
     "hiring_process", "Hiring process", "Take-home exercise", "independent veterinary clinics"),
    ("who does the SRE report to?", "Site Reliability Engineer", "team",
     "Reports to", "Director of Infrastructure", "99.95% availability"),
    ("who will the SRE work with", "Site Reliability Engineer", "team",
     "Who you'll work with", "Payments API team", "Hands-on Kubernetes"),
    ("tell me about the company hiring the UX researcher", "UX Researcher (Senior)", "about_the_company",
     "About us", "energy-management software", "Kreuzberg"),
]


@pytest.mark.parametrize("question, role, intent, heading, shown, not_shown", FACETS)
def test_each_facet_of_a_posting_is_answered_under_its_own_heading(corpus, question, role, intent, heading,
                                                                     shown, not_shown):
    answer, text = ask(corpus, question)

    assert answer.kind == ANSWER and answer.roles == (role,), question
    assert answer.intent == intent, question
    assert heading in [s.title for s in answer.sections], question
    assert shown in text and not_shown not in text, question
    assert answer.sources and all(item.source for s in answer.sections for item in s.items), question


@pytest.mark.parametrize("question, role, heading, shown", [
    ("what are the success metrics for the SRE role?", "Site Reliability Engineer", "Success metrics",
     "99.95% availability"),
    # real12 holds a second customer success manager (Benelux) and data analyst: say which
    ("success metrics for the mid-market customer success manager?", "Customer Success Manager, Mid-Market",
     "Success metrics", "92%"),
    ("when does the QA automation contractor start", "QA Automation Contractor", "Start date", "2027-01-11"),
])
def test_a_section_no_facet_names_is_found_by_the_words_of_its_heading(corpus, question, role, heading, shown):
    answer, text = ask(corpus, question)

    assert answer.kind == ANSWER and answer.intent == "named_section", question
    assert answer.roles == (role,) and [s.title for s in answer.sections] == [heading], question
    assert shown in text and answer.sources, question


@pytest.mark.parametrize("question, shown, not_shown", [
    ("junior accountant education", "Bachelor's degree in Accounting or Finance", "Solid Excel skills"),
    ("experience for the junior accountant", "0-2 years of accounting experience", "Solid Excel skills"),
])
def test_education_and_experience_stated_among_the_requirements_are_found_there(corpus, question, shown,
                                                                                 not_shown):
    answer, text = ask(corpus, question)

    assert answer.kind == ANSWER and answer.roles == ("Junior Accountant",), question
    assert [s.title for s in answer.sections] == ["Qualifications"], question
    assert shown in text and not_shown not in text, question


def test_a_question_no_heading_matches_keeps_the_overview(corpus):
    answer, text = ask(corpus, "tell me about the site reliability engineer")

    assert answer.intent == "overview" and answer.roles == ("Site Reliability Engineer",)
    assert "Success metrics" not in [s.title for s in answer.sections]


def test_a_role_from_the_seeds_alone_answers_as_before(corpus):
    """'remote' is the location of a posting, and still the perks and working
    arrangements of a role the seeds describe."""
    answer, text = ask(corpus, "is the lead backend engineer remote")

    assert answer.intent == "perks" and answer.title == "Lead Back End Engineer: perks and working arrangements"
    assert [s.title for s in answer.sections] == ["Location", "Employment type", "Perks"]
    assert [s.label for s in answer.suggestions] == ["Responsibilities", "Salary", "Hard skills", "Soft skills"]
    answer, _ = ask(corpus, "must-haves for the lead backend engineer")
    assert answer.intent == "skills"


def test_a_posting_role_offers_its_postings_facets_next(corpus):
    answer, _text = ask(corpus, "what are the success metrics for the SRE role?")

    labels = [s.label for s in answer.suggestions]
    assert labels == ["Responsibilities", "Salary", "Requirements", "Nice to have"]
    assert answer.suggestions[2].question == "requirements for Site Reliability Engineer"
    answer, _text = ask(corpus, answer.suggestions[2].question)
    assert answer.intent == "requirements" and answer.roles == ("Site Reliability Engineer",)


@pytest.mark.parametrize("question, role", [
    ("warehouse shift lead salary", "Warehouse Shift Lead (Nights)"),
    ("what does the frontend developer earn", "Frontend Developer (React)"),
    ("commercial data analyst salary", "Data Analyst, Commercial"),
    ("what does an SRE earn", "Site Reliability Engineer"),
    ("nordwind senior data engineer salary", "Senior Data Engineer"),
    ("what does the harborlight backend engineer earn", "Backend Engineer"),
])
def test_a_role_is_found_by_its_main_words_initials_or_company(corpus, question, role):
    answer, _text = ask(corpus, question)

    assert answer.kind == ANSWER and answer.roles == (role,), question


def test_a_company_named_alone_lists_its_roles(corpus):
    answer, text = ask(corpus, "which roles does Ashgrove Payments have")

    assert answer.intent == "list_roles"
    assert {"Account Executive, Mid-Market", "Sales Development Representative"} <= set(answer.roles)
    assert "Platform Engineer" not in answer.roles


def test_the_completeness_report_expects_of_each_role_what_its_documents_usually_have(corpus):
    _assistant, report = corpus
    completeness = report.completeness

    assert completeness["DevOps Engineer"] == []  # requirements stand for its skills
    assert completeness["Engineer"] == ["salary not stated"]  # a role profile, as before
    assert completeness["Global Lead Engineer"] == []
    assert completeness["Software Engineer job family"] == []  # its levels hold the facts
    # its place is read from the facts line under its title ("Ridgeway Insurance | Remote (US) | 1099 contract")
    assert completeness["Data Scientist – Pricing (Contract)"] == ["benefits"]


def test_slack_and_teams_show_a_named_section_under_its_heading(corpus):
    answer, _text = ask(corpus, "who will the SRE work with")

    slack = all_text(render_message(answer, Asked("who will the SRE work with", "slack:T1:C1")))
    teams = "\n".join(text_blocks(render_card(answer)))
    for drawn in (slack, teams):
        assert "Who you'll work with" in drawn or "Who you’ll work with" in drawn
        assert "Payments API team" in drawn and "Reports to" in drawn
        assert "site-reliability-engineer.md" in drawn
