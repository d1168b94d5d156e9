"""A recruiter asks "what checks are needed for the support worker" of a care trust's posting that
names its record check as Scotland does ("PVG scheme membership"), not as a "check". The check is
found by the names each country gives it (Garda Vetting, DBS, PVG, police check, Working with
Children Check), not answered as a word the documents lack."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "record_checks"

recruiter = batch_assistant("recruiter", FOLDER, "A care trust's posting with a PVG check.")


def test_the_record_check_is_found_by_its_countrys_name(recruiter):
    _answer, text = ask(recruiter, "what checks are needed for the support worker")
    assert "PVG scheme membership" in text, text
