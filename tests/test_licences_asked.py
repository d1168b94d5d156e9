"""A recruiter asks which licences or certificates a role needs, of the role as a
whole ("licences needed for the pool lifeguard"): the answer is everything the
posting requires, since a certificate it asks for is often not called a licence
("Pool Lifeguard qualification (NPLQ)")."""

import pytest

from tests.postings import ask, assistant_on

LIFEGUARD = """# Pool Lifeguard (Casual)

Company: Millbrook Leisure Trust
Location: Millbrook Aquatic Centre

## Duties
- Supervise the main pool and the learner pool

## You need
- Current Pool Lifeguard qualification (NPLQ)
- First Aid at Work certificate
- A current driving licence, for the trust's other sites

## Benefits
- Free swim and gym membership
"""


@pytest.fixture(scope="module")
def leisure(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leisure")
    assistant = assistant_on({"lifeguard.md": LIFEGUARD}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["licences needed for the pool lifeguard",
                                      "what certificates does the pool lifeguard need"])
def test_the_licences_a_role_needs_are_all_it_requires(leisure, question):
    _answer, text = ask(leisure, question)
    assert "NPLQ" in text and "First Aid at Work" in text and "driving licence" in text
