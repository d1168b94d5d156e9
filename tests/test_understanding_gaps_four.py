"""Recruiters ask in ways RoleCall misread (issue 19, fourth round): a pay
figure said before a kind of pay ("270k base", "270k TC") is a salary ask;
"the gist", "tl;dr", "in a nutshell" ask what a role is; duties asked "in 2
sentences" or "briefly" open with the role's own summary. Each family of
misreadings is one story, on the seeds, as the Slack and Teams adapters ask."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, role, said", [
    ("Engineer role - what's the gist? scope?", "Engineer", "designing, developing, testing, deploying"),
    ("give me the gist of the expert software engineer role", "Expert Software Engineer", None),
    ("lead backend engineer in a nutshell?", "Lead Back End Engineer", None),
])
def test_the_gist_of_a_role_is_its_overview_not_its_duties(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert text.startswith(f"{role}: overview")  # "scope" hints at duties, "gist" asks what the role is
    assert said is None or said in text


@pytest.mark.parametrize("question", [
    "what does the lead backend engineer own day to day, in 2 sentences",
    "briefly, what does the lead backend engineer own day to day?",
])
def test_duties_asked_in_a_few_sentences_lead_with_the_roles_own_summary(assistant, question):
    _answer, text = ask(assistant, question)

    lines = text.splitlines()
    assert lines[0] == "Lead Back End Engineer: responsibilities"
    assert "server-side logic, databases, and APIs" in lines[1]  # its own document's line, before the list
    assert "Primary responsibilities:" in text  # the usual answer still follows


def test_duties_asked_without_a_length_keep_their_usual_answer(assistant):
    _answer, text = ask(assistant, "what does the lead backend engineer own day to day")
    assert text.splitlines()[2] == "Primary responsibilities:"


@pytest.mark.parametrize("question", [
    "candidate expects 270k base — any role that can cover it?",
    "my candidate wants 270k salary, any role?",
])
def test_an_amount_before_a_kind_of_pay_asks_which_roles_pay_it(assistant, question):
    _answer, text = ask(assistant, question)

    assert "Roles paying at least $270,000" in text and "Expert Software Engineer" in text
    assert "No role mentions" not in text


def test_an_amount_of_total_comp_beside_a_role_asks_whether_it_pays_it(assistant):
    answer, text = ask(assistant, "270k TC for a lead backend?")

    assert answer.roles == ("Lead Back End Engineer",)
    assert "$" in text and "No role mentions" not in text


@pytest.mark.parametrize("question", ["which roles don't involve on-call", "which roles have no on-call"])
def test_roles_without_a_thing_their_documents_name_anywhere_are_the_ones_not_naming_it(assistant, question):
    answer, text = ask(assistant, question)

    # on-call is named among duties, never under a working-arrangements heading: the roles not naming it
    assert set(answer.roles) == {"Engineer", "Global Lead Engineer"}
    assert "employment type" not in text


@pytest.mark.parametrize("question", [
    "trying to see if someone from the Engineer pipeline could be moved to the lead backend req — what languages "
    "does each JD list and where do they differ?",
    "thinking of moving a candidate from the engineer role to the lead backend one - how do their hard skills differ?",
])
def test_two_roles_said_from_one_to_the_other_and_compared_are_a_comparison_not_a_route(assistant, question):
    answer, text = ask(assistant, question)

    assert set(answer.roles) == {"Engineer", "Lead Back End Engineer"}
    assert "career paths in the store don't connect" not in text
    assert "Node.js" in text and "C++" in text  # each role's own languages


def test_a_route_asked_from_one_role_to_another_is_still_a_route(assistant):
    _answer, text = ask(assistant, "how do I get from engineer to lead backend engineer?")
    assert "don't connect" in text or "→" in text


@pytest.mark.parametrize("question, role, said", [
    ("does the lead backend JD mention kafka?", "Lead Back End Engineer", "Kafka"),
    ("what does the engineer JD list for languages?", "Engineer", "Python"),
])
def test_a_jd_that_states_a_fact_is_asked_for_the_fact_not_for_a_draft(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert "Draft job description" not in text and said in text


def test_a_jd_asked_for_is_still_drafted(assistant):
    _answer, text = ask(assistant, "write a JD for the engineer")
    assert text.startswith("Draft job description: Engineer")


@pytest.mark.parametrize("question", ["which roles have directs", "which roles have direct reports?"])
def test_roles_with_direct_reports_are_the_ones_whose_documents_say_it(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Lead Back End Engineer",)
    assert "4-6 direct reports" in text and "state their hiring advice" not in text
