"""Broken and hostile documents are refused, and the store stays as it was."""

import pytest

from knowledge import IngestError, Knowledge, ingest_paths
from knowledge.parse import MAX_DOCUMENT_BYTES, parse_document
from tests.conftest import SEEDS


def _snapshot(store):
    knowledge = Knowledge(store)
    return store.version(), [
        (r.title, r.aliases, knowledge.profile(r.id).facts) for r in knowledge.roles()
    ]


def _bad_documents(tmp_path):
    seed = (SEEDS / "global-lead-engineer.txt").read_text()
    docs = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n  \n",
        "binary.txt": bytes(range(256)) * 10,
        "latin1.txt": "Caf\xe9 r\xf4le".encode("latin-1"),
        "recipe.txt": b"Pancakes\n\nIngredients:\n- flour\n- eggs\n- milk\n",
        "truncated.txt": seed[: len(seed) // 4].encode(),
        "huge.txt": b"Key Responsibilities and Required Skills for Huge\n" + b"x" * (MAX_DOCUMENT_BYTES + 10),
    }
    paths = {}
    for name, data in docs.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("binary.txt", "binary"),
    ("latin1.txt", "not UTF-8"),
    ("recipe.txt", "does not look like a job description"),
    ("truncated.txt", "cut short"),
    ("huge.txt", "bytes"),
])
def test_a_bad_document_is_refused_with_its_name_and_the_reason(seeded_store, tmp_path, name, reason):
    before = _snapshot(seeded_store)
    path = _bad_documents(tmp_path)[name]
    with pytest.raises(IngestError) as refused:
        ingest_paths(seeded_store, [path])
    assert name in str(refused.value)
    assert reason in str(refused.value)
    assert _snapshot(seeded_store) == before


def test_one_bad_file_among_good_ones_writes_nothing(store, tmp_path):
    bad = tmp_path / "recipe.txt"
    bad.write_text("Pancakes\n- flour\n")
    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [SEEDS / "engineer.txt", bad, SEEDS / "global-lead-engineer.txt"])
    assert refused.value.errors == [
        f"{bad}: this does not look like a job description: no section of one (responsibilities, "
        "requirements, about the role…), no front matter with a title, and no 'Key Responsibilities "
        "and Required Skills for <role>' or 'Job Title: <role>' line near the top"]
    assert store.is_empty()
    assert store.version() == 0


def test_a_missing_path_is_an_error_not_a_crash(store, tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        ingest_paths(store, [tmp_path / "nope.txt"])


def test_scraping_noise_is_reported_with_line_numbers():
    doc = parse_document((SEEDS / "lead-back-end-engineer.txt").read_text())
    assert [str(w) for w in doc.warnings] == [
        "line 44: removed the stray word 'lime' before a bullet",
        "line 75: removed the stray word 'unlime' before a bullet",
    ]
    engineer = parse_document((SEEDS / "engineer.txt").read_text())
    assert [str(w) for w in engineer.warnings] == [
        "line 5: the salary line '$ - $' has no amounts; stored as 'not stated'"]


def test_the_hiring_guide_says_what_it_could_not_read():
    doc = parse_document((SEEDS / "lead-backend-engineer-hiring-guide.txt").read_text())
    messages = [str(w) for w in doc.warnings]
    assert "line 43: the heading 'Lead Backend Engineer Hard Skills' has no items" in messages
    assert "line 48: 5 FAQ answers have lost their questions; kept as hiring advice" in messages
    # the site's blurbs are not mistaken for skills
    assert not any("stick around" in item.text for item in doc.items)
    assert not any("digital toolbox" in item.text for item in doc.items)


def test_a_link_to_a_folder_inside_the_folder_ingested_is_named_as_not_followed(store, tmp_path):
    """docs/current -> ../v2, a release folder linked by name: it is not
    walked (a link may lead anywhere, or back up the tree), but the run says
    so, instead of "no documents found" with no reason."""
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "data-wrangler.md").write_text("# Data Wrangler\n\n## Responsibilities\n\n- Wrangle data\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "current").symlink_to("../v2")
    (tmp_path / "docs" / "loop").symlink_to("..")

    with pytest.raises(IngestError) as refused:
        ingest_paths(store, [tmp_path / "docs"])

    assert refused.value.errors == [
        f"no documents found in {tmp_path / 'docs'}",
        f"{tmp_path / 'docs' / 'current'}: skipped, a link to a folder, not followed (name the folder to read it)",
        f"{tmp_path / 'docs' / 'loop'}: skipped, a link to a folder, not followed (name the folder to read it)",
    ]


def test_a_dash_for_standard_input_is_refused_with_why_and_what_to_do(store, tmp_path, monkeypatch):
    """`curl … | rolecall ingest -`: a document's file name is its source's
    name (a later file of that name replaces it), and standard input has
    none. Not "-: no such file", which sent the engineer looking for a file."""
    monkeypatch.chdir(tmp_path)

    with pytest.raises(IngestError) as refused:
        ingest_paths(store, ["-"])

    assert refused.value.errors == [
        "-: standard input has no file name, and a document's source is known by its file name; "
        "save it as a file named for the role (e.g. data-engineer.md) and ingest that"]
