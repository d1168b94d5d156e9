"""A posting sent from a phone's mail and pasted as text: "Sent from my iPhone" under the message's
first lines, a note to a colleague ("can someone pop this on the website pls"), a rule, then the
posting, hard-wrapped every thirty-odd characters, signed off with "Thanks D x".

The posting is what follows the rule after the phone's line (what precedes that line is the message's
subject and preview, kept as hints of the company); the sign-off is the sender's. The wrap broke the
title too ("Plant Area" / "Supervisor (Key Holder)"): a posting's first paragraph of a few short lines
with no sentence in it is its title, one line again. The rest of the wrapped lines are joined by the
plain-text reader's rule for hard-wrapped files."""

import re

from knowledge.readers import whatsapp

_SENT_FROM = re.compile(r"^\s*(?:sent from my \w[\w ]{0,30}|sent from (?:outlook|yahoo mail|gmail|mail) for \w+|"
                        r"get outlook for (?:ios|android))\s*$", re.I)
_RULE = re.compile(r"^\s*(?:-{3,}|_{3,}|={3,}|\*{3,})\s*$")
_SIGN_OFF = re.compile(r"^\s*(?:thanks|thank you|thx|ta|cheers|many thanks|best)\b[\w .,!x]{0,20}$", re.I)
# The pay and the hours a sender states bare under the title: "£13.10ph + 10% Sunday premium", "40 hrs/wk, …".
_BARE = ((re.compile(r"^\s*(?:[£$€¥₹]|[A-Z]{0,3}\$|(?:CHF|EUR|GBP|USD|AUD|NZD|CAD|ZAR|R)\s?)\d"), "Pay"),
         (re.compile(r"^\s*\d{1,2}(?:\.\d)?\s*(?:-\s*\d{1,2}\s*)?(?:hrs?|hours)\b", re.I), "Hours"))
# Only the lines this near the title are its facts; further down a bare amount is a perk's or a note's.
MAX_FACT_LINES = 6
# A title broken by the wrap is at most this many words over at most this many lines.
MAX_TITLE_WORDS, MAX_TITLE_LINES = 10, 3


def from_phone(lines: list[str]) -> tuple[list[str], tuple[str, ...], list[str]]:
    """(the posting's lines, the lines above it that may name the company, warnings); the lines as
    they are when no phone sent them."""
    sent = next((i for i, line in enumerate(lines) if _SENT_FROM.match(line)), None)
    if sent is None:
        return lines, (), []
    rule = next((i for i in range(sent + 1, len(lines)) if _RULE.match(lines[i])), None)
    hints = tuple(line.strip() for line in lines[:sent] if line.strip())[:1]
    posting = lines[rule + 1:] if rule is not None else lines[:sent] + lines[sent + 1:]
    while posting and (not posting[-1].strip() or _SIGN_OFF.match(posting[-1])):
        posting = posting[:-1]
    posting = _labelled(_title_joined(posting))
    skipped = "the phone's line, the note above the posting and the sign-off" if rule is not None \
        else "the phone's line and the sign-off"
    return posting, hints if rule is not None else (), [f"{skipped} were skipped (not about the role)"]


def _labelled(lines: list[str]) -> list[str]:
    """The bare pay and hours lines near the top given their label, as a form would."""
    out, seen, after = [], 0, False
    for n, line in enumerate(lines):
        seen += bool(line.strip())
        opens = line.strip() and (n == 0 or not lines[n - 1].strip())
        label = next((name for pattern, name in _BARE if pattern.match(line)), None) \
            if opens and 1 < seen <= MAX_FACT_LINES else None
        if label:  # the label a heading of its own line, so the lines stay as wide as the wrap left them
            out += [f"{label}:", line]
            after = True
        elif opens and after and not line.rstrip().endswith(":"):
            out += [f"{whatsapp.OWN_LINES}:", line]  # the text after the facts is no part of them
            after = False
        else:
            after = after and not (opens and line.rstrip().endswith(":"))
            out.append(line)
    return out


def _title_joined(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return lines
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    first = [line.strip() for line in lines[start:end]]
    words = " ".join(first).split()
    if 1 < len(first) <= MAX_TITLE_LINES and len(words) <= MAX_TITLE_WORDS \
            and not any(line.endswith((".", "!", "?", ":", ",")) for line in first) \
            and not any(ch.isdigit() for ch in "".join(first)):
        return lines[:start] + [" ".join(words)] + lines[end:]
    return lines
