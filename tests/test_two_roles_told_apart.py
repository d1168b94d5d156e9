"""A founder asks how to tell the role they hire apart from another title:
"how do I tell a head chef apart from a kitchen manager?". "apart from" was
read as setting the second title aside ("which role pays most, apart from
X"), and the words of that title with it, so the item of the posting that
says how the two differ was not found. After a verb of telling ("tell …
apart from …") the two are compared; "tell me the top role apart from X"
still sets X aside. And an opening "As a founder with no cooking
background," says who the asker is: its words are no part of the role. On
the seeds, and a small store of our own."""

import pytest

from tests.postings import ask, assistant_on

HEAD_CHEF = """---
title: Head Chef
company: Saltmarsh Kitchen
---

## Responsibilities

- Run the pass on every dinner service
- Train commis chefs in butchery and sauces
- Report food costs to the general manager each week

## Career path

- Comes from: Sous Chef, Catering Manager

## Education

- Culinary diploma or a professional cookery apprenticeship

## Hiring advice

- A Head Chef cooks on the line every night; a Kitchen Manager mostly orders stock and writes rotas.

## Salary

£42,000 - £48,000 per year
"""

PORTER = """---
title: Kitchen Porter
company: Saltmarsh Kitchen
---

## Responsibilities

- Keep the pot wash and floors clean through service

## Salary

£23,000 - £25,000 per year
"""


@pytest.fixture(scope="module")
def kitchen(tmp_path_factory):
    """A head chef whose advice tells it from a kitchen manager, and a porter whose title says "kitchen"."""
    opened = assistant_on({"chef.md": HEAD_CHEF, "porter.md": PORTER}, tmp_path_factory.mktemp("kitchen"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "could you help me tell the lead backend engineer apart from a backend architect?",
    "As a founder with no cloud background, how would I tell a Lead Backend Engineer apart from a Backend Architect?",
])
def test_telling_a_role_apart_from_another_title_shows_how_they_differ(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Lead Back End Engineer",)
    assert "hands-on with daily development" in text
    assert "Senior Solutions Architect" not in text  # an architect, not the one told apart


def test_tell_me_a_role_apart_from_another_still_sets_it_aside(kitchen):
    answer, _text = ask(kitchen, "tell me the best paid role apart from the head chef")

    assert answer.roles[:1] == ("Kitchen Porter",)


def test_who_the_asker_is_said_first_is_no_part_of_the_role(kitchen):
    answer, text = ask(kitchen, "As an owner with no culinary diploma myself, what does the head chef earn?")

    assert answer.roles == ("Head Chef",)
    assert "£42,000" in text and "apprenticeship" not in text
