"""A recruiter asks whether a candidate where they live can take a role ("can
someone in texas apply for X", "candidate is in the UK - can they do X"): the
answer is where the role may be done from, with the posting's own limit
("Candidates must live in Oregon") first, not only how to apply."""

import pytest

from tests.postings import ask, assistant_on

POSTING = """# Programme Officer

Company: Cascade Rivers Trust
Location: Portland

## Location
Hybrid: in our Portland office on Mondays. Candidates must live in Oregon.

## What you'll do
- Manage a portfolio of river restoration grants

## How to apply
Apply through this page with a résumé and a cover letter.
"""


@pytest.fixture(scope="module")
def trust(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trust")
    assistant = assistant_on({"programme-officer.md": POSTING}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["can someone in texas apply for the programme officer",
                                      "candidate is in idaho - can they do the programme officer job?"])
def test_a_candidate_somewhere_is_answered_with_where_the_role_is_done_from(trust, question):
    _answer, text = ask(trust, question)
    assert ": location" in text.splitlines()[0] and "must live in Oregon" in text
