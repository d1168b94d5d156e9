"""Ingesting the documents teams keep (tests/documents): folders read
recursively, every file left out named with its reason, several roles per
file, the same title from two sources one role, and hostile files refused
with nothing stored."""

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from knowledge import IngestError, Knowledge, ingest_paths
from knowledge import sections as S
from knowledge.models import Fact, Source
from knowledge.parse import MAX_DOCUMENT_BYTES
from knowledge.readers.ats import MAX_POSTINGS
from knowledge.readers.html import MAX_DEPTH
from tests.test_cli import run
from tests.test_ingest_errors import _snapshot

DOCUMENTS = Path(__file__).parent / "documents"


def test_the_whole_corpus_is_ingested_with_nothing_refused(store):
    report = ingest_paths(store, [DOCUMENTS])
    assert report.skipped == [f"{DOCUMENTS / 'MANIFEST.md'}: skipped, a folder's read-me or manifest, "
                              "not a job description"]
    # real/'s 13, real2/'s 14, real3/'s 12, real4/'s 13, real5/'s 13, real6/'s 13, real8/'s 12,
    # real9/'s 12, real10/'s 12, real11/'s 12, real12/'s 12 and real13/'s 12 with the rest. Every real13 file is
    # read, 18 roles between them: the Markdown roles table 4 (its filled one too), the .odt, the .rtf and the
    # Google Docs PDF 2 each, and the other eight 1 each. Every real12 file is read, 19 roles
    # between them: the semicolon CSV 3 (its filled one too), the Airtable API JSON, Hacker News comment,
    # HRIS report, jobs README and job-alert email 2 each, and the LinkedIn page, Arabic/English notice,
    # newsletter, Reddit thread, classifieds page and slide outline 1 each. Every real11 file is read, 18 roles between
    # them: the Trello board 3, the Telegram export, SpreadsheetML workbook, Chinese TSV and zip of two
    # postings 2 each, and the Next.js page, Jira export, Org file, SubRip subtitles, BBCode post, Discord
    # export and Textile page 1 each. Every real10 file is read, 18 roles between them: the
    # careers page of cards 3 (its filled one too), the Japanese page, the MediaWiki page, the staffing
    # API JSON and the scraper's JSON Lines 2 each, and the Word 2003 XML, GitHub issue, Dutch text,
    # terms of reference, requisition, MHTML page and WebVTT captions 1 each. Every real9 file is read, 19 roles between them: the RSS feed 2, the
    # JSON-LD @graph 2, the TOML file 2, the Markdown file 3, the Confluence page 3 (its FILLED req
    # too), and the Outlook forward, Google Docs export, SharePoint page, HR-XML PositionOpening,
    # Windows-1252 text, Personio response and box-drawn person specification 1 each.
    # real14's 12 files are all read too (12 files, 15 roles written; see tests/test_ingest_output.py).
    assert len({d.path for d in report.documents}) == 210
    knowledge = Knowledge(store)
    titles = {r.title for r in knowledge.roles()}
    assert {"Staff Software Engineer (L4)", "Group Product Manager", "Senior Data Engineer",
            "Field Service Technician", "Technical Writer, Developer Documentation"} <= titles
    # the same title from two sources is one role, with both sources
    designer = knowledge.role_by_alias("Product Designer")
    assert [s.name for s in designer.sources] == [  # and a third company's, from real2/, and real13/'s table
        "lanternfish-product-designer-handbook.md (Product Designer)",
        "lever-loomstack-postings.json (Product Designer)",
        "markdown-table-spreebogen-software-open-roles.md (Product Designer)", "product-designer.md"]
    merged = {str(w) for d in report.documents if d.name == "product-designer.md" for w in d.warnings}
    assert merged == {"the same role as in lever-loomstack-postings.json (Product Designer): one role, "
                      "with the facts of every source"}
    backend = knowledge.role_by_alias("Backend Engineer")
    assert [s.name for s in backend.sources] == [
        "backend-engineer.md", "greenhouse-harborlight-jobs.json (Backend Engineer)",
        "handbook-backend-engineer.md (Backend Engineer)"]
    # a heading of no known facet is kept under its own words
    with store.session() as session:
        headings = set(session.exec(select(Fact.heading).where(Fact.section == S.NAMED)))
    assert {"Success metrics", "Who you'll work with"} <= headings
    sre = knowledge.role_by_alias("Site Reliability Engineer")
    metrics = [f.text for f in knowledge.profile(sre.id).facts if f.section == S.NAMED]
    assert "99.95% availability for the payments API, measured monthly" in metrics
    assert sre.salary.currency == "CAD"


def test_ingesting_the_corpus_again_changes_nothing(store):
    ingest_paths(store, [DOCUMENTS])
    version = store.version()
    again = ingest_paths(store, [DOCUMENTS])
    assert {d.status for d in again.documents} == {"unchanged"}
    assert store.version() == version


def test_folders_are_read_recursively_by_extension_in_any_case_and_every_file_left_out_is_named(store, tmp_path):
    tmp_path = tmp_path / "docs"  # the SQLite store's files are in tmp_path
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(DOCUMENTS / "txt" / "ROLE.TXT", tmp_path / "a" / "b" / "WRITER.TXT")
    shutil.copy(DOCUMENTS / "md" / "backend-engineer.md", tmp_path / "a" / "Backend.MD")
    shutil.copy(DOCUMENTS / "html" / "office-manager-dublin.html", tmp_path / "office.HTM")
    (tmp_path / "a" / "offer.key").write_bytes(b"PK\x03\x04")
    (tmp_path / "a" / "b" / "notes.pages").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / ".hidden.md").write_text("# Secret\n")
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "README.md").write_text("# Backend Engineer\n## Requirements\n- Go\n")
    report = ingest_paths(store, [tmp_path])
    assert sorted(d.name for d in report.documents) == ["Backend.MD", "WRITER.TXT", "office.HTM"]
    assert sorted(report.skipped) == sorted([
        f"{tmp_path / '.hidden.md'}: skipped, a hidden file",
        f"{tmp_path / '.git'}: skipped, a hidden folder",
        f"{tmp_path / 'a' / 'b' / 'notes.pages'}: skipped, unknown format (.pages; read are "
        ".md .markdown .txt .text .html .htm .json .docx .pdf .rtf .odt .xml .csv .tsv .xlsx .eml .mdx .pptx .ods .zip "
        ".adoc .asciidoc .rst .tex .yaml .yml .ics .toml .jsonl .ndjson .vtt .srt .org .textile .wiki .mediawiki .mhtml "
        ".mht .jsonld .aspx .asp .php .jsp)",
        f"{tmp_path / 'a' / 'offer.key'}: skipped, unknown format (.key; read are "
        ".md .markdown .txt .text .html .htm .json .docx .pdf .rtf .odt .xml .csv .tsv .xlsx .eml .mdx .pptx .ods .zip "
        ".adoc .asciidoc .rst .tex .yaml .yml .ics .toml .jsonl .ndjson .vtt .srt .org .textile .wiki .mediawiki .mhtml "
        ".mht .jsonld .aspx .asp .php .jsp)",
        f"{tmp_path / 'empty.md'}: skipped, the file is empty",
    ])


def test_a_folder_of_nothing_readable_says_what_it_skipped(store, tmp_path):
    tmp_path = tmp_path / "docs"  # the SQLite store's files are in tmp_path
    tmp_path.mkdir()
    (tmp_path / "cv.pages").write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [tmp_path])
    assert refused.value.errors == [
        f"no documents found in {tmp_path}",
        f"{tmp_path / 'cv.pages'}: skipped, unknown format (.pages; read are .md .markdown .txt .text .html .htm .json "
        ".docx .pdf .rtf .odt .xml .csv .tsv .xlsx .eml .mdx .pptx .ods .zip .adoc .asciidoc .rst .tex .yaml .yml .ics "
        ".toml .jsonl .ndjson .vtt .srt .org .textile .wiki .mediawiki .mhtml .mht .jsonld .aspx .asp .php .jsp)",
    ]
    assert store.is_empty()


def _greenhouse(path: Path, titles: list[str]) -> None:
    jobs = [{"id": i, "title": title, "location": {"name": "Remote - US"},
             "content": "&lt;h3&gt;Responsibilities&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ship "
                        f"{title} work&lt;/li&gt;&lt;/ul&gt;"} for i, title in enumerate(titles)]
    path.write_text(json.dumps({"jobs": jobs}))


def test_a_changed_export_replaces_its_roles_and_removes_those_it_no_longer_has(store, tmp_path):
    export = tmp_path / "board.json"
    _greenhouse(export, ["Data Engineer", "Recruiter"])
    first = ingest_paths(store, [export])
    assert [(d.name, d.status) for d in first.documents] == [
        ("board.json (Data Engineer)", "added"), ("board.json (Recruiter)", "added")]
    _greenhouse(export, ["Data Engineer"])
    second = ingest_paths(store, [export])
    assert [(d.name, d.status) for d in second.documents] == [("board.json", "added")]
    assert second.documents[0].warnings == []  # its own earlier source is no other source
    knowledge = Knowledge(store)
    assert [r.title for r in knowledge.roles()] == ["Data Engineer"]
    with store.session() as session:
        assert list(session.exec(select(Source.name))) == ["board.json"]
    profile = knowledge.profile(knowledge.roles()[0].id)
    assert [f.text for f in profile.section(S.KEY_RESPONSIBILITIES)] == ["Ship Data Engineer work"]


def _hostile(tmp_path: Path) -> dict[str, Path]:
    posting = {"title": "Engineer", "content": "&lt;h3&gt;Responsibilities&lt;/h3&gt;"}
    files = {
        # never closed: 100,000 deep in half a megabyte
        "deep.html": "<html><body>" + "<div>" * 100_000 + "<h2>Requirements</h2><ul><li>Go</li></ul>",
        "million.json": '{"jobs": [' + ",".join(["{}"] * 1_000_000) + "]}",
        "many.json": json.dumps({"jobs": [posting] * (MAX_POSTINGS + 1)}),
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "huge.html": "<html><body><h1>Engineer</h1><p>" + "x" * MAX_DOCUMENT_BYTES + "</p></body></html>",
        # "billion laughs": nine of nine of … nine strings, 9**9 when expanded
        "bomb.md": "---\ntitle: Engineer\na0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9)) + "---\n",
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text)
    return paths


@pytest.mark.parametrize("name, reason", [
    ("deep.html", f"pages are read up to {MAX_DEPTH:,} deep"),
    ("million.json", "bytes"),
    ("many.json", f"{MAX_POSTINGS + 1:,} postings in one file; at most {MAX_POSTINGS:,}"),
    ("deep.json", "nested too deep"),
    ("huge.html", "bytes"),
    ("bomb.md", "repeats values by YAML aliases"),
])
def test_a_hostile_file_is_refused_with_its_name_and_reason_and_nothing_stored(seeded_store, tmp_path, name, reason):
    before = _snapshot(seeded_store)
    path = _hostile(tmp_path)[name]
    with pytest.raises(IngestError) as refused:
        ingest_paths(seeded_store, [path])
    assert str(path) in str(refused.value)
    assert reason in str(refused.value)
    assert _snapshot(seeded_store) == before


def test_the_cli_prints_a_line_for_every_skipped_file(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "txt" / "devops-engineer.txt", docs)
    (docs / "offer.key").write_bytes(b"PK\x03\x04")
    result = run("ingest", str(docs), db=tmp_path / "rolecall.db")
    assert f"{docs / 'offer.key'}: skipped, unknown format (.key;" in result.stdout
    assert f"{docs / 'devops-engineer.txt'}: DevOps Engineer (plain_text, added)" in result.stdout
