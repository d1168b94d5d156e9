"""Documents in the shapes real sources give them (tests/documents/real/): a
recruiter drops a handbook page, a saved job-board page, an ATS export, a
Windows text file, a Google Docs export or a designed PDF into the folder,
and every one is read with its title, its sections and its pay."""

import json
from pathlib import Path

import pytest

from knowledge import Knowledge, ingest_paths
from knowledge import sections as S
from knowledge.readers import read
from tests import binary_documents
from tests.readings import field as _field, items as _items, only_role, roles_in

REAL = Path(__file__).parent / "documents" / "real"
FILES = sorted(p for p in REAL.iterdir() if p.is_file())


def _roles(name: str) -> dict:
    return roles_in(REAL / name)


def _role(name: str):
    return only_role(REAL / name)


def _pay(doc) -> list[tuple]:
    return [(s.minimum, s.maximum, s.currency, s.label) for s in doc.salaries]


def test_every_real_shaped_file_is_ingested_and_none_refused(store):
    report = ingest_paths(store, [REAL])
    assert report.skipped == []
    assert {Path(d.path).name for d in report.documents} == {p.name for p in FILES}
    assert len(FILES) >= 13


def test_the_binary_fixtures_are_what_the_generators_write(tmp_path):
    """The .docx and .pdf in real/ are kept as files; they are regenerated
    here so a change to the generator and a stale fixture cannot drift apart."""
    for make in (binary_documents.google_docs_export, binary_documents.sidebar_pdf):
        fresh = make(tmp_path)
        assert [d.title for d in read(fresh.read_bytes(), fresh.name)] == \
            [d.title for d in read((REAL / fresh.name).read_bytes(), fresh.name)]


# -- encodings ---------------------------------------------------------------------
def test_a_windows_1252_text_file_is_read_with_its_pound_signs_and_dashes():
    doc = _role("calder-vane-warehouse-supervisor.txt")
    assert doc.title == "Warehouse Operations Supervisor"
    assert _pay(doc) == [(34000, 38500, "GBP", None)]
    assert "Lead a team of 25 pickers and packers on the night shift" in _items(doc, S.KEY_RESPONSIBILITIES)
    assert "not UTF-8: read as Windows-1252 text" in [str(w) for w in doc.warnings]


def test_a_utf16_file_with_a_job_title_line_keeps_every_section():
    """Windows "Unicode" text; its "Job Title:" line once sent it to the seeds'
    reader, which skipped the plain headings and the pay."""
    doc = _role("wrenfield-clinical-research-coordinator.txt")
    assert doc.title == "Clinical Research Coordinator"
    assert _pay(doc) == [(24, 29.5, "USD", None)]
    assert "Phlebotomy certification, or willingness to earn it within 90 days" in _items(doc, S.REQUIREMENTS)
    assert _items(doc, S.NICE_TO_HAVE) == ["ACRP or SOCRA certification", "Spanish"]


def test_a_latin1_file_that_is_no_posting_says_how_it_was_read(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Caf\xe9 r\xf4le".encode("latin-1"))
    with pytest.raises(Exception, match="does not look like a job description.*read as Windows-1252"):
        read(path.read_bytes(), path.name)


# -- handbook pages ----------------------------------------------------------------
def test_a_handbook_job_family_is_a_role_per_level_under_its_levels_heading():
    roles = _roles("handbook-backend-engineer.md")
    assert list(roles) == ["Backend Engineer", "Intermediate Backend Engineer", "Senior Backend Engineer",
                           "Staff Backend Engineer"]
    family = roles["Backend Engineer"]
    assert _items(family, S.LEVELS) == ["Intermediate Backend Engineer", "Senior Backend Engineer",
                                        "Staff Backend Engineer"]
    assert _items(family, S.HIRING_PROCESS)[1].startswith("Qualified candidates will be invited")
    assert _items(family, S.CAREER_PATH)[0].startswith("The next step for an Intermediate Backend Engineer")


def test_a_levels_sub_headings_lose_the_level_title_they_repeat():
    senior = _roles("handbook-backend-engineer.md")["Senior Backend Engineer"]
    assert {i.heading for i in senior.items if i.label is None} == {
        "Job Grade", "Responsibilities", "Requirements", "Comes from", "Moves on to"}  # the last two: the ladder
    assert "Mentor intermediate engineers through code review and pairing" in _items(senior, S.KEY_RESPONSIBILITIES)
    assert "The Senior Backend Engineer is a grade 7." in [i.text for i in senior.items if i.heading == "Job Grade"]


def test_a_handbook_page_whose_first_level_is_its_own_title_lists_it_among_the_levels(tmp_path):
    """The GitLab layout: "## Frontend Engineer" (the page's title) with its
    Job Grade, Responsibilities and Requirements, then a "##" per higher level."""
    path = tmp_path / "frontend-engineer.md"
    level = "## {0}\n\n### Job Grade\n\nThe {0} is a grade {1}.\n\n### Responsibilities\n\n- {2}\n\n"
    path.write_text('---\ntitle: "Frontend Engineer"\n---\n\n'
                    + level.format("Frontend Engineer", 6, "Build features in Vue")
                    + level.format("Senior Frontend Engineer", 7, "Lead the design of large features")
                    + level.format("Staff Frontend Engineer", 8, "Set direction across teams")
                    + "## Hiring Process\n\n1. Screening call\n2. Technical interview\n")
    roles = {d.title: d for d in read(path.read_bytes(), path.name)}
    assert list(roles) == ["Frontend Engineer", "Senior Frontend Engineer", "Staff Frontend Engineer"]
    assert _items(roles["Frontend Engineer"], S.LEVELS) == list(roles)
    assert _items(roles["Frontend Engineer"], S.KEY_RESPONSIBILITIES) == ["Build features in Vue"]
    assert _items(roles["Staff Frontend Engineer"], S.KEY_RESPONSIBILITIES) == ["Set direction across teams"]


def test_a_handbook_heading_over_headings_of_its_own_names_them():
    family = _roles("handbook-backend-engineer.md")["Backend Engineer"]
    specialties = [i.text for i in family.items if i.heading == "Specialties"]
    assert [t.split(":")[0] for t in specialties] == ["Search", "Billing"]
    assert specialties[0].startswith("Search: Backend Engineers in the Search specialty own the Elasticsearch")


def test_a_handbook_page_sheds_its_site_generators_markup(tmp_path):
    """Hugo shortcodes, kramdown attribute lists and a table-of-contents
    marker are the site's, not the role's."""
    path = tmp_path / "support-engineer.md"
    path.write_text('---\ntitle: "Support Engineer"\n---\n\n## On this page\n{:.no_toc .hidden-md}\n\n'
                    '- TOC\n{:toc}\n\n{{% alert title="Note" color="primary" %}}\nBeing updated.\n'
                    '{{% /alert %}}\n\nSupport Engineers at Acme answer customer tickets.\n\n'
                    '## Responsibilities\n\n- Answer tickets {{< icon "ticket" >}} within the SLA\n\n'
                    '## Requirements\n\n- 2 years of support\n')
    doc = read(path.read_bytes(), path.name)[0]
    assert [(i.heading, i.text) for i in doc.items if i.label is None] == [
        ("Overview", "Being updated."), ("Overview", "Support Engineers at Acme answer customer tickets."),
        ("Responsibilities", "Answer tickets within the SLA"), ("Requirements", "2 years of support")]


def test_a_markdown_levels_table_gives_a_range_per_level_named_by_its_title():
    doc = _role("levels-data-scientist.markdown")
    assert _pay(doc) == [(118000, 138000, "USD", "DS2, Data Scientist II"),
                         (140000, 165000, "USD", "DS3, Senior Data Scientist"),
                         (168000, 195000, "USD", "DS4, Staff Data Scientist")]


def test_a_notion_export_has_no_emoji_in_its_title_and_no_br_in_its_lines():
    doc = _role("notion-customer-success-lead.md")
    assert doc.title == "Customer Success Lead, Americas"
    assert _field(doc, "Company") == "Fieldnote"  # from "👋 About Fieldnote"
    assert not [i.text for i in doc.items if "<br>" in i.text]
    assert "Keep gross revenue retention above 95% for your book (we measure it every quarter)" in \
        _items(doc, S.KEY_RESPONSIBILITIES)


# -- saved job-board pages ---------------------------------------------------------
def test_a_saved_greenhouse_board_page_gives_its_location_and_pay_box():
    doc = _role("greenhouse-board-analytics-engineer.html")
    assert doc.title == "Senior Analytics Engineer"
    assert _field(doc, "Location") == "Toronto, Ontario, Canada (Hybrid)"
    assert _field(doc, "Company") == "Brambleway"
    assert _pay(doc) == [(128000, 152000, "CAD", None)]
    assert not [i.text for i in doc.items if "Powered by Greenhouse" in i.text or "Back to jobs" in i.text]


def test_a_saved_lever_page_gives_its_category_chips_and_company():
    doc = _role("lever-product-manager.html")
    assert doc.title == "Product Manager, Data Platform"
    assert (_field(doc, "Location"), _field(doc, "Department"), _field(doc, "Employment type")) == \
        ("Lisbon, Portugal", "Product – Data Platform", "Full-time")
    assert _field(doc, "Company") == "Quayside Analytics"  # the <title>'s other half
    assert not [i.text for i in doc.items if i.text == "Apply for this job"]


def test_a_closing_paragraph_keeps_its_role_sentence_apart_from_its_eeo_sentence():
    doc = _role("lever-product-manager.html")
    assert _items(doc, S.NOT_ABOUT_ROLE) == ["Quayside Analytics is an equal opportunity employer."]
    assert "We work from our Cais do Sodré office three days a week." in [
        i.text for i in doc.items if i.section != S.NOT_ABOUT_ROLE]


def test_bullets_typed_into_a_careers_page_paragraph_are_items_without_their_glyphs(tmp_path):
    path = tmp_path / "ops-lead.html"
    path.write_text("<html><body><main><h1>Ops Lead</h1><p><strong>Responsibilities:</strong><br>"
                    "• Run the night shift<br>• Plan labour<br>- Train new starters</p><p><b>Requirements</b></p>"
                    "<p>· 3 years in logistics<br>· Forklift licence</p></main></body></html>")
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Run the night shift", "Plan labour", "Train new starters"]
    assert _items(doc, S.REQUIREMENTS) == ["3 years in logistics", "Forklift licence"]


def test_a_json_ld_salary_written_as_text_with_commas_is_read(tmp_path):
    posting = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "JobPosting", '
               '"title": "Chef", "description": "<p><strong>Requirements</strong></p><ul><li>2 years cooking</li></ul>", '
               '"baseSalary": {"@type": "MonetaryAmount", "currency": "GBP", "value": {"@type": "QuantitativeValue", '
               '"minValue": "28,000", "maxValue": "£32,000.00", "unitText": "YEAR"}}}]}')
    path = tmp_path / "chef.html"
    path.write_text(f'<html><head><script type="application/ld+json">{posting}</script></head>'
                    '<body><div id="root"></div></body></html>')
    assert _pay(read(path.read_bytes(), path.name)[0]) == [(28000, 32000, "GBP", None)]


def test_a_saved_page_heavy_with_scripts_styles_and_inline_images_is_still_read(store, tmp_path):
    """A browser's "Save Page As" keeps the bundles, styles and images inline:
    megabytes around a posting of a few kilobytes."""
    page = (REAL / "greenhouse-board-analytics-engineer.html").read_text()
    heavy = page.replace("</head>", "<style>" + ".a{color:red}" * 100_000 + "</style><script>"
                         + "var x = 1;" * 150_000 + "</script></head>").replace(
        '<img alt="Brambleway logo" src="/logo.png">',
        '<img alt="Brambleway logo" src="data:image/png;base64,' + "A" * 600_000 + '">')
    path = tmp_path / "saved.html"
    path.write_text(heavy)
    assert path.stat().st_size > 3_000_000
    report = ingest_paths(store, [path])
    assert [d.role for d in report.documents] == ["Senior Analytics Engineer"]
    assert "128,000" in report.documents[0].salary


def test_a_workable_page_whose_json_ld_description_is_escaped_is_read_as_html():
    doc = _role("workable-support-engineer.html")
    assert not [i.text for i in doc.items if "<p>" in i.text or "&lt;" in i.text]
    assert "Resolve escalated tickets from operators within our 4-hour SLA" in _items(doc, S.KEY_RESPONSIBILITIES)
    assert _pay(doc) == [(52000, 61000, "EUR", None)]


def test_an_ashby_htm_page_drops_its_back_to_jobs_link():
    doc = _role("ashby-ml-platform-engineer.htm")
    assert doc.title == "Senior ML Platform Engineer"
    assert not [i.text for i in doc.items if "Back to jobs" in i.text]
    assert _pay(doc)[0][:3] == (165000, 195000, "USD")


# -- ATS exports -------------------------------------------------------------------
def test_a_greenhouse_job_with_a_pay_range_per_location_keeps_each():
    doc = _role("greenhouse-meridian-sre.json")
    assert _pay(doc) == [(85000, 100000, "GBP", "Plymouth"), (95000, 110000, "GBP", "London")]


def test_a_lever_export_names_the_company_its_board_url_and_text_give():
    roles = _roles("lever-foxglove-postings.json")
    assert {title: _field(doc, "Company") for title, doc in roles.items()} == {
        "Robotics Software Engineer, Motion Planning": "Foxglove Robotics",
        "Field Test Technician": "Foxglove Robotics"}
    halyard = REAL.parent / "ats" / "lever-halyard-posting.json"  # jobs.lever.co/halyardmarine/…
    assert _field(read(halyard.read_bytes(), halyard.name)[0], "Company") == "Halyard Marine Systems"


@pytest.mark.parametrize("body", [{"descriptionBody": "<div>You will pull shots.</div>"}, {}],
                         ids=["with descriptionBody", "description only"])
def test_a_lever_posting_whose_description_repeats_its_opening_says_it_once(tmp_path, body):
    """Lever's `description` is the opening and the body together."""
    posting = {"text": "Barista", "opening": "<div>We roast coffee.</div>",
               "description": "<div>We roast coffee.</div><div>You will pull shots.</div>",
               "lists": [{"text": "Requirements", "content": "<li>1 year behind a bar</li>"}], **body}
    path = tmp_path / "barista.json"
    path.write_text(json.dumps([posting]))
    assert _items(read(path.read_bytes(), path.name)[0], S.ABOUT) == ["We roast coffee.", "You will pull shots."]


# -- Word and PDF ------------------------------------------------------------------
def test_a_google_docs_export_reads_its_key_facts_table_as_fields():
    doc = _role("google-docs-grid-analytics-engineer.docx")
    assert doc.title == "Grid Analytics Engineer"
    assert _field(doc, "Location") == "Bristol, UK (hybrid, two days a week in the office)"
    assert _pay(doc) == [(52000, 60000, "GBP", None)]
    assert _items(doc, S.REQUIREMENTS)[0] == "2+ years of time-series forecasting or energy analytics"


def test_a_pdf_running_header_and_page_numbers_are_not_the_title_or_the_posting():
    doc = _role("heronsgate-fraud-strategy-analyst.pdf")
    assert doc.title == "Fraud Strategy Analyst"
    assert not [i.text for i in doc.items if "Page 1 of 2" in i.text or "| Careers" in i.text]
    assert _field(doc, "Location") == "Edinburgh (hybrid, 3 days in office)"
    assert _pay(doc) == [(48000, 57000, "GBP", None)]
    assert _field(doc, "Company") == "Heronsgate Bank"  # the running header names the careers pages


@pytest.mark.parametrize("name, company", [
    ("handbook-backend-engineer.md", "Larkspur Labs"),  # "Backend Engineers at Larkspur Labs build…"
    ("calder-vane-warehouse-supervisor.txt", "Calder & Vane"),  # "Calder & Vane is a family-owned…"
    ("google-docs-grid-analytics-engineer.docx", "Saltmarsh Energy"),  # "Saltmarsh Energy balances…"
])
def test_a_posting_that_names_its_company_only_in_its_opening_sentence_has_that_company(name, company):
    assert {_field(doc, "Company") for doc in _roles(name).values()} == {company}


def test_an_opening_sentence_that_starts_with_we_or_the_title_names_no_company(tmp_path):
    path = tmp_path / "analyst.md"
    path.write_text("# Data Analyst\n\nWe are a small team. The Data Analyst owns reporting.\n\n"
                    "## Requirements\n\n- SQL\n")
    assert _field(read(path.read_bytes(), path.name)[0], "Company") is None


def test_a_recruiter_asks_about_a_role_from_a_lever_export_by_its_company(store):
    ingest_paths(store, [REAL / "lever-foxglove-postings.json"])
    role = Knowledge(store).role_by_alias("Field Test Technician")
    assert role.companies == ("Foxglove Robotics",)
