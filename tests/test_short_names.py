"""Recruiters ask about long job titles by their short names: a part of the
title ("turbine technician"), the initials recruiters use ("AE", "senior
PMs"), a clipped word ("eng manager", "field tech"), or a title word used as
another part of speech ("the test automation contract"). When those words
fit one role they get that role's facts; when they fit several, or say only
a seniority ("senior"), they are asked which one.

The store holds small postings written here, not the seeds.
"""

import pytest

from bot import ANSWER, CLARIFY, UNKNOWN_ROLE, open_assistant
from knowledge import Store, ingest_paths
from tests.postings import ask


def posting(title: str, requirement: str, salary: str) -> str:
    return (f"---\ntitle: {title}\nsalary: \"{salary}\"\n---\n\n# {title}\n\n"
            f"## Responsibilities\n\n- Own the work of the {title} team day to day\n\n"
            f"## Requirements\n\n- {requirement}\n\n## Nice to have\n\n- Bonus for {requirement.lower()}\n")


POSTINGS = {
    "turbine.md": posting("Senior Wind Turbine Technician (Weekends)", "GWO Basic Safety Training",
                          "USD 60,000 – 70,000"),
    "product-manager.md": posting("Product Manager", "3+ years shipping product", "USD 120,000 – 140,000"),
    "senior-product-manager.md": posting("Senior Product Manager", "6+ years owning a revenue metric",
                                         "USD 150,000 – 170,000"),
    "group-product-manager.md": posting("Group Product Manager", "Managed four product managers",
                                        "USD 190,000 – 210,000"),
    "account-executive.md": posting("Account Executive, Enterprise", "Closed six-figure deals",
                                    "USD 90,000 – 110,000"),
    "engineering-manager.md": posting("Engineering Manager, Payments", "3+ years managing engineers",
                                      "USD 180,000 – 200,000"),
    "automation-contractor.md": posting("Test Automation Contractor", "Cypress or Playwright suites",
                                        "USD 70 – 90 per hour"),
    "software-engineer.md": posting("Software Engineer (Mid, L2)", "2–5 years writing production code",
                                    "USD 110,000 – 130,000"),
    "senior-platform-engineer.md": posting("Senior Platform Engineer", "Kubernetes in production",
                                           "USD 160,000 – 180,000"),
    "sales-operations-analyst.md": posting("Sales Operations Analyst", "Salesforce reporting",
                                           "USD 80,000 – 90,000"),
    "customer-success-manager.md": posting("Customer Success Manager, Mid-Market", "Owned renewals for a book",
                                           "USD 85,000 – 95,000"),
    "senior-data-engineer.md": posting("Senior Data Engineer", "Airflow pipelines at scale",
                                       "USD 150,000 – 165,000"),
    "support-specialist.md": posting("Support Specialist (Part-time, Remote)", "Zendesk macros",
                                     "USD 22 – 26 per hour"),
    "lead-platform-designer.md": posting("Lead Platform Designer", "A portfolio of platform work",
                                         "USD 140,000 – 150,000"),
}


@pytest.fixture
def assistant(database_url, tmp_path):
    for name, text in POSTINGS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = Store(database_url)
    ingest_paths(store, [tmp_path])
    store.dispose()
    assistant = open_assistant(database_url, seed=False)
    yield assistant
    assistant.knowledge.store.dispose()


class TestAPartOfOneTitleIsThatRole:
    @pytest.mark.parametrize("question", [
        "wind turbine technician requirements",
        "turbine tech requirements",  # a clipped word beside another word of the title
        "requirements for the weekend turbine technician",
    ])
    def test_the_words_of_one_title_answer_without_asking(self, assistant, question):
        answer, text = ask(assistant, question)

        assert answer.kind == ANSWER and answer.roles == ("Senior Wind Turbine Technician (Weekends)",), question
        assert "GWO Basic Safety Training" in text

    def test_words_that_fit_two_titles_equally_ask_which(self, assistant):
        answer, _ = ask(assistant, "platform requirements")

        assert answer.kind == CLARIFY
        assert {"Senior Platform Engineer", "Lead Platform Designer"} <= {c.label for c in answer.choices}

    def test_a_seniority_alone_picks_no_role(self, assistant):
        answer, _ = ask(assistant, "senior requirements")

        assert answer.kind == CLARIFY
        assert {"Senior Product Manager", "Senior Platform Engineer"} <= {c.label for c in answer.choices}

    def test_a_seniority_one_title_has_is_offered_not_assumed(self, assistant):
        answer, _ = ask(assistant, "lead requirements")

        assert answer.kind == CLARIFY and answer.choices[0].label == "Lead Platform Designer"

    def test_a_title_with_a_word_of_its_own_is_still_missing(self, assistant):
        answer, _ = ask(assistant, "security platform engineer salary")

        assert answer.kind == UNKNOWN_ROLE


    def test_a_level_number_narrows_a_title_and_makes_no_other_role(self, assistant):
        answer, _ = ask(assistant, "wind turbine technician II remote salary")

        assert answer.kind == ANSWER and answer.roles == ("Senior Wind Turbine Technician (Weekends)",)


class TestRecruitersInitialsAndClippedWords:
    @pytest.mark.parametrize("question, role, fact", [
        ("what does a group PM do", "Group Product Manager", "Group Product Manager team"),
        ("senior PM requirements", "Senior Product Manager", "revenue metric"),
        ("requirements for PMs", "Product Manager", "3+ years shipping product"),
        ("AE bonus points", "Account Executive, Enterprise", "six-figure deals"),
        ("the AE's requirements", "Account Executive, Enterprise", "six-figure deals"),
        ("eng manager payments requirements", "Engineering Manager, Payments", "3+ years managing engineers"),
        ("how many years of experience for a mid-level SWE", "Software Engineer (Mid, L2)", "2–5 years"),
        ("what are the mid-market CSM requirements", "Customer Success Manager, Mid-Market", "renewals"),
    ])
    def test_the_short_name_is_the_role(self, assistant, question, role, fact):
        answer, text = ask(assistant, question)

        assert answer.kind == ANSWER and answer.roles == (role,), question
        assert fact in text, question

    def test_a_seniority_narrows_a_comparison_instead_of_asking(self, assistant):
        answer, text = ask(assistant, "PM vs senior PM salary")

        assert answer.kind == ANSWER
        assert set(answer.roles) == {"Product Manager", "Senior Product Manager"}
        assert "150,000" in text and "120,000" in text


class TestATitleWordUsedAsAnotherPartOfSpeech:
    def test_the_contract_of_a_contractor_is_the_contractors(self, assistant):
        answer, text = ask(assistant, "how long is the test automation contract")

        assert answer.kind == ANSWER and answer.roles == ("Test Automation Contractor",)

    def test_a_field_of_work_alone_names_no_role(self, assistant):
        answer, text = ask(assistant, "turbine operations responsibilities")

        assert answer.kind == ANSWER and answer.roles == ("Senior Wind Turbine Technician (Weekends)",)
        assert "Salesforce" not in text

    def test_a_clipped_word_alone_is_only_a_word(self, assistant):
        answer, _ = ask(assistant, "what tech stack do we use")

        assert "Senior Wind Turbine Technician (Weekends)" not in answer.roles


@pytest.mark.parametrize("question", [
    "what does SOA stand for?",
    "soa is short for what",
    "SOA — what's the acronym?",
])
def test_initials_asked_to_be_spelled_out_answer_with_the_full_title(assistant, question):
    """"What does LBE stand for" asks for the title the initials stand for,
    not the role's items that say "stand"."""
    answer, text = ask(assistant, question)
    assert answer.title == "SOA stands for Sales Operations Analyst"
    assert answer.roles == ("Sales Operations Analyst",)
