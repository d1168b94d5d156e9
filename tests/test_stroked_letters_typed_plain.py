"""A recruiter types a Nordic or Polish company's name on an English keyboard: "brondby" for
"Brøndby", "lodz" for "Łódź". Letters whose mark is drawn through them are not taken apart by
Unicode as accents are, yet they are typed without it all the same; the name still narrows the
question to that company's posting."""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on

BRONDBY_WELDER = """# Pipe Welder

Brøndby Stål ApS · Production · Brøndby · Full-time

## About the role

Brøndby Stål builds stainless process pipework for dairies.

## Requirements

- EN ISO 9606 welding certificate
- 3 years of TIG welding

## Salary

230 – 260 DKK per hour
"""

ANOTHER = """# Store Manager

Hollowell Retail · Retail · Leeds · Full-time

## About the role

Hollowell Retail runs garden centres.

## Requirements

- 2 years managing a shop

## Salary

£32,000 per year
"""


@pytest.fixture(scope="module")
def stroked(tmp_path_factory):
    opened = assistant_on({"pipe-welder.md": BRONDBY_WELDER, "store-manager.md": ANOTHER},
                          tmp_path_factory.mktemp("stroked"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["brøndby requirements?", "brondby requirements?"])
def test_a_name_with_a_stroked_letter_typed_without_it_finds_the_company(stroked, question):
    answer, text = ask(stroked, question)
    assert answer.kind == ANSWER and answer.roles == ("Pipe Welder",), question
    assert "welding certificate" in text, question
