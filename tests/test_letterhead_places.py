"""A recruiter loads a smokehouse's posting whose only address is its letterhead ("Harbour Road,
Ullapool, Ross-shire IV26 2UH"). The role is placed in the letterhead's town, not its street, and in
the nation its postcode is in, so that "anything in Scotland?" finds it though no line says Scotland."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "letterhead_places"

recruiter = batch_assistant("recruiter", FOLDER, "A smokehouse's posting on its letterhead.")


def test_the_letterhead_town_is_where_the_role_is(recruiter):
    _answer, text = ask(recruiter, "where is the smokehouse operative based")
    assert "Ullapool" in text, text
    assert "Harbour Road" not in text, text


def test_a_scottish_postcode_places_the_role_in_scotland(recruiter):
    _answer, text = ask(recruiter, "any jobs in scotland")
    assert "Smokehouse Operative" in text, text
