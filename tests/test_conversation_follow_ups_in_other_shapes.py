"""Follow-ups of kinds the conversation banks showed failing, each asked in
more than one wording of our own: a fact asked again of the one role in
question with a word of its own ("and CI tools"), a move named by the way it
does not go ("any non-up moves"), roles listed "by" pay, "range there?",
years placed in the other roles' ranges ("which other roles' ranges would 13
land in?"), the doc "about it" after a topic, a told skill judged against the
role in question ("she also speaks at conferences, does that count"), a line
quoted back with "which job is it from", a field of work beside a title word
("healthcare software"), the ways in asked of a candidate's fit, the step to
a level ("the senior/lead jump"), one end of a ranking of the roles shown, a
title opening the sentence after a count ("team of 5. Expert SE or …?"),
"what comes next", and what a role "involves"."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS


@pytest.mark.parametrize("again", ["and CI tools", "and CI tools?", "what about CI tools"])
def test_a_tool_asked_again_of_the_one_role_shows_every_item_that_says_it(thread, again):
    thread.ask("lead back end observability tools")
    answer, text = thread.ask(again)
    assert answer.roles == (BACKEND,)
    assert "GitHub Actions" in text  # the hard skill, which a search of three items left out


@pytest.mark.parametrize("moves", ["any non-up moves", "moves that aren't upward?", "anything other than up?"])
def test_a_move_named_by_the_way_it_does_not_go_is_a_lateral_move(thread, moves):
    thread.ask("where does an expert software engineer go next")
    answer, text = thread.ask(moves)
    assert answer.intent == "career_lateral" and "Solutions Architect" in text


@pytest.mark.parametrize("question", ["list roles by salary ceiling", "list the roles by pay", "roles by salary"])
def test_roles_listed_by_pay_are_ranked_by_it(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles[0] == EXPERT and EXPERT_PAY in text
    _answer, text = thread.ask("the lowest one, how many years")
    assert "8-12" in text and GLOBAL_YEARS not in text


def test_a_plain_list_of_roles_is_still_a_list(thread):
    answer, _text = thread.ask("list roles")
    assert answer.intent == "list_roles"


@pytest.mark.parametrize("question", ["range there?", "and the range?", "range for that one?"])
def test_the_range_there_after_a_role_is_its_pay(thread, question):
    thread.ask("cand: 11 yrs, asking 270k")
    _answer, text = thread.ask(question)
    assert EXPERT_PAY in text


@pytest.mark.parametrize("question", ["which other roles' ranges would 13 land in?",
                                      "which other roles' ranges is 13 within?",
                                      "which other roles would 13 fall in range for?"])
def test_years_placed_in_the_other_roles_ranges(thread, question):
    thread.ask("candidate: 13 yrs, GraphQL + REST APIs, Node.js")
    thread.ask("too senior for Lead Back End Engineer?")
    answer, text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, GLOBAL}
    assert EXPERT_YEARS in text and GLOBAL_YEARS in text


@pytest.mark.parametrize("question", ["what does that doc say exactly about it", "what does the jd say about that?"])
def test_the_doc_about_it_is_the_topic_just_asked(thread, question):
    thread.ask("global lead or expert swe, which one is for leading globally distributed teams")
    answer, text = thread.ask(question)
    assert answer.roles == (GLOBAL,) and "globally distributed" in text


@pytest.mark.parametrize("told", ["she also speaks at conferences, does that count",
                                  "he speaks at conferences too - would that count?"])
def test_a_skill_told_after_a_fit_is_judged_by_the_roles_items_that_say_it(thread, told):
    thread.ask("candidate: 14 years, has led globally distributed teams. fit for the global lead engineer?")
    answer, text = thread.ask(told)
    assert answer.roles == (GLOBAL,) and "speaking at conferences" in text and GLOBAL_YEARS in text


@pytest.mark.parametrize("question", [
    "what does this mean and which job is it from: 'Own the operational health of our key systems, "
    "including defining service level objectives'",
    "which posting is this from: 'Own the operational health of our key systems, including defining "
    "service level objectives'?",
])
def test_a_long_line_quoted_back_is_found_in_its_role(thread, question):
    answer, _text = thread.ask(question)
    assert answer.roles == (GLOBAL,)
    thread.ask("what cloud stuff do they need")
    _answer, text = thread.ask("what about their databases")
    assert "DynamoDB" in text and "Redis" not in text


def test_a_field_of_work_beside_a_title_word_is_no_missing_role(thread):
    answer, text = thread.ask("Candidate: healthcare software, HIPAA compliance, 5 years. "
                              "Which role lists that as a plus?")
    assert answer.kind != "unknown_role" and "healthcare software" not in text.split("\n")[0]


def test_a_missing_title_with_a_role_noun_is_still_missing(thread):
    answer, _text = thread.ask("fintech software role?")
    assert answer.kind == "unknown_role"


def test_the_ways_in_asked_after_a_fit_are_the_roles_ways_in(thread):
    thread.ask("cand: 10 yrs, big on Pulumi + gRPC")
    answer, text = thread.ask("their likely feeder role fits? staff swe?")
    assert answer.intent == "career_entry" and "Staff Software Engineer" in text


@pytest.mark.parametrize("question", ["how long for the senior/lead jump?",
                                      "how many years for the senior or lead jump?",
                                      "how long until a senior or lead promotion?"])
def test_the_step_to_a_level_is_the_role_in_questions_own(thread, question):
    thread.ask("where can an engineer go next")
    answer, text = thread.ask(question)
    assert answer.roles == (ENGINEER,) and "7+ years" in text


def test_one_end_of_the_roles_shown_shows_its_figures_alone(thread):
    thread.ask("which roles mention Kubernetes")
    answer, text = thread.ask("the lowest paid of those that state a salary")
    assert answer.roles[0] == BACKEND and BACKEND_PAY in text and EXPERT_PAY not in text
    _answer, text = thread.ask("its team size?")
    assert "4-6" in text


@pytest.mark.parametrize("question", ["what comes next for those", "what comes next for it?"])
def test_what_comes_next_is_the_next_steps_alone(thread, question):
    thread.ask("what does the engineer own")
    answer, text = thread.ask(question)
    assert answer.intent == "career_next" and "Comes from" not in text


def test_what_a_role_involves_opens_with_what_it_is(thread):
    _answer, text = thread.ask("what does the engineer role involve")
    assert "designing, developing, testing" in text


@pytest.mark.parametrize("question", ["whose range would 9 years fall in?",
                                      "which roles' experience ranges does 9 years land in?"])
def test_years_placed_in_ranges_of_the_store(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == (BACKEND,) and "8-12" in text


@pytest.mark.parametrize("question", [
    "CV line: 'Staff Software Engineer, 11 yrs, Kafka, k8s, led platform team of 5'. Expert SE or Lead Back End?",
    "11 yrs, Kafka. Expert SE or Lead Back End?",
])
def test_a_title_opening_the_next_sentence_is_no_count_nor_skill_of_the_last(thread, question):
    answer, text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, BACKEND} and EXPERT_YEARS in text and "8-12" in text
    answer, _text = thread.ask("which of those pays more?")
    assert answer.roles[0] == EXPERT
