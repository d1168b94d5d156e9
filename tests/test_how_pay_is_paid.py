"""A recruiter asks how a trade job's pay is paid ("paid weekly, CIS or PAYE?"):
the salary answer adds the posting's line that says so, under whatever heading it
stands (a flyer's "ALL ROLES" block), and leaves it out when not asked."""

import pytest

from tests.postings import ask, assistant_on

FLYER = """# Scaffolder

Company: Brackenfield Access Ltd
Location: Sheffield S9

## Salary
£190 per day

## All trades
- Paid weekly by bank transfer · CIS or PAYE
- Van and fuel card for chargehands

## You need
- CISRS Scaffolder card
"""


@pytest.fixture(scope="module")
def scaffolding(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scaffolding")
    assistant = assistant_on({"scaffolder.md": FLYER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["is the scaffolder paid weekly, CIS or PAYE?",
                                      "scaffolder pay - weekly or monthly?"])
def test_how_the_pay_is_paid_is_added_to_the_salary(scaffolding, question):
    _answer, text = ask(scaffolding, question)
    assert "£190 per day" in text and "Paid weekly by bank transfer" in text


def test_the_pay_alone_is_asked_without_it(scaffolding):
    _answer, text = ask(scaffolding, "scaffolder salary")
    assert "£190 per day" in text and "Paid weekly" not in text
