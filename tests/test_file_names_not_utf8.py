"""A job description saved under a name that is not UTF-8: "café.md"
unzipped from an archive made on an old Windows machine is the bytes
`caf\\xe9.md` on disk. Ingesting it raised a UnicodeEncodeError traceback at
the database; it is stored under its name with that byte written as \\xe9,
which `rolecall sources` shows and `rolecall remove` takes back.
"""

import os

from knowledge import Knowledge, ingest_paths
from knowledge.sources import list_sources, remove_sources

POSTING = b"# Data Wrangler\n\n## Responsibilities\n\n- Wrangle data\n"


def latin1_named(folder) -> str:
    name = os.fsdecode(b"caf\xe9.md")  # how Python hands such a name on: with a lone surrogate
    (folder / name).write_bytes(POSTING)
    return name


def test_a_file_named_in_latin1_is_stored_under_a_name_written_with_its_byte(store, tmp_path):
    ingest_paths(store, [tmp_path / latin1_named(tmp_path)])
    assert "caf\\xe9.md" in [source.name for source in list_sources(store)]
    assert "Data Wrangler" in [role.title for role in Knowledge(store).roles()]


def test_a_folder_holding_it_is_ingested_and_it_is_removed_by_the_name_typed(store, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    typed = latin1_named(folder)
    [document] = ingest_paths(store, [folder]).documents
    assert document.name == "caf\\xe9.md" and document.path.endswith("caf\\xe9.md")
    remove_sources(store, [typed])
    assert "Data Wrangler" not in [role.title for role in Knowledge(store).roles()]
