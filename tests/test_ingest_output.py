"""`rolecall ingest` as people and scripts expect it: a line per file and a
summary, a progress counter on a terminal only, `--dry-run` that changes
nothing, `--quiet`, and `--json` for scripts."""

import json
import os
import pty
import subprocess
import tempfile
from pathlib import Path

from sqlmodel import func, select

from knowledge import ingest_paths
from knowledge.models import CareerLink, Experience, Fact, Meta, Role, RoleAlias, Salary, Source
from tests.conftest import SEEDS
from tests.test_cli import ROLECALL, db, run  # noqa: F401  (db: the CLI's SQLite file)

DOCUMENTS = Path(__file__).parent / "documents"


def _rows(store):
    with store.session() as session:
        return {t.__name__: session.exec(select(func.count()).select_from(t)).one()
                for t in (Role, RoleAlias, Source, Fact, Salary, Experience, CareerLink, Meta)}


def test_a_dry_run_reports_what_would_be_stored_and_changes_nothing(seeded_store):
    version, rows = seeded_store.version(), _rows(seeded_store)
    seeds = ingest_paths(seeded_store, [SEEDS / "engineer.txt"], dry_run=True)
    assert [d.status for d in seeds.documents] == ["unchanged"]
    report = ingest_paths(seeded_store, [DOCUMENTS], dry_run=True)
    assert len({d.path for d in report.documents}) == 210  # 198 before real14's 12 files
    assert {d.status for d in report.documents} == {"added"}
    assert "Site Reliability Engineer" in report.completeness  # what the store would hold
    assert seeded_store.version() == version
    assert _rows(seeded_store) == rows
    # and the real run afterwards stores exactly that
    real = ingest_paths(seeded_store, [DOCUMENTS])
    assert [(d.name, d.role, d.status, d.counts) for d in real.documents] == [
        (d.name, d.role, d.status, d.counts) for d in report.documents]
    assert seeded_store.version() == version + 1


def test_every_file_gets_a_line_then_a_summary(db):  # noqa: F811
    result = run("ingest", str(SEEDS), str(DOCUMENTS / "ats" / "greenhouse-harborlight-jobs.json"), db=db)
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{SEEDS / 'engineer.txt'}: Engineer (role_profile, added); 14 sections (")
               for line in lines)
    # a file of several postings: one line for the file, one per role under it
    at = lines.index(f"{DOCUMENTS / 'ats' / 'greenhouse-harborlight-jobs.json'}: 5 roles (greenhouse)")
    assert lines[at + 1].startswith("  Backend Engineer (added); 11 sections (about_the_company 2, ")
    warnings = sum(1 for line in lines if line.lstrip().startswith("warning: "))
    assert lines[-1] == f"6 files read: roles 10 added, 0 updated, 0 unchanged; 0 skipped; {warnings} warnings"
    again = run("ingest", str(SEEDS), db=db)
    assert again.stdout.splitlines()[-1].startswith("5 files read: roles 0 added, 0 updated, 5 unchanged; 0 skipped; ")


def test_dry_run_on_the_command_line_stores_nothing(db):  # noqa: F811
    result = run("ingest", "--dry-run", str(DOCUMENTS), db=db)
    assert f"{DOCUMENTS / 'md' / 'site-reliability-engineer.md'}: Site Reliability Engineer (markdown, added)" \
        in result.stdout
    assert result.stdout.splitlines()[-1].endswith("; dry run: nothing was stored")
    assert "site-reliability-engineer.md" not in run("sources", db=db).stdout


def test_quiet_prints_only_the_summary_and_errors(db, tmp_path):  # noqa: F811
    warnings = len(json.loads(run("ingest", "--json", "--dry-run", str(DOCUMENTS), db=db).stdout)["warnings"])
    result = run("ingest", "--quiet", str(DOCUMENTS), db=db)
    assert result.stdout.splitlines() == [
        f"210 files read: roles 295 added, 0 updated, 0 unchanged; 1 skipped; {warnings} warnings"]
    # real14: 15 roles from its 12 files, the agency bulletin's three and the builder's flyer's two each a role
    bad = tmp_path / "notes.txt"
    bad.write_text("Shopping list\n- milk\n")
    failed = run("ingest", "--quiet", str(bad), db=db, check=False)
    assert failed.returncode == 1 and failed.stdout == ""
    assert "notes.txt: this does not look like a job description" in failed.stderr


def test_json_is_one_object_for_scripts(db, tmp_path):  # noqa: F811
    result = run("ingest", "--json", str(DOCUMENTS), db=db)
    report = json.loads(result.stdout)
    assert report["status"] == "ok" and report["files"] == 210
    assert report["roles"] == {"added": 295, "updated": 0, "unchanged": 0}
    assert report["sections"]["requirements"] > 0 and report["sections"]["named_section"] > 0
    assert report["skipped"] == [{"path": str(DOCUMENTS / "MANIFEST.md"),
                                  "reason": "a folder's read-me or manifest, not a job description"}]
    assert len(report["warnings"]) == sum(len(d["warnings"]) for d in report["documents"]) > 0
    sre = next(d for d in report["documents"] if d["role"] == "Site Reliability Engineer")
    assert sre["format"] == "markdown" and sre["status"] == "added"
    bad = tmp_path / "notes.txt"
    bad.write_text("Shopping list\n- milk\n")
    failed = run("ingest", "--json", str(bad), db=db, check=False)
    assert failed.returncode == 1
    refused = json.loads(failed.stdout)
    assert refused["status"] == "failed" and len(refused["errors"]) == 1
    assert refused["errors"][0].startswith(f"{bad}: this does not look like a job description")


def _ingest_with_stderr_on_a_terminal(*args, db):
    """Run `rolecall ingest` with its stderr on a pseudo-terminal; what the
    terminal showed, and the stdout."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "DATABASE_URL": str(db)}
    out = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a long report would fill a pipe nobody reads yet
    with out, subprocess.Popen([str(ROLECALL), "ingest", *args], stdout=out, stderr=secondary,
                               text=True, env=env) as process:
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=60) == 0
        out.seek(0)
        stdout = out.read()
    os.close(primary)
    return shown.decode(), stdout


def test_many_files_show_a_progress_counter_on_a_terminal_only(db):  # noqa: F811
    shown, stdout = _ingest_with_stderr_on_a_terminal(str(DOCUMENTS), db=db)
    assert "\rreading 210/210 files" in shown and "\rstoring 210/210 files" in shown
    assert "reading" not in stdout  # the per-file lines stay clean
    # piped, as a script runs it: nothing on stderr
    piped = run("ingest", str(DOCUMENTS), db=db)
    assert piped.stderr == ""
    # a few files on a terminal: no counter either
    shown, _ = _ingest_with_stderr_on_a_terminal(str(SEEDS), db=db)
    assert "reading" not in shown
