"""An admin ingests a posting that holds one long run of the same kind of
character: a pasted blob of tabs under the title, a reference number of
thousands of digits, a token of thousands of letters, a forwarded brief whose covering note has such a number. Each was
read by a regular expression that retried the run from every character
(some from every split of it), so a file of a few kilobytes to a few
hundred kept `rolecall ingest` busy for minutes or hours, and a document
sent in chat held the web process as long. Each run below used to need at
least that; now each file is read, or refused with its reason, in one run
of the real command on a real SQLite file, and the seeded roles stay.

The subprocess's own limit (`tests.rolecall_process.rolecall`, 120 s) is
only a guard against a test that never returns: the inputs are sized so
that the old code needs far longer than that on any machine, and the new
code is linear in them.
"""

import subprocess

import pytest

from tests.rolecall_process import ROLECALL, environment, rolecall

POSTING = ("## Responsibilities\n\n- Clean the warehouse data every morning\n- Report stock levels\n\n"
           "## Requirements\n\n- Two years of SQL\n\nSalary: £30,000 - £34,000 per year\n")


def _ingest(tmp_path, name: str, text: str):
    """`rolecall ingest FILE` into a seeded store, then `rolecall roles`: both commands' results."""
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    before = rolecall("roles", database_url=url)  # the first command seeds the store
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    ingested = rolecall("ingest", str(path), database_url=url)
    after = rolecall("roles", database_url=url)
    return before, ingested, after


def _kept_seeds(before, after) -> None:
    assert before.returncode == 0 and after.returncode == 0, before.stderr + after.stderr
    for line in before.stdout.splitlines():
        if not line.startswith(" "):  # a role's title line
            assert line in after.stdout.splitlines(), line


@pytest.mark.parametrize("name, text", [
    # a whitespace line near the top was tried as "<title> Job Description" (cubic in its length)
    ("data-wrangler.txt", "Data Wrangler\n" + "\t" * 20_000 + "\n\n" + POSTING),
    # a reference number: every start inside it was tried as an amount of money (quadratic)
    ("data-wrangler-ref.md", "# Data Wrangler\n\nReference: " + "7" * 200_000 + "\n\n" + POSTING),
    # a token of letters: every start inside it was tried as an email address's local part (quadratic)
    ("data-wrangler-token.md", "# Data Wrangler\n\nToken: " + "a" * 200_000 + "\n\n" + POSTING),
])
def test_a_posting_with_a_long_run_is_read_and_the_seeds_kept(tmp_path, name, text):
    before, ingested, after = _ingest(tmp_path, name, text)

    assert ingested.returncode == 0, ingested.stderr
    assert "Traceback" not in ingested.stdout + ingested.stderr
    _kept_seeds(before, after)
    assert any(line.startswith("Data Wrangler") for line in after.stdout.splitlines()), after.stdout


def test_a_forwarded_brief_whose_note_holds_a_long_number_is_read(tmp_path):
    """The covering note of a forward is searched for "£320 not £300"; a long
    number in it was tried as the new amount from each of its digits, each
    start reading the rest of the run (quadratic)."""
    quoted = "\n".join("> " + line for line in ("Data Wrangler", "", *POSTING.splitlines()))
    note = ("From: Gareth Pryce <g.pryce@example.com>\nSubject: FW: Data Wrangler\n\nPlease post this. "
            "Our ticket: " + "4" * 100_000 + "\n\nCheers\nGareth\n\n")
    before, ingested, after = _ingest(tmp_path, "data-wrangler.txt", note + quoted + "\n")

    assert ingested.returncode == 0, ingested.stderr
    assert "Traceback" not in ingested.stdout + ingested.stderr
    _kept_seeds(before, after)
    assert any(line.startswith("Data Wrangler") for line in after.stdout.splitlines()), after.stdout


def _answer(tmp_path, question: str):
    """`rolecall ask QUESTION` on the store `_ingest` filled."""
    return rolecall("ask", question, database_url=f"sqlite:///{tmp_path / 'rolecall.db'}")


def _stored_with_its_facts(tmp_path, before, ingested, after) -> None:
    """The posting went in whole: its role listed beside the seeds, and its pay and duties answered."""
    assert ingested.returncode == 0, ingested.stderr
    assert "Traceback" not in ingested.stdout + ingested.stderr
    _kept_seeds(before, after)
    assert any(line.startswith("Data Wrangler") for line in after.stdout.splitlines()), after.stdout
    pay = _answer(tmp_path, "data wrangler salary")
    assert "30,000" in pay.stdout and "34,000" in pay.stdout, pay.stdout + pay.stderr
    duties = _answer(tmp_path, "data wrangler responsibilities")
    assert "warehouse data" in duties.stdout, duties.stdout + duties.stderr


PLAIN_POSTING = ("Responsibilities:\n- Clean the warehouse data every morning\n- Report stock levels\n\n"
                 "Requirements:\n- Two years of SQL\n\nSalary: £30,000 - £34,000 per year\n")


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
def test_a_line_with_a_long_blank_run_in_its_middle_is_read(tmp_path, blank):
    """A sentence with 100,000 blanks pasted into it, among a plain-text posting's first lines: each
    blank was tried as the start of a menu's "  |  " and of a facts line's "  ·  ", each try reading
    the run to its end (minutes). A run that long is cut short when the file is decoded."""
    text = "Data Wrangler\n\nWe clean data" + blank * 100_000 + "every day.\n\n" + PLAIN_POSTING
    _stored_with_its_facts(tmp_path, *_ingest(tmp_path, "data-wrangler.txt", text))


def test_a_byline_with_a_long_run_of_tabs_is_read(tmp_path):
    """The company's name in a byline ("Acme<tabs>Ltd · London") is stripped of "careers", "handbook"
    and the like; the run before such a word was split every way between two blanks (cubic: 500 tabs
    took a quarter of a second, these 5,000 over four minutes)."""
    text = "Data Wrangler\nAcme" + "\t" * 5_000 + "Ltd · London · Full-time\n\nWe clean data every day.\n\n" + PLAIN_POSTING
    _stored_with_its_facts(tmp_path, *_ingest(tmp_path, "data-wrangler.txt", text))


def test_a_store_address_with_a_long_run_is_refused_in_one_line(tmp_path):
    """An operator's .env holds a DATABASE_URL mangled by a paste ("a.a.a…"): `rolecall ingest` says
    at once that it cannot reach the store, the address shown with any password masked. The masking tried each letter of the run
    as a URL's scheme, each reading to the run's end (quadratic: 100,000 characters took 25 seconds)."""
    env_file = tmp_path / ".env"
    env_file.write_text(f"DATABASE_URL=sqlite:///{tmp_path / 'missing'}/" + "a." * 250_000 + "://\n")
    posting = tmp_path / "data-wrangler.txt"
    posting.write_text("Data Wrangler\n\n" + PLAIN_POSTING, encoding="utf-8")
    env = {name: value for name, value in environment("unused").items() if name != "DATABASE_URL"}
    result = subprocess.run([str(ROLECALL), "--env-file", str(env_file), "ingest", str(posting)],
                            capture_output=True, text=True, timeout=120, env=env)

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.startswith("rolecall: cannot reach the knowledge store at sqlite:///"), result.stderr[:300]


def test_a_feed_post_with_a_long_number_line_is_read(tmp_path):
    """A LinkedIn feed post copied as text, one of its lines a 100,000-digit number: each line is
    checked for a reaction count ("12", "👍 3"), which split the digits every way between two parts
    of the pattern (quadratic: 20,000 digits took 11 seconds)."""
    text = ("Feed post\n\nGareth Pryce\nGareth Pryce • 1st\nDirector at Pryce Data\n2d • Edited • 🌐\n\n"
            "We're hiring a Data Wrangler!\n\n" + "7" * 100_000 + " applicants\n\n" + PLAIN_POSTING
            + "\n#hiring #data\n\n12 comments\n")
    before, ingested, after = _ingest(tmp_path, "data-wrangler.txt", text)

    assert ingested.returncode == 0, ingested.stderr
    assert "Traceback" not in ingested.stdout + ingested.stderr
    _kept_seeds(before, after)
    assert "Data Wrangler" in after.stdout, after.stdout
    pay = _answer(tmp_path, "data wrangler salary")
    assert "30,000" in pay.stdout and "34,000" in pay.stdout, pay.stdout + pay.stderr


def test_a_markdown_posting_with_a_long_run_of_blank_lines_is_read(tmp_path):
    """200,000 blank lines under a Markdown posting's title, then a task list: the check for a task's
    box ("- [ ] …") read its indent on across the blank lines, from each of them (quadratic: 40,000
    took 18 seconds)."""
    text = ("# Data Wrangler\n" + "\n" * 200_000 + "## Responsibilities\n\n- [ ] Clean the warehouse data every morning\n"
            "- [x] Report stock levels\n\n## Requirements\n\n- Two years of SQL\n\nSalary: £30,000 - £34,000 per year\n")
    _stored_with_its_facts(tmp_path, *_ingest(tmp_path, "data-wrangler.md", text))


def test_a_restructuredtext_posting_with_a_long_run_of_colons_is_read(tmp_path):
    """A reStructuredText bullet ending in 100,000 colons: each colon was tried as the start of a
    role (":ref:`…`") and its name read to the run's end (quadratic: 5,000 took half a second)."""
    text = ("Data Wrangler\n=============\n\nResponsibilities\n----------------\n\n"
            "* Clean the warehouse data every morning\n* Report stock levels " + ":" * 100_000 + "\n\n"
            "Requirements\n------------\n\n* Two years of SQL\n\nSalary: £30,000 - £34,000 per year\n")
    _stored_with_its_facts(tmp_path, *_ingest(tmp_path, "data-wrangler.rst", text))
