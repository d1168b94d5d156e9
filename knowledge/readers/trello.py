"""A Trello board's JSON export (Board menu > Print, export and share > Export as JSON): a card per role,
the list it sits in its status ("Interviewing", "✅ Filled"), its Markdown `desc` the posting, and its
checklists ("Requirements", "Nice to have") sections of items whatever their ticks. The board's own
description (the address every role shares) is every card's. Archived cards and lists are no longer
on the board; the activity (`actions`: the team's comments, cards moved) is the team's, never read.
Each card is written as Markdown with front matter and read by the Markdown reader."""

import re

import yaml

from knowledge.parse import DocumentError
from knowledge.readers import markdown
from knowledge.readers.model import Document

FORMAT = "trello"
# A list's emoji and marks ("📋 Open roles", "✅ Filled") are no part of the status.
_DECORATION = re.compile(r"^[^\w]+|[^\w)]+$")
# A hiring board named for its employer and its purpose ("Acme Bakery – Hiring 2026", "Acme: open roles"):
# the name before the purpose is the company every card hires for.
_BOARD_PURPOSE = re.compile(r"\s+[–—|:-]\s*(?:hiring|recruit\w*|jobs|careers|open roles|vacancies)\b.*$", re.I)


def is_board(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("cards"), list) and isinstance(data.get("lists"), list)


def read(data: dict, name: str) -> Document:
    lists = {str(lst.get("id")): lst for lst in data["lists"] if isinstance(lst, dict)}
    checklists: dict[str, list[dict]] = {}
    for checklist in data.get("checklists") or []:
        if isinstance(checklist, dict):
            checklists.setdefault(str(checklist.get("idCard")), []).append(checklist)
    board = " ".join(str(data.get("desc") or "").split())
    roles, warnings = [], []
    for card in data["cards"]:
        if not isinstance(card, dict) or card.get("closed") or not str(card.get("name") or "").strip():
            continue
        place = lists.get(str(card.get("idList"))) or {}
        if place.get("closed"):
            continue
        status = _DECORATION.sub("", str(place.get("name") or ""))
        front = {"title": " ".join(str(card["name"]).split())}
        if status:
            front["status"] = status
        employer = str(data.get("name") or "")
        if _BOARD_PURPOSE.search(employer) and _BOARD_PURPOSE.sub("", employer).strip():
            front["company"] = _BOARD_PURPOSE.sub("", employer).strip()
        body = [str(card.get("desc") or "")]
        for checklist in checklists.get(str(card.get("id")), []):
            entries = [i for i in checklist.get("checkItems") or [] if isinstance(i, dict) and i.get("name")]
            body += ["", f"## {checklist.get('name') or 'Checklist'}", "",
                     *(f"- {' '.join(str(i['name']).split())}" for i in entries)]
        if board:
            body += ["", f"## About {data.get('name') or 'us'}", "", board]
        text = f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n\n" + "\n".join(body)
        try:
            doc = markdown.read(text, f"{name} ({front['title']})")
        except DocumentError as exc:
            warnings.append(f"card '{front['title']}' not read: {exc}")
            continue
        roles.extend(doc.roles)
        warnings.extend(doc.warnings)
    if not roles:
        raise DocumentError(f"{name}: a Trello board with no card that reads as a posting")
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(warnings))
