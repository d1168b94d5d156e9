"""Salary as data: every range in the currency and period it was written in,
per level or location when a document gives several, OTE and equity kept as
a note; answers show it as written, and pay searches compare like with like
and say what they left out."""

import shutil
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from sqlmodel import select

from bot import Question, compose, open_assistant, render_text
from knowledge import Knowledge, ingest_paths
from knowledge.models import Salary
from knowledge.readers import salary as money

DOCUMENTS = Path(__file__).parent / "documents"

# (words as written, the document's currency, (minimum, maximum, open end, currency, period))
WRITTEN = [
    ("$120,000 - $150,000", None, (120_000, 150_000, False, "USD", None)),
    ("$120k - $150k", None, (120_000, 150_000, False, "USD", None)),
    ("$120-150k", None, (120_000, 150_000, False, "USD", None)),
    ("USD 95,000–120,000 per year", None, (95_000, 120_000, False, "USD", "per year")),
    ("95,000 to 120,000 USD per annum", None, (95_000, 120_000, False, "USD", "per year")),
    ("€60.000 - €75.000", None, (60_000, 75_000, False, "EUR", None)),
    ("€65.000 – €80.000 brutto per annum", None, (65_000, 80_000, False, "EUR", "per year")),
    ("EUR 70,000 – 85,000 a year", None, (70_000, 85_000, False, "EUR", "per year")),
    ("€62k–€78k /yr", None, (62_000, 78_000, False, "EUR", "per year")),
    ("₹12,00,000 – ₹18,00,000 per annum (CTC)", None, (1_200_000, 1_800_000, False, "INR", "per year")),
    ("a gross monthly salary of €3.400 – €3.900 (14 times a year)", None,
     (3_400, 3_900, False, "EUR", "per month")),
    ("£45,000 to £55,000", None, (45_000, 55_000, False, "GBP", None)),
    ("£32,000 base", None, (32_000, 32_000, False, "GBP", None)),
    ("GBP 48,000 - 58,000 p.a.", None, (48_000, 58_000, False, "GBP", "per year")),
    ("CAD 135,000 – 160,000", None, (135_000, 160_000, False, "CAD", None)),
    ("C$90,000 - C$110,000 annually", None, (90_000, 110_000, False, "CAD", "per year")),
    ("$135,000 – $160,000", "CAD", (135_000, 160_000, False, "CAD", None)),
    ("A$100k – A$120k", None, (100_000, 120_000, False, "AUD", None)),
    ("CHF 110'000", None, (110_000, 110_000, False, "CHF", None)),  # the Swiss thousands separator
    ("Up to $80/hour", None, (None, 80, False, "USD", "per hour")),
    ("up to €4,500 per month", None, (None, 4_500, False, "EUR", "per month")),
    ("from 90k", None, (90_000, None, True, None, None)),
    ("From $95,000 per year", None, (95_000, None, True, "USD", "per year")),
    ("starting at £28,000", None, (28_000, None, True, "GBP", None)),
    ("150k+ base salary (USD)", None, (150_000, None, True, "USD", None)),
    ("$200,000+", None, (200_000, None, True, "USD", None)),
    ("$65–$75/hour", None, (65, 75, False, "USD", "per hour")),
    ("$24 an hour", None, (24, 24, False, "USD", "per hour")),
    ("$32 - $38/h", None, (32, 38, False, "USD", "per hour")),
    ("$21–$24 hourly", None, (21, 24, False, "USD", "per hour")),
    ("€18,50 per hour", None, (18.5, 18.5, False, "EUR", "per hour")),
    ("$24.00 – $28.50 per hour", None, (24, 28.5, False, "USD", "per hour")),
    ("$4,000 - $5,000 monthly", None, (4_000, 5_000, False, "USD", "per month")),
    ("The salary range for this role is $140,000 – $175,000 per year", None,
     (140_000, 175_000, False, "USD", "per year")),
    ("Base salary £55,000 – £65,000, with on-target earnings (OTE) of £110,000.", None,
     (55_000, 65_000, False, "GBP", None)),
    ("£32,000 base, £44,000 OTE", None, (32_000, 32_000, False, "GBP", None)),
    ("competitive salary and benefits", None, None),
    ("3+ years of experience", None, None),
]


@pytest.mark.parametrize("text, currency, expected", WRITTEN)
def test_salary_words_as_people_write_them(text, currency, expected):
    found = money.parse(text, currency=currency)
    if expected is None:
        assert found is None or (found.minimum, found.maximum) not in ((110, 110), (1_850, 1_850), (18, 18))
        return
    assert (found.minimum, found.maximum, found.open_ended, found.currency, found.period) == expected


def test_ote_bonus_and_equity_are_the_note_not_a_range():
    [sdr] = money.parse_all("£32,000 base, £44,000 OTE")
    assert sdr.note == "£44,000 OTE"
    [csm] = money.parse_all("$85,000 – $100,000 base salary plus a 15% variable bonus tied to retention.")
    assert (csm.minimum, csm.maximum, csm.note) == (85_000, 100_000, "plus a 15% variable bonus tied to retention")
    [director] = money.parse_all(
        "150k+ base salary (USD), with an on-target earnings (OTE) package of $300,000 at a 50/50 split. "
        "Meaningful equity: this role includes a stock option grant.")
    assert (director.minimum, director.maximum, director.open_ended) == (150_000, None, True)
    assert director.note == ("with an on-target earnings (OTE) package of $300,000 at a 50/50 split; "
                             "Meaningful equity: this role includes a stock option grant")
    assert director.text == "150k+ base salary (USD)"


def test_several_ranges_on_one_line_are_kept_under_their_labels():
    found = money.parse_all("New York: $135,000 – $160,000 | Remote (US): $125,000 – $150,000")
    assert [(s.label, s.minimum, s.maximum) for s in found] == [
        ("New York", 135_000, 160_000), ("Remote (US)", 125_000, 150_000)]


_STYLES = {
    "comma": lambda n: f"{n:,}",
    "dot": lambda n: f"{n:,}".replace(",", "."),
    "k": lambda n: f"{n // 1000}k",
}
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
_PERIOD_WORDS = {"per year": "per year", "/yr": "per year", "per annum": "per year", "a year": "per year",
                 "per month": "per month", "": None}


@given(low=st.integers(10, 400).map(lambda n: n * 1000), extra=st.integers(1, 200).map(lambda n: n * 1000),
       style=st.sampled_from(sorted(_STYLES)), sign=st.sampled_from(sorted(_SIGNS)),
       dash=st.sampled_from([" - ", "–", " – ", " to "]), period=st.sampled_from(sorted(_PERIOD_WORDS)))
def test_a_written_range_reads_back_as_its_numbers(low, extra, style, sign, dash, period):
    high = low + extra
    text = f"{sign}{_STYLES[style](low)}{dash}{sign}{_STYLES[style](high)} {period}".strip()
    found = money.parse(text)
    assert (found.minimum, found.maximum, found.currency, found.period) == (
        low, high, _SIGNS[sign], _PERIOD_WORDS[period])


# -- the store -----------------------------------------------------------------------------
MIXED = ["md/backend-engineer.md", "md/site-reliability-engineer.md", "md/qa-automation-contractor.md",
         "md/engineering-career-ladder.md", "md/ios-engineer.md", "md/sales-development-representative.md",
         "txt/ux-researcher.txt", "txt/financial-analyst.txt", "txt/data-scientist-contract.txt",
         "html/frontend-developer-munich.html", "html/handbook-product-management.html",
         "html/microdata-shift-lead.html", "txt/enterprise-account-director.txt"]


@pytest.fixture
def mixed(store, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in MIXED:
        shutil.copy(DOCUMENTS / name, folder / Path(name).name)
    ingest_paths(store, [folder])
    return store


def _rows(store, title):
    role = Knowledge(store).role_by_alias(title)
    with store.session() as session:
        rows = session.exec(select(Salary).where(Salary.role_id == role.id).order_by(Salary.id)).all()
    return [(r.minimum, r.maximum, r.open_ended, r.currency, r.period, r.label) for r in rows]


def test_salaries_in_three_currencies_and_two_periods_are_stored_as_data(mixed):
    assert _rows(mixed, "Backend Engineer") == [(140_000, 175_000, False, "USD", "per year", None)]
    assert _rows(mixed, "UX Researcher (Senior)") == [(60_000, 75_000, False, "EUR", "per year", None)]
    assert _rows(mixed, "Frontend Developer (React)") == [(65_000, 80_000, False, "EUR", "per year", None)]
    assert _rows(mixed, "Financial Analyst (FP&A)") == [(45_000, 55_000, False, "GBP", "per year", None)]
    assert _rows(mixed, "Site Reliability Engineer") == [(135_000, 160_000, False, "CAD", None, None)]
    assert _rows(mixed, "QA Automation Contractor") == [(65, 75, False, "USD", "per hour", None)]
    assert _rows(mixed, "Data Scientist – Pricing (Contract)") == [(None, 80, False, "USD", "per hour", None)]
    assert _rows(mixed, "Warehouse Shift Lead (Nights)")[0][3:5] == ("USD", "per hour")
    sdr = Knowledge(mixed).role_by_alias("Sales Development Representative").salary
    assert (sdr.minimum, sdr.currency, sdr.note) == (32_000, "GBP", "£44,000 OTE")


def test_a_job_family_keeps_each_levels_band_under_the_level(mixed):
    assert _rows(mixed, "Software Engineer job family") == [
        (95_000, 115_000, False, "USD", None, "Junior Software Engineer (L1)"),
        (120_000, 145_000, False, "USD", None, "Software Engineer (Mid, L2)"),
        (150_000, 180_000, False, "USD", None, "Senior Software Engineer (L3)"),
        (185_000, 225_000, False, "USD", None, "Staff Software Engineer (L4)")]
    assert _rows(mixed, "Staff Software Engineer (L4)") == [(185_000, 225_000, False, "USD", None, None)]
    assert _rows(mixed, "Product Management career levels") == [
        (110_000, 130_000, False, "USD", None, "Associate Product Manager (APM)"),
        (135_000, 160_000, False, "USD", None, "Product Manager"),
        (165_000, 195_000, False, "USD", None, "Senior Product Manager"),
        (200_000, 240_000, False, "USD", None, "Group Product Manager")]
    assert _rows(mixed, "Group Product Manager") == [(200_000, 240_000, False, "USD", None, None)]
    # a level × location table: one range per cell, under its row and column
    assert [row[5] for row in _rows(mixed, "iOS Engineer (Swift)")] == [
        "iOS Engineer II, New York", "iOS Engineer II, Remote (US)",
        "Senior iOS Engineer, New York", "Senior iOS Engineer, Remote (US)"]


# -- answers -------------------------------------------------------------------------------
def _ask(database_url, text):
    answer = open_assistant(database_url).ask(Question(text, platform="test"))
    return answer, render_text(answer)


def _salary_answer(store, title):
    """The salary answer of a role, as every platform renders it (which role a
    question means is another test's concern)."""
    knowledge = Knowledge(store)
    return render_text(compose.salary_answer(knowledge.profile(knowledge.role_by_alias(title).id), 0.9))


def test_a_salary_is_shown_in_its_own_currency_and_period_as_written(mixed):
    text = _salary_answer(mixed, "Frontend Developer (React)")
    assert "€65,000 - €80,000 per year" in text and "EUR" not in text and "$" not in text
    assert "as written: “€65.000 – €80.000" in text
    text = _salary_answer(mixed, "Data Scientist – Pricing (Contract)")
    assert "up to $80 per hour (USD" in text
    # microdata's currency is in a <meta>: the visible line is what the page wrote
    text = _salary_answer(mixed, "Warehouse Shift Lead (Nights)")
    assert "$24 - $28.50 per hour (USD)" in text and "as written: “$24.00 – $28.50 per hour”" in text
    assert "£32,000 (£44,000 OTE)" in _salary_answer(mixed, "Sales Development Representative")
    text = _salary_answer(mixed, "Enterprise Account Director – Marketplaces")
    assert "from $150,000 USD" in text and "stock option grant" in text and "150k+" in text


def test_per_level_and_per_location_ranges_are_listed_with_their_labels(mixed):
    text = _salary_answer(mixed, "Software Engineer job family")
    assert "- Staff Software Engineer (L4): $185,000 - $225,000 USD" in text
    assert "- Junior Software Engineer (L1): $95,000 - $115,000 USD" in text
    text = _salary_answer(mixed, "iOS Engineer (Swift)")
    assert "- Senior iOS Engineer, Remote (US): $155,000 - $185,000 USD (All levels also receive equity.)" in text


def test_a_pay_search_compares_like_with_like_and_says_what_it_left_out(mixed, database_url):
    answer, text = _ask(database_url, "which roles pay over 150k")
    assert {"Backend Engineer", "Staff Software Engineer (L4)", "Group Product Manager"} <= set(answer.roles)
    # CAD 160,000 is over 150,000 but it is not dollars of the same kind
    assert "Site Reliability Engineer" not in answer.roles
    assert "(the top of each USD yearly range compared)" in text
    assert "5 roles paid in CAD or EUR or GBP and 3 hourly roles were not compared." in text
    assert "Site Reliability Engineer" not in text  # counted, not listed among the answers

    answer, text = _ask(database_url, "which roles pay over €60k")
    assert set(answer.roles) == {"Frontend Developer (React)", "UX Researcher (Senior)"}
    assert "above €60,000 EUR" in text and "the top of each EUR yearly range compared" in text

    answer, text = _ask(database_url, "which roles pay more than 70 an hour")
    assert set(answer.roles) == {"QA Automation Contractor", "Data Scientist – Pricing (Contract)"}
    assert "the top of each USD hourly range compared" in text and "yearly roles" in text

    answer, text = _ask(database_url, "which roles pay less than 50k GBP")
    assert set(answer.roles) == {"Financial Analyst (FP&A)", "Sales Development Representative"}
    assert "the bottom of each GBP yearly range compared" in text


def test_a_comparison_does_not_rank_euros_against_dollars(mixed):
    knowledge = Knowledge(mixed)
    profiles = [knowledge.profile(knowledge.role_by_alias(t).id)
                for t in ("Frontend Developer (React)", "Backend Engineer")]
    text = render_text(compose.compare("salary", profiles, 0.9))
    assert "in different currencies or periods, so they are not ranked" in text
    assert "€65,000 - €80,000 per year" in text and "$140,000 - $175,000 per year (USD" in text


def test_roles_paid_in_a_currency(mixed, database_url):
    answer, text = _ask(database_url, "which roles pay in euros")
    assert set(answer.roles) == {"Frontend Developer (React)", "UX Researcher (Senior)"}
    answer, _ = _ask(database_url, "which roles pay in Canadian dollars")
    assert answer.roles == ("Site Reliability Engineer",)


def test_an_hourly_rate_question_is_a_salary_question(mixed, database_url):
    answer, text = _ask(database_url, "what's the hourly rate for the QA automation contractor")
    assert answer.intent == "salary"
    assert "$65 - $75 per hour (USD" in text


@pytest.mark.parametrize("line", [
    "Hybrid, 3 days a week in the office, $100k-$120k",
    "Salary: £50,000 - £60,000. Hybrid working, 3 days per week in the office.",
    "Pay: $100k-$120k (in office 4 days/week)",
    "Full time, 8 hours a day, $60,000",
])
def test_the_days_a_week_in_the_office_are_not_the_period_of_the_pay(line):
    """A salary line that says how many days (or hours) are worked is not a
    weekly or daily rate: the pay keeps no period rather than a wrong one."""
    [found] = money.parse_all(line)
    assert found.period is None


def test_a_day_rate_and_a_weekly_wage_are_still_read_beside_the_hours():
    [contract] = money.parse_all("Day rate £450-£550, 5 days a week")
    [wage] = money.parse_all("$900 per week, 40 hours a week")
    assert (contract.period, wage.period) == ("per day", "per week")


@pytest.mark.parametrize("line", [
    "£45,000 - £55,000 plus a day off for your birthday",
    "£35,000, and a week's extra holiday at Christmas",
])
def test_a_day_or_a_week_in_a_perk_beside_the_pay_is_not_its_period(line):
    """"Plus a day off for your birthday" is a perk in its own clause: the
    salary before it is not a day rate."""
    [found] = money.parse_all(line)
    assert found.period is None


def test_a_day_rate_written_in_the_amounts_own_clause_is_still_read():
    assert [s.period for s in money.parse_all("£600 a day, outside IR35")] == ["per day"]
    assert [s.period for s in money.parse_all("Contract: £450 - £550 per day, inside IR35")] == ["per day"]


@pytest.mark.parametrize("line", [
    "$100,000 - $120,000 and a day off for your birthday",
    "$100,000 - $120,000, a day off on your birthday",
    "$100k-$120k, on call one week a month",
])
def test_a_day_off_or_a_week_on_call_in_the_amounts_clause_is_not_its_period(line):
    """A day off or a week of on call a month said right after the pay,
    with no 'plus' between, is no day rate and no monthly pay."""
    [found] = money.parse_all(line)
    assert found.period is None


# -- a part of the pay asked by name -------------------------------------------------------
def test_equity_asked_of_a_role_shows_what_its_documents_say_of_it(database_url):
    """The hiring guide lists "Competitive salary and equity compensation"
    among the perks: asked about equity, that line comes with the range."""
    answer, text = _ask(database_url, "does the lead backend engineer salary include equity?")
    assert answer.intent == "salary"
    assert "$160,000 - $220,000" in text and "Competitive salary and equity compensation" in text
    assert "lead-backend-engineer-hiring-guide.txt" in answer.sources


def test_equity_asked_after_the_comp_says_the_documents_do_not_mention_it(database_url):
    """'is equity included?' after the Expert Software Engineer's comp: no
    document of it names equity, and the answer says so rather than giving
    the range again as if it answered."""
    from tests.threads import Thread
    thread = Thread(open_assistant(database_url), "slack:T1:C1:user:U1")
    thread.ask("comp for expert software engineer?")
    answer, text = thread.ask("is equity included?")
    assert answer.roles == ("Expert Software Engineer",)
    assert "The Expert Software Engineer documents don't mention equity." in text


def test_a_bonus_asked_of_pay_with_commission_is_not_said_to_be_unmentioned(store, database_url, tmp_path):
    """A mid-market account executive is paid a base with on-target earnings
    and uncapped commission. Asked "is there a bonus?", the answer shows that
    line; it must not add that the documents don't mention a bonus, as if
    the commission beside it were not the variable pay asked about (the pay
    details already count a bonus and commission as one topic)."""
    from tests.threads import Thread
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DOCUMENTS / "html/account-executive-london.html", folder)
    ingest_paths(store, [folder])
    thread = Thread(open_assistant(database_url), "slack:T1:C1:user:U1")
    thread.ask("what does the account executive pay?")
    answer, text = thread.ask("is there a bonus?")
    assert answer.roles == ("Account Executive, Mid-Market",)
    assert "Commission is uncapped" in text and "don't mention a bonus" not in text


def test_a_part_of_pay_is_found_by_its_word_not_inside_another_word():
    """'OTE' names commission, but "remote" and "notes" only contain its
    letters: a salary note saying the role is remote says nothing of
    commission, and asked about commission the answer says so."""
    from types import SimpleNamespace
    from bot import pay_parts
    from bot.text import Token
    role = SimpleNamespace(title="Support Engineer", salaries=(SimpleNamespace(note="fully remote"),))
    profile = SimpleNamespace(role=role, facts=())
    r = SimpleNamespace(tokens=[Token("any", 0, 3), Token("commission", 4, 14)])
    answer = pay_parts.with_pay_parts(r, profile, _plain_answer())
    assert "The Support Engineer documents don't mention commission." in answer.summary


def _plain_answer():
    from bot.answer import Answer
    return Answer(title="Support Engineer: salary", intent="salary", summary="$90,000 - $110,000 USD.")
