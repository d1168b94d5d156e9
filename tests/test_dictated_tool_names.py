"""A tool's name dictated as it sounds, in pieces ("kuber net ease" for
Kubernetes, "posst gress" for Postgres), then a role picked from the list it
found (bank fifteen's kind, in wordings of our own): the pieces joined spell
no word of the documents, so nothing was found ("No role mentions …"), and
cut three words at a time the pieces of a name late in a question were never
tried together."""

import pytest

from bot.spelling import sound
from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL


def test_a_name_and_its_dictated_pieces_sound_alike():
    assert sound("kubernetes") == sound("kubernetease") == sound("cubernetties")
    assert sound("postgres") == sound("posstgress")
    assert sound("terraform") != sound("kubernetes")


@pytest.mark.parametrize("question", [
    "which roles need kuber net ease",
    "any openings asking for koo burr nettis?",
])
def test_a_tool_dictated_in_pieces_is_searched_as_the_tool(thread, question):
    answer, text = thread.ask(question)
    assert {EXPERT, GLOBAL, BACKEND} <= set(answer.roles)
    assert "Kubernetes" in text


def test_a_role_picked_after_a_dictated_search(thread):
    thread.ask("which roles need kuber net ease")
    answer, text = thread.ask("the back end one, what's the pay")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text and EXPERT_PAY not in text


def test_a_database_dictated_in_pieces_is_searched_by_its_short_name(thread):
    answer, text = thread.ask("jobs mentioning posst gress?")
    assert {ENGINEER, GLOBAL} <= set(answer.roles)
    assert "PostgreSQL" in text


def test_known_words_side_by_side_are_never_joined(thread):
    answer, _text = thread.ask("which roles mention code review")
    assert ENGINEER in answer.roles


@pytest.mark.parametrize("words, heard", [
    ("pharma role", "formerly"),   # a clipped title word, then "role": two words said
    ("o managing", "managing"),    # "w/o managing": a written short form, no dictation
])
def test_a_run_ending_in_a_word_is_words_said_not_a_name_in_pieces(thread, words, heard):
    """The pieces of a dictated name end in a piece that is no word; "pharma role"
    sounds like "formerly" but is a title word and "role", and "w/o" is "without"."""
    from bot.spelling import Speller
    speller = Speller(["formerly", "managing", "pharmacologist"], ["senior"])
    assert sound(words.replace(" ", "")) == sound(heard)
    assert speller.mended(f"how many years for the {words}?") == f"how many years for the {words}?"
    assert speller.mended("can they lead w/o managing people?") == "can they lead w/o managing people?"
