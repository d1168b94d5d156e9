"""Parts of pay asked beside the salary: "is equity included?", "any bonus?".

A salary answer shows a role's ranges; asked about one part of the pay, the
recruiter wants what the documents say of that part ("Competitive salary and
equity compensation" under the benefits), or to hear that they don't say,
not the range again as if it answered.
"""

from dataclasses import replace

from bot.answer import Answer, Item, Section
from bot.question_words import _fact_words, _mentions, _stem

# The parts of a pay package people ask about by name, each with the words a
# document may use for it. A bonus and commission are one variable pay, as
# `pay_details.TOPIC_SAID` counts them: "is there a bonus?" of pay with
# uncapped commission is answered by that line, not told it is unmentioned.
PAY_PARTS = {
    "equity": ("equity", "stock", "rsu"),
    "bonus": ("bonus", "commission", "ote", "premia",  # "premia roczna": a Polish posting's annual bonus
              # a yearly or thirteenth-month payment, as other countries' postings name it
              "eindejaarsuitkering", "dertiende", "weihnachtsgeld", "jahressonderzahlung", "tredicesima",
              "quattordicesima", "aguinaldo", "gratificação", "gratificacion", "gratificación", "thirteenth",
              "13th"),
    "commission": ("commission", "ote"),
    "stock": ("stock", "equity", "rsu"),
    "rsus": ("rsu", "stock", "equity"),
}
# A part asked by any of these words (folded tokens of the question).
_ASKED_AS = {"equity": "equity", "bonus": "bonus", "bonuses": "bonus", "commission": "commission",
             "commissions": "commission", "ote": "commission", "stock": "stock", "rsu": "rsus", "rsus": "rsus"}


def asked(r) -> list[str]:
    """The parts of pay the question names, in its order."""
    return list(dict.fromkeys(_ASKED_AS[t.text] for t in r.tokens if not t.brk and t.text in _ASKED_AS))


def with_pay_parts(r, profile, answer: Answer) -> Answer:
    """`answer` (a salary answer) with, for each part of pay asked, the role's
    items naming it, or a line saying its documents don't mention it."""
    parts = asked(r)
    if not parts:
        return answer
    shown = {item.text for section in answer.sections for item in section.items}
    notes = _fact_words(" ".join(s.note or "" for s in profile.role.salaries))  # words: "ote" is not in "remote"
    sections, unsaid = list(answer.sections), []
    for part in parts:
        words = PAY_PARTS[part]
        facts = [f for f in profile.facts if f.text and any(_mentions(_fact_words(f.text), _stem(w)) for w in words)]
        new = [f for f in facts if f.text not in shown]
        if new:
            sections.append(Section(f"On {part}", tuple(Item(f.text, source=f.source) for f in new)))
            shown |= {f.text for f in new}
        elif not facts and not any(_mentions(notes, _stem(w)) for w in words):
            unsaid.append(part)
    if unsaid:
        said = " or ".join("a bonus" if part == "bonus" else part for part in unsaid)
        line = f"The {profile.role.title} documents don't mention {said}."
        answer = replace(answer, summary=f"{answer.summary} {line}" if answer.summary else line)
    sources = answer.sources + tuple(i.source for s in sections[len(answer.sections):] for i in s.items if i.source)
    return replace(answer, sections=tuple(sections), sources=tuple(dict.fromkeys(sources)))
