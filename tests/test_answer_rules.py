"""A question is answered by the first rule of an ordered table that has an
answer for it (`bot.rules`): a newcomer adds a kind of question as a rule with
a name and a docstring, in its place, and `--explain` names the rule that answered."""

import pytest

from bot import Question, open_assistant
from bot.rules import RULES, Rule


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def rule_of(assistant, text, key=None):
    answer = assistant.ask(Question(text, platform="test", conversation_key=key))
    return answer.explanation["rule"], answer


def test_the_rules_are_one_ordered_table_of_named_documented_rules():
    assert isinstance(RULES, tuple) and all(isinstance(rule, Rule) for rule in RULES)
    names = [rule.name for rule in RULES]
    assert all(name and name.isidentifier() for name in names)
    assert len(set(names)) == len(names), "two rules share a name"
    for rule in RULES:
        assert len(rule.doc.split()) >= 5, f"{rule.name} does not say which questions it is for"
    # What must win is asked first: a missing role before any answer about a role, a
    # reply to the conversation before a comparison, a role named before a search
    # across roles, and the rule that answers everything last.
    order = {name: i for i, name in enumerate(names)}
    assert order["empty_question"] == 0
    assert order["missing_role"] < order["role_fact"]
    assert order["conversation_follow_up"] < order["roles_compared"] < order["role_fact"]
    assert order["role_fact"] < order["across_roles"] < order["unknown_role"]
    assert names[-1] == "not_understood"


def test_the_last_rule_answers_whatever_no_other_rule_takes(assistant):
    rule, answer = rule_of(assistant, "banana pancakes")
    assert rule == "not_understood" and answer.kind == "not_understood"


@pytest.mark.parametrize("question, rule", [
    ("", "empty_question"),
    ("help", "help_asked"),
    ("security engineer salary", "missing_role"),  # before the salary of any engineer
    ("how do I get from Engineer to Principal Engineer", "career_route"),
    ("compare global lead engineer and lead backend engineer", "roles_compared"),
    ("lead bakend enginer salary", "role_fact"),
    ("salary and experience for the expert swe", "role_several_facts"),
    ("which message queues should a lead backend engineer know", "role_items_asked"),
    ("lead engineer", "which_role_meant"),
    ("which roles need kubernetes", "across_roles"),
    ("staff engineer", "career_path_title"),
    ("chief data officer salary", "unknown_role"),
    ("what's the salary?", "role_not_named"),
])
def test_each_kind_of_question_is_answered_by_its_rule(assistant, question, rule):
    assert rule_of(assistant, question)[0] == rule


def test_a_follow_up_is_answered_by_the_rule_that_reads_the_conversation(assistant):
    assert rule_of(assistant, "tell me about the global lead engineer", key="t1")[0] == "role_fact"
    rule, answer = rule_of(assistant, "and the salary?", key="t1")
    assert rule == "conversation_roles"
    assert answer.roles == ("Global Lead Engineer",) and answer.explanation["used_context"]
