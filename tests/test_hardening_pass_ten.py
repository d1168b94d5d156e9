"""Hardening, pass ten: what recruiters type, admins set and on-call
engineers meet, each met with a clear, polite line, never a wrong answer
given with confidence, a traceback, or a role gone.

Through the real `rolecall` command (tests/rolecall_process.py) where the
story starts there, else through the assistant on a real SQLite file.
"""

import pytest
from sqlmodel import select

from adapters.settings import load_settings
from bot import NOT_UNDERSTOOD, Question, open_assistant, render_text
from knowledge import ingest_paths, role_key
from knowledge.models import Role
from tests.rolecall_process import free_port, rolecall


def said(result) -> list[str]:
    """What a command said on stderr, without the server's JSON log lines."""
    return [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("{")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp('db') / 'rolecall.db'}")


# -- a number no salary, and no career, could be --------------------------------

@pytest.mark.parametrize("question, typed", [
    ("roles paying more than 1e400", "1e400"),
    ("which roles pay over 2.5E5?", "2.5E5"),
    ("roles paying more than 10^400", "10^400"),
    ("roles paying more than 99999999999999999999999", "99999999999999999999999"),
    ("roles needing more than 1e3 years of experience", "1e3"),
    ("roles needing more than 5000 years", "5000"),
])
def test_a_number_that_cannot_be_pay_or_years_is_said_back_not_read_as_another(assistant, question, typed):
    """"More than 1e400" was read as "more than $1,000" (the 1, in
    thousands), "1e3 years" as 3 years, and 10^23 shown as
    $99,999,999,999,999,991,611,392: a confident list under a filter
    nobody asked for. The asker is told which number was not read, and how
    to write one."""
    answer = assistant.ask(Question(question))

    assert answer.kind == NOT_UNDERSTOOD
    assert typed in answer.title
    assert "$1,000 " not in render_text(answer) and "3 years" not in render_text(answer)
    assert "250k" in answer.summary or "10 years" in answer.summary


def test_an_ordinary_threshold_is_still_a_filter(assistant):
    for question, title in (("roles paying more than 250k", "Roles paying above $250,000"),
                            ("roles paying more than $250,000", "Roles paying above $250,000"),
                            ("roles needing more than 10 years", "Roles needing above 10 years")):
        assert assistant.ask(Question(question)).title == title


# -- a Slack token of the wrong kind ---------------------------------------------

@pytest.mark.parametrize("token, kind", [
    ("xoxp-1234-5678-abcdef", "a user token (xoxp-)"),
    ("xapp-1-A111-222-abcdef", "an app-level token (xapp-)"),
    ("hunter2", None),
])
def test_a_slack_token_that_is_not_a_bot_token_stops_start_up_and_doctor_names_it(tmp_path, token, kind):
    """A user token (copied from the wrong line of OAuth & Permissions), the
    app-level token or anything else in SLACK_BOT_TOKEN was only found at
    the first reply, as Slack's refusal in a log nobody reads. `serve` and
    `doctor` say at once what goes there, without showing the token."""
    env = dict(database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", SLACK_BOT_TOKEN=token,
               SLACK_SIGNING_SECRET="8f742231b10e8888abcd99yyyzzz85a5")

    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), **env)
    doctor = rolecall("doctor", "--timeout", "2", **env)

    assert served.returncode != 0
    assert "Traceback" not in served.stdout + served.stderr, served.stderr
    [line] = said(served)
    assert "SLACK_BOT_TOKEN" in line and "xoxb-" in line and "Bot User OAuth Token" in line, line
    assert kind is None or kind in line, line
    assert token not in line and token not in doctor.stdout
    assert doctor.returncode != 0
    assert [row for row in doctor.stdout.splitlines() if row.startswith("[FAIL] settings:") and "xoxb-" in row]


# -- a setting in quotes that the tool setting it kept -------------------------

def test_a_setting_whose_quotes_were_kept_stops_start_up_naming_it_not_its_value(tmp_path):
    """`docker run --env-file` and most PaaS consoles keep the quotes of
    SLACK_SIGNING_SECRET="…": every Slack request then failed its signature
    check (a 401 Slack retries, in a log nobody reads), and quoted
    ROLECALL_ADMINS matched no one. Said at start, the value unshown."""
    secret = "8f742231b10e8888abcd99yyyzzz85a5"
    env = dict(database_url=f"sqlite:///{tmp_path / 'rolecall.db'}", SLACK_BOT_TOKEN="xoxb-1-2-abc",
               SLACK_SIGNING_SECRET=f'"{secret}"')

    served = rolecall("serve", "--host", "127.0.0.1", "--port", str(free_port()), **env)
    doctor = rolecall("doctor", "--timeout", "2", **{**env, "SLACK_SIGNING_SECRET": secret,
                                                     "ROLECALL_ADMINS": "'U0123ABC'"})

    assert served.returncode != 0
    [line] = said(served)
    assert line.startswith("rolecall: SLACK_SIGNING_SECRET is in quotes") and "without them" in line, line
    assert secret not in served.stdout + served.stderr
    assert doctor.returncode != 0
    assert [row for row in doctor.stdout.splitlines() if row.startswith("[FAIL] settings: ROLECALL_ADMINS is in quotes")]


# -- characters nobody sees, inside a word ---------------------------------------

@pytest.mark.parametrize("hidden", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_title_pasted_with_an_invisible_character_inside_a_word_is_still_the_role(assistant, hidden):
    """A title copied from a hyphenated web page or Word document carries
    soft hyphens ("En\u00adgi\u00adneer"), chat clients add zero-width joiners
    and spaces: each was read as a space, so "en gi neer" named no role and
    the recruiter was told the store lacked it."""
    answer = assistant.ask(Question(f"salary for lead back end en{hidden}gi{hidden}neer"))

    assert answer.roles == ("Lead Back End Engineer",)
    assert "$160,000" in render_text(answer)


def test_a_document_title_keeps_no_invisible_or_direction_characters(store, tmp_path):
    """A title pasted with a right-to-left override (U+202E) was stored and
    shown as typed: Slack and Teams draw the rest of the name backwards in
    every answer and list, and a zero-width space made it a title that
    looks like another. The title is stored as it is seen."""
    document = tmp_path / "data-platform-engineer.md"
    document.write_text("# \u202eData\u202c Plat\u200bform\u00ad Engineer \u2067II\u2069\n\n"
                        "## Responsibilities\n- Build pipelines\n", encoding="utf-8")

    [reported] = ingest_paths(store, [document]).documents

    with store.session() as session:
        stored = session.exec(select(Role.title).where(Role.key == role_key(reported.role))).all()
    assert reported.role == "Data Platform Engineer II" and stored == ["Data Platform Engineer II"]


def test_admins_listed_with_spaces_are_each_an_admin():
    """"ROLECALL_ADMINS=U0123ABC U0456DEF" (spaces, as in a list one reads)
    made one admin named "U0123ABC U0456DEF", who is nobody: every
    "admin reload" was refused, and nothing said why. No platform's user
    id has a space in it."""
    settings = load_settings({"ROLECALL_ADMINS": "U0123ABC U0456DEF,\t29:1XJKJMvc5GBtc2 ; W0789GHI"})

    assert settings.admins == {"U0123ABC", "U0456DEF", "29:1XJKJMvc5GBtc2", "W0789GHI"}


def test_a_list_narrowed_by_a_number_that_cannot_be_pay_or_years_says_so_too(assistant):
    """After "roles paying more than 150k", "and under 1e6?" narrowed the
    list to "below $1,000" and "which of those need more than 1e3 years"
    to 3 years: the follow-up reads its number as the first question does."""
    key = "slack:T1:C1:1700000000.000100"
    assistant.ask(Question("roles paying more than 150k", conversation_key=key))

    for follow_up, typed in (("and under 1e6?", "1e6"), ("which of those need more than 1e3 years", "1e3")):
        answer = assistant.ask(Question(follow_up, conversation_key=key))

        assert answer.kind == NOT_UNDERSTOOD and typed in answer.title, render_text(answer)
