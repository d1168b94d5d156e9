"""A recruiter asks about postings of the tenth batch's kinds in the words people type: an events
job's place as its "venue"."""

import pytest

from tests.postings import ask, assistant_on

STEWARD = """---
title: Concourse Steward
location: Eden Park, Auckland
salary: "$27.50 per hour"
---

## About the role

Keep the stands moving on match day.

## What you'll do

- Guide fans to their seats and keep the aisles clear
"""

PILOT = """---
title: Air Ambulance Pilot
location: Dunedin base (NZDN)
salary: "$118,000 per year"
---

## Requirements

- Commercial pilot licence with an instrument rating
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tenth")
    assistant = assistant_on({"steward.md": STEWARD, "pilot.md": PILOT}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_venue_asks_where_an_events_job_is(recruiter):
    """"Venue" is where an events job is worked: its location, not a section no document has."""
    _answer, text = ask(recruiter, "concourse steward venue")
    assert "Eden Park" in text

