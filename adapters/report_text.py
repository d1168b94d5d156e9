"""`rolecall report` drawn for a terminal: aligned plain-text tables that
survive a paste into an email (votes headed "up"/"down", not emoji).
"""

from knowledge.report import FeedbackTally, Report

# Why a question went unanswered, in words (the store keeps the answer's kind).
REASONS = {"unknown_role": "unknown role", "clarify": "asked which role", "not_understood": "not understood",
           "no_results": "no results"}
# Long questions and candidate lists are cut so a row stays on one line.
QUESTION_WIDTH = 60
CANDIDATES_WIDTH = 60


def render_report(report: Report) -> str:
    lines = [
        f"RoleCall report: the last {report.days} day{'s' if report.days != 1 else ''} "
        f"({_time(report.since)} to {_time(report.until)} UTC)",
        "",
        f"Questions: {report.overall.questions}, answered {report.overall.answered} "
        f"({_percent(report.overall.rate)})",
    ]
    if report.platforms:
        lines.append("")
        lines += _table(["platform", "questions", "answered", "rate"],
                        [[p.platform, p.questions, p.answered, _percent(p.rate)] for p in report.platforms],
                        numeric={1, 2, 3})
    lines += ["", f"Most frequent unanswered questions ({report.unanswered_total} unanswered in all)"]
    if report.unanswered:
        lines += _table(
            ["count", "last seen", "question", "why", "closest roles"],
            [[u.count, _time(u.last_seen), _cut(u.text, QUESTION_WIDTH), _reason(u.reason),
              _cut(", ".join(f"{name} ({score:.2f})" for name, score in u.candidates) or "-", CANDIDATES_WIDTH)]
             for u in report.unanswered],
            numeric={0})
        lines.append("  (add documents for the roles people ask about and RoleCall does not have)")
    else:
        lines.append("  none")
    lines += ["", "Feedback per intent"] + _tallies("intent", report.feedback_by_intent)
    lines += ["", "Feedback per role"] + _tallies("role", report.feedback_by_role)
    return "\n".join(lines)


def _tallies(name: str, tallies: tuple[FeedbackTally, ...]) -> list[str]:
    if not tallies:
        return ["  no feedback yet"]
    return _table([name, "up", "down", "up share"],
                  [[t.name, t.up, t.down, _percent(t.ratio)] for t in tallies], numeric={1, 2, 3})


def _table(headers: list[str], rows: list[list], *, numeric: set[int]) -> list[str]:
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  " + "  ".join(c.rjust(w) if i in numeric else c.ljust(w)
                                for i, (c, w) in enumerate(zip(row, widths))).rstrip()

    return [line(cells[0]), "  " + "  ".join("-" * w for w in widths), *map(line, cells[1:])]


def _reason(reason: str) -> str:
    return REASONS.get(reason, reason.replace("_", " "))


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _time(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"

