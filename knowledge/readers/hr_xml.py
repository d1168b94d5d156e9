"""Postings kept in HR-XML or HR Open Standards (`PositionOpening`, exported by AFAS, SAP
SuccessFactors and the job boards that take HR-XML): each `PositionOpening` is one role. Its parts
are named by the standard, so they are read by name, whatever the namespace or version: the
title (`PositionTitle`), organisation and unit, place (`PhysicalLocation` / `PositionLocation`),
schedule and classification, pay (`BasePay` or `RemunerationRange` numbers, worded by the
`RemunerationComment` when it states them), competencies (`required="true"` a requirement, else
a nice-to-have), the formatted descriptions (a name and an HTML value, entity-escaped) and how to
apply."""

import html

from knowledge.readers import html as html_reader
from knowledge.readers import salary as money
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, TEXT, Block, Document

FORMAT = "hr_xml"
OPENING = "PositionOpening"
# Where each version keeps a part: the first found wins.
TITLE = ("PositionTitle", "PositionName", "JobTitle")
COMPANY = ("OrganizationName", "EntityName")
UNIT = ("OrganizationalUnit", "OrganizationUnit", "DepartmentName")
PLACE = ("PhysicalLocation", "PositionLocation", "Location")
PLACE_PARTS = ("Name", "AddressLine", "LineOne", "Municipality", "CityName", "Region", "CountrySubDivisionCode",
               "CountrySubDivision", "CountryCode", "PostalCode")
DESCRIPTIONS = ("FormattedPositionDescription", "PositionFormattedDescription")
FACTS = (("IdValue", "Reference"), ("PositionClassification", "Contract"), ("PositionSchedule", "Schedule"),
         ("PositionScheduleTypeCode", "Schedule"), ("PositionOfferingTypeCode", "Contract"),
         ("StartDate", "Start date"), ("MaximumEndDate", "End date"), ("NumberToFill", "Openings"),
         ("JobCategory", "Job category"))
PAY_MIN = ("BasePayAmountMin", "MinimumAmount", "MinAmount")
PAY_MAX = ("BasePayAmountMax", "MaximumAmount", "MaxAmount")


def _tag(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def openings(root) -> list:
    """The PositionOpening elements of a document (itself, or those it wraps)."""
    return [e for e in root.iter() if _tag(e) == OPENING]


def _all(element, names) -> list:
    names = (names,) if isinstance(names, str) else names
    return [e for e in element.iter() if _tag(e) in names]


def _first(element, names):
    for name in (names,) if isinstance(names, str) else names:
        found = next((e for e in element.iter() if _tag(e) == name), None)
        if found is not None:
            return found
    return None


def _words(element) -> str:
    return " ".join(" ".join(element.itertext()).split()) if element is not None else ""


def read(root, name: str) -> Document:
    roles, warnings = [], []
    found = openings(root)
    for number, opening in enumerate(found, 1):
        doc = read_opening(opening, f"{name} (opening {number})" if len(found) > 1 else name)
        roles.extend(doc.roles)
        warnings.extend(doc.warnings)
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(warnings))


def read_opening(opening, name: str) -> Document:
    fields: dict = {"title": _words(_first(opening, TITLE))}
    fields["company"] = _words(_first(opening, COMPANY))
    unit = _first(opening, UNIT)
    if unit is not None:
        fields["department"] = _words(_first(unit, "Name") if _first(unit, "Name") is not None else unit)
    place = _first(opening, PLACE)
    if place is not None:
        parts = [_words(e) for part in PLACE_PARTS for e in _all(place, part)]
        fields["location"] = ", ".join(dict.fromkeys(p for p in parts if p))
    for tag, label in FACTS:
        element = _first(opening, tag)
        if element is not None and _words(element) and label not in fields:
            fields[label] = _words(element)
    status = _first(opening, "Status")
    if status is not None and status.get("validTo"):
        fields["Closing date"] = status.get("validTo")
    blocks: list[Block] = []
    pay, pay_blocks = _pay(opening)
    if pay is not None:
        fields["salary"] = pay
    competencies = _all(opening, "Competency")
    for required, heading in ((True, "Requirements"), (False, "Nice to have")):
        named = [_competency(c) for c in competencies if (c.get("required", "").casefold() == "true") == required]
        if any(named):
            blocks += [Block(HEADING, heading, 2), *(Block(ITEM, n) for n in named if n)]
    for description in _all(opening, DESCRIPTIONS):
        heading = _words(_first(description, ("Name", "ID")))
        value = _first(description, ("Value", "Content", "Text"))
        markup = "".join(value.itertext()) if value is not None else ""
        if "<" not in markup and "&lt;" in markup:
            markup = html.unescape(markup)  # escaped once more than XML needs
        if heading:
            blocks.append(Block(HEADING, heading, 2))
        blocks += html_reader.blocks_of(markup) if "<" in markup else [Block(TEXT, markup)] if markup.strip() else []
    blocks += pay_blocks
    apply = _first(opening, "HowToApply")
    if apply is not None:
        lines = [_words(e) for e in apply.iter() if not len(e) and _words(e) and _tag(e) != "Affix"]
        blocks += [Block(HEADING, "How to apply", 2), *(Block(ITEM, line) for line in dict.fromkeys(lines))]
    return build(blocks, name=name, format=FORMAT, fields={k: v for k, v in fields.items() if v})


def _competency(element) -> str:
    """A competency's name, with the years its evidence asks for ("Research data management (2 years)")."""
    words = element.get("name") or _words(element)
    evidence = _first(element, "NumericValue")
    if evidence is not None and evidence.get("minValue"):
        words = f"{words} ({evidence.get('minValue')} {evidence.get('description') or ''})".replace(" )", ")")
    return words


def _pay(opening):
    """The pay as a ParsedSalary (the comment as worded when it states the same numbers) and the
    blocks of the package: the comment, then the benefits."""
    package = _first(opening, ("RemunerationPackage", "PositionRemuneration", "OfferedRemunerationPackage"))
    if package is None:
        return None, []
    low, high = _first(package, PAY_MIN), _first(package, PAY_MAX)
    base = _first(package, ("BasePay", "RemunerationRange", "Ranges"))
    base = package if base is None else base
    currency = base.get("currencyType") or base.get("currencyCode") or (
        low.get("currencyID") or low.get("currencyCode") if low is not None else None)
    interval = base.get("baseInterval") or base.get("intervalCode") or _words(_first(package, "IntervalCode"))
    period = money.period_word(interval)
    comment = _words(_first(package, "RemunerationComment"))
    worded = money.parse(comment) if comment else None
    numbers = money.from_numbers(_words(low) if low is not None else None, _words(high) if high is not None
                                 else None, currency, period, " ".join(
                                     f"{_words(low) if low is not None else ''} - {_words(high) if high is not None else ''} "
                                     f"{currency or ''} {period or ''}".split()))
    if numbers is not None and worded is not None and (worded.minimum, worded.maximum) == (numbers.minimum, numbers.maximum):
        numbers = worded.__class__(**{**numbers.__dict__, "text": comment})
    pay = numbers or worded
    blocks = [Block(HEADING, "Pay", 2), Block(ITEM, comment)] if comment else []
    benefits = [_words(e) for e in _first(package, "Benefits").iter() if not len(e) and _words(e)] \
        if _first(package, "Benefits") is not None else []
    if benefits:
        blocks += [Block(HEADING, "Benefits", 2), *(Block(ITEM, b) for b in benefits)]
    return pay, blocks


