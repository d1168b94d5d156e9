"""A script names its conversation with whatever bytes it has: a key made
from a file name or a user name in Latin-1 (`--conversation k\\xff`). It was
a UnicodeEncodeError traceback at the database; the key is kept with that
byte written as \\xff, so the conversation goes on, and a key one byte apart
is another conversation.
"""

import json
import os
import subprocess

from tests.test_cli import ROLECALL


def ask(db, key: bytes, *questions: str) -> list[dict]:
    env = {**os.environ, "DATABASE_URL": str(db)}
    result = subprocess.run([str(ROLECALL), "ask", "--jsonl", "--conversation", key], capture_output=True,
                            input="\n".join(questions).encode() + b"\n", env=env, timeout=60)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_a_conversation_key_that_is_not_utf8_keeps_its_context(tmp_path):
    db = tmp_path / "rolecall.db"
    _, picked = ask(db, b"k\xff", "tell me about the engineer role", "and the salary?")
    assert picked["roles"] == ["Engineer"] and picked["intent"] == "salary"
    [elsewhere] = ask(db, b"k\xfe", "and the salary?")
    assert elsewhere["roles"] != ["Engineer"]


def test_a_single_question_with_such_a_key_is_answered(tmp_path):
    env = {**os.environ, "DATABASE_URL": str(tmp_path / "rolecall.db")}
    result = subprocess.run([str(ROLECALL), "ask", "--conversation", b"k\xff", "salary for engineer"],
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 0 and b"Engineer" in result.stdout, result.stderr.decode()
