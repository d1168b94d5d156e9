"""A recruiter types fast in chat: "hwo many" for "how many", "wiht" for "with",
initials in lower case ("any elt work?"), "execs" for the executives, a slip in a
word that sounds like another when run together ("the most yeras"). Each is read
as what was meant, and a word the documents use is still taken as typed."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "typed_in_a_hurry"

recruiter = batch_assistant("recruiter", FOLDER, "A data platform engineer and a warehouse shift lead.")


def test_a_slip_two_words_could_be_is_read_by_the_word_after_it(recruiter):
    # "hwo" is one swap from "how" and from "who"; only "how many" is said
    _answer, text = ask(recruiter, "hwo many roles do you have")
    assert "Data Platform Engineer" in text and "Warehouse Shift Lead" in text


def test_a_common_short_word_mistyped_is_still_read(recruiter):
    _answer, text = ask(recruiter, "which roles wiht a forklift licence")
    assert "Warehouse Shift Lead" in text and "Data Platform Engineer" not in text


def test_initials_typed_in_lower_case_are_the_initials_the_documents_write(recruiter):
    _answer, text = ask(recruiter, "any elt work for the data platform engineer?")
    assert "ELT jobs" in text and "SFTP" not in text


def test_a_word_the_documents_also_write_in_lower_case_keeps_its_case(recruiter):
    # "it" is no initials of IT; the shift lead's question is about the role itself
    _answer, text = ask(recruiter, "what does the warehouse shift lead do, is it nights?")
    assert "night shift" in text


def test_execs_are_the_executives(recruiter):
    # the items on the executives, not the whole role
    _answer, text = ask(recruiter, "data platform engineer - any exposure to execs?")
    assert "executive team" in text and "SFTP" not in text


def test_a_mistyped_word_is_no_piece_of_a_name_said_aloud(recruiter):
    # "most yeras" run together sounds like "masters"; "yeras" is "years" mistyped
    _answer, text = ask(recruiter, "which role wants the most yeras of experience")
    assert "Data Platform Engineer" in text and "master" not in text.lower()


def test_a_contraction_typed_without_its_apostrophe_is_no_word_to_search(recruiter):
    # "thats" is "that's": the recruiter is signing off, not searching the roles for a word
    _answer, text = ask(recruiter, "cheers, thats all for now")
    assert "Roles that mention" not in text and "ELT" not in text
