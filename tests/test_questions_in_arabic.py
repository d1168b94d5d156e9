"""A Gulf recruiter asks in Arabic: "موظف خدمة العملاء - الراتب كم؟"
(customer service staff: how much is the salary?). The Arabic words the
glossary holds are read as English, with their article set aside and a
phrase whose English order is reversed ("خدمة العملاء", service of the
customers) held whole, so the question names the role and asks its pay."""

import pytest

from tests.postings import ask, assistant_on

AGENT = """# Customer Service Agent

Company: Qasr Al Bahr Resort

## Salary
AED 4,800 per month tax-free

## Requirements
- Fluent English and Arabic
"""

CHEF = """# Pastry Chef

## Salary
AED 6,200 per month
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("arabic")
    assistant = assistant_on({"agent.md": AGENT, "chef.md": CHEF}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_salary_asked_in_arabic(recruiter):
    _answer, text = ask(recruiter, "موظف خدمة العملاء - الراتب كم؟")
    assert "4,800" in text and "6,200" not in text


def test_the_requirements_asked_in_arabic_with_the_article(recruiter):
    _answer, text = ask(recruiter, "ما هي المتطلبات لوظيفة خدمة العملاء؟")
    assert "Fluent English and Arabic" in text
