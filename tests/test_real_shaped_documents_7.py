"""Pages and office documents in the shapes other organisations publish: a careers page with a vacancy
per tab, an ATS page of nested tables inside one form, a government board's facts as label and value
<div>s, a Word document with content controls and tracked changes, a letterhead PDF with a facts table
and Essential / Desirable side by side, and a WhatsApp group's export with two postings. Each fixture is
built here, in the shape only, with words of its own."""

from knowledge import sections as S
from knowledge.readers import read


def _roles(data: bytes, name: str) -> dict:
    return {doc.title: doc for doc in read(data, name)}


def _items(doc, section: str) -> list[str]:
    return [i.text for i in doc.items if i.section == section]


def _field(doc, label: str) -> str | None:
    return next((i.text for i in doc.items if i.label == label), None)


def _pay(doc) -> list[tuple]:
    return [(s.minimum, s.maximum, s.currency, s.period) for s in doc.salaries]


# -- pages ------------------------------------------------------------------------------
TABBED_CAREERS = """<!DOCTYPE html><html><head><title>Careers | Fenwold Bakeries</title></head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<main><section class="hero"><h1>Careers at Fenwold Bakeries</h1><p>Three ovens, one team in Ludlow.</p></section>
<div class="tabs"><div role="tablist" aria-label="Vacancies">
<button role="tab" id="t-baker" aria-controls="p-baker" aria-selected="true">Night Baker (Sourdough)</button>
<button role="tab" id="t-van" aria-controls="p-van" aria-selected="false">Delivery Van Driver</button></div>
<div role="tabpanel" id="p-baker" aria-labelledby="t-baker">
<div class="facts"><span class="fact">Ludlow, Shropshire</span><span class="fact">Full time</span><span class="fact">£13.10 per hour + night premium</span></div>
<p>Shape, prove and bake our sourdough through the night.</p>
<h3>The job</h3><ul><li>Mix and shape 400 loaves a night</li><li>Run the deck ovens</li><li>Clean down the bakery</li></ul>
<h3>What you need</h3><ul><li>A year in a craft bakery</li></ul>
<h3>Good to have</h3><ul><li>Level 2 Food Hygiene</li></ul></div>
<div role="tabpanel" id="p-van" aria-labelledby="t-van" hidden>
<div class="facts"><span class="fact">Leominster, Herefordshire</span><span class="fact">Part time</span><span class="fact">£12.20 per hour</span></div>
<p>Take the morning bread to our cafés and shops.</p>
<h3>The job</h3><ul><li>Load the van by 5am</li><li>Deliver to twelve cafés</li><li>Collect the empty crates</li></ul>
<h3>What you need</h3><ul><li>A full driving licence</li></ul>
<h3>Good to have</h3><ul><li>Multi-drop experience</li></ul></div></div>
<section><h2>Why Fenwold?</h2><ul><li>Free bread every shift</li></ul></section></main></body></html>"""


def test_a_careers_page_with_a_vacancy_per_tab_is_a_role_per_tab_with_its_own_place_and_pay():
    roles = _roles(TABBED_CAREERS.encode(), "careers.html")
    assert list(roles) == ["Night Baker (Sourdough)", "Delivery Van Driver"]  # no "Careers" role
    baker, driver = roles["Night Baker (Sourdough)"], roles["Delivery Van Driver"]
    assert _pay(baker) == [(13.10, 13.10, "GBP", "per hour")]
    assert _pay(driver) == [(12.20, 12.20, "GBP", "per hour")]
    assert _field(baker, "Location") == "Ludlow, Shropshire"
    assert _field(driver, "Location") == "Leominster, Herefordshire"
    assert _items(driver, S.REQUIREMENTS) == ["A full driving licence"]
    assert _items(driver, S.NICE_TO_HAVE) == ["Multi-drop experience"]
    assert "Free bread every shift" in _items(driver, S.PERKS)


NESTED_TABLES_IN_A_FORM = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<title>Job Description - Ward Clerk - Evenings (7700123)</title></head><body>
<table class="careersection-header"><tr><td><a href="/search">Job Search</a> | <a href="/login">Sign In</a></td></tr></table>
<form name="ftlform" method="post" action="jobdetail.ftl"><input type="hidden" name="id" value="1">
<table><tr><td class="titlepage"><span class="titlepage">Job Description</span></td></tr>
<tr><td><table><tr><td><span class="subtitle">Ward Clerk - Evenings</span></td></tr>
<tr><td><table>
<tr><td><span class="inlinelabel">Primary Location</span></td><td><span class="text">&nbsp;</span><span class="text">United Kingdom-Kent-Ashford</span></td></tr>
<tr><td><span class="inlinelabel">Schedule</span></td><td><span class="text">&nbsp;</span><span class="text">Part-time</span></td></tr>
<tr><td><span class="inlinelabel">Shift</span></td><td><span class="text">&nbsp;</span><span class="text">Evening (4:00 PM - 10:00 PM)</span></td></tr>
</table></td></tr></table></td></tr>
<tr><td><span class="text"><p><b>Description</b></p><p>Keep the ward's records and phones in order through the evening.</p>
<p><b>Pay: £11.90/hr</b></p>
<p><b>Qualifications</b></p><p><b>Required:</b></p><p>- GCSE English and maths<br>- Typing at 40 words a minute</p>
<p><b>Preferred:</b></p><p>- Experience on a hospital ward</p></span></td></tr>
<tr><td><input type="button" class="button" value="Apply Online"></td></tr></table></form>
<table class="footer"><tr><td><span class="footer">Powered by an ATS | All rights reserved.</span></td></tr></table>
</body></html>"""


def test_an_ats_page_of_nested_tables_inside_one_form_is_read_with_its_title_and_labelled_rows():
    [doc] = read(NESTED_TABLES_IN_A_FORM.encode(), "jobdetail.html")
    assert doc.title == "Ward Clerk - Evenings"  # the line the page's <title> repeats
    assert _field(doc, "Location") == "United Kingdom-Kent-Ashford"
    assert "Part-time" in _field(doc, "Employment type") and "4:00 PM" in _field(doc, "Employment type")
    assert _items(doc, S.REQUIREMENTS) == ["GCSE English and maths", "Typing at 40 words a minute"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Experience on a hospital ward"]
    assert _pay(doc) == [(11.90, 11.90, "GBP", "per hour")]
    assert not any("All rights reserved" in i.text for i in doc.items)  # the footer table


def test_a_search_form_beside_a_posting_is_still_left_out():
    page = ("<html><body><form><label>Search jobs</label><input name=q><p>Filter by team and place</p></form>"
            "<main><h1>Porter</h1><h2>Responsibilities</h2><ul><li>Move patients safely between wards and theatres</li>"
            "<li>Deliver samples to the laboratory</li></ul></main></body></html>")
    [doc] = read(page.encode(), "porter.html")
    assert not any("Filter by team" in i.text for i in doc.items)


GOVERNMENT_BOARD = """<!DOCTYPE html><html><head><title>Job Bulletin | Town of Ashcombe | Parks Crew Lead</title></head>
<body><div class="skip-links"><a href="#main">Skip to Main Content</a></div>
<div id="header-wrapper" class="agency-header"><div class="agency-name">Town of Ashcombe</div>
<ul><li><a href="/jobs">All Jobs</a></li></ul></div>
<div id="main"><h2 id="job-title">Parks Crew Lead</h2>
<div class="summary"><div class="row"><div class="term">Salary</div><div class="value">$24.10 - $30.55 Hourly</div></div>
<div class="row"><div class="term">Location</div><div class="value">Ashcombe, VT</div></div>
<div class="row"><div class="term">Job Type</div><div class="value">Full-Time</div></div>
<div class="row"><div class="term">Department</div><div class="value">Public Works - Parks</div></div></div>
<ul class="nav-tabs" role="tablist"><li><a href="#d" role="tab">Description</a></li><li><a href="#b" role="tab">Benefits</a></li></ul>
<div class="tab-pane" id="d" role="tabpanel"><div class="tab-pane-title">Description</div>
<p><b><u>EXAMPLES OF DUTIES</u></b></p><ul><li>Leads a crew of four</li><li>Mows and trims the town greens</li><li>Repairs benches</li></ul></div>
<div class="tab-pane" id="b" role="tabpanel"><div class="tab-pane-title">Benefits</div>
<ul><li>VMERS pension</li><li>Medical plan, 90% employer paid</li></ul></div></div></body></html>"""


def test_a_government_board_reads_its_label_and_value_divs_as_fields_and_its_benefits_tab():
    [doc] = read(GOVERNMENT_BOARD.encode(), "bulletin.html")
    assert doc.title == "Parks Crew Lead"
    assert _pay(doc) == [(24.10, 30.55, "USD", "per hour")]
    assert _field(doc, "Location") == "Ashcombe, VT"
    assert _field(doc, "Department") == "Public Works - Parks"
    assert _items(doc, S.PERKS) == ["VMERS pension", "Medical plan, 90% employer paid"]
    assert not any(i.text in ("Skip to Main Content", "Town of Ashcombe", "All Jobs", "Description")
                   for i in doc.items)


# -- Word -------------------------------------------------------------------------------
def _tracked_docx() -> bytes:
    """A Word template: its title in a content control, a reviewer's deleted and inserted words, a
    date control still showing its placeholder, and a section inside a block-level content control."""
    import io

    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph().add_run("HOLLIN & BRAY SOLICITORS").bold = True
    table = document.add_table(rows=5, cols=2)
    for row, label in zip(table.rows, ("Job Title", "Salary", "Closing date", "Location", "Department")):
        row.cells[0].paragraphs[0].add_run(label).bold = True
    values = (
        f'<w:p {w}><w:sdt><w:sdtPr><w:tag w:val="JobTitle"/><w:text/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t>Conveyancing Assistant</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        f'<w:p {w}><w:del w:id="1" w:author="A"><w:r><w:delText>£24,000 a year</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>£26,500 a year</w:t></w:r></w:ins></w:p>',
        f'<w:p {w}><w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        f'<w:p {w}><w:r><w:t>Otley, West Yorkshire</w:t></w:r></w:p>',
        f'<w:p {w}><w:r><w:t>Residential Property</w:t></w:r></w:p>',
    )
    for row, value in zip(table.rows, values):
        cell = row.cells[1]._tc
        cell.remove(cell.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"))
        cell.append(parse_xml(value))
    document.add_paragraph().add_run("Requirements").bold = True
    document.add_paragraph("Two years in a conveyancing team", style="List Bullet")
    deleted = document.add_paragraph(style="List Bullet")
    deleted._p.append(parse_xml(f'<w:del {w} w:id="3" w:author="A"><w:r><w:delText>A law degree is essential'
                                '</w:delText></w:r></w:del>'))
    inserted = document.add_paragraph(style="List Bullet")
    inserted._p.append(parse_xml(f'<w:ins {w} w:id="4" w:author="A"><w:r><w:t>No law degree needed</w:t></w:r></w:ins>'))
    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f'<w:sdt {w}><w:sdtPr><w:tag w:val="Benefits"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Benefits</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>28 days holiday</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_template_reads_its_content_controls_and_its_last_revision_only():
    [doc] = read(_tracked_docx(), "jd.docx")
    assert doc.title == "Conveyancing Assistant"  # in a content control, not the letterhead line
    assert _pay(doc) == [(26500, 26500, "GBP", "per year")]  # the inserted amount, not the deleted one
    assert _items(doc, S.REQUIREMENTS) == ["Two years in a conveyancing team", "No law degree needed"]
    assert not any("law degree is essential" in i.text or "Click or tap" in i.text for i in doc.items)
    assert _items(doc, S.PERKS) == ["28 days holiday"]  # inside a block-level content control


# -- chat exports -----------------------------------------------------------------------
WHATSAPP_EXPORT = """12/04/26, 8:01 am - Messages and calls are end-to-end encrypted. Tap to learn more.
12/04/26, 8:01 am - Priya (HR) created group "Kaveri Foods jobs"
12/04/26, 8:10 am - Priya (HR): Morning all 🙏 two openings, pls share
12/04/26, 8:11 am - Priya (HR): *QUALITY SUPERVISOR – HSR PLANT*
Kaveri Foods Pvt Ltd | packaged snacks

📍 Location: Hosur, Tamil Nadu
💰 CTC: ₹7-9 LPA
*Key responsibilities*
- Run the line's hourly checks
- Sign off each batch
- Train the packing team

*Good to have*
- _FSSC 22000_ auditor course

*Perks*: canteen, ~two~ three shuttle buses
12/04/26, 8:12 am - Priya (HR): <Media omitted>
12/04/26, 9:40 am - Arun: Shared 👍
12/04/26, 10:05 am - Priya (HR): Also open 👇
*Packing Line Operator – Hosur*
1-2 yrs | ₹2.4-3 LPA | ITI preferred
- Feed and watch the flow-wrap machine
- Change film reels
12/04/26, 10:06 am - Arun: 👍"""


def test_a_whatsapp_export_is_a_role_per_posted_message_in_plain_markup():
    roles = _roles(WHATSAPP_EXPORT.encode(), "WhatsApp Chat with Kaveri Foods jobs.txt")
    assert list(roles) == ["Quality Supervisor – HSR Plant", "Packing Line Operator – Hosur"]
    supervisor, operator = roles.values()
    assert _pay(supervisor) == [(700000, 900000, "INR", "per year")]
    assert _pay(operator) == [(240000, 300000, "INR", "per year")]
    assert _items(supervisor, S.NICE_TO_HAVE) == ["FSSC 22000 auditor course"]
    assert _field(supervisor, "Location") == "Hosur, Tamil Nadu"
    assert _field(operator, "Company") == "Kaveri Foods Pvt Ltd"  # the group's one employer
    assert _field(operator, "Location") == "Hosur"  # its title's place, where the other posting is
    assert not any("Shared" in i.text or "Media omitted" in i.text for d in roles.values() for i in d.items)


def test_a_whatsapp_export_with_no_posting_in_it_is_refused_with_the_reason():
    import pytest

    from knowledge.parse import DocumentError

    chat = "\n".join(f"12/04/26, 8:0{i} am - Arun: see you at {i}" for i in range(5))
    with pytest.raises(DocumentError, match="WhatsApp chat export with no posting"):
        read(chat.encode(), "chat.txt")


# -- PDF --------------------------------------------------------------------------------
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _letterhead_pdf() -> bytes:
    """An organisation's letterhead over a facts table (bold label, value in a column to its right),
    a person specification drawn as Essential and Desirable columns side by side, and a footer that
    carries the page number, on two pages."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))

    def text(x, y, words, size=9.5, bold=False):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_xy(x, y)
        pdf.cell(0, 5, words)

    def footer(page):
        text(16, 285, f"Registered charity 1234567  |  Page {page} of 2", size=7)

    pdf.add_page()
    text(16, 12, "Larchfield Hospice Care", size=17, bold=True)
    text(150, 19, "Larchfield House, Mill Lane", size=8)
    text(16, 30, "JOB DESCRIPTION", size=14, bold=True)
    for n, (label, value) in enumerate((("Job title", "Ward Sister – Inpatient Unit"), ("Band", "Band 6: £33,100 - £39,800"),
                                        ("Base", "Larchfield House, Bexley"), ("Contract", "Permanent"))):
        text(16, 42 + 7 * n, label, bold=True)
        text(66, 42 + 7 * n, value)
    text(16, 75, "Main duties", size=11.5, bold=True)
    for n, duty in enumerate(("Lead the nursing team on each shift", "Plan care with patients and their families",
                              "Keep the unit's records")):
        text(16, 83 + 6 * n, "•")
        text(21, 83 + 6 * n, duty)
    text(16, 110, "Person specification", size=11.5, bold=True)
    text(16, 118, "Essential", size=10, bold=True)
    text(110, 118, "Desirable", size=10, bold=True)
    for n, (left, right) in enumerate((("NMC registration", "Palliative care course"),
                                       ("Two years as a staff nurse", "Experience of"),
                                       ("", "syringe drivers"))):
        y = 125 + 6 * n
        if left:
            text(16, y, "•")
            text(21, y, left)
        if right and n < 2:
            text(110, y, "•")
        if right:
            text(115, y, right)
    text(16, 150, "What we offer", size=11.5, bold=True)
    for n, perk in enumerate(("27 days annual leave", "NHS Pension")):
        text(16, 158 + 6 * n, "•")
        text(21, 158 + 6 * n, perk)
    footer(1)
    pdf.add_page()
    text(16, 10, "Larchfield Hospice Care – Job Description: Ward Sister", size=8)
    text(16, 25, "About us", size=11.5, bold=True)
    text(16, 33, "Larchfield Hospice Care cares for 900 people a year across Bexley.")
    footer(2)
    return bytes(pdf.output())


def test_a_letterhead_pdf_takes_its_title_and_pay_from_its_facts_table_and_keeps_columns_apart():
    [doc] = read(_letterhead_pdf(), "jd.pdf")
    assert doc.title == "Ward Sister – Inpatient Unit"  # not the letterhead's organisation
    assert _field(doc, "Company") == "Larchfield Hospice Care"
    assert [(s.minimum, s.maximum, s.currency, s.label) for s in doc.salaries] == [(33100, 39800, "GBP", "Band 6")]
    assert _field(doc, "Location") == "Larchfield House, Bexley"
    assert _items(doc, S.REQUIREMENTS) == ["NMC registration", "Two years as a staff nurse"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Palliative care course", "Experience of syringe drivers"]
    assert not any("Page 1 of 2" in i.text or "Registered charity" in i.text or "Job Description: Ward" in i.text
                   for i in doc.items)


def test_a_campus_or_primary_location_label_is_where_the_role_is_based_and_a_shift_its_hours():
    text = ("Lecturer in Carpentry\n\nCampus: Quayside Campus, Hull HU1\nShift: Days, 8:30 AM - 4:30 PM\n\n"
            "Main duties:\n- Teach Level 2 site carpentry\n- Assess apprentices on site\n")
    [doc] = read(text.encode(), "lecturer.txt")
    assert _field(doc, "Location") == "Quayside Campus, Hull HU1"
    assert "8:30 AM" in _field(doc, "Employment type")


def test_a_tab_panel_whose_id_no_selector_can_name_is_read_without_its_name_not_a_traceback():
    page = ("<html><body><main><h1>Porter</h1><div role=tablist><button role=tab aria-controls='a&#10;b'>Duties</button>"
            "</div><div role=tabpanel id='a&#10;b' aria-labelledby='a&#10;b'><h2>Responsibilities</h2><ul>"
            "<li>Move patients between wards</li></ul></div></main></body></html>")
    [doc] = read(page.encode(), "porter.html")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Move patients between wards"]
