"""An operator names something that never ends: `rolecall ingest
notes.txt` where notes.txt is a link to /dev/zero, or a pipe still being
written. It was read whole before its size was checked (a device's size is
0), until memory ran out; it is refused once it passes the limit a job
description has, and the store is left as it was.
"""

import os
import subprocess
import sys

import pytest

from knowledge import IngestError, Knowledge, ingest_paths


def test_a_link_to_an_endless_device_is_refused_as_too_large(seeded_store, tmp_path):
    before = [role.title for role in Knowledge(seeded_store).roles()]
    endless = tmp_path / "notes.txt"
    endless.symlink_to("/dev/zero")
    with pytest.raises(IngestError, match="notes.txt: the file is over 1,000,000 bytes"):
        ingest_paths(seeded_store, [endless])
    assert [role.title for role in Knowledge(seeded_store).roles()] == before


def test_a_document_piped_in_is_still_read(seeded_store, tmp_path):
    """`rolecall ingest <(curl …)`: a pipe that ends is read like a file."""
    read, write = os.pipe()
    writer = subprocess.Popen([sys.executable, "-c", "import os, sys; os.write(int(sys.argv[1]), "
                               "b'# Data Wrangler\\n\\n## Responsibilities\\n\\n- Wrangle data\\n')", str(write)],
                              pass_fds=(write,))
    os.close(write)
    try:
        report = ingest_paths(seeded_store, [f"/dev/fd/{read}"])
    finally:
        os.close(read)
        writer.wait()
    assert [document.role for document in report.documents] == ["Data Wrangler"]
