"""A recruiter asks what the banks ask, said another way with the same meaning
(eval/perturb.py finds these): a greeting or "quick q:" first, the bot's name
typed with an @, one slip of the keys. The answer is the one the plain question
gets. Each family of change is one story, on the seeds."""

import pytest

from bot import open_assistant
from bot.openers import without_opener
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "hi team, which roles need redis",
    "quick q: which roles need redis",
    "hey all - which roles need redis?",
    "good morning! which roles need redis",
])
def test_a_greeting_or_a_quick_q_before_a_search_is_not_searched_for(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Expert Software Engineer", "Lead Back End Engineer")
    assert "Global Lead Engineer" not in text


@pytest.mark.parametrize("question", ["@RoleCall roles?", "@rolecall what jobs do u have", "hi team, what roles are there"])
def test_the_bot_named_or_the_team_greeted_before_asking_for_the_list(assistant, question):
    answer, text = ask(assistant, question)
    for title in ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"):
        assert title in text


@pytest.mark.parametrize("question", ["roles? thanks!", "what's in your catalogue? thanks!",
                                      "I'd like to know <@U123> roles?", "can you tell me what jobs do u have"])
def test_thanks_after_or_can_you_tell_me_before_the_list_still_lists(assistant, question):
    _answer, text = ask(assistant, question)
    for title in ("Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"):
        assert title in text


@pytest.mark.parametrize("question", ["pulumi thanks!", "pulumi pls"])
def test_a_term_typed_alone_with_thanks_is_still_searched(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.roles == ("Expert Software Engineer",)


@pytest.mark.parametrize("question", ["ok thanks", "great, cheers", "hey, thanks!"])
def test_thanks_said_alone_or_after_an_acknowledgement_is_still_thanks(assistant, question):
    answer, text = ask(assistant, question)
    assert "You're welcome" in text


def test_a_team_greeted_is_not_the_team_asked_about(assistant):
    _answer, text = ask(assistant, "hey team of 10 engineers - too many for one lead backend engineer?")
    assert "4-6 direct reports" in text


@pytest.mark.parametrize("question", ["Bonjour, which job descriptions do you have available, please?",
                                      "hola! what roles are there", "Guten Tag, what roles do you have?",
                                      "Namaste, which roles are there?", "Cześć, what roles are there?"])
def test_a_greeting_in_the_askers_own_language_is_not_searched_for(assistant, question):
    """Colleagues greet in their own language before asking in English; "Bonjour"
    was searched for as a term and the list never shown."""
    _answer, text = ask(assistant, question)
    for title in ("Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"):
        assert title in text


def test_a_greeting_said_alone_is_still_a_greeting(assistant):
    answer, _text = ask(assistant, "hi team!")
    assert answer.intent == "smalltalk"
    assert without_opener("morning shift roles?") == "morning shift roles?"  # a word, not a greeting, before no mark


@pytest.mark.parametrize("question, shown", [
    ("what rloes are there", "Lead Back End Engineer"),
    ("engineer role datbaases?", "PostgreSQL, MySQL, MongoDB, Cassandra"),
    ("any role asking for GrpahQL?", "Lead Back End Engineer"),
    ("how many diercts would a lead backend engineer have", "4-6 direct reports"),
    ("what roles have perks/benfeits listed", "Lead Back End Engineer"),  # beside a slash
    ("what should the lead back end engineer have stduied", "Mathematics"),  # a known word's form
    ("roles with a statring salary of at least 180k", "Global Lead Engineer"),  # a swap, though "stating" is a drop
])
def test_two_letters_swapped_are_read_as_the_word_meant(assistant, question, shown):
    _answer, text = ask(assistant, question)
    assert shown in text


def test_a_word_one_letter_from_a_document_word_is_not_taken_for_it(assistant):
    answer, text = ask(assistant, "which roles need scala")  # not "scale", which the documents say
    assert "scala" in text.lower()
    assert not answer.roles
