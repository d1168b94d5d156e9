"""The same question as recruiters, hiring managers and interviewers ask it
otherwise (perturbation round of new families, eval/perturb.py): passed on for
someone ("my HM wants to know ..."), run on after other questions ("oh and
..."), asked as a check ("just to confirm, ..."), with a figure allowed to be
rough ("ballpark, ..."), a title word shortened with a slash ("s/w"). Each
family is one story, on the seeds, with wordings of our own."""

import pytest

from tests.postings import ask, assistant_on
from tests.threads import BACKEND, BACKEND_PAY


@pytest.mark.parametrize("question", [
    "my HM wants to know: which roles need kafka",
    "our new hiring manager is asking which roles mention kafka",
    "asking on behalf of my hiring manager - roles that mention kafka?",
    "question from one of the interviewers: which roles list kafka",
])
def test_a_question_passed_on_for_someone_asks_what_it_asks(assistant, question):
    answer, text = ask(assistant, question)

    assert {"Expert Software Engineer", "Lead Back End Engineer"} <= set(answer.roles)
    for word in ("HM", "behalf", "question", "interviewers"):
        assert f"mention “{word}" not in text


@pytest.mark.parametrize("question", [
    "oh and which roles mention kafka",
    "also, roles that need kafka?",
    "one more - who mentions kafka",
    "just to confirm, does any role mention kafka?",
])
def test_a_question_run_on_after_others_or_asked_as_a_check_asks_what_it_asks(assistant, question):
    answer, text = ask(assistant, question)

    assert {"Expert Software Engineer", "Lead Back End Engineer"} <= set(answer.roles)
    assert "No role mentions" not in text


def test_one_word_run_on_after_a_mark_asks_what_it_asks(assistant):
    answer, text = ask(assistant, "also, jds?")

    assert "Global Lead Engineer" in text and "Lead Back End Engineer" in text


@pytest.mark.parametrize("question, must", [
    ("ballpark, how many roles do you have", "Global Lead Engineer"),
    ("which roles have a salary listed, roughly?", "Expert Software Engineer"),
    ("off the top of your head, which roles state no salary", "Engineer"),
])
def test_a_figure_allowed_to_be_rough_is_still_the_figure(assistant, question, must):
    answer, text = ask(assistant, question)

    assert must in text
    for word in ("ballpark", "roughly", "off"):
        assert f"mention “{word}" not in text and f"mention {word}" not in text


@pytest.mark.parametrize("question, role", [
    ("is the expert s/w engineer req remote?", "Expert Software Engineer"),
    ("b/e lead years of experience?", "Lead Back End Engineer"),
])
def test_a_title_word_shortened_with_a_slash_is_that_word(assistant, question, role):
    answer, text = ask(assistant, question)

    assert list(answer.roles) == [role]
    assert "I don't have the role" not in text


@pytest.mark.parametrize("question", [
    "roles with on-call hoping to close this out by friday",
    "which reqs mention kafka trying to wrap this up today",
])
def test_the_askers_errand_said_last_without_a_mark_is_no_search_term(assistant, question):
    answer, text = ask(assistant, question)

    assert "Lead Back End Engineer" in text
    assert "No role mentions" not in text


def test_a_candidate_asking_for_an_amount_is_no_question_passed_on(thread):
    """'my HM wants to know ...' passes a question on; 'the candidate is asking
    for 230' says what the candidate wants paid, and leans on the role in view."""
    thread.ask("lead backend engineer salary")
    answer, text = thread.ask("the candidate is asking for 230")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text


CLINIC = """# Clinic Manager

**Company:** Fernlea Veterinary Group
**Location:** Fernlea, fully on site
**Salary:** £46,000 – £52,000 per year

## Responsibilities

- Run the clinic's rota and budget
"""


@pytest.mark.parametrize("question", [
    "for the clinic manager: what's the salary?",
    "the clinic manager wants to know the salary",
])
def test_a_role_ending_in_manager_is_asked_about_not_asking(tmp_path, question):
    """'my HM wants to know' passes a question on; 'the clinic manager' after 'for'
    or before 'wants to know' is the role the question is about."""
    assistant = assistant_on({"clinic-manager.md": CLINIC}, tmp_path)
    answer, text = ask(assistant, question)
    assert answer.roles == ("Clinic Manager",) and "46,000" in text
