"""Job specs kept as YAML ("HR as code": a repository of role files that CI renders to the careers
site): a file of one role, or a list of roles under a key (`roles:`, `jobs:`) or at the top.

A role is a mapping with a title (`title`, `job_title`, `position`, `role`). What the file shares
(`defaults: &defaults`, merged into each role with `<<: *defaults`, or a `defaults` / `common` block
a role does not merge) is each role's unless the role says otherwise. A key with a short value is a
field (`location`, `pay`, `closing_date`), a nested mapping its parts ("office", "state" of a
location; a pay's `range` is the pay, its other parts facts of their own), a list or a long text a
section under the key's name (a text in Markdown read as Markdown, its headings the sections).
Anchors and aliases share values, never copy them: a file whose aliases would expand past
`MAX_VALUES` values (a "billion laughs") is refused."""

import datetime
import re

import yaml

from knowledge.parse import DocumentError
from knowledge.readers import headings, markdown
from knowledge.readers import salary as money
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, TEXT, Block, Document

FORMAT = "yaml"
TITLE_KEYS = ("title", "job_title", "jobtitle", "position", "role", "role_title", "name")
# Keys under which a file lists its roles; any list of mappings with a title is found wherever it is.
DEFAULT_KEYS = ("defaults", "default", "common", "shared", "base")
# A value this long (or of several lines) is a section of text, not a field.
MAX_FIELD_CHARS = 100
# A text value written in Markdown (its own headings or list lines), read as Markdown; under a key of
# these it is the posting's own text, its headings the sections.
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+\S|\s*[-*+]\s+\S|\s*\d{1,2}\.\s+\S)", re.M)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
TEXT_KEYS = ("description", "body", "content", "text", "job_description", "details")
# Values walked, counting every alias each time it is used: a real file of roles has a few thousand.
MAX_VALUES = 100_000
# The part of a nested pay mapping that states the pay as written.
PAY_TEXT_KEYS = ("range", "text", "display", "amount", "rate", "value", "salary")


def read(text: str, name: str) -> Document:
    try:
        data = yaml.safe_load(text.lstrip("\ufeff"))
    except yaml.YAMLError as exc:
        raise DocumentError(f"{name}: not YAML that can be read ({str(exc).splitlines()[0]})")
    _check_size(data, name)
    return read_data(data, name, FORMAT, "YAML")


def read_data(data, name: str, format: str, kind: str) -> Document:
    """The roles of a file's parsed data (YAML's, TOML's): mappings and lists of plain values."""
    data, employer = _employer_apart(data)
    roles, defaults = _roles(data)
    if not roles:
        raise DocumentError(f"{name}: this {kind} holds no job (a mapping with a title: title, job_title, "
                            "position)")
    out, warnings = [], []
    for number, role in enumerate(roles, 1):
        merged = {**employer, **defaults, **role}
        label = f"{name} (role {number})" if len(roles) > 1 else name
        fields, blocks = _role(merged)
        doc = build(blocks, name=label, format=format, fields=fields)
        out.extend(doc.roles)
        warnings.extend(doc.warnings)
    return Document(format=format, roles=tuple(out), warnings=tuple(warnings))


# A top-level mapping that describes the employer of the file's roles ("[company]" with its name and
# benefits): no role of its own, but every role's company and shared parts.
EMPLOYER_KEYS = ("company", "organisation", "organization", "employer")


def _employer_apart(data) -> tuple:
    """The data without its employer mapping, and that mapping as parts each role shares (its name as
    the company, its lists and texts under their own names); only when the file lists roles apart."""
    if not isinstance(data, dict):
        return data, {}
    key = next((k for k in data if str(k).lower() in EMPLOYER_KEYS and isinstance(data[k], dict)), None)
    if key is None or not any(isinstance(v, list) and any(_title_key(x) for x in v) for v in data.values()):
        return data, {}
    shared: dict = {}
    for part, value in data[key].items():
        if str(part).lower() in TITLE_KEYS:
            shared["company"] = value
        elif isinstance(value, dict):  # [company.benefits] common = [...]: the benefits, whatever the inner key
            values = [v for inner in value.values() for v in (inner if isinstance(inner, list) else [inner])]
            shared[part] = values
        else:
            shared[part] = value
    return {k: v for k, v in data.items() if k != key}, shared


def _check_size(data, name: str) -> None:
    count, stack = 0, [data]
    while stack:
        value = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise DocumentError(f"{name}: the YAML repeats values by aliases past {MAX_VALUES:,} values "
                                "(a \"billion laughs\"); write the roles out")
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _title_key(value) -> str | None:
    if not isinstance(value, dict):
        return None
    return next((k for k in value if str(k).lower() in TITLE_KEYS and isinstance(value[k], (str, int))
                 and str(value[k]).strip()), None)


def _roles(data) -> tuple[list[dict], dict]:
    """The role mappings of a file, outermost first, and the block of defaults they share."""
    defaults = {}
    if isinstance(data, dict):
        defaults = next((v for k, v in data.items() if str(k).lower() in DEFAULT_KEYS and isinstance(v, dict)), {})
        if _title_key(data) and not any(isinstance(v, list) and any(_title_key(x) for x in v)
                                        for v in data.values()):
            return [data], {}
    found, stack = [], [data]
    while stack:
        value = stack.pop(0)
        if isinstance(value, dict):
            if value is not defaults and _title_key(value) and value is not data:
                found.append(value)
                continue
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)) and v is not defaults)
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))
    return found, defaults


def _label(key) -> str:
    return str(key).replace("_", " ").replace("-", " ").strip().capitalize()


def _scalar(value) -> str:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split())


def _role(role: dict) -> tuple[dict, list[Block]]:
    fields: dict = {}
    blocks: list[Block] = []
    for key, value in role.items():
        label = _label(key)
        if value is None or value == "" or value == [] or str(key).lower() in DEFAULT_KEYS:
            continue
        if str(key).lower() in TITLE_KEYS and "title" not in fields and isinstance(value, (str, int)):
            fields["title"] = _scalar(value)
        elif isinstance(value, dict) and str(key).lower() in TEXT_KEYS:  # [roles.text]: the role's own parts
            inner_fields, inner_blocks = _role(value)
            for inner, part in inner_fields.items():
                fields.setdefault(inner, part)
            blocks += inner_blocks
        elif isinstance(value, dict):
            _mapping(label, value, fields, blocks)
        elif isinstance(value, list):
            items = [_scalar(v) if not isinstance(v, dict) else "; ".join(f"{_label(k)}: {_scalar(x)}"
                                                                         for k, x in v.items()) for v in value]
            blocks += [Block(HEADING, label, 2), *(Block(ITEM, item) for item in items if item)]
        elif isinstance(value, str) and _MARKDOWN.search(value):  # a description kept in Markdown
            heading = [] if str(key).lower() in TEXT_KEYS and _MARKDOWN_HEADING.search(value) else \
                [Block(HEADING, label, 2)]
            blocks += heading + markdown.blocks(value)
        elif isinstance(value, str) and (len(value) > MAX_FIELD_CHARS or "\n" in value.strip()):
            blocks += [Block(HEADING, label, 2), Block(TEXT, " ".join(value.split()))]
        else:
            fields.setdefault(label, _scalar(value))
    return fields, blocks


# The parts of a pay mapping that are its numbers.
PAY_NUMBER_KEYS = ("min", "max", "minimum", "maximum", "from", "to", "low", "high", "currency", "currency_code",
                   "period", "interval", "unit")


def _pay_numbers(parts: dict, worded: str):
    """A pay mapping's numbers (min, max, currency, period) as its salary, worded as the file words it."""
    low = next((parts[k] for k in ("min", "minimum", "from", "low") if k in parts), None)
    high = next((parts[k] for k in ("max", "maximum", "to", "high") if k in parts), None)
    if not isinstance(low, (int, float)) and not isinstance(high, (int, float)):
        return None
    period = money.period_word(parts.get("period") or parts.get("interval") or parts.get("unit"))
    currency = parts.get("currency") or parts.get("currency_code")
    return money.from_numbers(low, high, str(currency) if currency else None, period, worded)


def _mapping(label: str, value: dict, fields: dict, blocks: list[Block]) -> None:
    """A nested mapping: a pay's stated text is the pay and its other parts facts ("Pay bonus"); a
    location's parts one place ("Toowoomba branch, QLD"); another mapping's parts facts of its own."""
    parts = {str(k).lower(): v for k, v in value.items() if v not in (None, "", [])}
    facet = headings.facet(label)
    stated = next((k for k in PAY_TEXT_KEYS if k in parts and not isinstance(parts[k], (dict, list))), None)
    if facet == "compensation" and markdown.pay_range(value) and not stated:  # {min: 50000, max: 60000}
        fields.setdefault(label, markdown.pay_range(value))
        return
    if facet == "compensation":
        if stated:  # the pay as the file words it ("S$3,800 – S$4,600 per month + shift allowance"), beside its numbers
            worded = _scalar(parts.pop(stated))
            numbers = _pay_numbers(parts, worded)
            fields.setdefault(label, numbers or worded)
            if numbers is not None:  # its parts are the pay's numbers, no facts of their own
                parts = {k: v for k, v in parts.items() if k not in PAY_NUMBER_KEYS}
            for key, part in parts.items():
                if not isinstance(part, (dict, list)):
                    fields.setdefault(f"{label} {_label(key).lower()}", _scalar(part))
            return
    if facet == "location":
        fields.setdefault(label, ", ".join(_scalar(v) for v in parts.values() if not isinstance(v, (dict, list))))
        return
    for key, part in parts.items():
        if isinstance(part, list):
            blocks += [Block(HEADING, f"{label} {_label(key).lower()}", 2),
                       *(Block(ITEM, _scalar(v)) for v in part if not isinstance(v, (dict, list)))]
        elif not isinstance(part, dict):
            fields.setdefault(f"{label} {_label(key).lower()}", _scalar(part))
