"""A line that states when the work is done: clock times from one to another
("8pm to 8am", "2:30pm–11:00pm", "07:00-15:30"), shifts counted per week ("3
nights a week", "four 10-hour shifts") or a rotation ("4 on 4 off", "28 days on
/ 28 days off"). Postings list these among the duties or the requirements as
often as under a schedule heading; asked for the hours or the shifts, such a
line is the answer wherever it stands."""

import re

from bot.vocabulary import NUMBER_WORDS

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midnight"
_NUMBER = r"\d+|" + "|".join(word for word, n in NUMBER_WORDS.items() if n <= 7)
SCHEDULE = re.compile(
    rf"(?<![\w£$€])(?:{_CLOCK})\s*(?:-|–|—|to|until|till)\s*(?:{_CLOCK})(?!\w)"
    rf"|\b(?:{_NUMBER})\s+(?:(?:\d+|twelve|ten|eight)[- ]hour\s+)?(?:nights?|days?|shifts?|lates?|earlies)"
    r"\s+(?:a|per|each|every)\s+(?:week|fortnight)\b"
    rf"|\b(?:{_NUMBER})\s+(?:(?:\d+|twelve|ten|eight)[- ]hour)\s+shifts?\b"
    rf"|\b(?:{_NUMBER})\s*(?:days?\s+)?on\s*[/,]?\s*(?:{_NUMBER})\s*(?:days?\s+)?off\b",
    re.I)


def states_schedule(text: str) -> bool:
    """Whether `text` says when the work is done (see the module's note)."""
    return SCHEDULE.search(text) is not None
