"""A hiring manager asks "what's the max offer for the X?" or "how high can we
go for the X?": the top of what the posting pays, its salary, not the
benefits its "what we offer" section lists."""

import pytest

from tests.postings import ask, assistant_on

SURVEYOR = """# Land Surveyor

## Salary
£36,200 – £39,800 per annum

## What we offer
- 28 days' holiday
- Company van
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("offer")
    assistant = assistant_on({"surveyor.md": SURVEYOR}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "what's the max offer for the land surveyor?",
    "what's the most we can offer the land surveyor candidate?",
    "how high can we go for the land surveyor",
])
def test_the_top_of_the_offer_is_the_salary(recruiter, question):
    answer, text = ask(recruiter, question)
    assert "£39,800" in text and "Company van" not in text, text
