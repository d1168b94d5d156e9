"""What every reader returns: a document -> roles -> sections -> items, so the rest of ingestion has
one shape to store whatever the format. Blocks (heading, item, paragraph, table row, in reading
order) are the readers' common intermediate, cut into roles by `knowledge.readers.build`."""

from dataclasses import dataclass

from knowledge.parse import ParsedSalary

HEADING, ITEM, TEXT, ROW = "heading", "item", "text", "row"


@dataclass(frozen=True)
class Block:
    kind: str  # HEADING, ITEM, TEXT or ROW
    text: str
    level: int = 0  # a heading's level: 1 for a title, 6 for a bold line used as one


@dataclass(frozen=True)
class Section:
    """Items under one heading. `facet` is a `knowledge.sections` name, or
    None when the heading is no known facet ("Success metrics"): it is then
    kept under its original heading."""

    heading: str
    facet: str | None
    items: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    title: str
    sections: tuple[Section, ...] = ()
    company: str | None = None
    location: str | None = None
    department: str | None = None
    employment_type: str | None = None
    # The role's pay first, then any further ranges (per level or location).
    salaries: tuple[ParsedSalary, ...] = ()
    # Other fields of front matter or structured data: (label, value).
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def salary(self) -> ParsedSalary | None:
        return self.salaries[0] if self.salaries else None


@dataclass(frozen=True)
class Document:
    format: str
    roles: tuple[Role, ...]
    warnings: tuple[str, ...] = ()
