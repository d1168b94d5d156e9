"""Recruiters hire for several companies, and name a role by its company or
its place: "brambleworks data engineer salary", "data engineer at saltmarsh",
"is the lisbon office coordinator role on-site", "what's open at Saltmarsh?".
The company or place narrows the question to its roles and its sources; it is
never read as part of a role the store lacks."""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on
from tests.threads import Thread

BRAMBLEWORKS_DATA_ENGINEER = """# Data Engineer

Brambleworks Studio · Data team · Remote (EU) · Full-time

## About the role

Brambleworks makes budgeting tools for theatres. You will own our box-office data pipelines.

## Requirements

- 3+ years building pipelines in dbt and Airflow
- Strong SQL

## Salary

€60,000 - €70,000 per year
"""

SALTMARSH_DATA_ENGINEER = """---
title: Data Engineer
company: Saltmarsh Press
location: Leeds, UK (Hybrid)
---

## About the role

Saltmarsh Press publishes regional newspapers. You will move our print archive into a warehouse.

## Requirements

- 5+ years with Spark and Scala
- Experience with document archives

## Salary

£50,000 - £58,000 per year
"""

SALTMARSH_BUYER = """# Senior Category Buyer

Saltmarsh Press | Procurement | Leeds, UK | Full-time

## About the role

Saltmarsh Press buys paper and ink for eleven printing sites.

## Responsibilities

- Negotiate the annual newsprint contracts
- Track supplier quality

## Salary

£45,000 - £52,000 per year
"""

LISBON_OFFICE_COORDINATOR = """# Office Coordinator

Brambleworks Studio · Workplace · Lisbon, Portugal (on-site) · Full-time

## About the role

Brambleworks is opening a studio on Rua Augusta, and the Office Coordinator sets it up.

## Responsibilities

- Set up desks, Wi-Fi and access badges
- Plan the monthly team lunch

## Location

Lisbon, Portugal (on-site, Monday to Friday)
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    opened = assistant_on({"data-engineer-brambleworks.md": BRAMBLEWORKS_DATA_ENGINEER,
                           "data-engineer-saltmarsh.md": SALTMARSH_DATA_ENGINEER,
                           "category-buyer.md": SALTMARSH_BUYER,
                           "office-coordinator.md": LISBON_OFFICE_COORDINATOR},
                          tmp_path_factory.mktemp("companies"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["brambleworks data engineer salary",
                                      "what does the data engineer at Brambleworks Studio pay",
                                      "bramblework data engineer salary"])  # a typo of the company
def test_a_company_before_or_after_the_title_answers_from_its_own_posting(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.kind == ANSWER and answer.roles == ("Data Engineer",), question
    assert "60,000" in text and "50,000" not in text, question
    assert "Brambleworks Studio" in answer.title
    assert answer.sources == ("data-engineer-brambleworks.md",)


def test_the_other_company_gets_its_own_requirements(assistant):
    answer, text = ask(assistant, "saltmarsh data engineer requirements")

    assert answer.roles == ("Data Engineer",)
    assert "Spark and Scala" in text and "dbt and Airflow" not in text


def test_without_a_company_the_title_keeps_every_posting(assistant):
    answer, text = ask(assistant, "data engineer salary")

    assert answer.roles == ("Data Engineer",)
    assert "60,000" in text and "50,000" in text


def test_two_companies_of_one_title_are_compared(assistant):
    answer, text = ask(assistant, "data engineer at brambleworks vs saltmarsh - how do the requirements differ?")

    assert "dbt and Airflow" in text and "Spark and Scala" in text
    assert "Brambleworks Studio" in answer.title and "Saltmarsh Press" in answer.title


def test_a_company_picks_its_role_from_a_few_words_of_the_title(assistant):
    answer, text = ask(assistant, "saltmarsh buyer pay")

    assert answer.kind == ANSWER and answer.roles == ("Senior Category Buyer",)
    assert "45,000" in text


@pytest.mark.parametrize("question", ["list the saltmarsh openings", "what's open at Saltmarsh?",
                                      "which roles do we have at Saltmarsh Press"])
def test_a_company_named_alone_lists_every_role_its_postings_name(assistant, question):
    answer, _text = ask(assistant, question)

    assert answer.intent == "list_roles", question
    assert set(answer.roles) == {"Data Engineer", "Senior Category Buyer"}, question


def test_a_place_beside_the_title_is_no_missing_role(assistant):
    answer, text = ask(assistant, "is the lisbon office coordinator role on-site")

    assert answer.kind == ANSWER and answer.roles == ("Office Coordinator",)
    assert answer.intent == "location"
    assert "Monday to Friday" in text


def test_a_place_and_the_titles_own_words_do_not_make_a_location_question(assistant):
    answer, text = ask(assistant, "what's the office coordinator lisbon job about")

    assert answer.roles == ("Office Coordinator",)
    assert answer.intent == "overview"
    assert "Rua Augusta" in text


def test_a_role_the_company_does_not_have_is_named_without_the_company(assistant):
    answer, text = ask(assistant, "saltmarsh chef salary")

    assert answer.kind == "unknown_role"
    assert "“chef”" in text and "saltmarsh chef" not in text.casefold()


def test_a_place_narrows_a_title_posted_in_several_places_to_the_posting_there(assistant):
    answer, text = ask(assistant, "leeds data engineer salary")

    assert answer.roles == ("Data Engineer",)
    assert "50,000" in text and "60,000" not in text
    assert "Leeds" in answer.title


FJALLBO_FIELD_SALES = """# Field Sales Representative

Fjällbo Värme Heating Group · Sales · Uppsala · Full-time

## About the role

Fjällbo Värme installs heat pumps in Swedish homes.

## Requirements

- 2 years of field sales
- A Swedish driving licence

## Salary

38 000 – 45 000 SEK per month
"""


@pytest.fixture(scope="module")
def accented(tmp_path_factory):
    opened = assistant_on({"field-sales.md": FJALLBO_FIELD_SALES}, tmp_path_factory.mktemp("accents"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["fjällbo field sales representative requirements",
                                      "fjallbo field sales representative requirements",
                                      "fjällbo värme field sales representative requirements"])
def test_a_company_with_accents_or_named_by_its_first_words_narrows_to_its_posting(accented, question):
    """A recruiter types the name with or without its accents, or only its first words
    ("Fjällbo Värme" of "Fjällbo Värme Heating Group"): it names the company, not a role the store lacks."""
    answer, text = ask(accented, question)

    assert answer.kind == ANSWER and answer.roles == ("Field Sales Representative",), question
    assert "driving licence" in text, question


def test_a_company_no_document_names_is_said_to_be_unknown(assistant):
    """"what benefits does Acme offer?": no posting is Acme's, and the answer
    says so before asking which role, not as if Acme had not been said."""
    answer, text = ask(assistant, "what benefits does Acme offer?")
    assert answer.kind == "clarify"
    assert "No document in the store names “Acme”" in text


def test_the_benefits_a_known_company_offers_come_from_its_postings(assistant):
    """Each of its roles' benefits, from its own postings: here, that none lists any."""
    answer, text = ask(assistant, "what benefits does Saltmarsh Press offer?")
    assert set(answer.roles) == {"Data Engineer", "Senior Category Buyer"}
    assert text.count("not covered by its documents") == 2
    assert set(answer.sources) == {"data-engineer-saltmarsh.md", "category-buyer.md"}


def test_a_company_with_one_role_answers_the_fact_of_that_role(assistant):
    answer, text = ask(assistant, "what does Saltmarsh Press pay?")
    assert "£50,000 - £58,000" in text and "£45,000 - £52,000" in text
    answer, text = ask(assistant, "what does Brambleworks pay?")
    assert "€60,000 - €70,000" in text


class TestTheCompanyTheConversationNamed:
    """A company named once is what "that company" and "there" mean later,
    however many questions about a role come between."""

    def test_the_role_there_is_the_company_s_posting_of_it(self, assistant):
        thread = Thread(assistant, "company-there")
        thread.ask("what's open at saltmarsh?")
        answer, text = thread.ask("what does the data engineer there pay?")
        assert answer.roles == ("Data Engineer",) and "50,000" in text and "60,000" not in text

    def test_who_else_is_hiring_at_that_company_after_a_role_of_it(self, assistant):
        thread = Thread(assistant, "company-else")
        thread.ask("saltmarsh buyer pay")
        thread.ask("what are the requirements for the data engineer?")  # no company: every posting
        answer, _text = thread.ask("who else is hiring at that company?")
        assert answer.intent == "list_roles" and set(answer.roles) == {"Data Engineer", "Senior Category Buyer"}

    def test_that_company_with_none_named_before_is_no_company(self, assistant):
        thread = Thread(assistant, "company-none")
        thread.ask("data engineer salary")
        answer, text = thread.ask("what does the data engineer at that company pay?")
        assert "60,000" in text and "50,000" in text
