"""What a reader makes of one document (a file, or its text in a test), for
the reader tests: its roles by title, its only role, and a role's items by
section or label."""

from pathlib import Path

from knowledge.readers import read


def roles_in(path: Path) -> dict:
    """The roles the file at `path` reads as, by title."""
    return {doc.title: doc for doc in read(path.read_bytes(), path.name)}


def only_role(path: Path):
    """The one role the file at `path` reads as (the test fails if there are more)."""
    roles = roles_in(path)
    assert len(roles) == 1, list(roles)
    return next(iter(roles.values()))


def roles_read(data: bytes | str, name: str) -> dict:
    """The roles a document's text or bytes read as, by title, as if its file were called `name`."""
    raw = data.encode() if isinstance(data, str) else data
    return {doc.title: doc for doc in read(raw, name)}


def only_read(data: bytes | str, name: str):
    """The one role a document's text or bytes read as (the test fails if there are more)."""
    roles = roles_read(data, name)
    assert len(roles) == 1, list(roles)
    return next(iter(roles.values()))


def items(doc, section: str) -> list[str]:
    return [i.text for i in doc.items if i.section == section]


def field(doc, label: str) -> str | None:
    return next((i.text for i in doc.items if i.label == label), None)
