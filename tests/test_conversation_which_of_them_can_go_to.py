"""A recruiter looks at two roles' career moves in turn and asks "which of
them can go to Chief Architect?". "Go to" is a way of saying "lead to" (as
"grow into" is), so both roles whose paths reach Chief Architect answer,
not a search for the words "go to" (which found "go-to technical authority")."""

from tests.threads import ENGINEER, EXPERT, GLOBAL


def test_which_of_them_can_go_to_a_title_is_their_paths_there(thread):
    thread.ask("expert swe lateral moves")
    thread.ask("and for the global lead?")
    answer, text = thread.ask("which of them can go to chief architect")
    assert set(answer.roles) == {EXPERT, GLOBAL} and "Chief Architect" in text and "go-to" not in text


def test_which_roles_go_to_a_title_is_the_paths_into_it(thread):
    answer, text = thread.ask("which roles can go on to chief architect?")
    assert set(answer.roles) == {EXPERT, GLOBAL} and ENGINEER not in answer.roles
