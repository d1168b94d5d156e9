"""Word and PDF job descriptions (knowledge/readers/word.py, pdf.py), generated
in each test (tests/binary_documents.py): their headings, lists and tables
land in the same sections as a Markdown or text posting's, a folder of them is
ingested by `rolecall ingest`, and hostile ones are refused with the file
named, the reason given and nothing stored."""

import pytest
from fpdf import FPDF

from knowledge import IngestError, ingest_paths
from knowledge import sections as S
from knowledge.parse import MAX_DOCUMENT_BYTES, DocumentError
from knowledge.readers import read
from knowledge.readers.detect import DOCX, PDF, binary
from knowledge.readers.pdf import MAX_PAGES
from tests import binary_documents as B
from tests.test_cli import run
from tests.test_ingest_errors import _snapshot


def _doc(path):
    docs = read(path.read_bytes(), path.name)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


def _items(doc, section: str) -> list[str]:
    return [i.text for i in doc.items if i.section == section]


def test_a_word_document_s_heading_styles_lists_and_levels_table(tmp_path):
    doc = _doc(B.product_designer(tmp_path))
    assert (doc.title, doc.format) == ("Product Designer", "docx")
    assert _items(doc, S.ABOUT)[0].startswith("You will shape how 40,000 clinics")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == [
        "Run discovery interviews with clinic staff every sprint",
        "Turn research into flows, prototypes and finished Figma specs",
        "Pair with engineers until the feature ships"]
    assert _items(doc, S.REQUIREMENTS) == ["4+ years designing web products",
                                           "A portfolio with shipped work and the reasoning behind it",
                                           "Comfort presenting to executives"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Experience with healthcare or booking products"]
    # a levels × salary table keeps each level with its range
    assert _items(doc, S.COMPENSATION) == ["Level | Salary range", "Designer II | $110,000 - $130,000",
                                           "Senior Designer | $135,000 - $160,000"]
    assert [(i.heading, i.text) for i in doc.items if i.section == S.NAMED] == [
        ("Success metrics", "Booking completion rate up 5% within a year")]
    assert [(e.years_min, e.open_ended) for e in doc.experience] == [(4, True)]


def test_bold_paragraphs_numbered_paragraphs_and_a_requirements_nice_to_have_table(tmp_path):
    doc = _doc(B.data_analyst(tmp_path))
    assert doc.title == "Data Analyst, Growth"
    assert _items(doc, S.LOCATION) == ["Remote (EU time zones)"]
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Own the weekly growth report and its definitions",
                                                   "Design and read A/B tests with the product managers",
                                                   "Build dashboards in Looker that people actually open"]
    assert _items(doc, S.REQUIREMENTS) == ["3+ years of SQL against a warehouse",
                                           "Statistics you can explain to a designer"]
    assert _items(doc, S.NICE_TO_HAVE) == ["dbt"]
    assert _items(doc, S.PERKS) == ["EUR 1,500 learning budget", "Four-day week in August"]


def test_plain_paragraphs_of_a_word_document_follow_the_plain_text_rules(tmp_path):
    doc = _doc(B.customer_success_manager(tmp_path))
    assert doc.title == "Customer Success Manager"
    assert _items(doc, S.KEY_RESPONSIBILITIES) == ["Run onboarding for new accounts", "Hold quarterly business reviews",
                                                   "Bring product feedback to the roadmap meeting"]
    assert _items(doc, S.REQUIREMENTS) == ["2+ years in customer success or account management",
                                           "Fluent English and German"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (55_000, 65_000, "EUR")


def test_a_two_column_pdf_is_read_column_by_column_with_wrapped_bullets_joined(tmp_path):
    doc = _doc(B.site_reliability_engineer(tmp_path))
    assert (doc.title, doc.format) == ("Site Reliability Engineer", "pdf")
    assert _items(doc, S.KEY_RESPONSIBILITIES) == [
        "Run the on-call rotation for the payments platform and keep it healthy", "Write blameless postmortems"]
    assert _items(doc, S.REQUIREMENTS) == ["5+ years operating Linux in production", "Terraform and Kubernetes"]
    assert _items(doc, S.NICE_TO_HAVE) == ["Go or Rust"]
    assert _items(doc, S.PERKS) == ["30 days of holiday"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.currency) == (80_000, 95_000, "EUR")


def test_a_two_page_pdf_with_an_hourly_wage(tmp_path):
    doc = _doc(B.warehouse_lead(tmp_path))
    assert doc.title == "Warehouse Operations Lead"
    assert _items(doc, S.KEY_RESPONSIBILITIES)[0] == (
        "Lead a shift of 25 pickers and packers and plan the day's labour against the order forecast")
    assert _items(doc, S.REQUIREMENTS) == ["3+ years leading a warehouse shift", "A forklift licence"]
    assert _items(doc, S.PERKS) == ["Health, dental and vision from day one"]
    assert (doc.salary.minimum, doc.salary.maximum, doc.salary.period) == (24, 29, "per hour")


def test_word_and_pdf_are_told_by_content_whatever_the_extension(tmp_path):
    docx_data = B.customer_success_manager(tmp_path).read_bytes()
    pdf_data = B.warehouse_lead(tmp_path).read_bytes()
    assert binary(docx_data, "posting.bin") == DOCX
    assert binary(pdf_data, "posting") == PDF
    assert binary(b"Requirements:\n- Go\n", "notes.pdf") is None  # text under a wrong name is read as text
    assert read(pdf_data, "renamed.txt")[0].title == "Warehouse Operations Lead"


def test_rolecall_ingest_reads_a_folder_of_word_and_pdf_postings(tmp_path):
    docs = tmp_path / "docs"
    (docs / "pdf").mkdir(parents=True)
    B.postings(docs)
    (docs / "sre.pdf").rename(docs / "pdf" / "sre.pdf")
    db = tmp_path / "rolecall.db"
    result = run("ingest", str(docs), db=db)
    for line in (f"{docs / 'Product Designer.DOCX'}: Product Designer (docx, added)",
                 f"{docs / 'data-analyst.docx'}: Data Analyst, Growth (docx, added)",
                 f"{docs / 'csm.docx'}: Customer Success Manager (docx, added)",
                 f"{docs / 'pdf' / 'sre.pdf'}: Site Reliability Engineer (pdf, added)",
                 f"{docs / 'warehouse-lead.PDF'}: Warehouse Operations Lead (pdf, added)"):
        assert line in result.stdout
    answer = run("ask", "what does the Warehouse Operations Lead pay?", db=db).stdout
    assert "$24 - $29 per hour (USD)" in answer and "Sources: warehouse-lead.PDF" in answer


@pytest.mark.parametrize("make, reason", [
    (B.docx_bomb, "a decompression bomb"),
    (B.lying_docx_bomb, "damaged zip file (Bad CRC-32"),
    (B.damaged_docx, "damaged zip file"),
    (B.broken_xml_docx, "not a Word document that can be read"),
    (B.million_objects_pdf, "the PDF declares 1,000,000 objects"),
    (B.encrypted_pdf, "the PDF is encrypted"),
    (B.pdf_bomb, "inflates past pypdf's limit, a decompression bomb"),
    (B.scanned_pdf, "no text layer: a scanned PDF? export it with text, or paste it as .txt"),
], ids=lambda v: getattr(v, "__name__", ""))
def test_a_hostile_word_or_pdf_file_is_refused_with_its_name_and_reason_and_nothing_stored(
        seeded_store, tmp_path, make, reason):
    before = _snapshot(seeded_store)
    path = make(tmp_path)
    good = B.warehouse_lead(tmp_path)  # all or nothing: the good file is not stored either
    with pytest.raises(IngestError) as refused:
        ingest_paths(seeded_store, [good, path])
    [error] = refused.value.errors
    assert error.startswith(f"{path}: ") and reason in error, error
    assert _snapshot(seeded_store) == before


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("part, xml", [
    ("[Content_Types].xml", b"<Types/>"),
    ("_rels/.rels", b"<Relationships/>"),
    ("word/document.xml", b"<document/>"),
    ("word/document.xml", b"<w:document " + _W + b"/>"),
    ("word/document.xml", b"<w:document " + _W + b"><w:body><w:p><w:pPr><w:pStyle/></w:pPr>"
                          b"<w:r><w:t>Nurse</w:t></w:r></w:p></w:body></w:document>"),
    ("word/document.xml", b"<w:document " + _W + b"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>"
                          b"<w:p/></w:tc></w:tr></w:tbl></w:body></w:document>"),
], ids=["content-types", "relationships", "document-root", "no-body", "style-without-name", "merge-from-nowhere"])
def test_a_word_file_of_well_formed_xml_word_never_writes_is_refused_with_its_name(
        seeded_store, tmp_path, part, xml):
    """A .docx made by hand or half converted by another tool is refused
    like a damaged one: its name and why, nothing stored, no traceback."""
    before = _snapshot(seeded_store)
    path = B.reshaped_docx(tmp_path, part, xml)
    with pytest.raises(IngestError) as refused:
        ingest_paths(seeded_store, [path])
    [error] = refused.value.errors
    assert error.startswith(f"{path}: not a Word document that can be read"), error
    assert _snapshot(seeded_store) == before


def test_a_pdf_over_the_page_limit_is_refused(tmp_path):
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for _ in range(MAX_PAGES + 1):
        pdf.add_page()
        pdf.cell(0, 10, "Requirements")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    with pytest.raises(DocumentError, match=f"has {MAX_PAGES + 1} pages; a job description has at most {MAX_PAGES}"):
        read(path.read_bytes(), path.name)


def test_a_pdf_over_a_megabyte_with_a_photo_is_read(store, tmp_path):
    path = B.pdf_with_a_photo(tmp_path)
    assert path.stat().st_size > MAX_DOCUMENT_BYTES
    report = ingest_paths(store, [path])
    assert [(d.role, d.counts) for d in report.documents] == [
        ("Field Service Technician", {S.KEY_RESPONSIBILITIES: 1})]


def test_a_damaged_pdf_is_one_line_of_refusal_on_the_terminal(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "offer.pdf").write_bytes(b"%PDF-1.7\n")
    result = run("ingest", str(docs), db=tmp_path / "rolecall.db", check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "rolecall: nothing was ingested; the store is unchanged:",
        f"  {docs / 'offer.pdf'}: the PDF is damaged and cannot be read (Stream has ended unexpectedly)"]
