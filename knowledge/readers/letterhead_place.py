"""Where a posting with no location is, from its letterhead's postal address: "Rehaklinik Lindental
GmbH · Talweg 4 · 79098 Freiburg im Breisgau", "Mill Lane, Keswick, Cumbria CA12 5AB". The town and the
postcode are the place; the street and the organisation's name are not. A British postcode also says
which of the UK's nations the town is in, which people ask by ("anything in Scotland?") and the
address never writes."""

import re

from knowledge.readers import company

# A British postcode ("AB55 4DH", "SK1 3XE") and a continental one before its town ("79104 Freiburg").
_UK_POSTCODE = re.compile(r"\b(?P<area>[A-Z]{1,2})\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# A town and its postcode district alone on a line ("Stockport SK1").
_TOWN_DISTRICT = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} (?P<area>[A-Z]{1,2})\d[A-Z\d]?$")
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Ý][\w'’.-]+")
# The postcode areas of Scotland, Wales and Northern Ireland (Royal Mail's); the others are England's.
NATIONS = {"Scotland": {"AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE"},
           "Wales": {"CF", "LD", "LL", "NP", "SA"},
           "Northern Ireland": {"BT"}}
_STREET = re.compile(r"\b(?:road|rd|street|st|lane|avenue|ave|way|drive|close|place|park|estate|unit|suite|floor|"
                     r"weg|straße|strasse|str\.|gasse|platz|allee|rue|avenue|calle|via|laan|straat)\b|^\d+\s|\s\d+[a-z]?$",
                     re.I)
_PIECES = re.compile(r"\s*[·•|,]\s*")
# The letterhead is among a document's first lines.
MAX_LETTERHEAD_LINES = 3


def place(lines: list[str]) -> str | None:
    """The town (and postcode) of the first address among `lines`, the UK nation after a British one."""
    for line in lines[:MAX_LETTERHEAD_LINES]:
        if town := _TOWN_DISTRICT.match(line.strip()):  # "Stockport SK1" under a board's job title
            return f"{line.strip()}, {_nation(town.group('area'))}, UK"
        pieces = [p for p in _PIECES.split(line.strip()) if p]
        at = next((i for i, p in enumerate(pieces) if _UK_POSTCODE.search(p) or _POSTCODE_TOWN.match(p)), None)
        if at is None or len(pieces) < 2:
            continue  # a postcode alone on a line of its own words is no address
        kept = [p for p in pieces[:at] if not _STREET.search(p) and not company.is_registered(p)] + [pieces[at]]
        uk = _UK_POSTCODE.search(pieces[at])
        return ", ".join(kept + ([_nation(uk.group("area")), "UK"] if uk else []))
    return None


def _nation(area: str) -> str:
    return next((n for n, areas in NATIONS.items() if area in areas), "England")
