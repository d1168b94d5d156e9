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
