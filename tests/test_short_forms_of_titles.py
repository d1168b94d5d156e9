"""A hiring manager outside software names roles the way their trade shortens
them: "the SSM" for the Regional Seed Sales Manager – Agritech, "an OT" for the Orthotic
Technician (Band 4), "the WH supervisor", "the pharma role". The short form names the role
when it picks out exactly one of the store's; ordinary words ("ot", overtime's "is OT
paid") stay words."""

import pytest

from tests.postings import ask, assistant_on

REGIONAL_SALES = """# Regional Seed Sales Manager – Agritech

Hollowmere Seeds · Lincoln, UK · Full-time

## About the role

You will sell seed-treatment contracts to arable farms across Lincolnshire.

## Requirements

- 4+ years selling to farmers or agronomists
- Full UK driving licence

## Nice to have

- BASIS certificate in crop protection

## Salary

£48,000 - £55,000 per year plus car
"""

ORTHOTIC_TECHNICIAN = """# Orthotic Technician (Band 4)

Brackenfold Community Health · Harrogate, UK · Full-time

## About the role

You will cast, fit and adjust braces and insoles in the hospital's orthotics workshop.

## Requirements

- BTEC in engineering or a workshop trade
- 2 years making medical devices

## Benefits

- 29 days annual leave plus bank holidays

## Salary

£27,485 - £30,162 per year
"""

WAREHOUSE_SUPERVISOR = """# Warehouse Supervisor – Night Shift

Pellridge Distribution · Wakefield, UK · Full-time

## About the role

You will run the night picking team of twenty.

## Requirements

- 2 years supervising a warehouse team
- Counterbalance forklift licence

## Salary

£15.80 per hour
"""

PHARMACOLOGIST = """# Senior Pharmacologist

Quillbrook Therapeutics · Cambridge, UK · Full-time

## About the role

You will design in-vivo studies for our kidney programme.

## Requirements

- PhD in pharmacology
- 6+ years in a preclinical drug-discovery lab

## Salary

£62,000 - £70,000 per year
"""


@pytest.fixture(scope="module")
def hiring_manager(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trades")
    assistant = assistant_on({"rsm.md": REGIONAL_SALES, "ot.md": ORTHOTIC_TECHNICIAN,
                              "wh.md": WAREHOUSE_SUPERVISOR, "pharm.md": PHARMACOLOGIST}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_initials_of_a_title_without_the_word_for_its_reach_name_it(hiring_manager):
    """"Regional" and "– Agritech" left out: the seed sales manager's initials."""
    _answer, text = ask(hiring_manager, "what does the SSM need?")
    assert "4+ years selling to farmers" in text


def test_three_initials_in_lower_case_name_the_role_too(hiring_manager):
    _answer, text = ask(hiring_manager, "rssm salary")
    assert "£48,000 - £55,000" in text


def test_two_initials_in_capitals_name_a_two_word_title_with_a_band_after_it(hiring_manager):
    _answer, text = ask(hiring_manager, "annual leave for an OT?")
    assert "29 days annual leave" in text


def test_two_initials_said_as_the_role_name_it_in_lower_case(hiring_manager):
    _answer, text = ask(hiring_manager, "salary for the ot role")
    assert "£27,485 - £30,162" in text


def test_a_short_form_of_a_title_word_beside_the_rest_of_the_title_names_it(hiring_manager):
    """"WH" is how a warehouse is written on a rota; beside "supervisor" it is the warehouse supervisor."""
    _answer, text = ask(hiring_manager, "WH supervisor pay?")
    assert "£15.80 per hour" in text


def test_the_start_of_a_title_word_said_as_the_role_names_it(hiring_manager):
    _answer, text = ask(hiring_manager, "how many years for the pharma role?")
    assert "6+ years" in text


def test_two_initials_said_as_overtime_are_no_role(hiring_manager):
    """"OT paid": overtime, a thing done; the role asked about is the warehouse supervisor."""
    answer, _text = ask(hiring_manager, "is OT paid for the WH supervisor?")
    assert answer.roles == ("Warehouse Supervisor – Night Shift",)


def test_two_letters_in_lower_case_are_a_word_not_a_role(hiring_manager):
    answer, _text = ask(hiring_manager, "ot salary")
    assert answer.roles != ("Orthotic Technician (Band 4)",)


OPERATIONS_TECHNICIAN = """# Operations Technician

Pellridge Distribution · Wakefield, UK · Full-time

## About the role

You will keep the sortation conveyors running.

## Salary

£29,000 per year
"""


def test_initials_two_roles_share_ask_which_one_is_meant(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    assistant = assistant_on({"ot.md": ORTHOTIC_TECHNICIAN, "ops.md": OPERATIONS_TECHNICIAN}, folder)
    try:
        _answer, text = ask(assistant, "OT salary?")
        assert "Which role do you mean by “OT”?" in text
        assert "Orthotic Technician (Band 4)" in text and "Operations Technician" in text
    finally:
        assistant.knowledge.store.dispose()
