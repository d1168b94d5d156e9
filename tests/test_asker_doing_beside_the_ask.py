"""Recruiters say what they are doing beside what they ask, often in the same
message as the role: "sourcing lead here, writing the scorecard for the X
loop. what are the top responsibilities?", "what are X's principal functions?
I need them for presenting to my team". What the asker is doing (writing a
brief, translating, presenting, for their own team) is no part of the role
asked about: the topic comes from the asking clause, and the role named inside
the asker's clause is still the role asked about."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, role, said", [
    ("sourcing lead here, writing the scorecard for the global lead engineer loop. "
     "what are the top responsibilities I should cover?", "Global Lead Engineer", "architectural design"),
    ("TA partner here, writing the debrief doc for the expert software engineer loop. what are the top responsibilities?",
     "Expert Software Engineer", "distributed systems"),
])
def test_a_shorthand_clause_of_the_askers_work_naming_the_role_lends_no_topic(assistant, question, role, said):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert text.startswith(f"{role}: responsibilities") and said in text  # not "about writing"


def test_what_the_asker_needs_the_answer_for_is_no_topic_of_the_role(assistant):
    answer, text = ask(assistant, "What are the principal functions of the Global Lead Engineer? "
                                  "I need them for presenting to my team.")

    assert answer.roles == ("Global Lead Engineer",)
    assert text.startswith("Global Lead Engineer: responsibilities")  # not "about presenting"
    assert "architectural design" in text


def test_a_doing_word_before_a_noun_it_qualifies_still_asks_that_noun(assistant):
    _answer, text = ask(assistant, "hiring manager for the lead backend engineer?")

    assert "hiring" in text.casefold()


def test_a_dictated_scene_ends_where_the_question_word_opens_the_ask(assistant):
    answer, text = ask(assistant, "um sourcing lead here writing the scorecard for the global lead engineer loop "
                                  "what are the top responsibilities i should cover")

    assert answer.roles == ("Global Lead Engineer",)
    assert text.startswith("Global Lead Engineer: responsibilities") and "architectural design" in text


def test_a_doing_word_running_to_the_end_of_a_dictated_question_is_no_scene(assistant):
    _answer, text = ask(assistant, "copied from #hiring what will the lead backend engineer actually handle "
                                   "around releases what do i tell them")

    assert "production deployments and releases" in text
