"""An operator misspells a setting: `ROLECALL_RATELIMIT=5/minute` instead of
`ROLECALL_RATE_LIMIT`. Unsaid, the setting is its default and nobody knows
why the limit never bites; so `rolecall serve` and `rolecall doctor` say
which name is no setting and which one was probably meant, and start anyway.
"""

import contextlib
import io
import os
from pathlib import Path
from unittest.mock import patch

from adapters.cli import main
from adapters.settings import unknown_settings
from tests.rolecall_process import RoleCallServer
from tests.test_doctor import OWN_VARIABLES, doctor, free_port, lines


def test_a_misspelt_setting_in_the_environment_names_the_one_meant():
    warnings = unknown_settings({"ROLECALL_RATELIMIT": "5/minute", "ROLECALL_RATE_LIMIT": "off", "HOME": "/root"})
    assert warnings == ["ROLECALL_RATELIMIT is not a RoleCall setting and is ignored: did you mean "
                        "ROLECALL_RATE_LIMIT?"]


def test_known_settings_and_other_programs_variables_are_not_warned_about():
    env = {"ROLECALL_RATE_LIMIT": "off", "ROLECALL_TEAMS_ANONYMOUS": "1", "SLACK_BOT_TOKEN": "xoxb-1",
           "PATH": "/usr/bin", "SLACK_WEBHOOK_OF_ANOTHER_TOOL": "x"}
    assert unknown_settings(env) == []


def test_a_name_like_no_setting_is_still_said_to_be_ignored():
    assert unknown_settings({"ROLECALL_COLOUR": "blue"}) == [
        "ROLECALL_COLOUR is not a RoleCall setting and is ignored"]


def test_a_misspelt_entry_in_the_env_file_is_named_with_the_file(tmp_path):
    """In a .env file every line is meant as a setting, whatever its prefix."""
    env_file = tmp_path / ".env"
    env_file.write_text("SLACK_SIGNING_SECRT=abc\nROLECALL_MAX_BODY_BYTE=2048\nDATABASE_URL=x.db\n")
    warnings = unknown_settings({}, file_names=["SLACK_SIGNING_SECRT", "ROLECALL_MAX_BODY_BYTE", "DATABASE_URL"],
                                file=env_file)
    assert warnings == [
        f"SLACK_SIGNING_SECRT (in {env_file}) is not a RoleCall setting and is ignored: did you mean "
        "SLACK_SIGNING_SECRET?",
        f"ROLECALL_MAX_BODY_BYTE (in {env_file}) is not a RoleCall setting and is ignored: did you mean "
        "ROLECALL_MAX_BODY_BYTES?",
    ]


def test_doctor_warns_about_a_misspelt_setting_and_still_checks_the_rest(tmp_path):
    (tmp_path / ".env").write_text("ROLECALL_PREVIEW_MINUTE=10\n")
    result = doctor(env={"DATABASE_URL": str(tmp_path / "store.db"), "ROLECALL_TEAMS_ANONYMOUS": "1",
                         "ROLECALL_RATELIMIT": "5/minute"}, cwd=tmp_path)
    checks = lines(result)
    assert checks["setting names"].startswith("warn "), result.stdout
    assert "ROLECALL_RATELIMIT" in checks["setting names"] and "ROLECALL_RATE_LIMIT?" in checks["setting names"]
    assert "ROLECALL_PREVIEW_MINUTE (in .env)" in result.stdout and "ROLECALL_PREVIEW_MINUTES?" in result.stdout
    assert "database" in checks and "port" in checks


def test_serve_warns_about_a_misspelt_setting_and_starts_anyway(tmp_path):
    with RoleCallServer(tmp_path, database_url=str(tmp_path / "serve.db"), ROLECALL_TEAMS_ANONYMOUS="1",
                        ROLECALL_LOG_FORMAT="text", ROLECALL_RATELIMIT="5/minute") as server:
        assert server.get("/healthz").status_code == 200
        output = server.wait_for_output("ROLECALL_RATELIMIT")
    assert "ROLECALL_RATELIMIT is not a RoleCall setting and is ignored: did you mean ROLECALL_RATE_LIMIT?" \
        in output, output
    assert "Traceback" not in output


def test_other_commands_stay_quiet_about_settings(tmp_path):
    """`ask` is used in scripts: its output is the answer and nothing else."""
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(OWN_VARIABLES)},
           "DATABASE_URL": str(tmp_path / "ask.db"), "ROLECALL_RATELIMIT": "5/minute", "PORT": str(free_port())}
    stdout, stderr = io.StringIO(), io.StringIO()
    with patch.dict(os.environ, env, clear=True), contextlib.chdir(Path(tmp_path)), \
            contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        assert main(["ask", "what does an engineer own?"]) == 0
    assert "ROLECALL_RATELIMIT" not in stdout.getvalue() + stderr.getvalue()
