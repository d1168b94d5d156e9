"""The core stays platform-neutral, and the CLI stays light."""

import subprocess
import sys

PLATFORM_MODULES = ("slack_bolt", "slack_sdk", "botbuilder", "aiohttp", "msrest")


def _imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return {name for name in out.split() if name.split(".")[0] in PLATFORM_MODULES}


def test_the_intent_layer_and_the_store_import_no_platform_code():
    assert _imported_after("import bot, knowledge, bot.assistant, bot.compose") == set()


def test_rolecall_ask_imports_no_platform_code():
    assert _imported_after("import adapters.cli") == set()


# What only the runtime in adapters/ may use: the core returns, it never
# waits on a thread, a loop or a network library of its own.
RUNTIME_MODULES = {"asyncio", "threading", "_thread", "concurrent", "multiprocessing", "aiohttp", *PLATFORM_MODULES}


def _imports(path) -> set[str]:
    """The top-level modules a source file imports, wherever in the file."""
    import ast

    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_core_imports_no_runtime_machinery():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sources = [path for package in ("bot", "knowledge") for path in (root / package).rglob("*.py")
               if "migrations" not in path.parts]
    assert len(sources) > 40  # the whole core was read
    offending = {str(path.relative_to(root)): sorted(_imports(path) & RUNTIME_MODULES) for path in sources}
    assert {path: names for path, names in offending.items() if names} == {}
