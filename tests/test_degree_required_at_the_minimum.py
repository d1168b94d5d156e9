"""A hiring manager asks "which roles don't require a Master's degree as the
minimum?": every role here asks a bachelor's at the least and names a
master's only as preferred. Read as any mention of the degree, three roles
were said to require it, and "which roles don't require a masters" answered
that every role does: the opposite of their documents. A degree asked with a
word of requiring is looked for where a role states its minimum."""

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


def test_no_role_is_said_to_require_a_degree_it_only_prefers(thread):
    answer, text = thread.ask("which roles don't require a Master's degree as the minimum? all of them I guess?")
    assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL, BACKEND}
    assert "Bachelor" in text


def test_a_degree_typed_without_its_apostrophe_is_read_the_same(thread):
    answer, _text = thread.ask("which roles don't require a masters")
    assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL, BACKEND}


def test_asked_the_other_way_no_role_requires_it(thread):
    answer, text = thread.ask("which roles require a Master's degree as the minimum?")
    assert answer.roles == () and "No role requires" in text


def test_a_skill_asked_with_a_word_of_requiring_is_searched_as_before(thread):
    answer, _text = thread.ask("which roles require kafka")
    assert set(answer.roles) == {EXPERT, BACKEND}


def test_asked_how_firmly_the_lines_requiring_it_are_shown(thread):
    _answer, text = thread.ask("Which roles don't strictly require a bachelor's degree?")
    assert "equivalent practical experience" in text


def test_the_askers_own_need_asks_no_requirement(thread):
    _answer, text = thread.ask("need roles that don't prefer a PhD")
    assert "don't require" not in text
