"""The README is what a newcomer follows from a fresh clone: its commands
are the ones CI runs, its sections come in the order people need them, and
no link in it or in docs/ points at a file a cloner does not have."""

import re
from pathlib import Path

from tests.conftest import PROJECT

README = (PROJECT / "README.md").read_text()
DOCUMENTS = [PROJECT / "README.md", *sorted((PROJECT / "docs").glob("*.md")), PROJECT / "bench" / "README.md",
             PROJECT / "eval" / "README.md"]
SCREENSHOTS = PROJECT / "docs" / "screenshots"


def code_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_the_first_two_commands_install_and_answer_then_install_and_test_as_ci_does():
    first, second = code_blocks(README)[:2]
    assert first.startswith("python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/rolecall ask ")
    ci_command = (PROJECT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert second == ci_command.replace("pip install -q ", "pip install ")
    assert README.index(first) < README.index("## ")  # above everything else


def test_the_sections_come_in_the_order_a_newcomer_needs_them():
    headings = re.findall(r"^## (.+)$", README, re.M)
    wanted = ["What RoleCall is", "Load your own job descriptions", "Connect Slack", "Connect Teams",
              "Deploy", "Operate"]
    assert [h for h in headings if h in wanted] == wanted
    assert headings[:len(wanted)] == wanted


def test_every_link_points_at_a_file_in_the_repository():
    broken = []
    for document in DOCUMENTS:
        for target in re.findall(r"\]\(([^)\s]+)\)", document.read_text()):
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue  # a web address or a heading of the same page
            path = (document.parent / target.split("#")[0]).resolve()
            # The screenshots are made by their own script; checked once that folder is there.
            if path.is_relative_to(SCREENSHOTS) and not SCREENSHOTS.is_dir():
                continue
            if not path.is_relative_to(PROJECT) or not path.exists():
                broken.append(f"{document.relative_to(PROJECT)}: {target}")
    assert broken == []


def test_nothing_points_outside_the_clone():
    # The team's shared folder sits beside the repository on developers' machines, not in a clone.
    for document in DOCUMENTS:
        assert "../shared" not in document.read_text(), document
    for source in [*PROJECT.glob("adapters/**/*.py"), *PROJECT.glob("bot/**/*.py"), *PROJECT.glob("knowledge/**/*.py")]:
        assert not re.search(r"\b(INTEGRATION|STYLE)\.md\b", source.read_text()), source
