"""`rolecall` as people and scripts run it: a real process on a real store."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ROLECALL = Path(sys.executable).with_name("rolecall")


def run(*args, db, stdin=None, check=True):
    env = {**os.environ, "DATABASE_URL": str(db)}
    result = subprocess.run([str(ROLECALL), *args], input=stdin, capture_output=True, text=True, env=env,
                            timeout=60)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def db(tmp_path):
    return tmp_path / "rolecall.db"


def test_the_first_ask_just_works_on_an_empty_store(db):
    result = run("ask", "what does a Lead Back End Engineer own?", db=db)
    assert "Lead the design and architecture" in result.stdout
    assert "Sources: lead-back-end-engineer.txt" in result.stdout


def test_jsonl_answers_every_line_in_order_blank_ones_included(db):
    questions = "comp for expert software engineer?\n\nwhich roles need redis\n"
    result = run("ask", "--jsonl", db=db, stdin=questions)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["comp for expert software engineer?", "", "which roles need redis"]
    for row in rows:
        assert {"question", "intent", "roles", "confidence", "text"} <= row.keys()
        assert row["text"].strip()
    assert "275,000" in rows[0]["text"]
    assert rows[2]["intent"] == "reverse_search"


def test_jsonl_with_a_conversation_keeps_context(db):
    result = run("ask", "--jsonl", "--conversation", "k1", db=db,
                 stdin="tell me about the engineer role\nand the salary?\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[1]["roles"] == ["Engineer"] and rows[1]["intent"] == "salary"


def test_a_byte_that_is_not_utf8_in_a_conversation_is_answered_and_the_next_line_too(db):
    """A question pasted from a file in another encoding ("lead engineer
    salary" with a Latin-1 byte in it) is asked back like any other, and
    the thread goes on: the pick after it answers the salary."""
    env = {**os.environ, "DATABASE_URL": str(db)}
    result = subprocess.run([str(ROLECALL), "ask", "--jsonl", "--conversation", "k1"], capture_output=True,
                            input=b"lead engineer salary \xe9\nthe global one\n", env=env, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    asked, picked = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert asked["kind"] == "clarify" and asked["question"] == "lead engineer salary \ufffd"
    assert picked["roles"] == ["Global Lead Engineer"] and picked["intent"] == "salary"
    said = subprocess.run([str(ROLECALL), "ask", "--conversation", "k2", b"lead engineer \xe9 salary"],
                          capture_output=True, env=env, timeout=60)
    assert said.returncode == 0 and said.stdout.decode().startswith("Which role do you mean"), said.stderr.decode()


def test_explain_shows_intent_and_candidates(db):
    result = run("ask", "--explain", "lead bakend enginer salary", db=db)
    assert "how I read it" in result.stdout
    assert '"title": "Lead Back End Engineer"' in result.stdout
    assert '"salary"' in result.stdout


def test_explain_names_the_rule_and_the_role_items_it_ranked(db):
    result = run("ask", "--explain", "which message queues should a lead backend engineer know", db=db)
    lines = result.stdout.split("-- how I read it --")[1].split("\n{")[0].splitlines()  # before the JSON
    assert "rule: role_items_asked (queue)" in lines
    ranked = [line.split(None, 1) for line in lines if line.startswith("  ")]
    assert ranked, "no ranked items shown"
    scores = [float(score) for score, _item in ranked]
    assert scores == sorted(scores, reverse=True) and all(score > 0 for score in scores)
    assert any(item.startswith("Hard skills: ") and "RabbitMQ" in item for _score, item in ranked)


def test_explain_names_the_roles_a_store_wide_search_matched_and_why(db):
    result = run("ask", "--explain", "which roles need kubernetes", db=db)
    lines = result.stdout.split("-- how I read it --")[1].split("\n{")[0].splitlines()  # before the JSON
    assert "rule: across_roles (search across roles for 'kubernetes')" in lines
    matched = [line.strip() for line in lines if line.startswith("  ") and ": 'kubernetes' in " in line]
    assert [line.split(":")[0] for line in matched] == [
        "Engineer", "Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"]
    assert all("kubernetes" in line.split(": ", 2)[2].lower() for line in matched)


def test_ingest_reports_counts_warnings_and_completeness(db):
    result = run("ingest", str(SEEDS), db=db)
    assert "lead-back-end-engineer.txt: Lead Back End Engineer (role_profile, added)" in result.stdout
    assert "warning: line 44: removed the stray word 'lime' before a bullet" in result.stdout
    assert "salary: not stated" in result.stdout
    assert "Engineer: missing salary not stated" in result.stdout
    again = run("ingest", str(SEEDS), db=db)
    assert "(role_profile, unchanged)" in again.stdout


def test_a_bad_file_fails_the_run_and_leaves_the_store_alone(db, tmp_path):
    run("ingest", str(SEEDS / "engineer.txt"), db=db)
    bad = tmp_path / "notes.txt"
    bad.write_text("Shopping list\n- milk\n")
    result = run("ingest", str(SEEDS / "global-lead-engineer.txt"), str(bad), db=db, check=False)
    assert result.returncode == 1
    assert "notes.txt: this does not look like a job description" in result.stderr
    assert "Traceback" not in result.stderr
    roles = run("roles", db=db)
    assert "Engineer" in roles.stdout and "Global Lead Engineer" not in roles.stdout


def test_roles_lists_sources_and_when_they_were_ingested(db):
    run("ask", "help", db=db)  # seeds the store
    result = run("roles", db=db)
    assert "Lead Back End Engineer (also: Lead Backend Engineer)" in result.stdout
    assert "lead-backend-engineer-hiring-guide.txt  [hiring_guide]  ingested 20" in result.stdout


def test_an_unreachable_database_is_a_clear_error(tmp_path):
    result = run("ask", "help", db="postgresql+psycopg://nobody@127.0.0.1:9/none", check=False)
    assert result.returncode == 1
    assert "cannot open the knowledge store" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_without_any_platform_says_what_to_set(db):
    env_clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "ROLECALL_TEAMS"))}
    result = subprocess.run([str(ROLECALL), "serve"], capture_output=True, text=True, timeout=60,
                            env={**env_clean, "DATABASE_URL": str(db)})
    assert result.returncode == 1
    assert "SLACK_BOT_TOKEN" in result.stderr


def test_a_half_configured_slack_names_the_missing_setting(db):
    env_clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "ROLECALL_TEAMS"))}
    result = subprocess.run([str(ROLECALL), "serve"], capture_output=True, text=True, timeout=60,
                            env={**env_clean, "DATABASE_URL": str(db), "SLACK_BOT_TOKEN": "xoxb-1"})
    assert result.returncode == 1
    assert "set SLACK_SIGNING_SECRET" in result.stderr
    assert "xoxb-1" not in result.stderr


def test_chat_is_a_conversation_with_context(db):
    result = run("chat", db=db, stdin="tell me about the engineer role\nand the salary?\n\n")
    assert "The Engineer role is responsible" in result.stdout
    assert "The Engineer document does not state a salary" in result.stdout


def test_piping_into_head_ends_quietly(db):
    result = subprocess.run(f"'{ROLECALL}' ask 'what does an Engineer own' | head -n 1", shell=True,
                            capture_output=True, text=True, env={**os.environ, "DATABASE_URL": str(db)})
    assert result.stdout.startswith("Engineer: responsibilities")
    assert "Traceback" not in result.stderr
