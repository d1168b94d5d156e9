"""`rolecall audit` and `rolecall report` show what admins changed from chat."""

import json

import pytest
from sqlalchemy import text

from adapters.cli import main
from knowledge import Store
from knowledge.previews import add_preview, preview_document, preview_removal

POSTING = b"""# Kiln Operator

## Responsibilities

- Run the kilns safely
- Log every firing

## Requirements

- 2+ years running industrial kilns
"""


def test_audit_and_report_list_who_added_replaced_and_removed_which_source(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    store = Store(url)
    first = preview_document(store, POSTING, "kiln.md", who="U1", platform="slack")
    assert add_preview(store, first.id, who="U1").status == "done"
    second = preview_document(store, POSTING + b"- Fire safety card\n", "kiln.md", who="U2", platform="teams")
    assert add_preview(store, second.id, who="U2").status == "done"
    removal = preview_removal(store, "Kiln Operator", who="U1", platform="slack")
    assert add_preview(store, removal.id, who="U1").status == "done"
    store.dispose()

    assert main(["--database-url", url, "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[2:4] for line in lines] == [["remove", "kiln.md"], ["replace", "kiln.md"], ["add", "kiln.md"]]
    assert "by U2 (teams) sha256:" in lines[1]

    assert main(["--database-url", url, "report", "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["knowledge_changes"]
    assert [(c["action"], c["who"]) for c in changes] == [("remove", "U1"), ("replace", "U2"), ("add", "U1")]
    assert main(["--database-url", url, "report"]) == 0
    assert "Knowledge changed from chat in the last 30 days" in capsys.readouterr().out


def test_a_removal_that_fails_half_way_changes_nothing_and_the_admin_can_press_again(tmp_path, capsys):
    """The press is claimed in the removal's own transaction: a database
    that refuses the removal leaves the preview pending and the role stored."""
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    store = Store(url)
    assert add_preview(store, preview_document(store, POSTING, "kiln.md", who="U1", platform="slack").id,
                       who="U1").status == "done"
    removal = preview_removal(store, "Kiln Operator", who="U1", platform="slack")
    with store.engine.begin() as connection:  # the database refuses to delete sources, for now
        connection.execute(text("CREATE TRIGGER refuse BEFORE DELETE ON source BEGIN "
                                "SELECT RAISE(ABORT, 'disk trouble'); END"))
    with pytest.raises(Exception, match="disk trouble"):
        add_preview(store, removal.id, who="U1")
    with store.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse"))

    assert add_preview(store, removal.id, who="U1").status == "done"  # not "already done": nothing was
    assert add_preview(store, removal.id, who="U1").status == "already"
    store.dispose()
    assert main(["--database-url", url, "audit"]) == 0
    assert [line.split()[2] for line in capsys.readouterr().out.splitlines()] == ["remove", "add"]


def test_audit_of_a_store_with_no_changes_says_so(tmp_path, capsys):
    assert main(["--database-url", f"sqlite:///{tmp_path / 'empty.db'}", "audit"]) == 0
    assert "No document was added" in capsys.readouterr().out


def test_a_preview_never_added_is_pruned_with_its_document_a_day_later(tmp_path):
    from datetime import timedelta

    from knowledge.models import DocumentPreview, utcnow
    from knowledge.prune import prune

    store = Store(f"sqlite:///{tmp_path / 'rolecall.db'}")
    old = preview_document(store, POSTING, "old.md", who="U1", platform="slack", now=utcnow() - timedelta(days=2))
    fresh = preview_document(store, POSTING, "fresh.md", who="U1", platform="slack")
    pruned = prune(store, context_ttl=timedelta(hours=1), question_log_days=0)
    assert pruned.previews == 1 and "1 document previews" in pruned.describe()
    with store.session() as session:
        assert session.get(DocumentPreview, old.id) is None and session.get(DocumentPreview, fresh.id) is not None
    store.dispose()
