"""JSON of records whose fields are named as a spreadsheet's columns are (Airtable's API: `records[]`,
each its `fields`; a Baserow or Notion export): no board's posting objects, but each record a role when
one field's name says it is the role's title ("Role", "Position", "Job title") and another's names a
section of a job description ("Responsibilities", "Must have"). Such records are read as the YAML
reader reads a role's mapping, the field names its labels. What a base adds that is no fact (the bare
ids of linked records and users, "recTm9Risk000001") is left out; a one-item list is its item."""

import re

from knowledge.readers import columns, headings, table, yaml_jobs
from knowledge.readers import html as html_reader
from knowledge.readers.model import Document

FORMAT = "json_records"
# A base's own id for a record, user or attachment: letters then letters and digits, no space, a digit in it.
_OPAQUE_ID = re.compile(r"^(?=[A-Za-z0-9]*\d)[a-z]{2,4}[A-Za-z0-9]{8,}$")
ID_KEYS = ("id", "_id", "uuid")


def records(data) -> list[dict]:
    """The records of `data` that are roles by their field names, as plain mappings with a `title`."""
    found = html_reader.json_objects(data, lambda item: item if _title_key(item) and _names_a_section(item)
                                     else None)
    return [_plain(record) for record in found]


def read(data, name: str) -> Document | None:
    """The roles of a base's records, or None when no record names a role and a section."""
    found = records(data)
    if not found:
        return None
    document = yaml_jobs.read_data(found, name, FORMAT, "JSON")
    return Document(format=FORMAT, roles=document.roles, warnings=document.warnings)


def _title_key(item: dict) -> str | None:
    return next((k for k, v in item.items() if isinstance(k, str) and headings.fold(k) in columns.TITLE_LABELS
                 and isinstance(v, str) and v.strip()), None)


def _names_a_section(item: dict) -> bool:
    return any(headings.facet(k) in table.SECTION_FACETS for k in item if isinstance(k, str))


def _plain(record: dict) -> dict:
    title = _title_key(record)
    out = {"title": record[title].strip()}
    for key, value in record.items():
        if key == title:
            continue
        value = _without_ids(value)
        if value not in (None, "", [], {}):
            out[key] = value
    return out


def _without_ids(value):
    """A field's value without the base's bare ids; a one-item list as its item."""
    if isinstance(value, str):
        return None if _OPAQUE_ID.match(value.strip()) else value
    if isinstance(value, list):
        kept = [v for v in (_without_ids(v) for v in value) if v not in (None, "", [], {})]
        return kept[0] if len(kept) == 1 and not isinstance(kept[0], (dict, list)) else kept
    if isinstance(value, dict):
        return {k: v for k, v in ((k, _without_ids(v)) for k, v in value.items() if str(k).lower() not in ID_KEYS)
                if v not in (None, "", [], {})}
    return value
