"""Word and PDF job descriptions, generated from text written here: python-docx
writes the .docx files, fpdf2 the PDFs. Also the hostile ones: a
decompression-bomb .docx, a PDF declaring a million objects, an encrypted
PDF, a scan with no text, a damaged zip."""

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF


def product_designer(path: Path) -> Path:
    """Title and Heading 1 styles, List Bullet / List Number paragraphs, a levels × salary table."""
    doc = docx.Document()
    doc.add_paragraph("Product Designer", style="Title")
    doc.add_heading("About the role", level=1)
    doc.add_paragraph("You will shape how 40,000 clinics book appointments, from the first search to "
                      "the reminder the evening before.")
    doc.add_heading("What you'll do", level=1)
    for item in ("Run discovery interviews with clinic staff every sprint",
                 "Turn research into flows, prototypes and finished Figma specs",
                 "Pair with engineers until the feature ships"):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("What you'll bring", level=1)
    for item in ("4+ years designing web products", "A portfolio with shipped work and the reasoning behind it",
                 "Comfort presenting to executives"):
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("Nice to have", level=1)
    doc.add_paragraph("Experience with healthcare or booking products", style="List Bullet")
    doc.add_heading("Compensation", level=1)
    table = doc.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, (("Level", "Salary range"), ("Designer II", "$110,000 - $130,000"),
                                       ("Senior Designer", "$135,000 - $160,000"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_heading("Success metrics", level=2)
    doc.add_paragraph("Booking completion rate up 5% within a year", style="List Bullet")
    path = path / "Product Designer.DOCX"
    doc.save(path)
    return path


def data_analyst(path: Path) -> Path:
    """No heading styles: bold short paragraphs are the headings, numbered
    paragraphs (numbering properties, Normal style) the items, and a
    "Requirements | Nice to have" table."""
    doc = docx.Document()
    title = doc.add_paragraph()
    title.add_run("Data Analyst, Growth").bold = True
    doc.add_paragraph("Location: Remote (EU time zones)")
    doc.add_paragraph("We are a 60-person marketplace for second-hand furniture, and our growth team "
                      "needs someone who can tell a real trend from noise.")
    doc.add_paragraph().add_run("Responsibilities:").bold = True
    for item in ("Own the weekly growth report and its definitions",
                 "Design and read A/B tests with the product managers",
                 "Build dashboards in Looker that people actually open"):
        _numbered(doc.add_paragraph(item))
    table = doc.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, (("Requirements", "Nice to have"),
                                       ("3+ years of SQL against a warehouse", "dbt"),
                                       ("Statistics you can explain to a designer", ""))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph().add_run("Benefits").bold = True
    for item in ("EUR 1,500 learning budget", "Four-day week in August"):
        _numbered(doc.add_paragraph(item))
    path = path / "data-analyst.docx"
    doc.save(path)
    return path


def customer_success_manager(path: Path) -> Path:
    """Only Normal paragraphs: headings by the plain-text rules (capitals, a
    colon), bullets typed as "•"."""
    doc = docx.Document()
    for line in ("Customer Success Manager", "ABOUT THE ROLE",
                 "You look after 80 mid-size accounts of our invoicing software after they sign.",
                 "RESPONSIBILITIES", "• Run onboarding for new accounts", "• Hold quarterly business reviews",
                 "• Bring product feedback to the roadmap meeting", "Requirements:",
                 "• 2+ years in customer success or account management", "• Fluent English and German",
                 "Salary:", "• EUR 55,000 - 65,000 per year plus bonus"):
        doc.add_paragraph(line)
    path = path / "csm.docx"
    doc.save(path)
    return path


def _numbered(paragraph) -> None:
    """Give a Normal paragraph numbering properties, as Word does for a list typed by hand."""
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        num_pr.append(element)
    paragraph._p.get_or_add_pPr().append(num_pr)


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    return pdf


def site_reliability_engineer(path: Path) -> Path:
    """Two columns, each written whole, bullets wrapped by the column's width."""
    pdf = _pdf()
    pdf.cell(0, 10, "Site Reliability Engineer", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y()
    columns = {
        10: [("Responsibilities", None),
             ("- Run the on-call rotation for the payments platform and keep it healthy", 1),
             ("- Write blameless postmortems", 1),
             ("Requirements", None),
             ("- 5+ years operating Linux in production", 1), ("- Terraform and Kubernetes", 1)],
        110: [("Nice to have", None), ("- Go or Rust", 1), ("Benefits", None), ("- 30 days of holiday", 1),
              ("Compensation", None), ("EUR 80,000 - 95,000 per year", 1)],
    }
    for x, lines in columns.items():
        pdf.set_xy(x, top)
        for text, body in lines:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "" if body else "B", 10 if body else 12)
            pdf.multi_cell(85, 6, text, new_x="LEFT", new_y="NEXT")
    out = path / "sre.pdf"
    pdf.output(str(out))
    return out


def warehouse_lead(path: Path) -> Path:
    """One column over two pages, an hourly wage, long wrapped bullets."""
    pdf = _pdf()
    pdf.cell(0, 10, "Warehouse Operations Lead", new_x="LMARGIN", new_y="NEXT")
    body = [("What you'll do", None),
            ("- Lead a shift of 25 pickers and packers and plan the day's labour against the order forecast", 1),
            ("- Keep the pick rate above 120 lines an hour without cutting safety corners", 1),
            ("Who you are", None), ("- 3+ years leading a warehouse shift", 1), ("- A forklift licence", 1)]
    later = [("Pay", None), ("$24 - $29 per hour", 1),
             ("Benefits", None), ("- Health, dental and vision from day one", 1)]
    for page, lines in enumerate((body, later)):
        if page:
            pdf.add_page()
        for text, is_body in lines:
            pdf.set_font("Helvetica", "" if is_body else "B", 11 if is_body else 13)
            pdf.multi_cell(120, 7, text, new_x="LMARGIN", new_y="NEXT")
    out = path / "warehouse-lead.PDF"
    pdf.output(str(out))
    return out


def postings(path: Path) -> list[Path]:
    return [product_designer(path), data_analyst(path), customer_success_manager(path),
            site_reliability_engineer(path), warehouse_lead(path)]


# -- hostile -------------------------------------------------------------------
def docx_bomb(path: Path, inflated: int = 200_000_000) -> Path:
    """A real Word package whose document.xml inflates to `inflated` bytes of spaces."""
    out = path / "bomb.docx"
    with (zipfile.ZipFile(product_designer(path)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, source.read(info))
        with bomb.open("word/document.xml", "w", force_zip64=True) as document:
            chunk = b" " * 1_000_000
            for _ in range(inflated // len(chunk)):
                document.write(chunk)
    return out


def damaged_docx(path: Path) -> Path:
    data = customer_success_manager(path).read_bytes()
    out = path / "damaged.docx"
    out.write_bytes(data[: len(data) // 2])  # the zip's directory is at its end
    return out


def million_objects_pdf(path: Path, objects: int = 1_000_000) -> Path:
    """A PDF whose cross-reference stream declares a million objects: three
    real ones and the rest free entries, compressed to a few kilobytes."""
    head = b"%PDF-1.5\n"
    catalog = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    pages = b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    offsets = [len(head), len(head) + len(catalog)]
    xref_at = len(head) + len(catalog) + len(pages)
    entries = bytearray(5 * objects)
    for number, offset in enumerate([*offsets, xref_at], start=1):
        entries[5 * number: 5 * number + 5] = b"\x01" + struct.pack(">I", offset)
    stream = zlib.compress(bytes(entries), 9)
    xref = (b"3 0 obj\n<< /Type /XRef /Size %d /W [1 4 0] /Root 1 0 R /Filter /FlateDecode /Length %d >>\n"
            b"stream\n" % (objects, len(stream)) + stream + b"\nendstream\nendobj\n")
    out = path / "million.pdf"
    out.write_bytes(head + catalog + pages + xref + b"startxref\n%d\n%%%%EOF\n" % xref_at)
    return out


def encrypted_pdf(path: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=site_reliability_engineer(path))
    writer.encrypt("recruiting-only", algorithm="RC4-128")
    out = path / "encrypted.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def scanned_pdf(path: Path) -> Path:
    """A page with only a drawn rectangle, as a scan is only an image."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")
    out = path / "scan.pdf"
    pdf.output(str(out))
    return out


def pdf_with_a_photo(path: Path, photo_bytes: int = 1_500_000) -> Path:
    """A posting over 1 MB, as a PDF with a team photo is: the photo is random
    pixels, which no compression shrinks."""
    pdf = _pdf()
    pdf.cell(0, 10, "Field Service Technician", new_x="LMARGIN", new_y="NEXT")
    side = int((photo_bytes / 3) ** 0.5)
    pdf.image(io.BytesIO(_png(side, side, os.urandom(side * side * 3))), w=60)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Responsibilities", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, "- Service heat pumps at customers' homes", new_x="LMARGIN", new_y="NEXT")
    out = path / "field-service-technician.pdf"
    pdf.output(str(out))
    return out


def _png(width: int, height: int, rgb: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + rgb[3 * width * y: 3 * width * (y + 1)] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def broken_xml_docx(path: Path) -> Path:
    out = path / "broken.docx"
    with (zipfile.ZipFile(customer_success_manager(path)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as broken):
        for info in source.infolist():
            broken.writestr(info, b"<w:document><w:body" if info.filename == "word/document.xml" else source.read(info))
    return out


def reshaped_docx(path: Path, part: str, xml: bytes) -> Path:
    """A Word file with one part replaced by well-formed XML of a shape
    Word never writes (a hand-made or half-converted file)."""
    out = path / "reshaped.docx"
    with (zipfile.ZipFile(customer_success_manager(path)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as reshaped):
        for info in source.infolist():
            reshaped.writestr(info, xml if info.filename == part else source.read(info))
    return out


def lying_docx_bomb(path: Path, inflated: int = 100_000_000) -> Path:
    """A bomb whose zip directory declares document.xml a few kilobytes, so
    the size checks pass: what is read stops at the declared size."""
    out = path / "lying.docx"
    with (zipfile.ZipFile(customer_success_manager(path)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, source.read(info))
        with bomb.open("word/document.xml", "w") as document:
            for _ in range(inflated // 1_000_000):
                document.write(b" " * 1_000_000)
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as package:
        info = package.getinfo("word/document.xml")
    small = struct.pack("<I", 4_000)
    data[info.header_offset + 22: info.header_offset + 26] = small  # the local header's size
    central = data.rindex(b"word/document.xml") - 46  # its name ends its central directory record
    assert data[central: central + 4] == b"PK\x01\x02"
    data[central + 24: central + 28] = small  # the central directory's
    out.write_bytes(bytes(data))
    return out


def pdf_bomb(path: Path, inflated: int = 240_000_000) -> Path:
    """One page whose content stream, 350 KB compressed, inflates to 240 MB."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Requirements) Tj ET " + b"0 0 m " * (inflated // 6), 9)
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
               b"/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>",
               b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream"]
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += (b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
             + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
             + b"trailer\n<</Root 1 0 R/Size %d>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    out = path / "bomb.pdf"
    out.write_bytes(data)
    return out


def google_docs_export(path: Path) -> Path:
    """A Google Docs "Download as .docx": no heading styles at all (the title
    and headings are bold Normal paragraphs at a larger size), a two-column
    key facts table ("Location | ..."), bullets as numbered Normal paragraphs."""
    from docx.shared import Pt

    doc = docx.Document()

    def bold(text: str, size: int) -> None:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.font.size = True, Pt(size)
        paragraph.add_run(" ")  # Google Docs leaves a trailing plain space run

    bold("Grid Analytics Engineer", 20)
    table = doc.add_table(rows=4, cols=2)
    for row, cells in zip(table.rows, (("Location", "Bristol, UK (hybrid, two days a week in the office)"),
                                       ("Salary", "£52,000 – £60,000 per year"),
                                       ("Team", "Forecasting"),
                                       ("Contract", "Permanent, full-time"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph("Saltmarsh Energy balances 1.2 GW of community solar and battery storage across "
                      "the south-west. We forecast what the grid will need every half hour.")
    sections = (("What you'll do", ("Build half-hourly demand and solar generation forecasts in Python",
                                    "Run the daily forecast review with the trading desk at 7:30",
                                    "Monitor forecast error and explain the worst misses every week")),
                ("About you", ("2+ years of time-series forecasting or energy analytics",
                               "Strong Python (pandas, scikit-learn) and SQL",
                               "A degree in a quantitative subject")),
                ("Nice to have", ("Experience with weather data such as ECMWF or Met Office feeds",)),
                ("Benefits", ("A 9% employer pension contribution", "An electric car salary-sacrifice scheme",
                              "26 days of holiday plus bank holidays")))
    for heading, items in sections:
        bold(heading, 13)
        for item in items:
            _numbered(doc.add_paragraph(item))
    out = path / "google-docs-grid-analytics-engineer.docx"
    doc.save(out)
    return out


def sidebar_pdf(path: Path) -> Path:
    """A designed two-column PDF: the posting in a wide left column, a
    "Key facts" sidebar of label / value lines on the right, and the company's
    running header and a page footer on every page."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)

    def page(number: int) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(10, 5)
        pdf.cell(0, 5, "Heronsgate Bank | Careers")
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"Page {number} of 2")
        pdf.set_xy(10, 15)

    def write(lines, x: float, width: float) -> None:
        for text, body in lines:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "" if body is not None else "B", 10 if body is not None else 12)
            pdf.multi_cell(width, 6, text, new_x="LEFT", new_y="NEXT")

    page(1)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Fraud Strategy Analyst", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y()
    main = [("About the role", None),
            ("You will design the rules and models that stop card fraud at Heronsgate Bank while keeping "
             "false declines low for our 2 million customers.", 0),
            ("Responsibilities", None),
            ("- Write and tune fraud rules for card-not-present transactions", 1),
            ("- Measure each rule's catch rate and false-positive rate every week", 1),
            ("- Work with the data science team on the next fraud model", 1),
            ("Requirements", None),
            ("- 3+ years in fraud, credit risk or payments analytics", 1),
            ("- Strong SQL; Python or SAS", 1),
            ("- Experience with a fraud platform such as Featurespace or FICO Falcon", 1)]
    side = [("Key facts", None), ("Location: Edinburgh (hybrid, 3 days in office)", 1),
            ("Salary: £48,000 - £57,000", 1), ("Contract: Permanent", 1), ("Closing date: 15 January 2027", 1)]
    pdf.set_xy(10, top)
    write(main, 10, 120)
    pdf.set_xy(140, top)
    write(side, 140, 60)
    page(2)
    write((("Benefits", None), ("- 30 days of holiday", 1), ("- 12% non-contributory pension", 1),
           ("- Annual bonus of up to 10% of salary", 1), ("How to apply", None),
           ("Apply through our careers site by the closing date.", 1)), 10, 120)
    out = path / "heronsgate-fraud-strategy-analyst.pdf"
    pdf.output(str(out))
    return out


def word_styles_docx(path: Path) -> Path:
    """A document written in Word itself: the title in the Title style,
    Heading 1 / Heading 2 styles for sections, the duties in the "List
    Number" style and the rest in "List Bullet", key facts as "Label: value"
    Normal paragraphs, and a page break before the benefits."""
    doc = docx.Document()
    doc.core_properties.title = "JD - Graduate Civil Engineer - v3 FINAL"
    doc.add_paragraph("Graduate Civil Engineer", style="Title")
    for line in ("Company: Quarrystone Engineering", "Location: Leeds, West Yorkshire (office-based with site visits)",
                 "Salary: £30,500 to £34,000 per annum", "Contract: Permanent, 37.5 hours per week"):
        doc.add_paragraph(line)
    doc.add_heading("About Quarrystone", level=1)
    doc.add_paragraph("Quarrystone Engineering designs flood defences, bridges and drainage schemes for councils "
                      "and the Environment Agency across the north of England.")
    doc.add_heading("The role", level=1)
    doc.add_heading("Main duties", level=2)
    for item in ("Produce drainage and flood-risk calculations under the supervision of a chartered engineer",
                 "Prepare drawings and models in Civil 3D",
                 "Visit construction sites to record progress and check work against the design",
                 "Write sections of design reports for clients"):
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("Person specification", level=2)
    for item in ("A BEng or MEng in civil engineering, accredited by the JBM",
                 "A full UK driving licence",
                 "A working knowledge of AutoCAD or Civil 3D"):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Desirable", level=2)
    doc.add_paragraph("Experience of hydraulic modelling in Flood Modeller or InfoWorks ICM", style="List Bullet")
    doc.add_page_break()
    doc.add_heading("What we offer", level=1)
    for item in ("Full support towards chartership with the ICE, including paid exam fees",
                 "25 days of annual leave plus bank holidays", "A 7% employer pension contribution"):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Send your CV and a short covering letter to careers@quarrystone.example by 30 January.")
    out = path / "quarrystone-graduate-civil-engineer.docx"
    doc.save(out)
    return out


WORD_SYMBOL_BULLET = "\uf0b7"  # Word's bullet from the Symbol font, as a PDF's text gives it back
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def word_export_pdf(path: Path) -> Path:
    """A three-page PDF saved from a word processor: bullets drawn as "•" in
    one list and as Word's Symbol-font glyph (U+F0B7) in the others, a line
    wrapped inside a bullet, and the page number alone at each page's foot."""
    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Doc()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", "", 16)
    pdf.add_page()
    pdf.multi_cell(0, 10, "Tenancy Sustainment Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("DejaVu", "", 13)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    def para(text: str) -> None:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def bullets(items, glyph: str) -> None:
        for item in items:
            pdf.multi_cell(0, 5, f"{glyph}  {item}", new_x="LMARGIN", new_y="NEXT")

    para("Alderbank Housing Association")
    para("Salary: £29,800 – £32,400 per annum")
    para("Location: Sheffield (hybrid, at least three days a week on our estates)")
    para("Hours: 36.25 per week, permanent")
    heading("About us")
    para("Alderbank Housing Association owns and manages 9,400 affordable homes across South Yorkshire. "
         "We believe everyone deserves a safe, warm home they can afford to keep. " * 2)
    heading("Purpose of the role")
    para("You will help tenants who are struggling with rent arrears, debt or their mental health to keep their "
         "tenancies and stay in their homes.")
    heading("Key responsibilities")
    bullets(("Manage a caseload of around 45 tenants at risk of losing their tenancy",
             "Carry out home visits and build support plans with each tenant, working with social workers, "
             "debt advisers and mental health services",
             "Help tenants claim the benefits and grants they are entitled to",
             "Keep accurate case notes in our housing management system",
             "Attend multi-agency meetings and represent Alderbank at court hearings when needed"), "•")
    for _ in range(4):  # the person specification starts on a later page
        heading("Our values")
        para("We are open, we are fair and we keep our promises. " * 6)
    heading("Person specification")
    bullets(("Experience of supporting vulnerable adults in housing, social care or advice work",
             "Knowledge of Universal Credit and housing benefit rules",
             "A full driving licence and access to a car for work"), WORD_SYMBOL_BULLET)
    heading("Desirable")
    bullets(("A Level 3 Certificate in Housing from the CIH",), WORD_SYMBOL_BULLET)
    heading("Benefits")
    bullets(("27 days of annual leave rising to 32 with service", "A 9% employer pension contribution",
             "A car allowance of £1,200 a year"), WORD_SYMBOL_BULLET)
    heading("How to apply")
    para("Apply online at alderbank.example/careers. The closing date is 12 February 2027 and interviews "
         "will be held on 24 February.")
    out = path / "alderbank-tenancy-sustainment-officer.pdf"
    pdf.output(str(out))
    return out


def word_tables_docx(path: Path) -> Path:
    """A UK job description template filled in Word: "Job Description" as the
    first line, the title only in a "Job title" cell of a facts table, the
    responsibilities in an Area | Responsibilities table and the person
    specification in a Criteria | Essential | Desirable table."""
    doc = docx.Document()
    doc.add_heading("Job Description", level=1)

    def table(rows, header=None) -> None:
        grid = doc.add_table(rows=0, cols=len(rows[0]))
        grid.style = "Table Grid"
        for cells in ([header] if header else []) + list(rows):
            row = grid.add_row()
            for cell, text in zip(row.cells, cells):
                cell.text = text
        if header:
            for cell in grid.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    table((("Job title", "Finance Business Partner"), ("Company", "Merrow Foods"),
           ("Department", "Finance"), ("Reports to", "Head of Financial Planning & Analysis"),
           ("Location", "Reading, Berkshire (hybrid: three days a week at our Reading bakery site)"),
           ("Salary", "£45k–£55k + 10% bonus"), ("Contract", "Permanent, full-time")))
    doc.add_heading("Job purpose", level=2)
    doc.add_paragraph("Merrow Foods bakes chilled and frozen pastries for UK supermarkets at two sites, with "
                      "annual sales of £180 million. The Finance Business Partner is the finance lead for our "
                      "Operations and Supply Chain teams, helping them understand and improve the cost of every "
                      "product we make.")
    doc.add_heading("Key responsibilities", level=2)
    table((("Budgeting and forecasting", "Lead the annual budget and quarterly reforecasts for a £60 million "
            "operations cost base"),
           ("Business partnering", "Challenge and support site and supply chain managers on labour, waste and "
            "energy costs"),
           ("Reporting", "Produce the monthly management accounts pack and explain variances to the Operations "
            "Director"),
           ("Costing", "Maintain standard costs for 400 products and review the margin of every new product "
            "before launch")), header=("Area", "Responsibilities"))
    doc.add_heading("Person specification", level=2)
    table((("Qualifications", "ACA, ACCA or CIMA qualified", "An MBA"),
           ("Experience", "At least 2 years post-qualification experience in FMCG or manufacturing finance",
            "Experience of a multi-site manufacturing business"),
           ("Skills", "Advanced Excel and experience of SAP", "Power BI dashboards")),
          header=("Criteria", "Essential", "Desirable"))
    doc.add_heading("Benefits", level=2)
    for item in ("25 days of holiday plus bank holidays, with the option to buy five more",
                 "Pension with employer contributions matched up to 8%", "Free bakery products every week",
                 "Private medical insurance"):
        doc.add_paragraph(item, style="List Bullet")
    out = path / "merrow-foods-finance-business-partner.docx"
    doc.save(out)
    return out


def two_column_pdf(path: Path) -> Path:
    """A designed flyer: the title and a key-facts strip across the page, then
    the posting flowing down a left and a right column (the text of a column
    drawn before the next), the requirements list broken across the column
    gap, and the company's web address at the foot."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.set_xy(12, 14)
    pdf.cell(0, 10, "Senior Geotechnical Engineer")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(12, 26)
    pdf.cell(0, 6, "Brackwater Consulting  ·  Auckland, New Zealand  ·  Permanent, full-time  ·  "
                   "NZ$120,000 – NZ$140,000 + KiwiSaver")

    def column(blocks, x: float) -> None:
        pdf.set_xy(x, 40)
        for text, kind in blocks:
            pdf.set_x(x)
            if kind == "h":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(88, 7, text, new_x="LEFT", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(88, 5, ("•  " if kind == "b" else "") + text, new_x="LEFT", new_y="NEXT",
                               align="J" if kind == "p" else "L")
            pdf.ln(1)

    column((("About us", "h"),
            ("Brackwater Consulting is an employee-owned engineering consultancy of 220 people with offices in "
             "Auckland, Hamilton and Tauranga. Our geotechnical team investigates the ground under roads, "
             "bridges, schools and housing developments across the upper North Island.", "p"),
            ("The role", "h"),
            ("You will lead geotechnical investigations and designs from the first desk study to construction "
             "monitoring, and help grow a team of seven engineers and engineering geologists.", "p"),
            ("What you will do", "h"),
            ("Plan and supervise ground investigations, including boreholes, CPTs and test pits", "b"),
            ("Design shallow and piled foundations, retaining walls and slope stabilisation", "b"),
            ("Carry out liquefaction and seismic assessments to NZGS guidance", "b"),
            ("Write geotechnical reports and review the work of junior engineers", "b"),
            ("What you will bring", "h"),
            ("A degree in civil engineering with a geotechnical focus", "b")), 12)
    column((("At least 6 years of geotechnical design experience, ideally in New Zealand", "b"),
            ("CPEng registration, or working towards it within a year", "b"),
            ("Confidence with PLAXIS 2D, Slide2 and CPeT-IT", "b"),
            ("What we offer", "h"),
            ("Shares in the company after one year through our employee ownership plan", "b"),
            ("KiwiSaver contributions of 6%, double the legal minimum", "b"),
            ("Five weeks of annual leave", "b"),
            ("Paid professional memberships and CPEng fees", "b"),
            ("How to apply", "h"),
            ("Apply with your CV by 29 January 2027. We interview in early February.", "p")), 110)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(12, 282)
    pdf.cell(0, 5, "brackwater.example/careers")
    out = path / "brackwater-senior-geotechnical-engineer.pdf"
    pdf.output(str(out))
    return out


def numbered_lists_docx(path: Path) -> Path:
    """An Indian company's posting in Word: Heading 2 sections with their own
    names, duties as a "List Number" list, skills as a two-column
    Must haves | Bonus points table, and pay in lakh grouping (₹12,00,000)."""
    doc = docx.Document()
    doc.add_heading("Business Intelligence Developer", level=1)
    doc.add_paragraph("Umbrel Fintech Pvt. Ltd. · Pune, Maharashtra (hybrid) · Full-time")
    doc.add_heading("Who we are", level=2)
    doc.add_paragraph("Umbrel Fintech lends working capital to 60,000 small shops across India through "
                      "our mobile app. Our data team of twelve serves credit, collections and finance.")
    doc.add_heading("Key result areas", level=2)
    for item in ("Build and maintain Power BI dashboards for the credit and collections teams",
                 "Model loan and repayment data in our Snowflake warehouse with dbt",
                 "Automate the daily portfolio-at-risk report that goes to the CFO",
                 "Document every metric in the data catalogue"):
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("Skills", level=2)
    grid = doc.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    grid.rows[0].cells[0].text, grid.rows[0].cells[1].text = "Must haves", "Bonus points"
    for must, bonus in (("3-6 years of BI development", "Experience in lending or NBFC analytics"),
                        ("Advanced SQL and DAX", "Python for data preparation"),
                        ("B.E./B.Tech or MCA", "Hindi or Marathi")):
        row = grid.add_row()
        row.cells[0].text, row.cells[1].text = must, bonus
    for cell in grid.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    doc.add_heading("Compensation", level=2)
    doc.add_paragraph("₹12,00,000 – ₹18,00,000 per annum (CTC), plus an annual performance bonus")
    doc.add_heading("Perks", level=2)
    for item in ("Health insurance of ₹5,00,000 for you and your family", "Two work-from-home days a week",
                 "Meal cards"):
        doc.add_paragraph(item, style="List Bullet")
    out = path / "umbrel-bi-developer.docx"
    doc.save(out)
    return out


def day_rate_pdf(path: Path) -> Path:
    """A contractor brief as an agency sends it: a bold title, a "Rate & terms"
    block with a day rate outside IR35, en-dash bullets, and a footer line."""
    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 10, "Cloud Platform Contractor (AWS)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Client: Corvid Insurance Services · Manchester / remote · 6 months, likely to extend",
                   new_x="LMARGIN", new_y="NEXT")
    blocks = (("The gig", None, ("Corvid is moving its policy administration platform from a data centre to "
                                 "AWS. You will join a platform squad of five to finish the migration.",)),
              ("What you'll be doing", "–", ("Write Terraform modules for the landing zone and application "
                                            "stacks", "Build GitHub Actions pipelines with automated security "
                                            "scanning", "Migrate 40 Java services onto EKS",
                                            "Hand over runbooks to the in-house operations team")),
              ("You'll need", "–", ("5+ years of DevOps or platform engineering",
                                    "Terraform and AWS in production", "Kubernetes (EKS) and Helm",
                                    "SC clearance or willingness to obtain it")),
              ("Good to have", "–", ("Insurance or financial services experience", "Datadog")),
              ("Rate & terms", None, ("£550–£600 per day, Outside IR35",
                                      "Start: January 2027. Two days a month on site in Manchester.")))
    for heading, bullet, items in blocks:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for item in items:
            pdf.multi_cell(0, 6, f"{bullet} {item}" if bullet else item, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-20)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Northgate Tech Talent Ltd · Ref NTT-4471 · northgate.example")
    out = path / "corvid-cloud-platform-contractor.pdf"
    pdf.output(str(out))
    return out


def opendocument_odt(path: Path) -> Path:
    """A posting saved from LibreOffice Writer: a Title paragraph, Heading 1s
    (`text:h`), a bulleted `text:list`, a bold paragraph used as a heading and
    a two-column table of key facts, in the package layout ODF requires (an
    uncompressed mimetype first)."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

    def items(*texts):
        return "<text:list>" + "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts) \
            + "</text:list>"

    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
        '<office:automatic-styles><style:style style:name="T1" style:family="text">'
        '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
        '<office:body><office:text>'
        '<text:p text:style-name="Title">Library Systems Officer</text:p>'
        '<table:table><table:table-row><table:table-cell><text:p>Location</text:p></table:table-cell>'
        '<table:table-cell><text:p>Ghent, Belgium</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell><text:p>Salary</text:p></table:table-cell>'
        '<table:table-cell><text:p>€3.100 – €3.900 bruto per maand</text:p></table:table-cell></table:table-row>'
        '</table:table>'
        '<text:h text:outline-level="1">Responsibilities</text:h>'
        + items("Run the library management system (Koha)", "Train<text:s/>staff on the catalogue") +
        '<text:p><text:span text:style-name="T1">Requirements</text:span></text:p>'
        + items("A bachelor\'s degree in information science", "Dutch and English") +
        '</office:text></office:body></office:document-content>')
    out = path / "library-systems-officer.odt"
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>'
                         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
                         compress_type=zipfile.ZIP_DEFLATED)
    return out
