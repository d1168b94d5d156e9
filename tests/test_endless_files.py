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


def test_a_named_pipe_in_a_folder_is_skipped_as_not_a_document(seeded_store, tmp_path):
    """A folder of postings that also holds someone's named pipe: the
    postings are read, the pipe is skipped with a reason that says what it is."""
    postings = tmp_path / "postings"
    postings.mkdir()
    (postings / "data-wrangler.md").write_text("# Data Wrangler\n\n## Responsibilities\n\n- Wrangle data\n")
    os.mkfifo(postings / "incoming.md")

    report = ingest_paths(seeded_store, [postings])

    assert [document.role for document in report.documents] == ["Data Wrangler"]
    assert report.skipped == [f"{postings / 'incoming.md'}: skipped, not a regular file (a named pipe)"]


def test_a_named_pipe_nobody_writes_to_is_refused_instead_of_waited_on_forever(tmp_path):
    """`rolecall ingest incoming.md`, a named pipe no program writes to:
    after a short wait (shortened here) the engineer is told why, the exit
    status says it failed, and the store is left as it was."""
    os.mkfifo(tmp_path / "incoming.md")
    wait_briefly = ("import sys; import knowledge.ingest as ingest; ingest.PIPE_WAIT_SECONDS = 0.2; "
                    "sys.argv[0] = 'rolecall'; from adapters.cli import main; sys.exit(main())")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'rolecall.db'}"}

    result = subprocess.run([sys.executable, "-c", wait_briefly, "ingest", str(tmp_path / "incoming.md")],
                            capture_output=True, text=True, env=env, timeout=60)

    assert result.returncode != 0
    assert "incoming.md: a named pipe nothing was written to" in result.stderr
    assert "Traceback" not in result.stderr
