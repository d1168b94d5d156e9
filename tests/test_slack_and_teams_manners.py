"""A recruiter asks in Slack or Teams the way people write there: a sentence
about what they are doing first, Teams courtesies around the question
("could you please let me know …? Kind regards"), a wonder instead of a
question ("just wondering which …"), spoken fillers from dictation ("um so
like …"), an aside after it ("— need it for a 4pm sync") and Slack's emoji
codes. eval/perturb.py's families of these found that such words were
searched for as terms or read as what was asked. In every story the answer
is the one the plain question gets, on the seeds."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def same_answer(assistant, plain, decorated):
    assert ask(assistant, decorated)[1] == ask(assistant, plain)[1]


@pytest.mark.parametrize("plain, decorated", [
    ("which roles mention kafka", ":eyes: which roles mention kafka"),
    ("which roles mention kafka", "which roles mention kafka :sweat_smile:"),
    ("list the roles", "<@U07QX2> :raised_hands: list the roles"),
    ("what does the global lead engineer earn?", "what does the global lead engineer earn? :money_with_wings:"),
])
def test_slack_emoji_codes_around_a_question_are_no_words_of_it(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


@pytest.mark.parametrize("plain, decorated", [
    ("which roles mention kafka?", "Could you please let me know which roles mention kafka? Many thanks"),
    ("how many roles do you have?", "Hello, hope you're doing well! how many roles do you have? Kind regards"),
    ("which roles don't mention terraform?", "Hi Priya, does anyone know which roles don't mention terraform?"),
    ("what does the global lead engineer earn?",
     "Good afternoon, what does the global lead engineer earn? Best regards"),
])
def test_teams_courtesies_around_a_question_leave_the_question(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


@pytest.mark.parametrize("plain, decorated", [
    ("which roles mention kafka", "just wondering which roles mention kafka"),
    ("which roles don't mention terraform", "I'm curious which roles don't mention terraform"),
    ("roles that list graphql", "curious about roles that list graphql"),
])
def test_a_wonder_asks_what_the_question_asks(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


@pytest.mark.parametrize("plain, decorated", [
    ("which roles mention kafka", "um so like which roles mention kafka"),
    ("which roles don't mention terraform", "uh yeah so which roles don't mention terraform"),
    ("how many roles do you have", "so basically how many roles do you have"),
])
def test_fillers_of_dictated_speech_before_a_question_are_no_words_of_it(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


@pytest.mark.parametrize("plain, decorated", [
    ("which roles don't mention terraform", "which roles don't mention terraform - need this before EOD"),
    ("what does the global lead engineer earn?",
     "what does the global lead engineer earn? asking for a hiring manager"),
    ("list the roles", "list the roles (no rush)"),
    ("roles that list graphql", "roles that list graphql, trying to wrap this up today"),
])
def test_an_aside_after_the_question_asks_nothing(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


@pytest.mark.parametrize("plain, decorated", [
    ("Which roles mention kafka?", "Drafting a sourcing plan today. Which roles mention kafka?"),
    ("how many roles do you have?", "Reviewing our job board this afternoon. how many roles do you have?"),
    ("global lead vs expert swe - years", "Meeting the hiring manager later. global lead vs expert swe - years"),
    ("which roles don't mention terraform?", "Cleaning up our intake notes! which roles don't mention terraform?"),
])
def test_a_sentence_about_what_the_asker_is_doing_before_the_question_asks_nothing(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


def test_a_role_named_in_the_sentence_before_is_still_the_role_asked_about(assistant):
    _answer, text = ask(assistant, "Thinking about the global lead engineer. what does it pay?")
    assert "$180,000" in text


def test_a_candidate_told_of_before_a_question_of_fit_is_still_read(assistant):
    answer, _text = ask(assistant, "My candidate has 3 years of experience. Which roles would fit them?")
    plain, _ = ask(assistant, "Which roles would fit a candidate with 3 years of experience?")
    assert answer.roles == plain.roles


@pytest.mark.parametrize("plain, decorated", [
    ("roles needing kafka", "Planning for Q3. roles needing kafka"),
    ("graphql roles", "Prepping for an intake. graphql roles"),
    ("which roles don't mention kafka?", "Planning for Q3. which roles don't mention kafka?"),
    ("which roles list a salary?", "Candidate call in an hour. which roles list a salary?"),
])
def test_the_scene_set_before_a_search_is_not_searched_for_nor_its_hour_a_pay_period(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)


def test_a_bare_which_roles_after_a_statement_still_leans_on_it(assistant):
    answer, _text = ask(assistant, "We use Terraform heavily. Which roles?")
    assert "Terraform" in _text


@pytest.mark.parametrize("plain, decorated", [
    ("how many roles do you have", "how many roles do you have :pray: need it before EOD"),
    ("which roles mention kafka", "which roles mention kafka asap"),
])
def test_an_aside_after_an_emoji_or_a_bare_asap_asks_nothing(assistant, plain, decorated):
    same_answer(assistant, plain, decorated)
