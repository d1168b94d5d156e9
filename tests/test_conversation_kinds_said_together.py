"""A recruiter, shown a role's experience, narrows it to time spent in a kind
of role and names two kinds at once ("years in a senior or lead role"). The
two title words are one kind of role, said of the role in question: its
items about senior or lead roles answer, and neither word is read as a role
of the store ("lead" once picked the Lead Back End Engineer's preferences)."""

from tests.threads import BACKEND, EXPERT


def test_years_in_a_senior_or_lead_role_are_the_role_in_questions(thread):
    thread.ask("how many years does the expert software engineer need?")
    answer, text = thread.ask("no, I mean years in a senior or lead role")
    assert answer.roles == (EXPERT,) and "At least 5 years" in text and "A minimum of 3 years" not in text


def test_the_next_question_stays_on_the_role_in_question(thread):
    thread.ask("how many years does the expert software engineer need?")
    thread.ask("how long in a lead or senior position?")
    answer, text = thread.ask("and preferred degree")
    assert answer.roles == (EXPERT,) and BACKEND not in answer.roles and "Ph.D." in text
