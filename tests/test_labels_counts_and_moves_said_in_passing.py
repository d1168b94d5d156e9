"""A recruiter types the way a busy desk does: a label before the question
("search:", "Legal question:"), "docs" for the roles, "the four roles" for
all of them, "feed up into", "upward", "ditto", their own title before
asking where they could move, what they do before asking for the list.
Bank twenty-two's kinds, in wordings of our own."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("question", ["search: which roles name Terraform", "lookup: which jds mention terraform?"])
def test_a_search_box_label_before_the_question_is_no_term(thread, question):
    answer, _text = thread.ask(question)
    assert set(answer.roles) >= {ENGINEER, GLOBAL}


@pytest.mark.parametrize("question", ["Panel question: which roles list Kafka?",
                                      "sourcing question: which roles mention kafka?"])
def test_who_is_asking_said_as_a_label_is_no_part_of_the_question(thread, question):
    answer, _text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, BACKEND}


def test_a_label_before_a_question_of_one_role_keeps_its_fact(thread):
    answer, text = thread.ask("Legal question: what does the expert software engineer pay?")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text


def test_docs_stand_for_the_roles_in_a_search(thread):
    answer, _text = thread.ask("which docs mention GraphQL")
    assert BACKEND in answer.roles and "GraphQL" not in answer.title.split("mention")[0]


def test_the_roles_counted_as_many_as_the_store_holds_are_all_of_them(thread):
    answer, text = thread.ask("how do the four roles stack up on salary?")
    assert {EXPERT, GLOBAL, BACKEND} <= set(answer.roles)
    assert EXPERT_PAY in text and GLOBAL_PAY in text and BACKEND_PAY in text and ENGINEER in text


@pytest.mark.parametrize("question", ["what titles feed up into the Expert Software Engineer?",
                                      "for the expert software engineer, what feeds in from below?"])
def test_feeding_said_with_up_or_in_asks_where_people_come_from(thread, question):
    answer, text = thread.ask(question)
    assert answer.intent == "career_entry" and "Staff Software Engineer" in text


def test_upward_asks_where_a_role_leads(thread):
    answer, text = thread.ask("engineer upward moves?")
    assert answer.intent == "career_next" and "Principal Engineer / Staff Engineer" in text


def test_ditto_asks_the_same_of_the_role_named_after_it(thread):
    thread.ask("minimum degree for the engineer?")
    answer, _text = thread.ask("ditto expert software engineer")
    assert answer.roles == (EXPERT,) and answer.intent == "education"


@pytest.mark.parametrize("question", ["Senior Staff Engineer here - could I move to Global Lead Engineer?",
                                      "Principal Software Engineer here, can I get to the Global Lead Engineer?"])
def test_the_askers_own_title_and_a_role_to_move_to_is_a_route(thread, question):
    answer, text = thread.ask(question)
    assert answer.intent == "career_route" and "Global Lead Engineer" in text
    assert text.count("1 step") == 1


def test_the_askers_own_title_and_a_fact_of_a_role_is_that_fact(thread):
    answer, text = thread.ask("Senior Staff Engineer here - can I get the salary of the Global Lead Engineer?")
    assert answer.intent == "salary" and GLOBAL_PAY in text


def test_a_title_leading_into_a_role_shows_the_way_in_as_written(thread):
    _answer, text = thread.ask("new grads start as Associate Engineer, which of your roles does that feed into?")
    assert "Engineer (comes from Junior Engineer / Associate Engineer)" in text


@pytest.mark.parametrize("question", ["I handle reqs for a few client companies. What roles do you have?",
                                      "how many role you hold, and what are the names of them?"])
def test_the_askers_work_then_the_list_asked_is_the_list(thread, question):
    answer, _text = thread.ask(question)
    assert answer.intent == "list_roles" and len(answer.roles) == 4


def test_list_them_after_a_search_still_lists_what_was_found(thread):
    thread.ask("which role lists perks")
    answer, _text = thread.ask("list them")
    assert answer.intent != "list_roles"


def test_where_a_title_appears_asked_after_one_role_is_asked_of_every_role(thread):
    thread.ask("lead backend engineer sideways moves?")
    answer, text = thread.ask("ok where does Enterprise Architect appear?")
    assert answer.roles == (GLOBAL,) and "Enterprise Architect" in text


def test_a_candidates_title_pointed_at_as_an_entry_point_finds_the_roles_taking_it(thread):
    thread.ask("I have a candidate who is a Solutions Architect, 13 years in")
    answer, _text = thread.ask("any role that lists this as an entry point?")
    assert answer.intent == "career_entry" and GLOBAL in answer.roles


def test_front_end_work_asked_of_a_role_finds_its_browser_languages(thread):
    answer, text = thread.ask("any front-end scripting for the engineer?")
    assert answer.roles == (ENGINEER,) and "JavaScript/TypeScript" in text


def test_years_at_a_level_asked_of_the_role_in_question_are_its_experience(thread):
    thread.ask("is the expert software engineer a fit for a 12 year dev?")
    answer, text = thread.ask("and preferred senior yrs?")
    assert answer.roles == (EXPERT,) and "At least 5 years" in text


def test_no_figure_after_pay_side_by_side_is_the_role_stating_no_pay(thread):
    thread.ask("rank every role by pay")
    answer, _text = thread.ask("which one has no figure?")
    assert answer.roles == (ENGINEER,)


@pytest.mark.parametrize("question", ["so which role is the 160-220k one?", "which jobs pay between $160k and $220k?"])
def test_a_pay_band_asked_finds_the_role_whose_range_it_is(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text


def test_a_wide_pay_band_lists_the_ranges_within_then_those_overlapping(thread):
    _answer, text = thread.ask("roles paying 170k to 300k?")
    within, _sep, overlapping = text.partition("overlapping")
    assert EXPERT_PAY in within and GLOBAL_PAY in within and BACKEND_PAY in overlapping


def test_a_band_of_years_is_no_pay_band(thread):
    answer, _text = thread.ask("which roles ask for 8-12 years?")
    assert answer.intent != "reverse_search" or "Roles paying" not in answer.title


@pytest.mark.parametrize("question", ["One word: which roles need kafka?", "Short answer: which roles need Kafka?",
                                      "yes/no - which roles list kafka?"])
def test_how_short_the_answer_should_be_said_as_a_label_is_no_term(thread, question):
    answer, text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, BACKEND} and "word" not in text.split("\n")[0].casefold()


@pytest.mark.parametrize("question", ["Which job has GraphQL in its skills?",
                                      "Putting together an intake doc. Which job has GraphQL in its skills?"])
def test_its_after_which_job_is_that_job_and_the_store_is_searched(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == (BACKEND,) and "GraphQL" in text


def test_it_after_which_roles_still_points_at_the_thing_said_before(thread):
    answer, _text = thread.ask("We use Terraform. Which roles need it?")
    assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL, BACKEND} and answer.intent == "reverse_search"
