"""A posting's closing date moved by a newer message about it: the poster's update in a channel
("applications now close **January 10**"), a comment on a tracker's issue ("closing date moved to
15 January 2027"). The newer date wins, so the posting is read with its older closing date replaced
and the older one is never answered (`correction` does the same for amounts)."""

import re

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})")
# A closing date said: "Applications close December 20", "closing date: 8 January 2027", "apply by …",
# "deadline moved to …" (a few words between the words and the date).
_CLOSING = re.compile(rf"\b(?:clos(?:e|es|ing)(?: date)?|deadline|apply by|applications? by)\b[^.\n]{{0,40}}?"
                      rf"(?P<date>{DATE})\b", re.I)


def closing_date(text: str) -> str | None:
    """The last closing date `text` states, as written."""
    found = [m.group("date") for m in _CLOSING.finditer(text.replace("**", "").replace("*", ""))]
    return found[-1] if found else None


def applied(posting: str, newer: list[str]) -> str:
    """The posting with every closing date it states replaced by the one the newest message states."""
    new = next(filter(None, (closing_date(text) for text in reversed(newer))), None)
    if not new:
        return posting
    return _CLOSING.sub(lambda m: m.group(0)[:m.start("date") - m.start()] + new, posting)
