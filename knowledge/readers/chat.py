"""A posting pasted from a chat message (Slack, Teams): the author-and-time line, the reactions and
"12 replies" under it are the message's, not the posting's; `:shortcode:` emoji that open a line are
its bullet, or its label when they stand for one (:round_pushpin: a place, :moneybag: the pay); a line
all in `*bold*` is a heading, the first one the posting's title."""

import re

# "Rhiannon Pryce  10:42 AM", "Tomasz Nowak [9:05]", "Ana Ruiz — Today at 14:03": a name, then a time.
_AUTHOR = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\s*(?:[-–—,]\s*)?(?:\[)?"
                     r"(?:(?:today|yesterday)(?: at)?\s*)?\d{1,2}:\d{2}\s*(?:[AP]M)?\]?$", re.I)
_SHORTCODE = re.compile(r":[a-z0-9_+-]{2,40}:")
_REACTIONS = re.compile(r"^(?:\s*:[a-z0-9_+-]{2,40}:\s*\d+)+\s*$|^\s*\d+\s+repl(?:y|ies)\b.*$", re.I)
_BOLD_LINE = re.compile(r"^\*(?P<text>[^*\n]{2,120})\*$")
# Icons that stand for the label of the fact after them, Slack's shortcode or the emoji itself.
LABEL_ICONS = {
    "round_pushpin": "Location", "pushpin": "Location", "world_map": "Location", "earth_africa": "Location",
    "earth_americas": "Location", "earth_asia": "Location", "globe_with_meridians": "Location",
    "\U0001f4cd": "Location", "\U0001f30d": "Location", "\U0001f30e": "Location", "\U0001f30f": "Location",
    "briefcase": "Employment type", "\U0001f4bc": "Employment type",
    "moneybag": "Salary", "money_with_wings": "Salary", "dollar": "Salary", "pound": "Salary", "euro": "Salary",
    "\U0001f4b0": "Salary", "\U0001f4b8": "Salary", "\U0001f4b5": "Salary", "\U0001f4b7": "Salary",
    "\U0001f4b6": "Salary", "bust_in_silhouette": "Reports to", "\U0001f464": "Reports to",
}
_OPENING_ICON = re.compile(r"^\s*(?::(?P<code>[a-z0-9_+-]{2,40}):|(?P<emoji>[\U0001f300-\U0001faff\u2600-\u27bf])"
                           r"\ufe0f?)\s*(?=\S)")
_LABELLED = re.compile(r"^[A-Za-z][\w &/'’-]{0,30}?\s*:\s")
# A paste with no author line is still a chat message when this many lines open with a shortcode.
MIN_ICON_LINES = 4


def unwrap(lines: list[str]) -> tuple[list[str], dict, list[str]]:
    """(the posting's lines, its fields, warnings); the lines as they are when they are no chat paste."""
    texts = [i for i, line in enumerate(lines) if line.strip()]
    if not texts:
        return lines, {}, []
    authored = bool(_AUTHOR.match(lines[texts[0]].strip()))
    icons = sum(1 for line in lines if _OPENING_ICON.match(line) and _OPENING_ICON.match(line).group("code"))
    if not authored and icons < MIN_ICON_LINES:
        return lines, {}, []
    body = lines[texts[0] + 1:] if authored else list(lines)
    while body and (not body[-1].strip() or _REACTIONS.match(body[-1])):
        body.pop()
    fields: dict = {}
    out = []
    for line in body:
        text = line.strip()
        if _OPENING_ICON.match(text):
            out.append(iconed(text))
            continue
        text = _tidy(text)
        bold = _BOLD_LINE.match(text)
        if bold:
            heading = bold.group("text").strip()
            if "title" not in fields:
                fields["title"] = heading
                continue
            out.append(heading.rstrip(":") + ":")
            continue
        out.append(text)
    warnings = ["the chat message's author line and reactions were skipped (not about the role)"] if authored else []
    return out, fields, warnings


def iconed(text: str) -> str:
    """A line an icon opens: "Salary: £190 a day" when the icon stands for a label (💷, :moneybag:),
    else a bullet; a line with no icon as it is."""
    icon = _OPENING_ICON.match(text)
    if not icon:
        return text
    label = LABEL_ICONS.get(icon.group("code") or icon.group("emoji"))
    rest = _tidy(text[icon.end():])
    if label and rest.casefold().startswith(label.casefold() + " "):
        rest = f"{label}: {rest[len(label):].strip()}"  # ":bust_in_silhouette: reports to Tomasz"
    return rest if _LABELLED.match(rest) else f"{label}: {rest}" if label else f"- {rest}"


def _tidy(text: str) -> str:
    """Without its shortcode emoji."""
    return " ".join(_SHORTCODE.sub(" ", text).split())
