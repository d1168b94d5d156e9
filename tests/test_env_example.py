"""`.env.example` is the operator's list of settings, written from the
declarations in the code (adapters/settings.py and each platform's
settings module): every environment variable the code reads is declared,
nothing declared goes unread, and the file is what the declarations write.
The variables read are found in the source itself (string constants handed
to an environment lookup), so a setting read without being declared fails."""

import ast
import re

from tests.conftest import PROJECT

CODE = ("adapters", "bot", "knowledge")
# Variables of the operating system, not RoleCall settings: where the default
# SQLite file goes (knowledge/store.py) and where `chat` keeps its history
# (adapters/chat_history.py), as every program there does.
PLATFORM_VARIABLES = {"XDG_DATA_HOME", "XDG_STATE_HOME", "LOCALAPPDATA"}
NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _constant(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and NAME.match(node.value):
        return node.value
    return None


def _is_environment(node) -> bool:
    """`os.environ`, or a parameter named `env` / `environ` (settings' Mapping)."""
    if isinstance(node, ast.Attribute) and node.attr == "environ":
        return True
    return isinstance(node, ast.Name) and node.id in ("env", "environ")


def variables_read(tree: ast.AST) -> set[str]:
    found = set()
    # A local `get(name)` helper reading the environment (adapters/settings.py) counts too.
    helpers = {fn.name for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef)
               and any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                       and n.func.attr == "get" and _is_environment(n.func.value) for n in ast.walk(fn))}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            environment_call = (isinstance(func, ast.Attribute) and func.attr in ("get", "pop", "getenv")
                                and (_is_environment(func.value) or func.attr == "getenv"))
            if environment_call or (isinstance(func, ast.Name) and func.id in helpers):
                found.add(_constant(node.args[0]))
            if any(_is_environment(arg) for arg in node.args):  # number(env, "NAME", …)
                found.update(_constant(arg) for arg in node.args)
        elif isinstance(node, ast.Subscript) and _is_environment(node.value):
            found.add(_constant(node.slice))
    return found - {None}


def settings_in_code() -> dict[str, str]:
    where = {}
    for folder in CODE:
        for source in sorted((PROJECT / folder).rglob("*.py")):
            for name in variables_read(ast.parse(source.read_text(), str(source))):
                where.setdefault(name, str(source.relative_to(PROJECT)))
    return where


def settings_in_example() -> list[str]:
    text = (PROJECT / ".env.example").read_text()
    return re.findall(r"^#?([A-Z][A-Z0-9_]*)=", text, re.M)


def test_the_scan_finds_the_settings_it_should():
    # Guards the scan itself: a setting from each way the code reads one.
    code = settings_in_code()
    assert code["SLACK_BOT_TOKEN"] == "adapters/slack/settings.py"  # env["…"]
    assert code["PORT"] == "adapters/settings.py"  # number(env, "…", …)
    assert code["ROLECALL_LOG_FORMAT"] == "adapters/cli.py"  # os.environ.get("…")
    assert PLATFORM_VARIABLES <= set(code)


def test_every_setting_the_code_reads_is_in_env_example():
    missing = {name: where for name, where in settings_in_code().items()
               if name not in PLATFORM_VARIABLES and name not in settings_in_example()}
    assert missing == {}, "add these to .env.example with their default and meaning"


def test_env_example_lists_only_settings_the_code_reads():
    assert sorted(set(settings_in_example()) - set(settings_in_code())) == []


def test_env_example_is_what_the_declarations_write():
    from adapters.settings import env_example

    assert (PROJECT / ".env.example").read_text() == env_example(), \
        "run: python -m adapters.settings > .env.example"


def test_each_setting_is_listed_once_with_a_comment_above_it():
    lines = (PROJECT / ".env.example").read_text().splitlines()
    names = settings_in_example()
    assert len(names) == len(set(names))
    for n, line in enumerate(lines):
        if re.match(r"^#?[A-Z][A-Z0-9_]*=", line):
            above = lines[n - 1]
            assert above.startswith("# ") or re.match(r"^#?[A-Z][A-Z0-9_]*=", above), line
