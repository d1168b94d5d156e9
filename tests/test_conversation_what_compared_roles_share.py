"""Two roles' next steps are on screen side by side, and the hiring manager
asks "any overlap between them?": the same comparison again, led by the steps
both roles list. The word was searched across the store ("No role mentions
overlap") or not understood (bank eighteen's kind, in wordings of our own)."""

from tests.threads import EXPERT, GLOBAL


def test_any_overlap_names_the_steps_both_roles_list(thread):
    thread.ask("global lead engineer vs expert software engineer: where do they go next?")
    answer, text = thread.ask("any overlap between them?")
    assert set(answer.roles) == {GLOBAL, EXPERT}
    assert "In common (next steps): Director of Engineering and Chief Architect." in text


def test_in_common_after_entry_titles_sets_a_bracketed_remark_aside(thread):
    thread.ask("lead back end engineer vs expert software engineer: entry points")
    _answer, text = thread.ask("what do the two have in common?")
    assert "In common (where they come from): Staff Software Engineer." in text
