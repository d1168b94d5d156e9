"""A recruiter asks how to apply to a job on a printed flyer: its tear-off tabs
repeat the contact once per tab, and a PDF or text copy of the flyer gives every
copy as lines of its own. The reader folds them into one "How to apply" item
(with the call to action above them that gives the same number), so the contact is
the answer and the flyer's perks are not a run of phone numbers."""

import pytest

from knowledge.readers import plaintext, tear_offs
from tests.postings import ask, assistant_on

TAB = ["Coldharbour Cleaning", "Evening cleaners", "Call Priya", "07700 900123"]
FLYER = "\n".join([
    "Evening Office Cleaner",
    "Company: Coldharbour Cleaning Services",
    "",
    "Location: Riverside Business Park, Reading RG1",
    "Pay: £12.60 per hour",
    "",
    "What we offer:",
    "- Weekly pay",
    "- Uniform provided",
    "Call Priya on 07700 900123 or email jobs@coldharbour.example to start next week",
    *(TAB * 6), *TAB[:2],
])


def test_repeated_tabs_are_folded_into_one_contact_with_the_call_to_action():
    lines = tear_offs.folded(FLYER.split("\n"))
    assert lines.count("Coldharbour Cleaning · Evening cleaners · Call Priya · 07700 900123") == 1
    assert "Call Priya" not in lines and "Evening cleaners" not in lines  # no copy, nor the cut-off last tab
    assert lines[lines.index("How to apply:") + 1].startswith("Call Priya on 07700 900123")


def test_lines_that_repeat_without_a_contact_are_left_as_they_stand():
    lines = ["Shifts:", "Yes", "Yes", "Yes", "Yes"]
    assert tear_offs.folded(lines) == lines


def test_the_flyers_perks_hold_no_tab_and_its_contact_is_how_to_apply():
    role = plaintext.read(FLYER, "flyer.txt").roles[0]
    perks = [s for s in role.sections if s.facet == "perks"]
    assert perks and not any("07700" in item for s in perks for item in s.items)


@pytest.fixture(scope="module")
def flyer(tmp_path_factory):
    folder = tmp_path_factory.mktemp("flyer")
    assistant = assistant_on({"cleaner-flyer.txt": FLYER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_how_to_apply_to_a_flyers_job_gives_its_tab_contact(flyer):
    _answer, text = ask(flyer, "how do I apply for the evening office cleaner job")
    assert "07700 900123" in text and "Uniform provided" not in text
