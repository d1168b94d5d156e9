"""The readers of Markdown, plain text, HTML and ATS exports (knowledge/readers),
on the corpus in tests/documents: every file is read, and each format puts
the right items under the right sections."""

import json
from pathlib import Path

import pytest

from bot import open_assistant
from knowledge import Store, ingest_paths
from knowledge import sections as S
from knowledge.parse import DocumentError, parse_document
from knowledge.readers import read, salary
from knowledge.readers.detect import HTML, JSON, MARKDOWN, SEEDS, TEXT, detect
from knowledge.readers.headings import facet
from tests.conftest import SEEDS as SEEDS_DIR
from tests.postings import ask

DOCUMENTS = Path(__file__).parent / "documents"
# real/, real2/, real3/ and real4/ (binary and non-UTF-8 files too) have their own tests:
# test_real_shaped_documents.py, test_real_shaped_documents_2.py and _3.py; real5/ and real6/ have the REAL5
# and REAL6 blocks below
CORPUS = sorted(p for p in DOCUMENTS.rglob("*") if p.is_file() and p.name != "MANIFEST.md"
                and not p.relative_to(DOCUMENTS).parts[0].startswith("real"))  # real*/: whole-corpus ingestion


def _read(relative: str):
    path = DOCUMENTS / relative
    return read(path.read_bytes(), path.name)


def _role(relative: str, title: str | None = None):
    docs = _read(relative)
    if title is None:
        assert len(docs) == 1, [d.title for d in docs]
        return docs[0]
    return next(d for d in docs if d.title == title)


def _items(doc, section: str, heading: str | None = None) -> list[str]:
    return [i.text for i in doc.items if i.section == section and (heading is None or i.heading == heading)]


def _labelled(doc, section: str) -> dict[str, str]:
    return {i.label: i.text for i in doc.items if i.section == section}


def test_the_corpus_has_every_format():
    assert len(CORPUS) == 35
    kinds = {detect(p.read_text(encoding="utf-8"), p.name) for p in CORPUS}
    assert kinds == {MARKDOWN, TEXT, HTML, JSON}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_document_of_the_corpus_is_read(path):
    docs = read(path.read_bytes(), path.name)
    assert docs
    for doc in docs:
        assert doc.title
        facets = {i.section for i in doc.items}
        # every role has something a recruiter asks about
        assert facets & {S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.LEVELS, S.COMPENSATION}, doc.title


# -- Markdown ---------------------------------------------------------------------
def test_markdown_atx_headings_requirements_and_nice_to_haves_apart():
    doc = _role("md/backend-engineer.md")
    assert doc.title == "Backend Engineer"
    assert doc.format == "markdown"
    assert _items(doc, S.REQUIREMENTS)[0] == "4+ years building production backend services in Go or Python"
    assert _items(doc, S.NICE_TO_HAVE)[0] == "Experience with payments, invoicing or double-entry ledgers"
    assert not any("double-entry" in t for t in _items(doc, S.REQUIREMENTS))
    assert _items(doc, S.HIRING_PROCESS)[0] == "30-minute recruiter screen"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == (
        140_000, 175_000, "USD", "per year")
    assert (doc.experience[0].years_min, doc.experience[0].open_ended) == (4, True)


def test_markdown_setext_headings_and_star_bullets():
    doc = _role("md/product-designer.md")
    assert _items(doc, S.REQUIREMENTS)[0] == "3+ years of product design experience"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (62_000, 78_000, "EUR")


def test_markdown_bold_lines_are_headings_and_unknown_headings_are_named_sections():
    doc = _role("md/customer-success-manager.md")
    assert doc.title == "Customer Success Manager, Mid-Market"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == (
        "Run onboarding for new accounts together with the Implementation team")
    assert _items(doc, S.NAMED, "Success metrics")[0] == "Gross revenue retention above 92% across your book"
    assert _items(doc, S.COMPANY, "About Pinecrest")


def test_markdown_google_docs_export_with_escapes():
    doc = _role("md/solutions-engineer.md")
    assert doc.title == "Solutions Engineer - Autonomous Inspection"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Run technical discovery with utility and infrastructure customers"
    assert _items(doc, S.NICE_TO_HAVE, "Bonus points")[0] == "Experience selling to electric utilities"
    assert _labelled(doc, S.LOCATION) == {"Location": "Pittsburgh, PA (travel up to 30%)"}


def test_yaml_front_matter_gives_the_role_its_fields():
    doc = _role("md/site-reliability-engineer.md")
    assert doc.title == "Site Reliability Engineer"
    assert _labelled(doc, S.COMPANY) == {"Company": "Oxbow Payments"}
    assert _labelled(doc, S.LOCATION) == {"Location": "Toronto, ON (Hybrid)"}
    assert _labelled(doc, S.TEAM) == {"Department": "Infrastructure"}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (135_000, 160_000, "CAD")
    assert _items(doc, S.NAMED, "Who you'll work with")[0] == "The Payments API team, your main internal customer"


def test_toml_front_matter():
    doc = _role("md/data-analyst.md")
    assert doc.title == "Data Analyst, Commercial"
    assert _labelled(doc, S.EMPLOYMENT_TYPE) == {"Employment type": "Full-time, permanent"}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (48_000, 58_000, "GBP")
    assert _items(doc, S.EDUCATION_MINIMUM)


def test_a_front_matter_only_page_is_a_role():
    doc = _role("md/qa-automation-contractor.md")
    assert doc.title == "QA Automation Contractor"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Build a Playwright regression suite for the clinic web app"
    assert _items(doc, S.HARD_SKILLS)[0] == "Playwright"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (65, 75, "per hour")


def test_a_job_family_is_a_role_per_level_and_a_family_role_naming_the_levels():
    docs = _read("md/engineering-career-ladder.md")
    assert [d.title for d in docs] == [
        "Software Engineer job family", "Junior Software Engineer (L1)", "Software Engineer (Mid, L2)",
        "Senior Software Engineer (L3)", "Staff Software Engineer (L4)"]
    family, junior, *_, staff = docs
    assert _items(family, S.LEVELS, "Levels") == [d.title for d in docs[1:]]
    assert any("calibration committee" in t for t in _items(family, S.CAREER_PATH))
    assert _items(staff, S.REQUIREMENTS)[0] == "8+ years of professional software development"
    assert (staff.salary.minimum, staff.salary.maximum) == (185_000, 225_000)
    assert (junior.salary.minimum, junior.salary.maximum) == (95_000, 115_000)
    # a level's facts are its own
    assert not any("8+ years" in t for t in _items(junior, S.REQUIREMENTS))


# -- plain text -----------------------------------------------------------------------
def test_plain_headings_and_k_salaries():
    doc = _role("txt/devops-engineer.txt")
    assert doc.title == "DevOps Engineer"
    assert doc.format == "plain_text"
    assert _items(doc, S.REQUIREMENTS)[0] == "3+ years in a DevOps, build or infrastructure role"
    assert _items(doc, S.NICE_TO_HAVE)[0] == "Experience with Perforce"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (120_000, 150_000, "USD")


def test_capitals_headings_key_value_lines_and_an_upper_case_file_name():
    doc = _role("txt/ROLE.TXT")
    assert doc.title == "Technical Writer, Developer Documentation"
    assert _labelled(doc, S.TEAM) == {"Department": "DEVELOPER EXPERIENCE"}
    assert _items(doc, S.KEY_RESPONSIBILITIES, "RESPONSIBILITIES")[0].startswith("Write and maintain quickstarts")
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (95_000, 120_000, "per year")


def test_chatty_colon_headings_and_a_from_salary():
    doc = _role("txt/implementation-specialist.txt")
    assert _items(doc, S.REQUIREMENTS, "You might be a fit if you")
    assert _items(doc, S.NICE_TO_HAVE, "Bonus points") == [
        "You have worked in or for a trades business", "QuickBooks Online certification"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.open_ended) == (90_000, None, True)


def test_equal_opportunity_and_how_to_apply_are_kept_apart_and_said_so():
    doc = _role("txt/operations-manager-eeo.txt")
    off = _items(doc, S.NOT_ABOUT_ROLE)
    assert any("equal opportunity employer" in t for t in off)
    assert any(t.startswith("Apply at granarylogistics.example") for t in off)
    assert "'How to apply' is not about the role: kept at low priority" in [str(w) for w in doc.warnings]
    assert _items(doc, S.KEY_RESPONSIBILITIES, "Here's what your week looks like")


def test_a_forwarded_email_is_read_without_its_headers_and_signature():
    doc = _role("txt/payroll-specialist-email.txt")
    assert doc.title == "Payroll Specialist"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Process bi-weekly payroll in ADP Workforce Now for 1,150 employees"
    assert not any("confidential" in i.text or "Hi team" in i.text for i in doc.items)
    assert any("signature" in str(w) for w in doc.warnings)


def test_sub_headings_under_an_empty_heading_take_its_facet():
    doc = _role("txt/embedded-firmware-engineer-long.txt")
    assert len(_items(doc, S.KEY_RESPONSIBILITIES, "Firmware development")) == 12
    assert len(_items(doc, S.REQUIREMENTS)) == 16


# -- HTML -----------------------------------------------------------------------------
def test_a_careers_page_without_its_cookie_banner_navigation_and_form():
    doc = _role("html/careers-platform-engineer.html")
    assert doc.title == "Platform Engineer"
    text = " ".join(i.text for i in doc.items if i.section != S.NOT_ABOUT_ROLE)
    assert "cookie" not in text.lower()
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Build and run our internal developer platform on AWS EKS"
    assert any("equal opportunity employer" in t for t in _items(doc, S.NOT_ABOUT_ROLE))


def test_json_ld_job_posting_is_read_first():
    doc = _role("html/jsonld-ml-engineer.html")
    assert doc.title == "Machine Learning Engineer, Perception"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == (
        165_000, 210_000, "USD", "per year")
    assert _labelled(doc, S.COMPANY) == {"Company": "Corvid Robotics"}
    assert _labelled(doc, S.LOCATION) == {"Location": "Pittsburgh, PA, US; Remote"}
    assert _items(doc, S.EXPERIENCE_RANGE) == ["60 months of experience (5 years)"]
    assert doc.experience[0].years_min == 5
    assert _items(doc, S.HARD_SKILLS) == ["PyTorch, computer vision, TensorRT, Python, MLOps, lidar point clouds"]


def test_microdata_job_posting_with_an_hourly_wage():
    doc = _role("html/microdata-shift-lead.html")
    assert doc.title == "Warehouse Shift Lead (Nights)"
    assert (doc.salary.minimum, doc.salary.currency, doc.salary.period) == (24, "USD", "per hour")
    assert _items(doc, S.REQUIREMENTS)[0].startswith("2+ years of warehouse experience")


def test_a_microdata_list_the_description_already_holds_is_read_once_item_by_item():
    doc = _role("html/microdata-shift-lead.html")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == [
        "Run the pre-shift safety huddle and assign associates to pick, pack and load zones",
        "Track hourly throughput in our WMS and rebalance staff to hit carrier cut-offs",
        "Train new associates on scanners, pallet jacks and food-safety rules",
        "Report incidents and near misses and follow up on corrective actions",
    ]
    assert len(_items(doc, S.REQUIREMENTS)) == 4


def test_a_posting_buried_in_layout_with_bold_spans_as_headings():
    doc = _role("html/buried-security-engineer.html")
    assert doc.title == "Security Engineer, Cloud & Application Security"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == "Run threat modeling sessions with product teams before major releases"
    assert _items(doc, S.NICE_TO_HAVE)[0] == "CISSP, OSCP or AWS Certified Security – Specialty"
    assert not any("Mortgages" in i.text or "Branch Banking" in i.text for i in doc.items)


def test_german_number_format_and_gender_suffix():
    doc = _role("html/frontend-developer-munich.html")
    assert doc.title == "Frontend Developer (React)"
    assert _items(doc, S.PERKS, "What we offer")[0] == "30 days of vacation"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (65_000, 80_000, "EUR")


def test_a_handbook_page_of_levels():
    docs = _read("html/handbook-product-management.html")
    titles = [d.title for d in docs]
    assert titles[1:] == ["Associate Product Manager (APM)", "Product Manager", "Senior Product Manager",
                          "Group Product Manager"]
    assert _items(docs[0], S.LEVELS) == titles[1:]
    assert _items(docs[0], S.HIRING_PROCESS)[0] == "Recruiter screen"
    # each level's "Salary band:" line is that level's salary; the family's are
    # all of them, each under its level
    bands = [(110_000, 130_000), (135_000, 160_000), (165_000, 195_000), (200_000, 240_000)]
    assert [(d.salary.minimum, d.salary.maximum, d.salary.label) for d in docs[1:]] == [
        (*band, None) for band in bands]
    assert [(s.minimum, s.maximum, s.label) for s in docs[0].salaries] == [
        (*band, title) for band, title in zip(bands, titles[1:])]


# -- ATS exports -------------------------------------------------------------------------
def test_greenhouse_jobs_are_roles_with_escaped_html_read():
    docs = _read("ats/greenhouse-harborlight-jobs.json")
    assert [d.title for d in docs] == [
        "Backend Engineer", "Engineering Manager, Patient Apps", "Clinical Operations Coordinator",
        "Senior Security Analyst", "Patient Support Specialist (Bilingual English/Spanish)"]
    assert {d.format for d in docs} == {"greenhouse"}
    manager = docs[1]
    assert _items(manager, S.REQUIREMENTS)[0] == "3+ years managing software engineers"
    assert "&lt;" not in " ".join(i.text for i in manager.items)
    support = docs[4]
    assert (support.salary.minimum, support.salary.maximum, support.salary.period) == (21, 24, "per hour")


def test_greenhouse_single_job_title_cleaned_and_pay_in_cents():
    doc = _role("ats/greenhouse-nordwind-job.json")
    assert doc.title == "Senior Data Engineer"
    assert _labelled(doc, S.COMPANY) == {"Company": "Nordwind Analytics"}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (70_000, 85_000, "EUR")


def test_lever_postings_with_lists_and_salary_ranges():
    docs = _read("ats/lever-loomstack-postings.json")
    assert [d.title for d in docs] == ["Product Designer", "Growth Marketing Manager",
                                       "Customer Support Team Lead", "Solutions Consultant (German-speaking)"]
    growth = docs[1]
    assert _items(growth, S.KEY_RESPONSIBILITIES)[0] == "Own paid search and LinkedIn campaigns across five European markets"
    assert (growth.salary.minimum, growth.salary.maximum, growth.salary.currency, growth.salary.period) == (
        48_000, 60_000, "EUR", "per year")
    single = _role("ats/lever-halyard-posting.json")
    assert (single.salary.minimum, single.salary.maximum, single.salary.period) == (32, 38, "per hour")


# -- the table of headings, the seeds -------------------------------------------------------
@pytest.mark.parametrize("heading, expected", [
    ("What you'll do", S.KEY_RESPONSIBILITIES), ("Responsibilities", S.KEY_RESPONSIBILITIES),
    ("Your mission", S.ABOUT), ("Requirements", S.REQUIREMENTS), ("What you’ll bring:", S.REQUIREMENTS),
    ("WHO YOU ARE", S.REQUIREMENTS), ("Qualifications", S.REQUIREMENTS), ("Must have", S.REQUIREMENTS),
    ("Nice to have", S.NICE_TO_HAVE), ("Bonus points", S.NICE_TO_HAVE), ("Preferred", S.NICE_TO_HAVE),
    ("Benefits", S.PERKS), ("Perks", S.PERKS), ("Compensation", S.COMPENSATION), ("Salary", S.COMPENSATION),
    ("Location", S.LOCATION), ("Remote", S.LOCATION), ("Hiring process", S.HIRING_PROCESS),
    ("Interview process", S.HIRING_PROCESS), ("About us", S.COMPANY), ("About the company", S.COMPANY),
    ("About Pinecrest", S.COMPANY), ("Team", S.TEAM), ("Reporting line", S.TEAM), ("Levels", S.LEVELS),
    ("Career path", S.CAREER_PATH), ("Education", S.EDUCATION_MINIMUM), ("How to apply", S.NOT_ABOUT_ROLE),
    ("Success metrics", None), ("Who you'll work with", None),
    ("What the job involves", S.KEY_RESPONSIBILITIES), ("Key result areas", S.KEY_RESPONSIBILITIES),
    ("Nice extras", S.NICE_TO_HAVE), ("Nice if you have", S.NICE_TO_HAVE), ("Rate & terms", S.COMPENSATION),
    ("KEY TASKS", S.KEY_RESPONSIBILITIES), ("WE OFFER", S.PERKS), ("Essential skills", S.REQUIREMENTS),
    ("Deine Aufgaben", S.KEY_RESPONSIBILITIES), ("Profil recherché", S.REQUIREMENTS), ("Über uns", S.COMPANY),
    ("Wat bieden wij", S.PERKS), ("Requisitos", S.REQUIREMENTS),
])
def test_headings_map_to_facets(heading, expected):
    assert facet(heading) == expected


@pytest.mark.parametrize("path", sorted(SEEDS_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_the_seeds_are_read_exactly_as_before(path):
    text = path.read_text(encoding="utf-8")
    assert detect(text, path.name) == SEEDS
    assert read(path.read_bytes(), path.name) == [parse_document(text, path.name)]


def test_a_text_that_is_no_job_description_is_refused():
    with pytest.raises(DocumentError, match="does not look like a job description"):
        read(b"Pancakes\n\nIngredients:\n- flour\n- eggs\n", "recipe.md")


@pytest.mark.parametrize("name, data, title", [
    ("barista.md", b"# Barista\n\nWe are hiring a barista for our Shoreditch cafe. You will make coffee, serve "
                   b"customers and keep the bar clean. Pay is \xc2\xa312.50 per hour. Apply by email.\n", "Barista"),
    ("warehouse.txt", b"Warehouse Associate\n\nJoin our team in Leeds. Picking and packing orders, loading vans. "
                      b"Full-time, 40 hours. \xc2\xa324,000 a year. Forklift licence a plus.\n", "Warehouse Associate"),
    ("nurse.html", b"<html><head><title>Nurse - St Mary's</title></head><body><h1>Staff Nurse</h1><p>Band 5 staff "
                   b"nurse for our surgical ward. NMC registration required. Salary \xc2\xa328,407 - "
                   b"\xc2\xa334,581.</p></body></html>", "Staff Nurse"),
])
def test_a_short_posting_with_no_headings_is_still_a_posting(name, data, title):
    """One refused file stops a whole folder's ingest: a real posting of a
    paragraph (its pay, "apply", "full-time") must not be taken for something else."""
    doc, = read(data, name)
    assert doc.title == title


def test_the_years_a_role_needs_come_from_its_requirements_not_its_nice_to_haves():
    doc, = read(b"# Data Engineer\n\n## Requirements\n- 3-5 years of Python\n\n"
                b"## Nice to have\n- 10+ years of Scala\n", "data-engineer.md")
    assert [(e.years_min, e.years_max, e.open_ended) for e in doc.experience] == [(3, 5, False)]


def test_a_posting_without_known_headings_is_read_when_it_speaks_of_a_role():
    doc, = read(b"Night Baker\n\nYou will bake bread for our three shops. We're looking for a candidate with "
                b"two years of experience in a bakery.\n\nThe shifts\n- 22:00 to 06:00, four nights a week\n"
                b"- Full-time, on site in Leeds\n", "night-baker.txt")
    assert doc.title == "Night Baker"
    assert [i.text for i in doc.items if i.heading == "The shifts"] == [
        "22:00 to 06:00, four nights a week", "Full-time, on site in Leeds"]


CARE_ASSISTANT = """Care Assistant

Harrow Lane Care Home is a 40-bed home in Sheffield. We look after older people with dementia and we are proud of our warm, homely atmosphere. Our residents have lived full lives and deserve the best.

We are looking for someone with a kind manner and patience. Experience in care is helpful but not essential, we will train you.

Pay is £12.50 per hour, with paid breaks. You will work four twelve-hour shifts a week.

We also offer free meals on shift and a £300 a year uniform allowance.

To apply, call Maria on the number below.
"""

ACCOUNTS_CLERK = """Accounts Clerk

Bramble & Co is a family-run builders' merchant in Leeds with three yards and sixty staff. We raised £2 million a year ago for a fourth yard.

You will process supplier invoices, chase late payments and help the finance manager at month end.

We're looking for someone with a year of experience in an accounts office and confidence with Excel.

£24,000 a year, Monday to Friday, 37.5 hours a week.

How to apply: send your CV to jobs@bramble.example.
"""


@pytest.mark.parametrize("name, text, amount, period", [
    ("care-assistant.txt", CARE_ASSISTANT, 12.5, "per hour"),  # "Pay is …": the pay as a plain word
    ("accounts-clerk.txt", ACCOUNTS_CLERK, 24000, "per year"),  # an amount a year, no word for it
])
def test_pay_said_in_a_sentence_of_a_small_employers_posting_is_its_salary(name, text, amount, period):
    """Small employers write the pay in a sentence, not under a heading; an
    allowance or money raised "a year" in another sentence is not the pay."""
    (doc,) = read(text.encode(), name)
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == \
        (amount, amount, "GBP", period)


ASHBY_LOADER_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Jobs</title>
<script src="https://cdn.ashbyhq.com/app.js"></script>
<script>window.__appData = {"organization":{"name":"Pebblework Robotics"},"posting":{"title":"Field Robotics Technician","isListed":true,"locationName":"Bristol, UK","employmentType":"FullTime","descriptionHtml":"<h2>About the role</h2><p>You keep our orchard-picking robots running through the harvest.</p><h2>What you will do</h2><ul><li><p>Swap gripper arms and recalibrate the vision rig in the field</p></li><li><p>Log every fault in the fleet tracker before the end of shift</p></li></ul><h2>What we need</h2><ul><li><p>An HNC in electrical engineering or two years fixing farm machinery</p></li></ul><h2>Salary</h2><p>£31,000 - £36,000 per year</p>","compensationTierSummary":"£31K – £36K"}};</script>
</head>
<body><div id="root"><noscript>You need to enable JavaScript to run this app.</noscript></div></body>
</html>
"""


@pytest.mark.parametrize("name", ["field-robotics-technician.html", "field-robotics-technician.htm"])
def test_an_ashby_page_that_only_loads_its_app_is_read_from_its_app_data(name):
    """A recruiter saves an Ashby job page: the body is an empty loader, and the
    posting sits in "window.__appData = {...}" in a plain script. It is read from
    there: the title, the company beside the posting, its sections and its pay."""
    (doc,) = read(ASHBY_LOADER_PAGE.encode(), name)
    assert doc.title == "Field Robotics Technician"
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (31000, 36000, "GBP")
    by_section = {(i.section, i.text) for i in doc.items}
    assert (S.KEY_RESPONSIBILITIES, "Log every fault in the fleet tracker before the end of shift") in by_section
    assert (S.COMPANY, "Pebblework Robotics") in by_section
    assert (S.LOCATION, "Bristol, UK") in by_section


def test_an_emailed_posting_with_a_quoted_reply_below_it_is_the_posting_not_the_quote():
    """Replying to a colleague's notes, a recruiter writes the posting above
    the quote ("> keep the salary band as agreed"): the posting is the one
    written, not the notes quoted under it."""
    email = "\n".join([
        "From: Priya Shah <priya@larchmont.example>", "To: Hiring Team <hiring@larchmont.example>",
        "Subject: Job description: Payroll Specialist", "",
        "Hi all, here is the final version for the Payroll Specialist post.", "",
        "Payroll Specialist", "", "About the role", "You will run the monthly payroll for 400 staff.", "",
        "Responsibilities", "- Run the monthly payroll cycle", "- Reconcile payroll journals with finance", "",
        "Salary", "£34,000 - £38,000 per annum", "", "Thanks,", "Priya", "",
        "On Fri, 28 Nov 2026 at 16:40, Tom Reed <tom@larchmont.example> wrote:", "> Priya,",
        "> A few notes from the hiring panel before you finalise:", "> - keep the salary band as agreed",
        "> - mention the two sites", "> - we want Sage experience", "> - drop the line about weekend work",
        "> - the closing date is 12 December", "> Thanks,", "> Tom"])
    [doc] = read(email.encode(), "payroll-reply.txt")
    assert (doc.salary.minimum, doc.salary.maximum) == (34_000, 38_000)
    assert "Run the monthly payroll cycle" in [item.text for item in doc.items]
    assert not any("salary band as agreed" in item.text for item in doc.items)


def test_a_posting_laid_out_in_a_one_cell_table_keeps_its_sections():
    """An HTML email or an older careers page puts the whole posting in one
    table cell: its paragraphs and lists are the posting's, not one row of a
    table of key facts."""
    page = ("<html><head><title>Warehouse Supervisor</title></head><body><table><tr><td>"
            "<p><b>Warehouse Supervisor</b></p><p>Calder Logistics is hiring for its Leeds depot.</p>"
            "<p><b>Responsibilities</b></p><ul><li>Lead a team of 12 pickers on the night shift</li>"
            "<li>Run the daily safety briefing</li></ul>"
            "<p><b>Salary</b></p><p>£32,000 - £36,000 per annum</p></td></tr></table></body></html>")
    [doc] = read(page.encode(), "layout.html")
    assert doc.title == "Warehouse Supervisor"
    assert [i.text for i in doc.items if i.section == S.KEY_RESPONSIBILITIES] == [
        "Lead a team of 12 pickers on the night shift", "Run the daily safety briefing"]
    assert (doc.salary.minimum, doc.salary.maximum) == (32_000, 36_000)


def test_a_posting_beside_a_menu_in_a_two_column_table_is_still_read():
    page = ("<html><head><title>Warehouse Supervisor</title></head><body><table><tr>"
            "<td><p>Jobs home</p><p>Search</p></td><td>"
            "<p><b>Warehouse Supervisor</b></p><p>Calder Logistics is hiring for its Leeds depot.</p>"
            "<p><b>Responsibilities</b></p><ul><li>Lead a team of 12 pickers on the night shift</li>"
            "<li>Run the daily safety briefing</li></ul>"
            "<p><b>Salary</b></p><p>£32,000 - £36,000 per annum</p></td></tr></table></body></html>")
    [doc] = read(page.encode(), "two-columns.html")
    assert [i.text for i in doc.items if i.section == S.KEY_RESPONSIBILITIES] == [
        "Lead a team of 12 pickers on the night shift", "Run the daily safety briefing"]
    assert (doc.salary.minimum, doc.salary.maximum) == (32_000, 36_000)


def test_a_posting_a_recruiter_forwarded_and_then_was_asked_about_is_the_twice_quoted_text():
    """The hiring manager answers the agency's "is the text below good to go?",
    which quotes her own forward of the ad: the ad is two quote marks deep
    (">> Night Shift Supervisor"), under the agency's one-deep question."""
    email = "\n".join([
        "From: Petra Novakova <petra@parcel.example>", "Subject: Re: Fwd: Night Shift Supervisor ad", "",
        "Yes, this is final, please post it tomorrow.", "", "Thanks,", "Petra", "",
        "On Tue, 24 Nov 2026 at 11:40, Tom Ashworth <tom@agency.example> wrote:", "> Hi Petra,", ">",
        "> Is the text below good to go? I've tidied the formatting.", ">", "> Best,", "> Tom", ">",
        "> ---------- Forwarded message ---------", "> From: Petra Novakova <petra@parcel.example>",
        "> Subject: Night Shift Supervisor ad", ">",
        ">> Night Shift Supervisor", ">>", ">> Key responsibilities",
        ">> * Plan staffing for each shift against the forecast parcel volumes",
        ">> * Make sure every trailer leaves on time", ">>", ">> What we offer",
        ">> * £15.80 - £17.10 per hour, plus a 15% night premium", ">> * 28 days holiday"])
    [doc] = read(email.encode(), "ad.txt")
    assert doc.title == "Night Shift Supervisor"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Plan staffing for each shift against the forecast parcel volumes",
                                                   "Make sure every trailer leaves on time"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (15.80, 17.10, "per hour")
    assert not any("good to go" in item.text for item in doc.items)


def test_a_posting_saved_as_rtf_from_wordpad_is_read_with_its_bullets_and_pounds():
    r"""WordPad saves bullets as Symbol-font `\pntext` groups and "£" as `\'a3`:
    the posting's sections and pay are read as from the same text typed plainly,
    and none of the font table or generator noise becomes an item."""
    bullet = r"{\pntext\f1\'b7\tab}"
    rtf = "\r\n".join([
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}{\f1\fnil\fcharset2 Symbol;}}",
        r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
        r"\pard\qc\b\fs32 Grants Officer\b0\fs22\par", r"\pard Linnet Arts Trust \endash  Bristol\par",
        r"\b Responsibilities\b0\par",
        r"\pard{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt\pnf1{\pntxtb\'b7}}\fi-360\li720 Assess grant applications\par",
        bullet + r"Monitor funded projects \u8211? and chase reports\par",
        r"\pard\b Salary\b0\par", r"\'a328,000 \endash  \'a331,000 per annum\par", "}"])
    [doc] = read(rtf.encode("latin-1"), "grants-officer.rtf")
    assert doc.title == "Grants Officer"
    assert doc.format == "rtf"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Assess grant applications",
                                                   "Monitor funded projects – and chase reports"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (28_000, 31_000, "GBP")
    assert not any("Calibri" in item.text or "Riched" in item.text for item in doc.items)


def test_an_rtf_file_cut_short_is_refused_with_the_reason():
    with pytest.raises(DocumentError, match="cut short"):
        read(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Grants Officer\par", "cut.rtf")


def test_a_page_of_numbered_roles_gives_each_role_its_name_without_the_number():
    """A small company lists its openings as "## 1. Robotics Technician",
    "## 2. Offshore Field Engineer": the roles are named as a recruiter asks
    for them, and "What the job involves" is each role's duties."""
    page = "\n".join([
        "# We're hiring at Saltire Robotics", "", "## 1. Robotics Technician", "",
        "**What the job involves**", "- Assemble and test crawler robots", "",
        "**What you'll need**", "- HNC or HND in electrical engineering", "",
        "## 2. Offshore Field Engineer", "", "**What the job involves**", "- Deploy robots on turbine blades", "",
        "**What you'll need**", "- GWO Basic Safety Training"])
    docs = read(page.encode(), "hiring.md")
    assert [d.title for d in docs] == ["Robotics Technician", "Offshore Field Engineer"]
    assert _items(docs[1], S.KEY_RESPONSIBILITIES) == ["Deploy robots on turbine blades"]


def test_ticks_and_stars_typed_as_bullets_are_list_items_not_headings():
    """A plain-text posting pasted from a careers page keeps its ✓ and ★
    bullets: "★ Competitive salary plus uncapped commission" is a perk under
    "What's in it for you", and a home office budget is not the salary."""
    text = "\n".join([
        "Solutions Engineer", "", "What we're looking for", "✓ 4+ years in a pre-sales role",
        "✓ Fluent German and English", "", "What's in it for you", "★ Competitive salary plus uncapped commission",
        "★ 30 days of holiday", "★ A home office budget of €1,500"])
    [doc] = read(text.encode(), "se.txt")
    assert _items(doc, S.REQUIREMENTS) == ["4+ years in a pre-sales role", "Fluent German and English"]
    assert "A home office budget of €1,500" in _items(doc, S.PERKS)
    assert doc.salary is None


def test_pay_listed_among_the_perks_with_an_allowance_added_is_still_the_salary():
    """"€60.000–€70.000 gross per year, plus 8% holiday allowance" under Perks:
    the allowance is added to the pay, it does not make the line a budget."""
    page = "\n".join(["# Frontend Engineer", "", "## What you'll do", "", "- Build our Vue 3 rider app", "", "## Perks", "",
                      "- €60.000–€70.000 gross per year, plus 8% holiday allowance", "- €1.000 yearly learning budget"])
    [doc] = read(page.encode(), "fe.md")
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (60_000, 70_000, "EUR")


def test_a_google_docs_web_page_export_is_named_by_its_title_style_and_placed_by_its_facts_line():
    """"Download as web page" from Google Docs gives the title as `p.title`, not
    an `<h1>`, and the facts line under it ("Company · Place · 80–100%") is
    where the role is."""
    page = ('<html><body class="doc-content"><p class="c2 title"><span>Hydrologist (Flood Forecasting)</span></p>'
            '<p class="c2"><span>Fernhill Geosciences GmbH &middot; Bern, Switzerland &middot; 80&ndash;100%</span></p>'
            '<h2 class="c2"><span>Responsibilities</span></h2><ul class="lst-kix_m1a-0"><li><span>Calibrate '
            'rainfall-runoff models</span></li><li><span>Issue daily discharge forecasts</span></li></ul></body></html>')
    [doc] = read(page.encode(), "doc.html")
    assert doc.title == "Hydrologist (Flood Forecasting)"
    assert (S.LOCATION, "Bern, Switzerland") in {(i.section, i.text) for i in doc.items}


def test_a_list_under_a_you_will_lead_in_in_the_job_description_is_the_duties():
    """An ATS's "Job Description" section opens "As Store Manager you will:" over
    a list: a recruiter asking what the job involves gets that list."""
    posting = {"name": "Store Manager", "jobAd": {"sections": {
        "jobDescription": {"title": "Job Description", "text": "<p>As Store Manager of our Graz flagship you will:</p>"
                           "<ul><li>Lead a team of 14 sales advisors</li><li>Own the store's sales targets</li>"
                           "<li>Organise in-store events with local alpine clubs</li></ul>"},
        "qualifications": {"title": "Qualifications", "text": "<ul><li>3 years managing a retail store</li></ul>"}}}}
    [doc] = read(json.dumps(posting).encode(), "store.json")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Lead a team of 14 sales advisors", "Own the store's sales targets",
                                                   "Organise in-store events with local alpine clubs"]
    assert _items(doc, S.ABOUT) == ["As Store Manager of our Graz flagship you will:"]


REAL4 = DOCUMENTS / "real4"
REAL4_TITLES = {
    "successfactors-orrin-maintenance-planner.html": ["Maintenance Planner"],
    "jsonld-graph-quillon-data-protection-officer.html": ["Data Protection Officer"],
    "jobvite-sandpiper-clinical-pharmacist.html": ["Clinical Pharmacist, Oncology"],
    "google-docs-html-fernhill-hydrologist.html": ["Hydrologist (Flood Forecasting)"],
    "hugo-brightwater-frontend-engineer.md": ["Frontend Engineer (Vue)"],
    "saltire-robotics-hiring-now.md": ["Robotics Technician", "Offshore Field Engineer", "Embedded C Developer"],
    "tarnhelm-solutions-engineer.txt": ["Pre-sales Consultant – DACH"],
    "indeed-kauri-accounts-assistant.txt": ["Accounts Assistant"],
    "email-gmail-ostrava-night-shift-supervisor.txt": ["Night Shift Supervisor"],
    "smartrecruiters-api-velden-store-manager.json": ["Store Manager"],
    "linnet-grants-officer.rtf": ["Grants Officer"],
    "umbrel-bi-developer.docx": ["Business Intelligence Developer"],
    "corvid-cloud-platform-contractor.pdf": ["Cloud Platform Contractor (AWS)"],
}


@pytest.mark.parametrize("name", sorted(REAL4_TITLES))
def test_each_posting_of_the_fourth_batch_is_read_as_its_roles_with_duties_and_requirements(name):
    """tests/documents/real4/: postings as other organisations publish them
    (see MANIFEST.md); every role has its title, duties and requirements."""
    docs = read((REAL4 / name).read_bytes(), name)
    assert [d.title for d in docs] == REAL4_TITLES[name]
    for doc in docs:
        assert _items(doc, S.KEY_RESPONSIBILITIES) and _items(doc, S.REQUIREMENTS), doc.title


def test_an_agencys_posting_names_its_client_as_the_hiring_company():
    """An agency posts a contract for its client: "Client: Corvid Insurance Services · Manchester /
    remote · 6 months" under the title, and "Corvid is moving its platform…" in the body. The client
    is the company "corvid cloud platform contractor" is asked by, not a place to keep names out of."""
    doc = _role("real4/corvid-cloud-platform-contractor.pdf")
    assert _labelled(doc, S.COMPANY)["Company"] == "Corvid Insurance Services"


def test_a_forwarded_postings_cover_note_keeps_the_hiring_manager_it_names():
    """"Hiring manager is Greg Lindqvist (Payroll Manager)." in the recruiter's note above a forwarded
    job description: the greeting is skipped, the hiring manager is kept as the role's field, and
    ingestion says so."""
    [doc] = read((DOCUMENTS / "txt" / "payroll-specialist-email.txt").read_bytes(), "payroll-specialist-email.txt")
    assert _labelled(doc, S.DETAILS)["Hiring manager"] == "Greg Lindqvist (Payroll Manager)"
    assert any("kept what it says of the role: Hiring manager" in str(w) for w in doc.warnings)


def test_a_prose_posting_is_located_where_its_opening_says_it_is_hiring():
    """No location field, only the opening sentence: "Harbor & Vine, a 90-seat seafood restaurant on
    Commercial Street in Portland, Maine, is hiring a Sous Chef": the role is in Portland, Maine."""
    doc = _role("real3/harbor-and-vine-sous-chef.txt")
    assert _labelled(doc, S.LOCATION)["Location"] == "Portland, Maine"


def test_a_part_time_posts_actual_pay_is_read_beside_its_pro_rata_salary():
    """A university's "Salary: £31,236 - £35,608 per annum pro rata" for a 0.8 FTE post, and under
    "Working pattern": "the actual salary paid is £24,989 - £28,486 per annum": both are its pay."""
    doc = _role("real5/thornleigh-university-research-technician.txt")
    assert [(p.minimum, p.maximum, p.label) for p in doc.salaries] == [
        (31_236, 35_608, "Grade 6"), (24_989, 28_486, "Actual pay for the part-time hours")]


def test_a_pdf_line_ending_on_and_goes_on_in_the_next_though_it_starts_with_a_capital():
    """Brackwater's PDF breaks "Confidence with PLAXIS 2D, Slide2 and" / "CPeT-IT": one requirement."""
    doc = _role("real3/brackwater-senior-geotechnical-engineer.pdf")
    assert "Confidence with PLAXIS 2D, Slide2 and CPeT-IT" in _items(doc, S.REQUIREMENTS)
    assert "CPeT-IT" not in _items(doc, S.REQUIREMENTS)


def test_the_fourth_batch_binary_fixtures_are_what_the_generators_write(tmp_path):
    from tests import binary_documents
    if not Path(binary_documents.DEJAVU).exists():
        pytest.skip("the PDF generator's font is not installed")
    for make in (binary_documents.numbered_lists_docx, binary_documents.day_rate_pdf):
        fresh = make(tmp_path)
        assert [(d.title, len(d.items)) for d in read(fresh.read_bytes(), fresh.name)] == \
            [(d.title, len(d.items)) for d in read((REAL4 / fresh.name).read_bytes(), fresh.name)]


def test_a_german_posting_is_read_by_its_own_headings_and_its_euros_after_the_amount():
    """A Berlin company posts in German: "Deine Aufgaben", "Dein Profil",
    "Wir bieten", and the pay as "65.000 – 75.000 € brutto im Jahr"."""
    text = "\n".join([
        "Data Engineer (m/w/d)", "", "Deine Aufgaben:", "- Du baust Datenpipelines mit Airflow",
        "- Du betreust unser Data Warehouse", "", "Dein Profil:", "- 3+ Jahre Erfahrung mit Python und SQL", "",
        "Wünschenswert:", "- Erfahrung mit dbt", "", "Wir bieten:", "- 65.000 – 75.000 € brutto im Jahr",
        "- 30 Urlaubstage", "", "Über uns:", "- Wir sind ein Berliner Start-up für Energiedaten"])
    [doc] = read(text.encode(), "data-engineer.txt")
    assert doc.title == "Data Engineer"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Du baust Datenpipelines mit Airflow",
                                                   "Du betreust unser Data Warehouse"]
    assert _items(doc, S.REQUIREMENTS) == ["3+ Jahre Erfahrung mit Python und SQL"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Erfahrung mit dbt"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == \
        (65_000, 75_000, "EUR", "per year")


@pytest.mark.parametrize("line, pay", [
    ("Salaire : 45 000 € – 52 000 € brut par an", (45_000, 52_000, "EUR", "per year")),
    ("€ 3.500 - € 4.200 bruto per maand", (3_500, 4_200, "EUR", "per month")),
    ("18 €/Stunde", (18, 18, "EUR", "per hour")),
])
def test_pay_written_the_continental_way_keeps_its_currency_and_period(line, pay):
    found = salary.parse(line)
    assert (found.minimum, found.maximum, found.currency, found.period) == pay


def test_label_lines_under_a_job_title_line_are_facts_not_one_long_title():
    """A short text posting opens "Job Title: …" / "Location: …" / "Salary: …":
    each is its own fact, and the requirements heading in capitals is kept."""
    text = "\n".join(["Job Title: Warehouse Associate", "Location: Leicester, UK", "Salary: £11.90/hr", "",
                      "RESPONSIBILITIES", "● Pick and pack customer orders", "● Load vans for the morning routes", "",
                      "REQUIREMENTS", "● Able to lift 25kg", "● Flexible to work weekends"])
    [doc] = read(text.encode(), "warehouse.txt")
    assert doc.title == "Warehouse Associate"
    assert _items(doc, S.REQUIREMENTS) == ["Able to lift 25kg", "Flexible to work weekends"]
    assert (doc.salary.minimum, doc.salary.currency, doc.salary.period) == (11.90, "GBP", "per hour")


def test_several_labelled_facts_on_one_line_are_each_read():
    page = "\n".join(["# Customer Success Manager", "", "**Location:** Lisbon, Portugal · **Salary:** €38.000 – €45.000",
                      "", "**Your day-to-day:**", "* Onboard new customers", "* Run quarterly business reviews"])
    [doc] = read(page.encode(), "csm.md")
    assert (S.LOCATION, "Lisbon, Portugal") in {(i.section, i.text) for i in doc.items}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (38_000, 45_000, "EUR")


def test_a_jobvite_facts_line_split_by_an_empty_separator_span_gives_the_place_and_its_dollars():
    """Jobvite draws "Pharmacy · Halifax, Nova Scotia" with an empty
    `jv-inline-separator` span: the place is read, and a hospital in Nova
    Scotia paying "$58.50 – $66.00/hour" pays Canadian dollars."""
    page = ('<html><body><div class="jv-job-detail"><h2 class="jv-header">Clinical Pharmacist, Oncology</h2>'
            '<p class="jv-job-detail-meta">Pharmacy <span class="jv-inline-separator"></span> Halifax, Nova Scotia</p>'
            '<div class="jv-job-detail-description"><p><strong>Your impact</strong></p><ul><li>Verify chemotherapy '
            'orders</li><li>Counsel patients</li></ul><p><strong>Perks</strong></p><ul><li>$58.50 – $66.00/hour '
            'depending on experience</li></ul></div></div></body></html>')
    [doc] = read(page.encode(), "jobvite.html")
    assert (S.LOCATION, "Halifax, Nova Scotia") in {(i.section, i.text) for i in doc.items}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == \
        (58.50, 66, "CAD", "per hour")


def test_a_posting_saved_from_libreoffice_as_odt_is_read_like_a_word_document(tmp_path):
    """LibreOffice Writer saves .odt: its Title paragraph is the role, the
    key-facts table gives place and pay, a Heading 1 and a bold paragraph
    head the lists under them."""
    from tests import binary_documents
    path = binary_documents.opendocument_odt(tmp_path)
    [doc] = read(path.read_bytes(), path.name)
    assert (doc.title, doc.format) == ("Library Systems Officer", "odt")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Run the library management system (Koha)",
                                                   "Train staff on the catalogue"]
    assert _items(doc, S.REQUIREMENTS) == ["A bachelor's degree in information science", "Dutch and English"]
    assert (S.LOCATION, "Ghent, Belgium") in {(i.section, i.text) for i in doc.items}
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (3_100, 3_900, "per month")


def test_an_odt_that_is_a_damaged_zip_is_refused_with_the_reason():
    with pytest.raises(DocumentError, match="the .odt is a damaged zip file"):
        read(b"PK\x03\x04" + b"\x00" * 40, "posting.odt")


# -- the fifth batch (real5/): chat pastes, accordions, XML feeds, pay per mile or lakh -------------
REAL5 = DOCUMENTS / "real5"


def test_an_xml_feed_of_positions_gives_each_position_with_its_named_sections():
    """An ATS publishes its openings as XML (Personio's <workzag-jobs>): each
    <position> is a role, its <jobDescription> name/value pairs its sections,
    and a bold "Nice to have:" closing the profile is not a requirement."""
    feed = ("<?xml version='1.0' encoding='UTF-8'?><workzag-jobs><position><subcompany>Kranich Lager GmbH"
            "</subcompany><office>Bremen</office><name>Warehouse Clerk (m/f/d)</name><jobDescriptions>"
            "<jobDescription><name>Your tasks</name><value><![CDATA[<ul><li>Book goods receipts in SAP</li>"
            "</ul>]]></value></jobDescription><jobDescription><name>Your profile</name><value><![CDATA["
            "<ul><li>Forklift licence</li></ul><p><strong>Nice to have:</strong> ADR training</p>]]></value>"
            "</jobDescription><jobDescription><name>What we offer</name><value><![CDATA[<ul><li>€16,50 "
            "brutto pro Stunde</li></ul>]]></value></jobDescription></jobDescriptions></position>"
            "<position><name>Dispatcher</name><jobDescriptions><jobDescription><name>Your tasks</name>"
            "<value><![CDATA[<p>Plan tours</p>]]></value></jobDescription></jobDescriptions></position>"
            "</workzag-jobs>")
    clerk, dispatcher = read(feed.encode(), "jobs.xml")
    assert (clerk.title, dispatcher.title, clerk.format) == ("Warehouse Clerk", "Dispatcher", "xml_feed")
    assert _items(clerk, S.KEY_RESPONSIBILITIES) == ["Book goods receipts in SAP"]
    assert _items(clerk, S.REQUIREMENTS) == ["Forklift licence"]
    assert _items(clerk, S.NICE_TO_HAVE) == ["ADR training"]
    assert {(S.COMPANY, "Kranich Lager GmbH"), (S.LOCATION, "Bremen")} <= {(i.section, i.text) for i in clerk.items}
    assert (clerk.salary.minimum, clerk.salary.currency, clerk.salary.period) == (16.5, "EUR", "per hour")


def test_an_italian_posting_is_read_by_its_own_headings_and_its_ral():
    """An Italian manufacturer's posting: "Cosa farai", "Requisiti",
    "Costituirà titolo preferenziale", "Cosa offriamo", and the pay as RAL
    (retribuzione annua lorda), a year's gross pay."""
    text = "\n".join(["Addetto/a Magazzino", "", "Cosa farai:", "- Gestione delle spedizioni", "",
                      "Requisiti:", "- Patentino del muletto", "", "Costituirà titolo preferenziale:",
                      "- Conoscenza di SAP", "", "Cosa offriamo:", "- RAL 24.000 – 27.000 € in base all'esperienza"])
    [doc] = read(text.encode(), "annuncio.txt")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Gestione delle spedizioni"]
    assert _items(doc, S.REQUIREMENTS) == ["Patentino del muletto"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Conoscenza di SAP"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.period) == \
        (24_000, 27_000, "EUR", "per year")


REAL5_TITLES = {
    "pinpoint-ardleigh-maintenance-electrician.html": ["Maintenance Electrician"],
    "breezy-copperkettle-head-chef.html": ["Head Chef"],
    "greenhouse-embed-lumora-localization-program-manager.html": ["Localization Program Manager"],
    "oakhurst-primary-vacancies-accordion.html": ["Year 4 Class Teacher", "Teaching Assistant (Level 3)",
                                                  "School Business Manager"],
    "jazzhr-tallgrass-line-haul-truck-driver.html": ["Line Haul Truck Driver (CDL-A)"],
    "github-readme-tessera-rust-engineer.md": ["Senior Rust Engineer, Query Engine"],
    "thornleigh-university-research-technician.txt": ["Research Technician (Cryo-Electron Microscopy)"],
    "slack-pixelmoss-events-community-manager.txt": ["Events & Community Manager"],
    "personio-xml-gruenfeld-logistik-jobs.xml": ["Forklift Operator", "Transport Dispatcher"],
    "workday-cxs-halberd-supply-chain-analyst.json": ["Supply Chain Analyst"],
    "vetreria-colombaia-addetto-contabilita.odt": ["Addetto/a Contabilità Fornitori"],
    "bramblegate-community-staff-nurse.docx": ["Community Staff Nurse"],
    "redfern-hvac-service-technician-job-pack.pdf": ["Commercial HVAC Service Technician"],
}


@pytest.mark.parametrize("name", sorted(REAL5_TITLES))
def test_each_posting_of_the_fifth_batch_is_read_as_its_roles_with_duties_and_requirements(name):
    """tests/documents/real5/: the title is the posting's own (never a chat author, a site's name or the
    file's name), and every role has its duties and requirements."""
    docs = read((REAL5 / name).read_bytes(), name)
    assert [d.title for d in docs] == REAL5_TITLES[name]
    for doc in docs:
        assert _items(doc, S.KEY_RESPONSIBILITIES) and _items(doc, S.REQUIREMENTS), doc.title


def test_a_posting_pasted_from_slack_is_titled_by_its_bold_line_not_its_author():
    """A hiring manager pastes a Slack message: "Rhiannon Pryce  10:42 AM" is
    who posted it, the *bold* line is the role, :round_pushpin: and
    :moneybag: label the place and the pay, and the reactions are no perk."""
    text = "\n".join([
        "Dafydd Hughes  9:15 AM", "we're hiring :tada: please share", "",
        "*Store Supervisor - Brackenfold* :shopping_trolley:", ":round_pushpin: Cardiff, on-site",
        ":moneybag: salary: competitive", "", "*who we are*", "Brackenfold is a family-run garden centre.", "",
        "*what you'll do*", ":small_blue_diamond: open and close the store",
        ":small_blue_diamond: run the weekly rota", "", "*what we're looking for*",
        ":white_check_mark: 2+ years in retail", "", ":eyes: 4  :raised_hands: 2", "3 replies"])
    [doc] = read(text.encode(), "slack-paste.txt")
    assert doc.title == "Store Supervisor"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["open and close the store", "run the weekly rota"]
    assert _items(doc, S.REQUIREMENTS) == ["2+ years in retail"]
    assert (S.LOCATION, "Cardiff, on-site") in {(i.section, i.text) for i in doc.items}
    assert not any("replies" in i.text or ":eyes:" in i.text for i in doc.items)
    assert [(s.stated, s.text) for s in doc.salaries] == [(False, "competitive")]  # said, though no amount


def test_a_github_readme_job_post_is_markdown_and_its_pay_from_and_up_to_is_one_range():
    """A README on GitHub centres a logo in <p><img> above its Markdown headings:
    still Markdown, titled by its "#" heading; "from €95k, up to €125k" is a
    range with both ends, not an open "from"."""
    page = "\n".join(['<p align="center"><img src="logo.svg" alt="Kelpie"></p>', "", "# Senior Go Engineer", "",
                      "## What you'll work on", "- The storage engine", "", "## You should have", "- 5+ years of Go",
                      "", "## Compensation", "", "Salary from €95k, up to €125k, depending on level."])
    [doc] = read(page.encode(), "github-readme-kelpie-go-engineer.md")
    assert (doc.title, doc.format) == ("Senior Go Engineer", "markdown")
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency, doc.salary.open_ended) == \
        (95_000, 125_000, "EUR", False)


def test_a_school_page_of_vacancies_in_accordions_gives_each_vacancy_its_own_role_and_pay():
    """A school lists its vacancies as <details> accordions: each <summary>'s
    bold words are a role, its Salary line that role's pay, and the page's
    shared "Why work here?" is every role's perks."""
    page = ("<html><body><main><h1>Vacancies</h1><p>Elmbrook Primary is a school of 300 pupils.</p>"
            "<details><summary><strong>Class Teacher</strong> – full time – closing date 9 January 2027</summary>"
            "<p><strong>Salary:</strong> MPS (£31,650 – £43,607)</p><p><strong>The role</strong></p><ul>"
            "<li>Teach a Year 2 class</li><li>Run phonics groups</li><li>Plan with the year team</li></ul>"
            "<p><strong>Person specification</strong></p><ul><li>Qualified Teacher Status</li></ul></details>"
            "<details><summary><strong>Teaching Assistant (Level 2)</strong> – term time</summary>"
            "<p><strong>Salary:</strong> £18,640 per annum</p><p><strong>The role</strong></p><ul>"
            "<li>Support reading</li><li>Help at lunchtime</li><li>Prepare resources</li></ul>"
            "<p><strong>Person specification</strong></p><ul><li>GCSE English and Maths</li></ul></details>"
            "<h2>Why work at Elmbrook?</h2><ul><li>Teachers' Pension Scheme</li></ul></main></body></html>")
    teacher, assistant = read(page.encode(), "vacancies.html")
    assert (teacher.title, assistant.title) == ("Class Teacher", "Teaching Assistant (Level 2)")
    assert (teacher.salary.minimum, teacher.salary.maximum) == (31_650, 43_607)
    assert (assistant.salary.minimum, assistant.salary.period) == (18_640, "per year")
    assert _items(assistant, S.KEY_RESPONSIBILITIES) == ["Support reading", "Help at lunchtime", "Prepare resources"]
    assert _items(teacher, S.REQUIREMENTS) == ["Qualified Teacher Status"]
    assert "closing date 9 January 2027" in " ".join(i.text for i in teacher.items)
    assert _items(assistant, S.PERKS) == ["Teachers' Pension Scheme"]


def test_a_board_page_with_no_heading_is_titled_by_its_title_element_and_underlined_bold_heads_sections():
    """JazzHR keeps the title in a <div id="resumator-job-title"> and heads
    sections with <b><u>; a driver's pay is per mile, its weekly average and
    safety bonus said beside it."""
    page = ('<html><body><div id="resumator-job-title">Regional Truck Driver</div><div class="resumator-job-description">'
            "<p><b><u>Pay</u></b></p><p>$0.62 per mile, average $1,500 - $1,700 per week. $400 safety bonus every "
            "quarter.</p><p><b><u>Duties</u></b></p><p>- Drive regional routes<br>- Inspect the truck</p>"
            "<p><b><u>Requirements</u></b></p><p>- Class A CDL</p></div></body></html>")
    [doc] = read(page.encode(), "jazzhr.html")
    assert doc.title == "Regional Truck Driver"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Drive regional routes", "Inspect the truck"]
    assert _items(doc, S.REQUIREMENTS) == ["Class A CDL"]
    assert (doc.salary.minimum, doc.salary.currency, doc.salary.period) == (0.62, "USD", "per mile")
    assert "average $1,500 - $1,700 per week" in doc.salary.note and "$400 safety bonus" in doc.salary.note


def test_a_university_posting_copied_as_text_is_titled_by_the_role_not_the_sites_name():
    text = "\n".join(["University of Eskdale - Jobs", "", "Lab Technician", "", "Salary: £28,000 per annum",
                      "", "Main duties", "- Prepare samples", "", "Essential criteria", "- A science degree"])
    [doc] = read(text.encode(), "lab-technician.txt")
    assert doc.title == "Lab Technician"
    assert _items(doc, S.REQUIREMENTS) == ["A science degree"]


@pytest.mark.parametrize("line, pay", [
    ("CTC INR 14-18 lakh per annum, plus a bonus. Insurance; 24 days of paid leave.",
     [(1_400_000, 1_800_000, "INR", "per year")]),
    ("£29,970 - £36,483 per annum pro rata, plus a £1,200 a year community travel allowance",
     [(29_970, 36_483, "GBP", "per year")]),
    ("$38-$45/hr DOE, with time and a half over 40 hours and a $300 weekly on-call stipend",
     [(38, 45, "USD", "per hour")]),
    ("€4.200 brutto/Monat, 13 salaries", [(4_200, 4_200, "EUR", "per month")]),
    ("up to $68,000 DOE", [(None, 68_000, "USD", None)]),
])
def test_pay_as_these_employers_write_it_is_one_range_with_its_extras_as_the_note(line, pay):
    assert [(p.minimum, p.maximum, p.currency, p.period) for p in salary.parse_all(line)] == pay


@pytest.mark.parametrize("heading, expected", [
    ("It would be great if you also had", S.NICE_TO_HAVE), ("What we need from you", S.REQUIREMENTS),
    ("Essential experience", S.REQUIREMENTS), ("Desirable qualifications", S.NICE_TO_HAVE),
    ("Accountable to", S.TEAM), ("Position Summary", S.ABOUT), ("Pay & Schedule", S.COMPENSATION),
    ("Route & Home Time", S.LOCATION), ("Base", S.LOCATION),
])
def test_headings_of_the_fifth_batch_name_their_facets(heading, expected):
    assert facet(heading) == expected


def test_a_paragraph_about_the_role_inside_about_us_is_about_the_role():
    """Breezy pages put "We are hiring a Head Chef … you will lead a brigade of
    14" under "About The Copperkettle": asked what the role does, that is the answer."""
    page = ("<html><body><h1>Head Chef</h1><p><strong>About Harefield Kitchens</strong></p>"
            "<p>Harefield Kitchens runs two restaurants.</p><p>We are hiring a Head Chef to lead a brigade of 9.</p>"
            "<p><strong>Responsibilities</strong></p><ul><li>Run service</li></ul>"
            "<p><strong>Qualifications</strong></p><ul><li>5+ years in kitchens</li></ul></body></html>")
    [doc] = read(page.encode(), "chef.html")
    assert _items(doc, S.COMPANY)[-1] == "Harefield Kitchens runs two restaurants."
    assert "We are hiring a Head Chef to lead a brigade of 9." in _items(doc, S.ABOUT)


def test_a_boards_meta_list_gives_the_place_and_a_one_row_pay_table_is_the_pay_as_written():
    """Breezy lists "Asheville, NC" / "Full-Time" / "Kitchen" under the title:
    the first is where the job is. A README's pay table of one row is the
    role's pay, its words kept as written, its header no note."""
    page = ("<html><body><h1>Sous Chef</h1><ul class='meta'><li>Asheville, NC</li><li>Full-Time</li><li>Kitchen</li>"
            "</ul><p><strong>Responsibilities</strong></p><ul><li>Run the pass</li></ul>"
            "<p><strong>Qualifications</strong></p><ul><li>3+ years on the line</li></ul></body></html>")
    [chef] = read(page.encode(), "breezy.html")
    assert (S.LOCATION, "Asheville, NC") in {(i.section, i.text) for i in chef.items}
    readme = "\n".join(["# Senior Go Engineer", "", "## What you'll do", "- Build it", "", "## Compensation", "",
                        "| Level | Salary | Equity |", "|---|---|---|", "| Senior | from €95k, up to €125k | 0.1% |"])
    [engineer] = read(readme.encode(), "go.md")
    pay = engineer.salary
    assert (pay.minimum, pay.maximum, pay.label, pay.note) == (95_000, 125_000, None, None)
    assert "from €95k, up to €125k" in pay.text


def test_an_italian_posting_names_its_company_and_keeps_how_to_apply_apart():
    text = "\n".join(["Addetto/a Magazzino", "Vetreria Lunardi S.r.l. – Sede di Prato", "",
                      "Vetreria Lunardi è un'azienda familiare fondata nel 1970.", "", "Cosa farai:",
                      "- Gestione delle spedizioni", "", "Sede di lavoro:", "Prato, lavoro in presenza.",
                      "Per candidarti invia il CV a lavora@lunardi.example.it."])
    [doc] = read(text.encode(), "annuncio.txt")
    assert (S.COMPANY, "Vetreria Lunardi S.r.l.") in {(i.section, i.text) for i in doc.items}
    assert _items(doc, S.LOCATION) == ["Prato, lavoro in presenza."]
    assert any("Per candidarti" in t for t in _items(doc, S.NOT_ABOUT_ROLE))


def test_the_fifth_batch_ingests_whole_and_a_recruiter_hears_what_the_pay_lines_say(tmp_path):
    """real5/ ingested as a folder (all or nothing): every file is read, its 16
    roles stored; asked the pay, a Slack paste's "negotiable" is said, a
    driver's pay per mile and a README's "from €95k, up to €125k" as written."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    report = ingest_paths(store, [REAL5])
    store.dispose()
    assert report.skipped == [] and len(report.documents) == 16
    opened = open_assistant(url, seed=False)
    try:
        _, text = ask(opened, "what's the pay for the events & community manager?")
        assert "does not state a salary" in text and "negotiable, depending on experience" in text
        _, text = ask(opened, "pay for the line haul truck driver?")
        assert "$0.68 per mile" in text and "$500 safety bonus every quarter" in text
        _, text = ask(opened, "salary for the senior rust engineer?")
        assert "from €95k, up to €125k" in text
    finally:
        opened.knowledge.store.dispose()


def test_a_greenhouse_embed_on_a_company_page_is_the_posting_without_the_sites_banner_and_footer():
    """A studio embeds its Greenhouse board (#grnhse_app) in its own careers page:
    the site's header, hero banner ("Make worlds people live in.") and footer
    are not the posting, the .app-title is said once, as the title, and
    premiums covered by insurance say nothing about the pay."""
    page = ('<html><body><div class="site-header"><a href="/">Quillmoor</a></div><div class="careers-hero">'
            '<div class="hero-title">Make worlds people live in.</div></div><div id="grnhse_app">'
            '<div class="app-title"><span class="app-title__text">Narrative Designer</span></div>'
            "<p>Quillmoor makes story games.</p><div><strong>What you'll own</strong></div><ul><li>Write quests</li>"
            "</ul><div><strong>What you bring</strong></div><ul><li>Shipped a narrative game</li></ul>"
            "<div><strong>Compensation and benefits</strong></div><p>$98,000 — $120,000 USD</p><ul>"
            "<li>Medical with 100% of premiums covered</li></ul></div>"
            '<div class="site-footer">© 2026 Quillmoor LLC</div></body></html>')
    [doc] = read(page.encode(), "greenhouse-embed-quillmoor-narrative-designer.html")
    assert doc.title == "Narrative Designer"
    shown = [i.text for i in doc.items]
    assert not any("Make worlds" in t or "© 2026" in t or t == "Narrative Designer" for t in shown)
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.note) == (98_000, 120_000, None)


def test_a_public_employers_band_beside_the_salary_names_the_range():
    """An NHS-style template gives "Band: Agenda for Change Band 5" and "Salary:
    £29,970 - £36,483 per annum pro rata" as rows of its own: the range is the band's."""
    text = "\n".join(["Job title: District Nurse", "Band: Agenda for Change Band 6",
                      "Salary: £37,338 - £44,962 per annum pro rata", "", "Key responsibilities",
                      "- Lead a caseload", "", "Essential qualifications", "- NMC registration"])
    [doc] = read(text.encode(), "district-nurse.txt")
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.label) == (37_338, 44_962, "Agenda for Change Band 6")


# -- the sixth batch (real6/): spreadsheets, raw email, chat channels, feed posts, Polish and Portuguese --
REAL6 = DOCUMENTS / "real6"


def test_a_csv_export_is_a_role_a_row_with_its_pay_columns_as_one_range():
    """An ATS's CSV (BOM, quoted multi-line cells): a role per row, a cell under "Requirements" or
    "Desirable" a section (one line is still one), Pay Min / Max / Frequency / Currency one range, and a
    benefits cell typed as a semicolon list its items."""
    text = ("\ufeffJob Title,Location,Pay Min,Pay Max,Pay Frequency,Currency,Requirements,Desirable,Benefits\r\n"
            'Night Carer,"Ashby House, York",12.10,12.60,Hourly,GBP,"• NVQ Level 2\n• Enhanced DBS",'
            "• Dementia training,Free meals; paid breaks; uniform\r\n"
            "Cook,York,11.50,11.50,Hourly,GBP,Food Hygiene Level 2,,Free meals\r\n")
    carer, cook = read(text.encode(), "open-jobs.csv")
    assert (carer.title, cook.title, carer.format) == ("Night Carer", "Cook", "csv")
    assert _items(carer, S.REQUIREMENTS) == ["NVQ Level 2", "Enhanced DBS"]
    assert _items(carer, S.NICE_TO_HAVE) == ["Dementia training"]
    assert _items(carer, S.PERKS) == ["Free meals", "paid breaks", "uniform"]
    assert _items(carer, S.LOCATION) == ["Ashby House, York"]
    assert (carer.salary.minimum, carer.salary.maximum, carer.salary.currency, carer.salary.period) == \
        (12.1, 12.6, "GBP", "per hour")
    assert _items(cook, S.NICE_TO_HAVE) == []


def _workbook(sheets: list[tuple[str, str, list[list[str]]]]) -> bytes:
    """An .xlsx of inline-string cells: (name, state, rows) a sheet."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        listed = "".join(f'<sheet name="{n}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
                         for i, (n, state, _) in enumerate(sheets, 1))
        package.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{listed}</sheets>'
                                            "</workbook>")
        package.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships">' + "".join(
                             f'<Relationship Id="rId{i}" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for i, (_, _, rows) in enumerate(sheets, 1):
            cells = "".join(f'<row r="{r}">' + "".join(
                f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row) if v)
                + "</row>" for r, row in enumerate(rows, 1))
            package.writestr(f"xl/worksheets/sheet{i}.xml", f'<worksheet xmlns="{main}"><sheetData>{cells}'
                             "</sheetData></worksheet>")
    return buffer.getvalue()


def test_an_excel_tracker_is_a_role_a_row_with_the_shared_sheet_for_every_role():
    """A recruitment tracker in Excel: a title row above the header names the company, a "Hotel" column
    is the place, a multi-line cell under "Key duties" the duties, the benefits sheet is every role's and
    the hidden lookups sheet is never read."""
    data = _workbook([
        ("Roles", "visible", [["Gullhaven Hotels – Seasonal recruitment tracker"], [],
                              ["Role", "Hotel", "Pay", "Key duties", "Nice to have"],
                              ["Night Porter", "The Gull, Looe", "£510 per week", "Security rounds\nNight audit",
                               "Bar licence"],
                              ["Pot Washer", "The Gull, Looe", "£12.40 per hour", "Wash up\nClean the pass", ""]]),
        ("Benefits", "visible", [["Benefits for all seasonal staff"], ["Staff meals on duty"], ["Surf lessons"]]),
        ("Lookups", "hidden", [["Permanent"], ["Casual / zero hours"]]),
    ])
    porter, washer = read(data, "tracker.xlsx")
    assert (porter.title, washer.title, porter.format) == ("Night Porter", "Pot Washer", "xlsx")
    assert _items(porter, S.KEY_RESPONSIBILITIES) == ["Security rounds", "Night audit"]
    assert _items(porter, S.NICE_TO_HAVE) == ["Bar licence"]
    assert _items(washer, S.PERKS) == ["Staff meals on duty", "Surf lessons"]
    assert _items(porter, S.LOCATION) == ["The Gull, Looe"]
    assert (porter.salary.minimum, porter.salary.period) == (510, "per week")
    assert not any("zero hours" in i.text for doc in (porter, washer) for i in doc.items)
    assert (S.COMPANY, "Gullhaven Hotels") in {(i.section, i.text) for i in porter.items}


def test_a_raw_email_is_read_from_its_decoded_body_without_the_letter_around_the_description():
    """A .eml saved raw: quoted-printable UTF-8 ("=C2=A3", soft line breaks) decoded, the greeting and
    lead-in above the rule framing the description and the sign-off and signature below it left out."""
    eml = ("From: Ann Lee <ann@fernbrook.example>\r\nTo: agency@example.com\r\nSubject: JD - Site Manager\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           "Hi Sam,\r\n\r\nHere's the JD as promised.\r\n\r\n------------------------\r\nSite Manager\r\n"
           "------------------------\r\n\r\nSalary: =C2=A355k=E2=80=93=C2=A3=\r\n62k DOE\r\n\r\n"
           "KEY RESPONSIBILITIES\r\n=E2=80=93 Run the site safely\r\n=E2=80=93 Manage subcontractors\r\n\r\n"
           "DESIRABLE\r\n=E2=80=93 SMSTS\r\n\r\nThanks,\r\nAnn\r\n\r\nAnn Lee | Fernbrook Homes\r\n")
    [doc] = read(eml.encode(), "site-manager.eml")
    assert doc.title == "Site Manager"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Run the site safely", "Manage subcontractors"]
    assert _items(doc, S.NICE_TO_HAVE) == ["SMSTS"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (55_000, 62_000, "GBP")
    assert not any("Hi Sam" in i.text or "Ann Lee" in i.text for i in doc.items)


def test_polish_and_portuguese_postings_are_read_by_their_own_headings_and_pay():
    """Pracuj.pl's "Nasze wymagania" / "Mile widziane" and pay in złoty with space thousands per month;
    Gupy's "Requisitos e qualificações" / "Diferenciais" and pay in reais ("R$ 3.450,00")."""
    polish = "\n".join(["Kierowca C", "", "Twój zakres obowiązków:", "- przewóz towarów", "", "Nasze wymagania:",
                        "- prawo jazdy kat. C", "", "Mile widziane:", "- znajomość SAP", "", "To oferujemy:",
                        "- wynagrodzenie 7 500–8 500 zł brutto / mies."])
    [driver] = read(polish.encode(), "oferta.txt")
    assert _items(driver, S.REQUIREMENTS) == ["prawo jazdy kat. C"]
    assert _items(driver, S.NICE_TO_HAVE) == ["znajomość SAP"]
    assert (driver.salary.minimum, driver.salary.maximum, driver.salary.currency, driver.salary.period) == \
        (7_500, 8_500, "PLN", "per month")
    portuguese = "\n".join(["Auxiliar de Cozinha", "", "Requisitos e qualificações:", "- Ensino médio completo",
                            "", "Diferenciais:", "- Curso de manipulação de alimentos", "", "Salário:",
                            "- R$ 2.100,00 por mês"])
    [cook] = read(portuguese.encode(), "vaga.txt")
    assert _items(cook, S.REQUIREMENTS) == ["Ensino médio completo"]
    assert _items(cook, S.NICE_TO_HAVE) == ["Curso de manipulação de alimentos"]
    assert (cook.salary.minimum, cook.salary.currency, cook.salary.period) == (2_100, "BRL", "per month")


def test_notion_toggles_head_their_items_and_an_internal_toggle_is_never_read():
    """A Notion export: a <details> toggle's <summary> heads the list in it, a callout inside a section is
    read with it (the pay), a callout above the sections is a note about the page, and a toggle marked
    internal (the panel's notes, a comp flex) is never read."""
    page = "\n".join([
        "# Data Analyst", "", "<aside>", "💡 **Internal page** – don't share the panel toggle.", "", "</aside>", "",
        "## The role", "", "You'll own our reporting.", "", "<details>", "<summary>What we're looking for</summary>",
        "", "- Strong SQL", "", "</details>", "", "<details>", "<summary>Nice to have</summary>", "", "- dbt", "",
        "</details>", "", "## Pay", "", "<aside>", "💷 **£45k–£55k** base", "", "</aside>", "",
        "<details>", "<summary>Notes for panel (internal)</summary>", "", "- Comp flex: up to £60k", "", "</details>"])
    [doc] = read(page.encode(), "Data Analyst 0123456789abcdef0123456789abcdef.md")
    assert _items(doc, S.REQUIREMENTS) == ["Strong SQL"]
    assert _items(doc, S.NICE_TO_HAVE) == ["dbt"]
    assert (doc.salary.minimum, doc.salary.maximum) == (45_000, 55_000)
    assert not any("£60k" in i.text or "Internal page" in i.text for i in doc.items)


def test_a_chat_channel_saved_as_a_page_is_the_posting_without_the_apps_chrome():
    """A Teams channel saved as HTML: the app bar, channel header, author and time, reactions and
    compose box are the app's; the advert's bold first line is the title, a reply's fact is kept, and
    a premium rate it states ("paid at time and a half") is said with the pay."""
    page = ('<html><body><div class="app-bar" role="navigation"><span>Chat</span></div>'
            '<div class="team-channel-header"><h2 class="channel-name">Hiring</h2><span>Posts · Files</span></div>'
            '<div class="ui-chat" role="log"><div class="ui-chat__message"><div class="fui-ChatMessage__author">'
            'Priya</div><div class="ts"><time>02/12/2026 09:36</time></div><div class="message-body">'
            "<p><b>Store Supervisor</b><br>Leeds · Permanent</p><p><b>Pay:</b> £480 per week</p>"
            "<p><b>You'll need</b></p><ul><li>Retail supervision</li></ul></div>"
            '<div class="reactions"><span>👍 3</span></div></div><div class="ui-chat__replies">'
            '<div class="ui-chat__message reply"><div class="fui-ChatMessage__author">Tom</div>'
            '<div class="message-body"><p>Sundays are paid at time and a half.</p></div></div></div></div>'
            '<div class="compose"><div contenteditable="true">Start a new conversation.</div></div></body></html>')
    [doc] = read(page.encode(), "channel.html")
    assert doc.title == "Store Supervisor"
    assert _items(doc, S.REQUIREMENTS)[0] == "Retail supervision"
    texts = [i.text for i in doc.items]
    assert any("time and a half" in t for t in texts)
    assert not any(t in ("Priya", "Tom", "👍 3", "Start a new conversation.") for t in texts)
    # the premium a reply states is said with the pay
    assert (doc.salary.minimum, doc.salary.period) == (480, "per week") and "time and a half" in doc.salary.note


def test_a_feed_post_announcing_numbered_roles_is_a_role_each():
    """A LinkedIn feed post copied as text: "1) …" and "2) …" lines are two roles, each with its own pay
    and lists; the author block, hashtags and counts are not read, and of the comments only the
    poster's replies are kept."""
    post = "\n".join([
        "Feed post", "", "Jo Penrose", "Jo Penrose • 1st", "Director at Kernow Solar", "3d • 🌐", "",
        "We're hiring two roles at Kernow Solar!", "", "🔧 1) Roofer – self-employed", "💷 £180 a day (CIS)", "",
        "You'll need:", "▪ CSCS card", "", "⚡ 2) Electrician's Mate – PAYE, full-time", "💷 £26k – £29k", "",
        "You'll need:", "▪ Level 2 Electrical", "", "#hiring #solar", "", "👍❤️ 84", "12 comments • 3 reposts", "",
        "Sam Hext • 3rd+", "Flat roofs only – ok?", "1d  Like · Reply", "", "Jo Penrose (Author)",
        "@Sam Hext yes – we train on pitched roofs.", "1d  Like · Reply"])
    roofer, mate = read(post.encode(), "post.txt")
    assert (roofer.title, mate.title) == ("Roofer", "Electrician's Mate")
    assert _items(roofer, S.REQUIREMENTS) == ["CSCS card"] and _items(mate, S.REQUIREMENTS) == ["Level 2 Electrical"]
    assert (roofer.salary.minimum, roofer.salary.period) == (180, "per day")
    assert (mate.salary.minimum, mate.salary.maximum) == (26_000, 29_000)
    texts = [i.text for i in roofer.items]
    assert any("pitched roofs" in t for t in texts)
    assert not any("Flat roofs only" in t or "#hiring" in t or "Director at" in t for t in texts)


def test_structured_pay_is_said_in_the_postings_own_words_when_a_line_restates_it():
    """Recruitee's salary {"min": "15.40", "max": "17.10"} and the offer's "€15,40 – €17,10 gross per hour,
    plus 8% holiday allowance": the words are how it was written, and say more."""
    offer = {"offers": [{"title": "Barista", "description": "<p>Pull shots.</p>", "location": "Oudegracht 1, Utrecht",
                         "country": "Netherlands",
                         "requirements": "<p><strong>What we offer</strong></p><ul><li>€15,40 – €17,10 gross per "
                                         "hour, plus 8% holiday allowance</li></ul>",
                         "salary": {"min": "15.40", "max": "17.10", "period": "hour", "currency": "EUR"}}]}
    [doc] = read(json.dumps(offer).encode(), "offers.json")
    assert doc.salary.text.startswith("€15,40 – €17,10 gross per hour")
    assert _items(doc, S.LOCATION) == ["Oudegracht 1, Utrecht, Netherlands"]  # the country a field of its own
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (15.4, 17.1, "per hour")


def test_a_json_api_document_resolves_its_locations_through_included():
    """Teamtailor's JSON:API: a job's location is only an id under relationships, named in included[]."""
    doc = {"data": [{"id": "1", "type": "jobs", "attributes": {"title": "Blade Technician", "body":
                     "<p>Repair blades.</p><p><strong>Requirements</strong></p><ul><li>GWO BST</li></ul>",
                     "employment-type": "Full-time"},
                     "relationships": {"locations": {"data": [{"id": "7", "type": "locations"}]}}}],
           "included": [{"id": "7", "type": "locations", "attributes": {"name": "Harbour Base", "city": "Esbjerg",
                                                                        "country": "Denmark"}}]}
    [job] = read(json.dumps(doc).encode(), "jobs.json")
    assert job.title == "Blade Technician"
    assert _items(job, S.LOCATION) == ["Harbour Base, Esbjerg, Denmark"]


def test_preferred_lines_inside_requirements_and_assessed_by_columns_are_read_for_what_they_are():
    """"Preferred (not required): CISSP" under Qualifications is a nice-to-have; a person specification's
    "Assessed by" column (A, I, T) is how a criterion is tested, not a criterion."""
    text = "\n".join(["Security Officer", "", "Qualifications:", "- One year of specialized experience",
                      "- Preferred (not required): CISSP certification"])
    [doc] = read(text.encode(), "isso.txt")
    assert _items(doc, S.REQUIREMENTS) == ["One year of specialized experience"]
    assert _items(doc, S.NICE_TO_HAVE) == ["CISSP certification"]
    page = ("<html><body><h1>Food Safety Officer</h1><table><tr><th>Criteria</th><th>Essential</th>"
            "<th>Desirable</th><th>Assessed by</th></tr><tr><td>Experience</td><td>Food inspections</td>"
            "<td>Prosecution casework</td><td>A, I</td></tr></table></body></html>")
    [officer] = read(page.encode(), "eho.html")
    assert _items(officer, S.REQUIREMENTS) == ["Experience: Food inspections"]
    assert _items(officer, S.NICE_TO_HAVE) == ["Experience: Prosecution casework"]


REAL6_TITLES = {
    "teams-channel-export-harrowgate-pharmacy-assistant-manager.html": ["Assistant Manager (Weekend Contract)"],
    "ats-export-lindenmoor-care-open-jobs.csv": ["Senior Care Assistant (Nights)", "Kitchen Assistant",
                                                 "Activities Coordinator"],
    "usajobs-gs12-information-system-security-officer.txt": ["Information System Security Officer"],
    "pracuj-wislane-transport-kierowca-ce.html": ["Kierowca C+E (trasy krajowe)"],
    "gupy-hospital-vale-verde-tecnico-enfermagem.html": ["Técnico(a) de Enfermagem - UTI Adulto (Noturno)"],
    "recruitee-api-saltbox-koffie-offers.json": ["Barista Shift Lead", "Roastery Production Operative"],
    "teamtailor-jsonapi-northfold-energy-jobs.json": ["Wind Turbine Service Technician", "HSE Coordinator"],
    "eml-brackenridge-homes-quantity-surveyor.eml": ["Quantity Surveyor – Residential New Build"],
    "linkedin-post-solwick-solar-installers.txt": ["Solar PV Installer (Roofer / Mounting)", "Electrical Improver"],
    "notion-quorra-applied-scientist-3f2a9c1e8b7d4e0fa1c2b3d4e5f60718.md": ["Applied Scientist, Demand Forecasting"],
    "greyfriars-detention-custody-officer-pack.pdf": ["Detention Custody Officer"],
    "kittiwake-hotels-seasonal-roles-tracker.xlsx": ["Night Porter", "Housekeeping Supervisor", "Breakfast Chef"],
    "castlebrook-council-environmental-health-officer.docx": ["Environmental Health Officer (Food & Safety)"],
}


@pytest.mark.parametrize("name", sorted(REAL6_TITLES))
def test_the_sixth_batch_gives_each_files_roles_by_their_own_titles(name):
    """tests/documents/real6/: the title is the posting's own (never a channel's tabs, a site's
    "Skip to main content", a pack's running header or a feed's "Feed post"), one per role."""
    docs = read((REAL6 / name).read_bytes(), name)
    assert [d.title for d in docs] == REAL6_TITLES[name]


def test_the_sixth_batch_ingests_whole(tmp_path):
    """real6/ ingested as a folder (all or nothing, .csv, .eml and .xlsx among the extensions read):
    every file is read, its 20 roles stored, and nothing of the internal toggle or running footer kept."""
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        report = ingest_paths(store, [REAL6])
        assert report.skipped == [] and len(report.documents) == 20
    finally:
        store.dispose()
