"""The day a posting stops taking applications, as applicant tracking systems label it: Workday's "End
Date" under "time left to apply", SuccessFactors' "Posting End Date", Taleo's "Unposting Date", a
board's "Expiry date". Each is the posting's closing date, and is stored under that name, so that
"when does it close" finds it; the countdown a page adds ("(27 days left to apply)") is the day the
page was saved, not the posting's, and is left out."""

import re

from knowledge.readers import headings

CLOSING = "Closing date"
# Labels of a posting's last day, folded (`headings.fold`). Not schema.org's "Valid through": a
# JobPosting's own field keeps its name, and "when does it close" finds it by its ordinary words
# (`bot.vocabulary.HEADING_SYNONYMS`).
POSTING_END_LABELS = {"end date", "posting end date", "job posting end date", "time left to apply", "unposting date",
                      "unpost date", "expiry date", "expiration date", "expires", "expires on", "posting expires",
                      "advert expiry", "ad expires", "advert closes", "ad closes", "valid until",
                      "application deadline", "application end date", "applications close", "apply before",
                      "closing", "close date", "job close date", "posting close date", "date de fin d affichage",
                      "fecha de cierre", "fecha limite", "date limite", "bewerbungsfrist", "einsendeschluss"}
_INNER_LABEL = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ ]{3,30}):\s*(?P<value>\S.*)$")
_COUNTDOWN = re.compile(r"\s*\(\s*\d+\s+days?\s+(?:left|remaining)[^)]*\)\s*$", re.I)


def as_closing(label: str, value: str) -> tuple[str, str]:
    """(label, value) of a fact, the label "Closing date" when it names a posting's last day."""
    if headings.fold(label) not in POSTING_END_LABELS:
        return label, value
    inner = _INNER_LABEL.match(value)  # "time left to apply: End Date: January 6, 2027"
    if inner and headings.fold(inner.group("label")) in POSTING_END_LABELS:
        value = inner.group("value")
    return CLOSING, _COUNTDOWN.sub("", value).strip() or value
