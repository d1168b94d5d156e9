"""A forwarded posting's corrections in the messages above it: the reply says "make it £320 per day
not £300", the note on top "it's the £320 in his reply, NOT the £300 in my draft". The newer
statement wins, so the quoted draft is read with each corrected amount replaced, and a warning
says what was changed."""

import re

# An amount as written: a currency sign or code, a number, perhaps a "k". Its number is read from its
# first digit ((?<!…)): tried from inside a long run of digits, each start re-read the rest of the run.
_AMOUNT = r"(?:[£$€¥₹]|R\$|S\$|CA\$|A\$)?\s?(?<![\d,.])\d[\d,.]*(?:k\b)?"
# "NEW not OLD", "NEW, NOT OLD", "NEW instead of OLD", "NEW rather than OLD" (a few words between),
# and "change OLD to NEW" / "from OLD to NEW".
_NEW_NOT_OLD = re.compile(rf"(?P<new>{_AMOUNT})[^.!?\n]{{0,40}}?\b(?:not|instead of|rather than)\s+(?:the\s+)?"
                          rf"(?P<old>{_AMOUNT})", re.I)
_OLD_TO_NEW = re.compile(rf"\b(?:change|changed|from)\s+(?:it\s+)?(?:from\s+)?(?P<old>{_AMOUNT})\s+to\s+"
                         rf"(?P<new>{_AMOUNT})", re.I)


def corrections(text: str) -> list[tuple[str, str]]:
    """(old, new) amounts the text corrects, in the order it says them; an amount is only corrected
    to one new amount."""
    found: dict[str, str] = {}
    for pattern in (_NEW_NOT_OLD, _OLD_TO_NEW):
        for match in pattern.finditer(text):
            old, new = match.group("old").strip(), match.group("new").strip()
            if old != new and any(c.isdigit() for c in old):
                found.setdefault(old, new)
    return list(found.items())


def applied(lines: list[str], pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The lines with each old amount replaced by its correction (as a whole amount: "£300" is not
    "£3000"), and a warning per correction made."""
    warnings = []
    for old, new in pairs:
        pattern = re.compile(rf"(?<![\w.,]){re.escape(old)}(?![\w]|[.,]\d)")
        changed = [pattern.sub(new, line) for line in lines]
        if changed != lines:
            lines = changed
            warnings.append(f"the newer message above the quoted posting changes {old} to {new}: read as {new}")
    return lines, warnings
