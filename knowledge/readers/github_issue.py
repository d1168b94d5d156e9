"""A GitHub issue saved as Markdown, as an open-source project posts a paid role: the page's menus
above the issue's title and its footer are GitHub's; the title's "[Hiring]" tag and "#2318" number
are the tracker's; the first comment is the posting, edited in place (struck-out words, `~~12-month
contract~~`, no longer hold); the maintainers' checklist is theirs; later comments are the
discussion, kept under a heading of their own, without reactions and cross-reference events."""

import re

FORMAT = "github_issue"
_COMMENT = re.compile(r"^\*\*(?P<who>[\w.-]+)\*\*\s+(?:commented|opened this issue)\s+on\s+(?P<when>[^·]+?)"
                      r"(?:\s*·.*)?$")
_EVENT = re.compile(r"^\*\*[\w.-]+\*\*\s+(?:mentioned|referenced|added|removed|closed|reopened|linked|assigned|"
                    r"unassigned|changed)\b.*(?:this|the)\b", re.I)
_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s+#\d+\s*$")
_TAG = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)+")
_META = re.compile(r"^(?:\*\*(?:open|closed)\*\*\s*·|labels:|assignees?:|milestone:|projects?:|development:|"
                   r"participants:|notifications?)", re.I)
_REACTIONS = re.compile(r"^(?:[^\w\s]+\s*\d+\s*·?\s*)+$")
_FOOTER = re.compile(r"^\s*footer\s*$|^©\s*\d{4}\s+github", re.I)
_HIDDEN = re.compile(r"<!--.*?-->", re.S)
# A section of the issue for the maintainers, not for applicants.
MAINTAINERS = re.compile(r"^#{2,6}\s+.*(?:\bchecklist\b|\(maintainers?\)|\binternal\b)", re.I)
DISCUSSION = "Comments on the issue"


def is_issue(body: str) -> bool:
    lines = body.split("\n")
    return any(_TITLE.match(line) for line in lines[:30]) and sum(1 for line in lines if _COMMENT.match(line)) >= 1


def as_posting(body: str) -> tuple[str, list[str]]:
    """(the issue as a posting's Markdown, warnings)."""
    lines = _HIDDEN.sub("", body).split("\n")
    start = next(i for i, line in enumerate(lines) if _TITLE.match(line))
    end = next((i for i, line in enumerate(lines) if i > start and _FOOTER.match(line)), len(lines))
    lines = lines[start:end]
    title = _TAG.sub("", _TITLE.match(lines[0]).group("title")).strip()
    comments: list[list[str]] = []  # the first is the posting
    who: list[str] = []
    for line in lines[1:]:
        found = _COMMENT.match(line.strip())
        if found:
            comments.append([])
            who.append(f"{found.group('who')} ({found.group('when').strip()})")
            continue
        if not comments or _META.match(line.strip()) or _EVENT.match(line.strip()):
            continue
        comments[-1].append(line)
    if not comments:
        return body, []
    posting, skipped = [], False
    for line in comments[0]:
        if re.match(r"^#{1,6}\s", line):
            skipped = bool(MAINTAINERS.match(line))
        if not skipped:
            posting.append(line)
    warnings = ["the maintainers' own section of the issue was not read"] if any(
        MAINTAINERS.match(line) for line in comments[0]) else []
    discussion = []
    for name, comment in zip(who[1:], comments[1:]):
        words = " ".join(t.strip() for t in comment if t.strip() and t.strip() != "---"
                         and not _REACTIONS.match(t.strip()) and not t.strip().startswith("- ") or False)
        if words:
            discussion.append(f"- {name}: {words}")
    out = [f"# {title}", "", *[t for t in posting if t.strip() != "---"]]
    if discussion:
        out += ["", f"## {DISCUSSION}", "", *discussion]
    return "\n".join(out), warnings
