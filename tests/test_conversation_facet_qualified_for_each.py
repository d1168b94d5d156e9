"""A facet asked of the roles on screen with a word narrowing it ("the
management experience they'd like, for both"): after two roles' years side by
side, it asks each role's experience, led by what the word names; searched as
the word alone it showed their duties and skills that name it, and lost the
preferred experience asked for (bank fifteen's kind, in wordings of our own)."""

from tests.threads import BACKEND, EXPERT


def test_a_facet_narrowed_by_a_word_is_still_the_facet_for_each_role(thread):
    thread.ask("years for the expert swe and the lead backend engineer?")
    answer, text = thread.ask("nice-to-have leadership experience for both")
    assert set(answer.roles) == {EXPERT, BACKEND}
    assert "minimum of 3 years" in text and "At least 5 years" in text
