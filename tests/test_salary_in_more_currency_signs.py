"""Postings from Nigeria, the Philippines or Iceland write pay with the naira
or peso sign ("₦850,000 – ₦1,100,000 per month") or a code the reader did not
know ("ISK 640.000 per month"); and a field-sales post writes its base pay
before "+ commission (OTE …)". The recruiter asking the pay gets the amount as
written, the base as the range and the OTE as its note, not "no amount"."""

from knowledge.readers.salary import parse


def test_the_naira_sign_is_nigerian_naira():
    salary = parse("₦850,000 – ₦1,100,000 per month (gross)")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (850_000, 1_100_000, "NGN", "per month")


def test_an_icelandic_code_before_the_amount():
    salary = parse("ISK 640.000–720.000 per month before tax")
    assert (salary.minimum, salary.maximum, salary.currency) == (640_000, 720_000, "ISK")


def test_a_czech_code_with_spaced_thousands():
    salary = parse("CZK 41 000 – 47 000 gross per month")
    assert (salary.minimum, salary.maximum, salary.currency) == (41_000, 47_000, "CZK")


def test_base_pay_before_a_commission_clause_with_its_own_amounts():
    salary = parse("₱18,500 basic per month + commission (OTE ₱40,000 – ₱52,000 per month)")
    assert (salary.minimum, salary.maximum, salary.currency) == (18_500, 18_500, "PHP")
    assert "OTE ₱40,000 – ₱52,000" in salary.note


def test_tips_after_an_hourly_rate_are_its_note_not_its_pay():
    salary = parse("CAD $18.40/hour + tips (the pool averages $8–11/hour)")
    assert (salary.minimum, salary.maximum, salary.period) == (18.40, 18.40, "per hour")
    assert "pool averages" in salary.note
    assert salary.text.startswith("CAD $18.40/hour + tips")  # as written, "+ tips" and all


def test_a_plus_after_pay_with_no_sign_of_its_own_stays_one_clause():
    salary = parse("up to 90k + car allowance (OTE £130k uncapped)")
    assert salary.maximum == 90_000
