"""A recruiter asks about the whole store rather than one role: which roles
don't mention a tool, which need one tool or another, which take under five
years, which can reach a budget, how many roles there are, which of the lead
roles pays best. The answer is about the roles asked for (never the opposite
set), and says what it compared.

Three small postings of an invented company are written here; the career and
ranking stories use the bundled seeds.
"""

import pytest

from bot import ANSWER, open_assistant
from knowledge import Store, ingest_paths
from tests.postings import ask

POSTINGS = {
    "platform-engineer.md": """\
---
title: Platform Engineer
company: Larchmont Freight
location: Remote (US)
---

# Platform Engineer

## Requirements

- 6+ years running Kubernetes in production
- Terraform for all infrastructure changes
- Keep information flowing between on-call teams

## Compensation

$150,000 - $190,000 per year

## Benefits

- Health insurance and a 401(k) match
""",
    "data-analyst.md": """\
---
title: Data Analyst
company: Larchmont Freight
location: Denver, CO
---

# Data Analyst

## Requirements

- 2+ years writing SQL
- Python and Looker dashboards
- A degree in Information Technology or Statistics

## Compensation

$90,000 - $120,000 per year
""",
    "staff-engineer.md": """\
---
title: Staff Streaming Engineer
company: Larchmont Freight
location: Remote (US)
---

# Staff Streaming Engineer

## Requirements

- 10+ years building distributed systems in Rust
- Deep Kafka and Python experience; k8s operators a plus

## Compensation

$200,000 - $240,000 per year

## Benefits

- Health insurance and a learning budget
""",
}


@pytest.fixture(scope="module")
def postings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store-wide")
    for name, text in POSTINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'rolecall.db'}"
    ingest_paths(Store(url), [folder])
    return open_assistant(url, seed=False)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'rolecall.db'}")


def test_roles_that_dont_mention_a_tool_are_the_ones_without_it(postings):
    answer, text = ask(postings, "which roles don't mention Kubernetes?")
    assert answer.kind == ANSWER
    assert answer.title == "Roles that don't mention Kubernetes"
    assert answer.roles == ("Data Analyst",)
    assert "Platform Engineer" not in text  # the roles that do are counted, never named


def test_isnt_and_without_negate_too(postings):
    assert ask(postings, "roles where Rust isn't mentioned")[0].roles == ("Data Analyst", "Platform Engineer")
    assert ask(postings, "roles without Terraform")[0].roles == ("Data Analyst", "Staff Streaming Engineer")


def test_roles_with_no_benefits_listed_are_those_whose_documents_state_none(postings):
    answer, _ = ask(postings, "which roles have no benefits listed? I need to chase HR")
    assert answer.roles == ("Data Analyst",)
    assert "don't state their benefits" in answer.title


def test_one_tool_or_another_and_both_tools(postings):
    either = ask(postings, "which roles mention Terraform or Rust")[0]
    assert set(either.roles) == {"Platform Engineer", "Staff Streaming Engineer"}
    both = ask(postings, "which roles need Python and Kafka")[0]
    assert both.roles == ("Staff Streaming Engineer",)


def test_a_tool_whose_name_starts_with_a_small_word_is_searched_whole(seeds):
    """"New Relic", typed capitalized, is one name: not a search for "relic"."""
    answer, _ = ask(seeds, "which roles list Jaeger OR New Relic")
    assert answer.title == "Roles that mention Jaeger or New Relic"
    assert set(answer.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}
    assert ask(seeds, "Which Roles Need Kubernetes")[0].title == "Roles that mention Kubernetes"


def test_a_tool_for_a_purpose_is_searched_by_the_tool(postings):
    answer, _ = ask(postings, "roles that use Terraform for infrastructure automation")
    assert answer.title == "Roles that mention Terraform"
    assert answer.roles == ("Platform Engineer",)


def test_a_short_form_finds_the_long_one(postings):
    answer, _ = ask(postings, "which roles mention k8s")
    assert set(answer.roles) == {"Platform Engineer", "Staff Streaming Engineer"}


def test_a_years_threshold_says_which_end_it_compared(postings):
    answer, text = ask(postings, "roles needing under 5 years")
    assert answer.roles == ("Data Analyst",)
    assert "low end" in text
    assert ask(postings, "roles that need at least 10 years")[0].roles == ("Staff Streaming Engineer",)
    assert set(ask(postings, "which roles take 6 years or less")[0].roles) == {"Platform Engineer", "Data Analyst"}


def test_needing_n_plus_years_asks_for_a_minimum_of_n(seeds):
    """A role that takes 8-12 years does not "need ten plus years": the low
    end is compared, said in words or with "plus", never read as pay."""
    for question in ("which roles need ten plus years", "roles needing 10 plus years", "which roles need ten+ years"):
        answer, text = ask(seeds, question)
        assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}, question
        assert "low end" in text and "$" not in text


def test_what_a_role_can_require_compares_the_top_of_its_range(seeds):
    answer, text = ask(seeds, "roles that can require more than 15 years")
    assert answer.roles == ("Global Lead Engineer",)
    assert "the top of each" in text


def test_a_pay_threshold_counts_the_amount_itself_when_asked_and_names_the_end(postings):
    reach = ask(postings, "which roles can reach 240k")[0]
    assert reach.roles == ("Staff Streaming Engineer",)
    floor, text = ask(postings, "roles with a salary floor below 100k")
    assert floor.roles == ("Data Analyst",)
    assert "the bottom of each" in text
    plus = ask(postings, "roles paying 230k+ at the top")[0]  # "+" glued to the amount: that much or more
    assert plus.roles == ("Staff Streaming Engineer",)
    under = ask(postings, "my budget caps at 190k - which roles' ranges fit entirely under that?")[0]
    assert set(under.roles) == {"Platform Engineer", "Data Analyst"}


def test_how_many_roles_is_a_count_not_a_search(postings):
    for question in ("how many roles are there?", "how many JDs do you have", "give me the full list of roles"):
        answer, _ = ask(postings, question)
        assert answer.title == "I know 3 roles", question


def test_the_best_paid_of_the_lead_roles_is_ranked_not_asked_back(seeds):
    answer, text = ask(seeds, "best paid of the lead roles?")
    assert answer.kind == ANSWER
    assert answer.roles == ("Global Lead Engineer", "Lead Back End Engineer")
    assert "250,000" in text and "Expert Software Engineer" not in text


def test_order_the_roles_by_experience_and_which_comes_last(seeds):
    ordered = ask(seeds, "order the roles by years of experience")[0]
    assert ordered.roles[0] == "Global Lead Engineer" and ordered.roles[-1] == "Engineer"
    last = ask(seeds, "if I sort by the top of the salary band, which role comes last?")[0]
    assert last.roles[0] == "Lead Back End Engineer"


def test_roles_that_dont_lead_somewhere_are_the_others(seeds):
    answer, _ = ask(seeds, "roles that don't lead to Chief Architect")
    assert answer.title == "Roles that don't lead to Chief Architect"
    assert "Lead Back End Engineer" in answer.roles
    assert "Global Lead Engineer" not in answer.roles


def test_a_term_is_read_with_the_intent_word_beside_it_when_documents_say_so(postings):
    answer, _ = ask(postings, "which roles list Information Technology as a field of study")
    assert answer.title == "Roles that mention Information Technology"
    assert answer.roles == ("Data Analyst",)


def test_one_tool_but_not_another_leaves_out_the_roles_that_mention_both(postings):
    """"Python but not Kafka": the roles that mention Python, less those that
    also mention Kafka; when every one does, it says so rather than that no
    document mentions Python."""
    for question in ("roles using Python but not Kafka", "python roles without kafka", "roles with Python and no Kafka"):
        answer, text = ask(postings, question)
        assert answer.roles == ("Data Analyst",), question
        assert "Staff Streaming Engineer" not in text, question
    none, text = ask(postings, "roles mentioning Kafka but not Python")
    assert none.roles == ()
    assert "Every role that mentions “Kafka” also mentions “Python”" in text


def test_every_role_and_its_pay_is_each_role_with_its_range(seeds):
    """"Every role and its salary" asks the salary of each role, not which
    role is meant; a role whose document leaves it blank is "not stated"."""
    for question in ("show me every role and its salary", "what does each role pay", "pay for each of the roles",
                     "what is the pay for all positions"):
        answer, text = ask(seeds, question)
        assert answer.kind == ANSWER, question
        assert "275,000" in text and "250,000" in text and "160,000" in text, question
        assert "not stated" in text and "Engineer" in text, question


def test_a_fact_asked_of_all_roles_is_shown_side_by_side(seeds):
    answer, text = ask(seeds, "education for every role")
    assert set(answer.roles) == {"Engineer", "Expert Software Engineer", "Global Lead Engineer",
                                 "Lead Back End Engineer"}
    assert "Bachelor" in text


def test_the_role_a_number_of_years_fits_is_found_among_all(seeds):
    """"What role fits someone with 5 YOE", in the singular and naming no
    role, asks which of all the roles takes five years, not which role is meant."""
    for question in ("what role fits someone with 5 YOE", "which position suits a candidate with 5 years"):
        answer, text = ask(seeds, question)
        assert answer.roles == ("Engineer",), question
        assert "3-7" in text, question


def test_a_role_named_by_its_initials_beside_another_is_compared(seeds):
    """"lbe or engineer": the initials name the Lead Back End Engineer as
    fully as its title, so both roles are compared, the blank salary "not stated"."""
    answer, text = ask(seeds, "which pays more, lbe or engineer")
    assert set(answer.roles) == {"Lead Back End Engineer", "Engineer"}
    assert "160,000" in text and "Not stated for Engineer" in text
    alone, _ = ask(seeds, "engineer salary")
    assert alone.title == "Engineer: salary not stated"


def test_the_lowest_of_all_roles_is_still_a_ranking_from_the_bottom(seeds):
    answer, _text = ask(seeds, "what's the lowest salary of all roles")
    assert answer.roles[0] == "Lead Back End Engineer"


def test_years_someone_has_and_which_role_asks_which_range_they_fit(seeds):
    """"Hiring manager wants someone with 6 yrs, which role?": no comparing
    words, one role asked for: the role whose range holds six years."""
    answer, text = ask(seeds, "hiring manager wants someone with 6 yrs, which role?")
    assert answer.roles == ("Engineer",)
    assert "3-7 years" in text


@pytest.mark.parametrize("question", [
    "which role's experience range goes up to 18 years?",
    "which roles have an experience range that extends to 18 years",
])
def test_a_range_that_goes_up_to_some_years_reaches_them_at_its_top(seeds, question):
    answer, text = ask(seeds, question)
    assert answer.roles == ("Global Lead Engineer",)
    assert "the top of each" in text


@pytest.mark.parametrize("question", [
    "budget is 190k max. which roles can we afford at the top of the band?",
    "max budget 190k, which roles fit entirely?",
])
def test_a_cap_said_as_max_before_or_after_the_amount_is_at_most(postings, question):
    answer, _text = ask(postings, question)
    assert set(answer.roles) == {"Platform Engineer", "Data Analyst"}


@pytest.mark.parametrize("question", ["which roles start at 180k", "roles starting at 180k?"])
def test_roles_that_start_at_an_amount_are_those_whose_floor_is_that_or_more(seeds, question):
    """A range that "starts at 180k" has its floor there: 160k-220k starts below it."""
    answer, text = ask(seeds, question)
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "the bottom of each" in text
