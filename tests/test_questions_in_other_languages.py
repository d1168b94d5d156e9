"""A recruiter in an international team asks in their own language: Spanish,
German, French, or Hindi typed in Latin letters, with the role's English
title in between. Their question words, articles and fillers are read as the
English ones (`bot.vocabulary.OTHER_LANGUAGE_WORDS`), so the same facets,
follow-ups and replies to a question back work. Played turn by turn, in our
own words."""

import pytest

from bot.text import tokenize, words_of
from tests.threads import BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_PAY, \
    GLOBAL_YEARS


@pytest.mark.parametrize("question, role, said", [
    ("¿cuánto paga la global lead engineer?", GLOBAL, GLOBAL_PAY),
    ("wie viel verdient der lead backend engineer", BACKEND, BACKEND_PAY),
    ("global lead engineer ke liye kitne saal ka anubhav chahiye", GLOBAL, GLOBAL_YEARS),
    ("combien d'ans pour le expert software engineer, quelle expérience", EXPERT, EXPERT_YEARS),
])
def test_a_question_in_another_language_asks_the_same_facet(thread, question, role, said):
    answer, text = thread.ask(question)
    assert answer.roles == (role,) and said in text


def test_a_spanish_follow_up_asks_of_the_role_in_question(thread):
    thread.ask("qué habilidades necesita el lead backend engineer")
    answer, text = thread.ask("y cuántos años?")
    assert answer.roles == (BACKEND,) and BACKEND_YEARS in text


def test_a_reply_with_an_article_of_another_language_picks_an_option(thread):
    first, _ = thread.ask("lead engineer: cuánto paga?")
    assert first.kind == "clarify"
    answer, text = thread.ask("la global")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


def test_hindi_and_for_another_role_asks_the_last_question_again(thread):
    thread.ask("expert software engineer ke liye kitne saal chahiye")
    answer, text = thread.ask("aur engineer ke liye?")
    assert answer.roles == (ENGINEER,) and "3-7" in text


def test_english_words_are_left_as_they_are():
    """Words English questions use too ("a", "me", "was") are not read as another language's."""
    assert [t.text for t in tokenize("was a degree required for me")] == \
        ["was", "a", "degree", "required", "for", "me"]


def test_a_title_in_another_language_keeps_its_own_small_words():
    # a question's "de" reads as "of"; a title's is its own word, so "CdP" still spells "Chef de Partie"
    assert words_of("Chef de Partie") == ["chef", "de", "partie"]
    assert words_of("Leiter der Buchhaltung") == ["leiter", "der", "buchhaltung"]
