"""A third batch of documents in the shapes other organisations publish (tests/documents/real3/):
a recruiter saves a Teamtailor, BambooHR or iCIMS page, exports a Confluence page, forwards an
agency's email, copies a Civil Service or Naukri page as text, pastes a posting with no headings,
drops a Word template full of tables, a designed two-column PDF and an Ashby API export, and
every one is read with its title, its sections and its pay as it is written in that country."""

from pathlib import Path

import pytest

from knowledge import Knowledge, ingest_paths
from knowledge import sections as S
from knowledge.readers import read
from knowledge.readers import salary as money
from tests import binary_documents
from tests.postings import ask, batch_assistant
from tests.readings import field as _field, items as _items, only_role, roles_in

REAL3 = Path(__file__).parent / "documents" / "real3"
FILES = sorted(p for p in REAL3.iterdir() if p.is_file())


def _role(name: str):
    return only_role(REAL3 / name)


def _pay(doc) -> list[tuple]:
    return [(s.minimum, s.maximum, s.currency, s.period) for s in doc.salaries]


def test_every_file_of_the_third_batch_is_ingested_and_none_refused(store):
    report = ingest_paths(store, [REAL3])
    assert report.skipped == []
    assert {Path(d.path).name for d in report.documents} == {p.name for p in FILES}
    assert "Careers" not in {r.title for r in Knowledge(store).roles()}  # a careers page is no role


@pytest.mark.skipif(not Path(binary_documents.DEJAVU).exists(), reason="the PDF generator's font is not installed")
def test_the_binary_fixtures_are_what_the_generators_write(tmp_path):
    for make in (binary_documents.word_tables_docx, binary_documents.two_column_pdf):
        fresh = make(tmp_path)
        assert [(d.title, len(d.items)) for d in read(fresh.read_bytes(), fresh.name)] == \
            [(d.title, len(d.items)) for d in read((REAL3 / fresh.name).read_bytes(), fresh.name)]


# -- pay as other countries and contractors write it ----------------------------------
@pytest.mark.parametrize("line, pay", [
    ("CHF 110'000 – 130'000 per year, paid in 13 monthly instalments.", (110000, 130000, "CHF", "per year")),
    ("18-24 Lacs P.A.", (1800000, 2400000, "INR", "per year")),
    ("CTC ₹18-24 LPA plus ESOPs", (1800000, 2400000, "INR", "per year")),
    ("€450–€520 per day, depending on experience", (450, 520, "EUR", "per day")),
    ("20 hours a week, based in Bath. £16 - £18 per hour depending on experience", (16, 18, "GBP", "per hour")),
])
def test_pay_in_lakhs_apostrophes_and_day_rates_is_one_range_in_its_own_period(line, pay):
    assert [(s.minimum, s.maximum, s.currency, s.period) for s in money.parse_all(line)] == [pay]


@pytest.mark.parametrize("line, open_ended", [
    ("£45k–£55k + 10% bonus", False), ("NZ$120,000 – NZ$140,000 + KiwiSaver", False), ("$150k+ OTE", True),
])
def test_a_plus_before_a_word_adds_to_the_range_and_a_plus_on_the_amount_opens_it(line, open_ended):
    assert money.parse_all(line)[0].open_ended is open_ended


# -- saved careers pages ---------------------------------------------------------------
def test_a_teamtailor_page_keeps_its_sidebar_facts_and_its_meriting_list():
    doc = _role("teamtailor-fjallbo-field-sales-representative.html")
    assert (doc.title, _field(doc, "Location"), _field(doc, "Company")) == \
        ("Field Sales Representative", "Uppsala", "Fjällbo Värme")
    assert _pay(doc) == [(38000, 45000, "SEK", "per month")]
    assert _items(doc, S.NICE_TO_HAVE) == ["Knowledge of air-to-water heat pumps or the ROT tax deduction"]


def test_a_bamboohr_page_has_its_pay_and_place_only_in_the_aside_and_keeps_them():
    doc = _role("bamboohr-cinderpath-hr-generalist.html")
    assert _pay(doc) == [(58000, 68000, "USD", "per year")]
    assert _field(doc, "Location") == "Boise, Idaho"
    assert "keep I-9 and E-Verify records compliant" in " ".join(_items(doc, S.KEY_RESPONSIBILITIES))


def test_an_icims_page_splits_required_from_preferred_and_keeps_differentials_as_a_note():
    doc = _role("icims-halvorsen-registered-nurse.html")
    assert _items(doc, S.REQUIREMENTS)[0].startswith("Current RN license")
    assert _items(doc, S.NICE_TO_HAVE) == ["BSN", "1+ year of acute care experience in telemetry, step-down or ICU",
                                           "PCCN certification"]
    assert _pay(doc) == [(38.5, 52.75, "USD", "per hour")] and "differential" in doc.salaries[0].note
    assert not any("Apply for this job online" in i.text for i in doc.items)


def test_a_confluence_export_loses_its_space_and_suffix_and_reads_its_facts_table():
    doc = _role("confluence-tidewell-qa-engineer-contract.html")
    assert doc.title == "QA Engineer (Contract)"
    assert _field(doc, "Company") == "Tidewell Games"  # once, though the table and the page both say it
    assert _field(doc, "Location").startswith("Dublin studio")
    assert _pay(doc) == [(450, 520, "EUR", "per day")]
    assert not any("Hiring Home" in i.text for i in doc.items)  # the breadcrumbs


def test_a_careers_page_listing_three_different_jobs_is_three_roles_with_the_shared_offer():
    roles = roles_in(REAL3 / "kestrelwerk-careers-open-positions.html")
    assert list(roles) == ["Mechanical Design Engineer (80–100%)", "Embedded Software Engineer, Motion Control",
                           "Production Technician, Final Assembly"]
    technician = roles["Production Technician, Final Assembly"]
    assert _pay(technician) == [(5900, 6700, "CHF", "per month")]
    assert "A half-fare travel card (Halbtax) and free parking" in _items(technician, S.PERKS)
    assert not any(i.section in S.CAREER for i in technician.items)  # no ladder between different jobs


# -- text pasted from elsewhere ---------------------------------------------------------
def test_a_brief_quoted_in_an_agency_email_is_the_posting_and_the_agency_is_not_the_company():
    doc = _role("email-larchmont-bookkeeper.txt")
    assert (doc.title, _field(doc, "Company")) == ("Part-time Bookkeeper", "Larchmont Dental Group")
    assert _pay(doc) == [(16, 18, "GBP", "per hour")]
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Process supplier invoices and payments in Xero for all four practices"
    assert not any("Oakfield" in i.text for i in doc.items)


def test_a_civil_service_page_with_labels_above_values_keeps_both_pay_ranges_and_its_duties():
    doc = _role("civil-service-policy-adviser-flood-funding.txt")
    assert [(s.minimum, s.maximum, s.label) for s in doc.salaries] == \
        [(41820, 46870, "London"), (37290, 41790, "National")]
    assert [i.text for i in doc.items if i.heading == "Job grade"] == ["Senior Executive Officer"]
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0].startswith("develop the rules that decide")
    assert _items(doc, S.NICE_TO_HAVE)[0].startswith("knowledge of flood and coastal erosion")


def test_a_naukri_copy_reads_its_lakhs_and_its_desired_candidate_profile():
    doc = _role("naukri-peepal-senior-android-developer.txt")
    assert _pay(doc) == [(1800000, 2400000, "INR", "per year")]
    assert "Strong knowledge of MVVM, Hilt and Room" in _items(doc, S.REQUIREMENTS)


def test_a_posting_with_no_headings_and_no_title_line_takes_its_title_from_the_first_sentence():
    doc = _role("harbor-and-vine-sous-chef.txt")
    assert (doc.title, _field(doc, "Company")) == ("Sous Chef", "Harbor & Vine")
    assert _pay(doc) == [(24, 28, "USD", "per hour")]
    assert _items(doc, S.REQUIREMENTS)[0].startswith("We need someone with at least 3 years")
    assert _items(doc, S.HIRING_PROCESS)[0].startswith("Email your resume")


# -- Word, PDF and an API export --------------------------------------------------------
def test_a_word_template_with_essential_and_desirable_columns_is_two_sections():
    doc = _role("merrow-foods-finance-business-partner.docx")
    assert doc.title == "Finance Business Partner"
    assert _items(doc, S.REQUIREMENTS)[0] == "Qualifications: ACA, ACCA or CIMA qualified"
    assert _items(doc, S.NICE_TO_HAVE) == ["Qualifications: An MBA", "Experience: Experience of a multi-site "
                                           "manufacturing business", "Skills: Power BI dashboards"]
    assert _pay(doc) == [(45000, 55000, "GBP", None)] and not doc.salaries[0].open_ended


def test_a_two_column_flyer_takes_its_pay_from_the_facts_strip():
    doc = _role("brackwater-senior-geotechnical-engineer.pdf")
    assert _pay(doc) == [(120000, 140000, "NZD", None)]
    assert "CPEng registration, or working towards it within a year" in _items(doc, S.REQUIREMENTS)


def test_an_ashby_api_export_reads_an_hourly_contract_and_a_salary_with_equity():
    roles = roles_in(REAL3 / "ashby-api-ledgerline-jobs.json")
    assert _pay(roles["Technical Writer (Contract)"]) == [(70, 90, "USD", "per hour")]
    assert _pay(roles["Developer Relations Engineer"])[0][:3] == (85000, 105000, "EUR")


def test_a_forward_from_apple_mail_starts_after_the_inner_headers_and_ends_at_the_sign_off(tmp_path):
    path = tmp_path / "fwd.txt"
    path.write_text("From: Jo <jo@agency.example>\nSubject: Fwd: Warehouse Operative role\n\nBegin forwarded message:\n\n"
                    "From: Sam <sam@pallet.example>\nSubject: Warehouse Operative role\nTo: Jo <jo@agency.example>\n\n"
                    "Warehouse Operative\n\nPallet & Co is hiring warehouse operatives for our Swindon site.\n\n"
                    "Requirements:\n- Counterbalance forklift licence\n\nPay: £12.60 per hour plus £1.50 night premium\n\n"
                    "Thanks,\nSam\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert (doc.title, _field(doc, "Company")) == ("Warehouse Operative", "Pallet & Co")
    assert _items(doc, S.REQUIREMENTS) == ["Counterbalance forklift licence"]
    assert _pay(doc) == [(12.6, 12.6, "GBP", "per hour")]


def test_key_facts_copied_as_label_and_value_lines_with_no_blank_line_between_are_fields(tmp_path):
    """An NHS Jobs page copied as text: "Grade" / "NHS AfC: Band 5" / "Salary" / "£29,970 - …"."""
    path = tmp_path / "nurse.txt"
    path.write_text("Staff Nurse - Respiratory Ward\n\nMain area\nRespiratory Medicine\nGrade\nNHS AfC: Band 5\n"
                    "Contract\nPermanent\nSalary\n£29,970 - £36,483 per annum\nTown\nAshworth\n\n"
                    "Main duties of the job\n- Give non-invasive ventilation under supervision\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert _field(doc, "Grade") == "NHS AfC: Band 5" and _field(doc, "Town") == "Ashworth"
    assert _pay(doc) == [(29970, 36483, "GBP", "per year")]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Give non-invasive ventilation under supervision"]


@pytest.mark.parametrize("name, text", [
    ("spec.html", "<html><body><main><h1>Library Assistant</h1><h2>Person specification</h2><table>"
                  "<tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>"
                  "<tr><td>Skills</td><td>Confident with computers</td><td>Welsh language</td></tr></table>"
                  "<h2>Duties</h2><ul><li>Issue books</li></ul></main></body></html>"),
    ("spec.md", "# Library Assistant\n\n## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
                "| Skills | Confident with computers | Welsh language |\n\n## Duties\n\n- Issue books\n"),
])
def test_a_person_specification_table_on_a_page_or_in_markdown_is_read_column_by_column(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.REQUIREMENTS) == ["Skills: Confident with computers"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Skills: Welsh language"]
    assert _field(doc, "Company") is None  # "Criteria" is a column, not the hiring company


recruiter = batch_assistant("recruiter", REAL3, "The third batch in a store of its own, asked as a recruiter asks.")


@pytest.mark.parametrize("question, roles", [
    ("which roles pay in swiss francs?", {"Mechanical Design Engineer (80–100%)",
                                          "Embedded Software Engineer, Motion Control",
                                          "Production Technician, Final Assembly"}),
    ("which roles pay in rupees", {"Senior Android Developer"}),
])
def test_roles_paid_in_the_currency_of_another_country(recruiter, question, roles):
    answer, _ = ask(recruiter, question)
    assert set(answer.roles) == roles


def test_pay_written_the_swiss_way_is_shown_as_written(recruiter):
    _, text = ask(recruiter, "kestrelwerk production technician pay")
    assert "5,900 - 6,700 CHF per month" in text and "CHF 5'900 – 6'700 per month" in text
