"""A line pasted from a posting names the role whose documents say it.

Hiring managers and recruiters copy a line of an ad into chat and ask about
it: "from the JD: 'Mentor interns on our data tooling' - what does it pay?".
The line is no title, so its words were read as an unknown role ("I don't
have the role 'mentor interns'") or left the role unnamed. When the quoted
words are, word for word, in the facts of one role only, the question is
read as if that role's title stood before the quote. The words that only
say where the line came from ("the ad says", "pasted from a posting:") ask
nothing ("posting" is no job description asked for) and are left out.
"""

import re

from bot.openers import QUESTION_STARTS
from bot.text import fold

# The fewest words a quote has to be a line of a document, not a term ("'on-call'").
MIN_WORDS = 4
# A quote: an opening mark after no letter, the shortest run to its mate after which no letter follows
# ("it's" inside a quote does not close it).
_QUOTE = re.compile(r"(?<!\w)(?P<mark>['\"‘“])(?P<said>[^\n]+?)(?P<close>['’\"”])(?!\w)")
_MATES = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}
_SENTENCE_END = re.compile(r"[.?!]\s")


def _folded(text: str) -> str:
    """Lower case, every run of marks and spaces one space: a line as typed and as stored compare."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def quoted_role(said: str, knowledge) -> tuple[int, str] | None:
    """(id, title) of the one role whose facts hold `said` word for word, else None."""
    words = _folded(said).split()
    if len(words) < MIN_WORDS:
        return None
    wanted = " ".join(words)
    roles = {}
    for match in knowledge.search_facts(max(words, key=len), limit=200):
        fact = match.fact
        if wanted in _folded(fact.text) or wanted in _folded(f"{fact.label or ''} {fact.text}"):
            roles[match.role.id] = match.role.title
    return next(iter(roles.items())) if len(roles) == 1 else None


def _intro_start(text: str, at: int) -> int:
    """Where the words before a quote at `at` start when they only say where it
    came from (its sentence's start): `at` when they ask something themselves
    ("does the one that says …") or nothing stands before the quote."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    intro = text[start:at]
    first = intro.split()[0].casefold().strip(":,") if intro.split() else ""
    return at if not first or "?" in intro or first in QUESTION_STARTS else start


def named_by_line(text: str, knowledge) -> tuple[str, str]:
    """`text` with a pasted line that names one role written after that role's
    title (and without the words introducing it), when a question follows the
    line, and the line; else `text` as it is and ""."""
    for quote in _QUOTE.finditer(text):
        if quote.group("close") not in _MATES[quote.group("mark")] or not text[quote.end():].strip(" .:-–—?"):
            continue
        found = quoted_role(quote.group("said"), knowledge)
        if found is None:
            continue
        start = _intro_start(text, quote.start())
        return f"{text[:start]}{found[1]} ({quote.group('said')}){text[quote.end():]}", quote.group("said")
    return text, ""


def drop_inside(mentions: list, tokens: list, folded: str, said: str) -> None:
    """Leave out (in place) the mentions inside the pasted line `said` of
    `folded`: its words ("on the sample roaster") name no role, the title
    written before it does."""
    at = folded.find(fold(said)) if said else -1
    if at < 0:
        return
    end = at + len(fold(said))
    mentions[:] = [m for m in mentions if not (at <= tokens[m.start].start and tokens[m.end - 1].end <= end)]
