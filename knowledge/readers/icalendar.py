"""Calendar events (.ics, what Outlook and Google Calendar export): a recruitment open evening or a
careers fair whose description holds the whole advert.

Lines are unfolded first (RFC 5545: a line break followed by a space or tab goes on the line before,
wherever it falls, inside a word too), then each event's DESCRIPTION, SUMMARY, LOCATION, DTSTART and
URL are unescaped (`\\n` a line break, `\\,` `\\;` `\\\\` the characters); a description Google
Calendar wrote as HTML has its line breaks and list items read as such. The description is read as a
plain-text posting; a "JOB:" or "Role:" line in it names the title, else the event's summary does; the
event's place and time are facts of their own. Time zones, alarms and the calendar's other parts are
the calendar's. An event whose description is no posting (a team stand-up) is left out, with a warning."""

import html
import re

from knowledge.parse import DocumentError
from knowledge.readers import plaintext
from knowledge.readers.model import Document

FORMAT = "icalendar"
_FOLD = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"^(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")
# A line of the description that names the role.
_TITLE_LINE = re.compile(r"^\s*(?:job|role|position|vacancy|job title|post)\s*:\s*(?P<title>\S.*)$", re.I)
_DATE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<H>\d{2})(?P<M>\d{2}))?")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def read(text: str, name: str) -> Document:
    events = _events(_FOLD.sub("", text.lstrip("\ufeff")))
    if not events:
        raise DocumentError(f"{name}: a calendar with no event (BEGIN:VEVENT) in it")
    roles, warnings = [], []
    for number, event in enumerate(events, 1):
        label = f"{name} (event {number})" if len(events) > 1 else name
        try:
            doc = plaintext.read("\n".join(_posting(event)), label)
        except DocumentError as exc:
            if len(events) == 1:
                raise
            warnings.append(f"event {number} ({event.get('SUMMARY', 'no summary')}) is no posting: {exc}")
            continue
        roles.extend(doc.roles)
        warnings.extend(doc.warnings)
    if not roles:
        raise DocumentError(f"{name}: no event of the calendar holds a job posting in its description")
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(warnings))


def _events(text: str) -> list[dict[str, str]]:
    """Each VEVENT's properties (the first of each name), unescaped; nested parts (VALARM) skipped."""
    events, current, depth = [], None, 0
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        found = _PROPERTY.match(line)
        if not found:
            continue
        key, value = found.group("name").upper(), found.group("value")
        if key == "BEGIN":
            if value.strip().upper() == "VEVENT":
                current, depth = {}, 0
            elif current is not None:
                depth += 1
        elif key == "END":
            if value.strip().upper() == "VEVENT" and current is not None:
                events.append(current)
                current = None
            elif current is not None:
                depth -= 1
        elif current is not None and depth == 0:
            current.setdefault(key, _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value))
    return events


def _when(value: str | None) -> str | None:
    found = _DATE.match(value or "")
    if not found:
        return None
    day = f"{int(found.group('d'))} {MONTHS[int(found.group('m')) - 1]} {found.group('y')}"
    return f"{day}, {found.group('H')}:{found.group('M')}" if found.group("H") else day


# Google Calendar writes a description as HTML: its line breaks and list items are the text's.
_HTML_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>|</h\d>", re.I)
_HTML_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]+>")


def _description(text: str) -> list[str]:
    if _HTML_TAG.search(text) and re.search(r"<(?:br|p|b|ul|li|div|strong|a)\b", text, re.I):
        text = _HTML_TAG.sub("", _HTML_ITEM.sub("\n- ", _HTML_BREAK.sub("\n", text)))
        text = html.unescape(text)
    return [line.rstrip() for line in text.split("\n")]


def _posting(event: dict[str, str]) -> list[str]:
    """The event as a plain-text posting: its title line, the description, then its own facts."""
    description = _description(event.get("DESCRIPTION", ""))
    named = next((m.group("title").strip() for line in description if (m := _TITLE_LINE.match(line))), None)
    summary = " ".join(event.get("SUMMARY", "").split())
    lines = [f"Job title: {named}" if named else summary, ""]
    lines += [line for line in description if not _TITLE_LINE.match(line)]
    facts = [("Event", summary if named else None), ("Event date", _when(event.get("DTSTART"))),
             ("Event location", " ".join(event.get("LOCATION", "").split())), ("Link", event.get("URL"))]
    lines += ["", "Event:"] + [f"- {label}: {value}" for label, value in facts if value]
    return lines
