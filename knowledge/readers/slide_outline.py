"""A slide deck saved as an outline (PowerPoint's "Outline / RTF" or a copy of its outline view): each
slide a numbered line ("3<TAB>The role at a glance"), its bullets indented by tabs, a sub-bullet one tab
deeper. The slide titles are headings and the bullets their items, a sub-bullet kept with the bullet it
belongs to; a fact written "Label: value" stays a labelled line. The presenter's speaker notes are
for the one presenting ("remind audience about the referral bonus – internal only"), never the
posting's facts, and are not read."""

import re

_SLIDE = re.compile(r"^(?P<number>\d{1,3})\t+(?P<title>\S.*)$")
_INDENTED = re.compile(r"^(?P<tabs>\t+)(?P<text>\S.*)$")
_NOTES = re.compile(r"^\s*(?:speaker notes?|presenter notes?|notes)\s*:", re.I)
_LABEL = re.compile(r"^[A-Za-z][\w &/'’-]{0,30}:\s+\S")
MIN_SLIDES = 3


def is_outline(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    slides = sum(1 for line in filled if _SLIDE.match(line))
    return slides >= MIN_SLIDES and all(_SLIDE.match(line) or _INDENTED.match(line) for line in filled)


def as_text(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the outline as plain text: slide titles over their bullets, warnings)."""
    out: list[str] = []
    notes = 0
    detailed: set[int] = set()
    for line in lines:
        slide, bullet = _SLIDE.match(line), _INDENTED.match(line)
        if slide:
            out += ["", slide.group("title").strip()]
            continue
        if not bullet:
            continue
        text = bullet.group("text").strip()
        if _NOTES.match(text):
            notes += 1
            continue
        if len(bullet.group("tabs")) > 1 and out and out[-1].startswith("- "):
            joined = len(out) - 1 in detailed  # a sub-bullet: with the bullet it details
            out[-1] = f"{out[-1]}{'; ' if joined else ': ' if not out[-1].endswith(':') else ' '}{text}"
            detailed.add(len(out) - 1)
            continue
        out.append(text if _LABEL.match(text) else f"- {text}")
    warnings = [f"{notes} speaker notes were not read (the presenter's, not the posting's)"] if notes else []
    return out, warnings
