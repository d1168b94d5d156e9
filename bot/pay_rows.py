"""Which of a role's salary ranges a question asks about.

A posting hiring at several levels and places stores one range per level and
location, each labelled ("Senior iOS Engineer, New York"). "Senior iOS
engineer pay in New York" asks for one of them: showing every row buries it,
and a compare of the wrong rows misleads. A label is read as its parts (the
level, then the location); a part the question names picks its rows, the
parts it does not name leave that dimension open.
"""

import re

from bot.text import tokenize
from bot.vocabulary import FUNCTION_WORDS

# Commas that separate a label's parts, not those inside "(Mid, L2)".
_PARTS = re.compile(r",\s*(?![^()]*\))")
_PAREN = re.compile(r"\([^()]*\)")


def _words(text: str) -> set[str]:
    return {t.text for t in tokenize(text) if not t.brk and t.text not in FUNCTION_WORDS}


def _score(part: str, asked: set[str]) -> int:
    """How many of a part's words the question has; 0 unless it has every
    word outside brackets ("Remote (US)" is named by "remote")."""
    needed = _words(_PAREN.sub(" ", part))
    if not needed or not needed <= asked:
        return 0
    return len(_words(part) & asked)


def select(salaries, question: str) -> tuple[list, list]:
    """(the ranges the question names, the ones it leaves out). At each part
    of the labels, the parts with the most of the question's words win
    ("senior software engineer" names "Senior Software Engineer" over
    "Software Engineer (Mid)"); a question naming none keeps them all."""
    asked = _words(question)
    labelled = [(s, _PARTS.split(s.label) if s.label else []) for s in salaries]
    keep = [True] * len(labelled)
    for position in range(max((len(parts) for _, parts in labelled), default=0)):
        scores = [_score(parts[position], asked) if position < len(parts) else 0 for _, parts in labelled]
        best = max(scores)
        if best == 0 or len(set(scores)) == 1:
            continue  # the question names no level (or place) here, or all equally
        keep = [k and score == best for k, score in zip(keep, scores)]
    if all(keep):
        return list(salaries), []
    return ([s for s, k in zip(salaries, keep) if k], [s for s, k in zip(salaries, keep) if not k])
