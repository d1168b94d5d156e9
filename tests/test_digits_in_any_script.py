"""A recruiter types numbers in the digits of their own script: "at least ٥
years", "a candidate with ٧ years", "over ٢٠٠k" (Arabic-Indic), "５"
(full-width), "५" (Devanagari). They are the same numbers as 5, 7 and 200k,
and get the answers those would, in a question and in a conversation; the
readers store a document's pay and years written so as numbers too.
"""

import pytest

from bot import open_assistant
from knowledge.parse import parse_years
from knowledge.readers.salary import parse_all
from tests.threads import Thread


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp('digits') / 'rolecall.db'}")


def asked(assistant, key, *turns):
    """The text of each answer in one conversation."""
    thread = Thread(assistant, key)
    return [thread.ask(turn)[1] for turn in turns]


# (turns in ASCII digits, the same turns in another script's digits)
CONVERSATIONS = [
    (["lead backend engineer experience", "at least 5 years?"],
     ["lead backend engineer experience", "at least ٥ years?"]),
    (["which roles need at least 5 years", "and at least 10 years?"],
     ["which roles need at least 5 years", "and at least ١٠ years?"]),
    (["I have a candidate with 5 years", "which role would suit them?"],
     ["I have a candidate with ٥ years", "which role would suit them?"]),
    (["which roles pay over 150k", "and at least 10 years?"],
     ["which roles pay over ١٥٠k", "and at least १० years?"]),
    (["roles with at least 5 years"], ["roles with at least ５ years"]),
    (["what does a lead engineer earn?", "2"], ["what does a lead engineer earn?", "٢"]),
]


@pytest.mark.parametrize("ascii_turns, script_turns", CONVERSATIONS)
def test_digits_of_any_script_get_the_answers_ascii_digits_get(assistant, ascii_turns, script_turns):
    key = "-".join(ascii_turns)
    assert asked(assistant, "script " + key, *script_turns) == asked(assistant, "ascii " + key, *ascii_turns)


def test_a_years_filter_in_arabic_digits_is_not_read_as_pay(assistant):
    [text] = asked(assistant, "years-not-pay", "which roles need at least ٥ years of experience?")
    assert "at least 5 years" in text and "$" not in text.split("\n")[0]


def test_the_salary_reader_reads_a_range_in_arabic_indic_digits():
    [salary] = parse_all("$١٥٠,٠٠٠ - $٢٠٠,٠٠٠ per year")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (150000, 200000, "USD", "per year")


def test_the_years_reader_reads_devanagari_digits():
    years = parse_years("८-१२ years of experience", 1)
    assert (years.years_min, years.years_max) == (8, 12)


def test_arabic_separators_group_thousands_and_mark_cents():
    [yearly] = parse_all("$١٥٠٬٠٠٠ - $٢٠٠٬٠٠٠ per year")
    [hourly] = parse_all("٢٨٫٥٠ $ per hour")
    assert (yearly.minimum, yearly.maximum) == (150000, 200000)
    assert (hourly.minimum, hourly.period) == (28.5, "per hour")


def test_a_pay_threshold_with_arabic_separators_is_the_same_threshold(assistant):
    assert asked(assistant, "sep-script", "which roles pay over ٢٠٠٬٠٠٠") == \
        asked(assistant, "sep-ascii", "which roles pay over 200,000")
