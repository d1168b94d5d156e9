"""Ways of asking that bank fourteen's tuning half showed RoleCall missing,
each told as a recruiter's story in wordings of our own: a title word typed
as two ("soft ware"), the asker's team said first as a heading ("Talent
acquisition: ..."), whether the pay shown can move ("is that fixed?"),
on-call asked beside another fact of a role whose layout has no contract
terms, and roles named together ("the two lead roles") compared on a thing
no facet covers."""

import pytest

from tests.postings import ask
from tests.threads import BACKEND, BACKEND_PAY, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("question, must", [
    ("how much does an expert soft wear engineer make", EXPERT_PAY),
    ("years needed for an expert soft ware engineer?", EXPERT_YEARS),
    ("soft ware engineer expert - pay?", EXPERT_PAY),
])
def test_a_title_word_typed_as_two_words_is_that_word(assistant, question, must):
    answer, text = ask(assistant, question)

    assert list(answer.roles) == [EXPERT]
    assert must in text and "I don't have the role" not in text


@pytest.mark.parametrize("question", [
    "Talent acquisition: which roles mention kafka?",
    "people ops - which reqs list kafka",
    "from campus recruiting: roles that need kafka?",
])
def test_the_askers_team_said_first_is_no_search_term(assistant, question):
    answer, text = ask(assistant, question)

    assert {EXPERT, BACKEND} <= set(answer.roles)
    for word in ("acquisition", "ops", "campus", "recruiting"):
        assert f"mention “{word}" not in text


@pytest.mark.parametrize("follow_up", ["is that number fixed?", "any wiggle room on it?", "is the range firm?",
                                       "is it set in stone?"])
def test_whether_the_pay_shown_can_move_is_what_its_documents_say(thread, follow_up):
    thread.ask("global lead engineer comp")
    answer, text = thread.ask(follow_up)

    assert answer.roles == (GLOBAL,)
    assert GLOBAL_PAY in text and "Commensurate with experience" in text


@pytest.mark.parametrize("question", ["lead backend engineer: pay + on-call?", "lead backend pay and on call duty"])
def test_on_call_beside_another_fact_is_the_duty_that_names_it(assistant, question):
    """The seeds' roles have no contract terms, so their perks stood in for
    the on-call and never named it; one of the role's duties does."""
    answer, text = ask(assistant, question)

    assert BACKEND_PAY in text and "on-call rotation" in text


def test_roles_named_together_are_compared_on_what_their_documents_say_of_it(assistant):
    answer, text = ask(assistant, "line up the two lead roles on on-call")

    assert GLOBAL in text and BACKEND in text
    assert "on-call rotation" in text and "employment type" not in text.casefold()
