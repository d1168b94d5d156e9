"""The plain-text drawing of an answer, for the CLI and as the notification
fallback on the chat platforms. Lists are shown in full."""

from bot.answer import Answer


def render_text(answer: Answer, *, with_suggestions: bool = True) -> str:
    lines = [answer.title]
    if answer.summary:
        lines.append(answer.summary)
    for section in answer.sections:
        lines.append("")
        lines.append(f"{section.title}:" if section.items or section.text else section.title)
        if section.text:
            lines.append(section.text)
        lines.extend(f"- {item.display}" for item in section.items)
    if answer.choices:
        lines.append("")
        lines.extend(f"- {choice.label}" for choice in answer.choices)
    if answer.sources:
        lines.append("")
        lines.append("Sources: " + ", ".join(answer.sources))
    if with_suggestions and answer.suggestions:
        lines.append("You can also ask: " + " · ".join(s.label for s in answer.suggestions))
    return "\n".join(lines).strip() or answer.title or "Sorry, I have no answer."
