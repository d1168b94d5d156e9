"""More documents in the shapes real sources give them (tests/documents/real2/):
a recruiter drops a prose posting, a handbook page, a page saved from
SmartRecruiters, Workday, Recruitee or Personio, an ATS export, a LinkedIn
page copied into a text file, a Word document or its PDF into the folder,
and every one is read with its title, its sections and its pay."""

import json
from pathlib import Path

import pytest

from knowledge import Knowledge, ingest_paths
from knowledge import sections as S
from knowledge.readers import read
from knowledge.readers import salary as money
from tests import binary_documents
from tests.readings import field as _field, items as _items, only_role, roles_in

REAL2 = Path(__file__).parent / "documents" / "real2"
FILES = sorted(p for p in REAL2.iterdir() if p.is_file())


def _roles(name: str) -> dict:
    return roles_in(REAL2 / name)


def _role(name: str):
    return only_role(REAL2 / name)


def _pay(doc) -> list[tuple]:
    return [(s.minimum, s.maximum, s.currency, s.period) for s in doc.salaries]


def test_every_file_of_the_second_batch_is_ingested_and_none_refused(store):
    """One refused file aborts the whole ingest: a Recruitee page whose
    posting is only in its page data once did."""
    report = ingest_paths(store, [REAL2])
    assert report.skipped == []
    assert {Path(d.path).name for d in report.documents} == {p.name for p in FILES}
    assert len(FILES) >= 14


@pytest.mark.skipif(not Path(binary_documents.DEJAVU).exists(), reason="the PDF generator's font is not installed")
def test_the_binary_fixtures_are_what_the_generators_write(tmp_path):
    for make in (binary_documents.word_styles_docx, binary_documents.word_export_pdf):
        fresh = make(tmp_path)
        assert [(d.title, len(d.items)) for d in read(fresh.read_bytes(), fresh.name)] == \
            [(d.title, len(d.items)) for d in read((REAL2 / fresh.name).read_bytes(), fresh.name)]


# -- salary wordings -------------------------------------------------------------
@pytest.mark.parametrize("line, pay", [
    ("Pay Range: $68,000.00 - $84,000.00 Annual", (68000, 84000, "USD", "per year")),
    ("A salary between €3,400 and €4,300 gross per month", (3400, 4300, "EUR", "per month")),
    ("paid between $142,000 and $178,000 a year", (142000, 178000, "USD", "per year")),
    ("€65.000,00 – €80.000,00", (65000, 80000, "EUR", None)),
])
def test_a_range_with_cents_or_between_and_is_one_range(line, pay):
    assert [(s.minimum, s.maximum, s.currency, s.period) for s in money.parse_all(line)] == [pay]


def test_and_joins_two_amounts_into_a_range_only_after_between():
    assert [(s.minimum, s.maximum) for s in money.parse_all("$5,000 relocation and $2,000 for your desk")] == \
        [(5000, 5000)]


def test_a_second_range_in_one_sentence_has_no_and_for_a_label():
    line = ("For this role at mid level, the salary ranges from $96,000 to $128,000 per year in the "
            "United States, and from €68,000 to €90,000 in Western Europe.")
    assert [(s.currency, s.label) for s in money.parse_all(line)] == [("USD", None), ("EUR", None)]


# -- prose and handbook pages ----------------------------------------------------
def test_a_posting_in_prose_is_cut_into_the_sections_its_sentences_name():
    doc = _role("kettleworth-senior-programmer.md")
    assert doc.title == "Senior Programmer, Rails"
    assert _pay(doc) == [(162000, 190000, "USD", "per year")]
    assert _items(doc, S.REQUIREMENTS)[0].startswith("We are looking for someone with at least five years")
    assert _items(doc, S.NICE_TO_HAVE)[0].startswith("It would be a bonus if")
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0].startswith("You will spend most of your days shipping")
    assert _items(doc, S.LOCATION)[-1].startswith("This is a fully remote position")
    assert _items(doc, S.HIRING_PROCESS)[0].startswith("To apply, send us a cover letter")
    assert "sabbatical" in " ".join(_items(doc, S.PERKS))
    assert _items(doc, S.ABOUT)[1].startswith("We are hiring a Senior Programmer to join the Core Product team")


def test_a_posting_with_headings_keeps_its_paragraphs_where_they_are(tmp_path):
    path = tmp_path / "analyst.md"
    path.write_text("# Analyst\n\nWe make maps. We are hiring an analyst.\n\nYou will build reports.\n\n"
                    "We are looking for someone with SQL.\n\nThe salary is $50,000.\n\n"
                    "## Responsibilities\n\n- Build reports\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.REQUIREMENTS) == []
    assert len(_items(doc, S.ABOUT)) == 4


def test_a_salary_sentence_under_another_heading_gives_the_pay():
    """Greenhouse content that states its pay at the end of its benefits."""
    doc = _roles("greenhouse-tallyrand-jobs.json")["Clinic Manager"]
    assert _pay(doc) == [(68000, 78000, "USD", "per year")]


def test_a_handbook_page_with_many_front_matter_fields_and_a_salary_calculator_note():
    doc = _role("brindle-support-engineer.md")
    assert doc.title == "Technical Support Engineer"
    assert _pay(doc) == [(96000, 128000, "USD", "per year"), (68000, 90000, "EUR", "per year")]
    assert _items(doc, S.NICE_TO_HAVE)[0] == "You have run a Kubernetes cluster in production"
    assert _items(doc, S.HIRING_PROCESS)[2].startswith("A paid SuperDay")


def test_levels_written_as_bold_labels_over_bullets_are_the_familys_roles():
    roles = _roles("lanternfish-product-designer-handbook.md")
    assert list(roles) == ["Product Designer", "Senior Product Designer", "Staff Product Designer"]
    senior = roles["Senior Product Designer"]
    assert _items(senior, S.KEY_RESPONSIBILITIES)[0] == \
        "Leads the design of large features that span several product groups"
    assert _items(senior, S.REQUIREMENTS)[0] == "5+ years of product design, including complex data-heavy interfaces"


def test_specialties_with_requirements_of_their_own_are_neither_levels_nor_the_career_path():
    family = _roles("lanternfish-product-designer-handbook.md")["Product Designer"]
    assert [i.text.split(":")[0] for i in family.items if i.heading == "Specialties"] == ["Design Systems", "Growth"]
    assert _items(family, S.CAREER_PATH) == []
    assert "Experience designing and analysing A/B tests" not in _items(family, S.REQUIREMENTS)


@pytest.mark.parametrize("name, title, pay", [
    ("mossgiel-data-engineer.md", "Data Engineer", [(58000, 72000, "GBP", "per year")]),  # YAML salary: {min, max}
    ("thornbury-copy-editor.md", "Senior Copy Editor", [(38000, 44000, "GBP", "per year")]),  # TOML [salary]
])
def test_a_salary_nested_in_front_matter_is_one_range(name, title, pay):
    doc = _role(name)
    assert (doc.title, _pay(doc)) == (title, pay)


# -- saved job-board pages ---------------------------------------------------------
def test_a_recruitee_page_whose_posting_is_only_in_its_page_data_is_read():
    doc = _role("recruitee-warehouse-team-lead.html")
    assert doc.title == "Warehouse Team Lead"
    assert (_field(doc, "Company"), _field(doc, "Location")) == ("Sprigwell", "Tilburg, Netherlands")
    assert _pay(doc) == [(2900, 3500, "EUR", "per month")]
    assert "Lead a team of 15 pickers and packers on the early shift" in _items(doc, S.KEY_RESPONSIBILITIES)
    assert "You speak Dutch and English" in _items(doc, S.REQUIREMENTS)  # under "What we ask"


def test_a_smartrecruiters_page_gives_its_microdata_address_and_company():
    doc = _role("smartrecruiters-logistics-planner.html")
    assert doc.title == "Transport Planner"
    assert _field(doc, "Company") == "Vantmoor Logistics"
    assert _field(doc, "Location").startswith("Rotterdam")
    assert _pay(doc) == [(3400, 4300, "EUR", "per month")]


def test_a_workday_page_drops_its_header_and_apply_button_and_reads_its_pay_with_cents():
    doc = _role("workday-payroll-analyst.html")
    assert _pay(doc) == [(68000, 84000, "USD", "per year")]
    assert "Apply" not in _items(doc, S.ABOUT)
    assert _items(doc, S.ABOUT)[0].startswith("Calloway Mutual is a member-owned insurer")


def test_a_personio_page_names_its_office_as_the_location():
    doc = _role("personio-content-marketing-manager.html")
    assert doc.title == "Content Marketing Manager"
    assert _field(doc, "Location") == "Hamburg"
    assert _pay(doc) == [(55000, 65000, "EUR", "per year")]


# -- ATS exports -------------------------------------------------------------------
def test_a_greenhouse_list_keeps_a_job_with_empty_content_and_one_with_only_metadata():
    roles = _roles("greenhouse-tallyrand-jobs.json")
    assert list(roles) == ["Physical Therapist", "Front Desk Coordinator", "Revenue Cycle Specialist",
                           "Clinic Manager"]
    assert _field(roles["Front Desk Coordinator"], "Location") == "Louisville, KY"
    assert _pay(roles["Revenue Cycle Specialist"]) == [(52000, 60000, "USD", None)]


def test_a_lever_posting_with_no_lists_reads_its_plain_headings_and_pay_sentence():
    doc = _role("lever-pebblecrest-plain.json")
    assert _items(doc, S.REQUIREMENTS)[1] == "A working knowledge of double-entry bookkeeping"
    assert _items(doc, S.NICE_TO_HAVE) == ["Experience in dental or medical practice management"]
    assert _pay(doc) == [(70000, 82000, "USD", "per year")]


# -- copied and exported documents -------------------------------------------------
def test_a_linkedin_page_copied_into_text_gives_its_title_company_and_criteria():
    doc = _role("linkedin-outfield-data-analyst.txt")
    assert doc.title == "Senior Data Analyst, Membership"
    assert _field(doc, "Company") == "Outfield Sports"
    assert _field(doc, "Location") == "Manchester, England, United Kingdom (Hybrid)"
    assert (_field(doc, "Employment type"), _field(doc, "Seniority level")) == ("Full-time", "Mid-Senior level")
    assert _pay(doc) == [(52000, 62000, "GBP", "per year")]
    assert not [i.text for i in doc.items if "show more" in i.text.lower() or i.text == "Show less"]
    assert "Spectator Sports and Software Development" not in _items(doc, S.PERKS)


def test_a_word_document_with_heading_styles_and_numbered_duties():
    doc = _role("quarrystone-graduate-civil-engineer.docx")
    assert doc.title == "Graduate Civil Engineer"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[1] == "Prepare drawings and models in Civil 3D"
    assert _items(doc, S.NICE_TO_HAVE) == ["Experience of hydraulic modelling in Flood Modeller or InfoWorks ICM"]
    assert _pay(doc) == [(30500, 34000, "GBP", "per year")]


def test_a_word_processors_pdf_has_its_bullets_without_their_glyphs():
    doc = _role("alderbank-tenancy-sustainment-officer.pdf")
    assert doc.title == "Tenancy Sustainment Officer"
    assert _items(doc, S.REQUIREMENTS)[1] == "Knowledge of Universal Credit and housing benefit rules"
    assert not [i.text for i in doc.items if binary_documents.WORD_SYMBOL_BULLET in i.text or "•" in i.text]
    assert _pay(doc) == [(29800, 32400, "GBP", "per year")]


def test_a_recruiter_asks_about_a_role_from_a_copied_linkedin_page_by_its_title(store):
    ingest_paths(store, [REAL2 / "linkedin-outfield-data-analyst.txt"])
    role = Knowledge(store).role_by_alias("Senior Data Analyst, Membership")
    assert role.companies == ("Outfield Sports",)


def test_a_greenhouse_yes_no_metadata_field_says_what_it_answers():
    doc = _roles("greenhouse-tallyrand-jobs.json")["Revenue Cycle Specialist"]
    assert _field(doc, "Location") == "Remote - US; Remote Eligible: yes"


def test_a_pdf_heading_drawn_larger_is_a_section_even_when_its_words_name_none():
    """"Our values" is no section word; drawn in the headings' size, it still
    ends the responsibilities above it."""
    doc = _role("alderbank-tenancy-sustainment-officer.pdf")
    assert len(_items(doc, S.KEY_RESPONSIBILITIES)) == 5
    assert {i.heading for i in doc.items if i.text.startswith("We are open")} == {"Our values"}


def test_a_pdf_heading_in_bold_at_the_body_size_is_a_section(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for text, style in (("Night Porter", "B"), ("Responsibilities", "B"), ("- Lock up at midnight", ""),
                        ("- Answer the door", ""), ("Team rituals", "B"), ("Friday breakfast for the night team", ""),
                        ("Requirements", "B"), ("- A first aid certificate", "")):
        pdf.set_font("Helvetica", style, 10)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "night-porter.pdf"
    pdf.output(str(path))
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Lock up at midnight", "Answer the door"]
    assert [i.text for i in doc.items if i.heading == "Team rituals"] == ["Friday breakfast for the night team"]


def test_a_level_takes_the_family_pay_sentence_that_names_it():
    roles = _roles("lanternfish-product-designer-handbook.md")
    assert _pay(roles["Senior Product Designer"]) == [(142000, 178000, "USD", "per year")]
    assert _pay(roles["Staff Product Designer"]) == []  # the sentence names only the senior level


# -- other boards' JSON --------------------------------------------------------------
def _json_roles(tmp_path, name: str, data) -> dict:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return {doc.title: doc for doc in read(path.read_bytes(), path.name)}


def test_an_ashby_api_export_is_read_and_not_taken_for_greenhouse(tmp_path):
    """Ashby's job board API also answers {"jobs": [...]}, with descriptionHtml
    and a compensation summary instead of Greenhouse's content."""
    roles = _json_roles(tmp_path, "ashby.json", {"apiVersion": "1", "jobs": [
        {"id": "a1", "title": "Staff Data Engineer", "employmentType": "FullTime", "location": "Remote - US",
         "descriptionHtml": "<p>We build ledgers.</p><h3>Requirements</h3><ul><li>7+ years of data engineering</li></ul>",
         "compensation": {"compensationTierSummary": "$180K – $210K • Offers Equity"}},
        {"id": "a2", "title": "Office Coordinator", "location": "Denver, CO",
         "descriptionHtml": "<p><strong>Responsibilities</strong></p><ul><li>Run the front desk</li></ul>"}]})
    assert list(roles) == ["Staff Data Engineer", "Office Coordinator"]
    engineer = roles["Staff Data Engineer"]
    assert _items(engineer, S.REQUIREMENTS) == ["7+ years of data engineering"]
    assert (_field(engineer, "Employment type"), _pay(engineer)[0][:3]) == ("Full time", (180000, 210000, "USD"))
    assert _items(roles["Office Coordinator"], S.KEY_RESPONSIBILITIES) == ["Run the front desk"]


def test_a_job_posting_saved_as_json_is_read(tmp_path):
    doc = _json_roles(tmp_path, "barista.json", {
        "@context": "https://schema.org/", "@type": "JobPosting", "title": "Barista",
        "description": "<p><b>Requirements</b></p><ul><li>1 year behind a bar</li></ul>",
        "hiringOrganization": {"@type": "Organization", "name": "Bean There"},
        "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
                       "value": {"@type": "QuantitativeValue", "minValue": 11.5, "maxValue": 13, "unitText": "HOUR"}}})["Barista"]
    assert (_field(doc, "Company"), _pay(doc)) == ("Bean There", [(11.5, 13, "GBP", "per hour")])


def test_a_boards_requirements_and_benefits_fields_are_sections_under_their_names(tmp_path):
    doc = _json_roles(tmp_path, "workable.json", {"name": "Acme", "jobs": [{
        "title": "Support Agent", "shortcode": "ABC123", "description": "<p>You answer our customers.</p>",
        "requirements": "<ul><li>Fluent English</li></ul>", "benefits": "<ul><li>Free lunch</li></ul>"}]})["Support Agent"]
    assert (_items(doc, S.REQUIREMENTS), _items(doc, S.PERKS)) == (["Fluent English"], ["Free lunch"])


def test_a_json_file_of_no_postings_is_still_refused(tmp_path):
    path = tmp_path / "package.json"
    path.write_text(json.dumps({"name": "rolecall", "version": "1.0", "description": "A chat bot"}))
    with pytest.raises(Exception, match="does not look like a job description"):
        read(path.read_bytes(), path.name)


def test_a_front_matter_that_is_no_valid_yaml_is_read_line_by_line_not_refused(tmp_path):
    """An unquoted colon in a handbook's title ("Engineer: Backend") breaks
    YAML; refusing the page would abort the whole folder's ingest."""
    path = tmp_path / "backend.md"
    path.write_text("---\ntitle: Engineer: Backend\nlocation: \"Remote, EMEA\"\n---\n\n"
                    "## Responsibilities\n\n- Build APIs\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert (doc.title, _field(doc, "Location")) == ("Engineer: Backend", "Remote, EMEA")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Build APIs"]
    assert "its 'key: value' lines were read as they are" in str(doc.warnings[0])


def test_a_smartrecruiters_api_posting_is_read_from_its_job_ad_sections(tmp_path):
    doc = _json_roles(tmp_path, "smartrecruiters.json", {"totalFound": 1, "content": [{
        "id": "744000", "name": "Night Dispatcher", "company": {"identifier": "Vantmoor", "name": "Vantmoor Logistics"},
        "location": {"city": "Rotterdam", "country": "nl", "remote": False},
        "typeOfEmployment": {"id": "permanent", "label": "Full-time"},
        "jobAd": {"sections": {
            "jobDescription": {"title": "Job Description", "text": "<ul><li>Dispatch trucks at night</li></ul>"},
            "qualifications": {"title": "Qualifications", "text": "<ul><li>Fluent Dutch</li></ul>"}}}}]})["Night Dispatcher"]
    assert (_field(doc, "Company"), _field(doc, "Location"), _field(doc, "Employment type")) == \
        ("Vantmoor Logistics", "Rotterdam, nl", "Full-time")
    assert _items(doc, S.REQUIREMENTS) == ["Fluent Dutch"]


def test_a_hard_wrapped_text_posting_reads_like_its_unwrapped_original(tmp_path):
    """An email or a text editor wraps at 72 columns; each line is no item
    of its own, and "cool-down: fixing the bugs…" is no "Cool-down" field."""
    import textwrap

    title, *paragraphs = (REAL2 / "kettleworth-senior-programmer.md").read_text().split("\n\n")
    path = tmp_path / "kettleworth.txt"
    path.write_text(title.lstrip("# ") + "\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in paragraphs))
    wrapped = read(path.read_bytes(), path.name)[0]
    original = _role("kettleworth-senior-programmer.md")
    assert [(i.section, i.text) for i in wrapped.items] == [(i.section, i.text) for i in original.items]


def test_a_wrapped_bullet_goes_on_in_its_next_line_but_a_new_bullet_does_not(tmp_path):
    path = tmp_path / "porter.txt"
    path.write_text("Night Porter\n\nResponsibilities:\n"
                    "- Lock every door of the building at midnight and check the fire exits are\n"
                    "clear before the night team starts its first round of the floors\n"
                    "- Answer the door to guests who come back late and log their room numbers\n"
                    "- Keep the lobby tidy\n\nRequirements:\n- A first aid certificate\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == [
        "Lock every door of the building at midnight and check the fire exits are clear before the night "
        "team starts its first round of the floors",
        "Answer the door to guests who come back late and log their room numbers", "Keep the lobby tidy"]


def test_a_markdown_paragraph_wrapped_in_the_source_is_one_paragraph(tmp_path):
    """Handbook sources wrap at 80 columns or put one sentence a line; the
    page shows one paragraph, and its pay sentence is one sentence."""
    path = tmp_path / "support.md"
    path.write_text("# Support Engineer\n\nStatus: Open\nTeam: Support\n\n## Salary\n\n"
                    "Our salary calculator gives the same answer for everyone. For this role the\n"
                    "salary ranges from $96,000 to $128,000 per year in the United States.\n"
                    "We also give every team member share options.\n\n## Requirements\n\n- 2+ years of support\n")
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.COMPENSATION) == [
        "Our salary calculator gives the same answer for everyone. For this role the salary ranges from "
        "$96,000 to $128,000 per year in the United States. We also give every team member share options."]
    assert _pay(doc)[0][:2] == (96000, 128000)
    assert (_field(doc, "Status"), _field(doc, "Department")) == ("Open", "Support")


def test_a_pdf_line_broken_by_the_page_width_before_a_capital_is_joined_again():
    """"… stop card fraud at Heronsgate" / "Bank while keeping …": the next
    line starts with a capital, but the full line before it ended mid-sentence."""
    path = REAL2.parent / "real" / "heronsgate-fraud-strategy-analyst.pdf"
    doc = read(path.read_bytes(), path.name)[0]
    assert _items(doc, S.ABOUT) == ["You will design the rules and models that stop card fraud at Heronsgate Bank "
                                    "while keeping false declines low for our 2 million customers."]


def test_a_word_job_description_laid_out_as_a_table_of_labels_and_values(tmp_path):
    """A public-sector JD: "JOB DESCRIPTION" on top, then a two-column table
    whose cells hold the title, the pay and the numbered duties."""
    import docx

    document = docx.Document()
    document.add_paragraph("JOB DESCRIPTION")
    rows = (("Job title", "Library Assistant"), ("Salary", "£24,000 - £26,500 per annum"),
            ("Location", "Central Library, Norwich"),
            ("Main purpose of the job", "To help visitors find books and use the library's computers."),
            ("Key responsibilities", "1. Issue and return books\n2. Help visitors use the public computers"))
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "library-assistant.docx"
    document.save(path)
    doc = read(path.read_bytes(), path.name)[0]
    assert (doc.title, _field(doc, "Location")) == ("Library Assistant", "Central Library, Norwich")
    assert _pay(doc) == [(24000, 26500, "GBP", "per year")]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Issue and return books", "Help visitors use the public computers"]
