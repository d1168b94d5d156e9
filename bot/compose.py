"""Building answers from the store's facts, one function per kind of answer.

Everything shown comes from a `RoleProfile` or `RoleEntry`: the composers
choose sections, order them and word the one-line summaries; they never add
a fact of their own. Every answer names the source documents it drew on.
"""

import heapq
import re
from dataclasses import replace
from collections import Counter

from bot import gist, pay_rows, role_groups, said_in_passing
from bot.thresholds import BOTTOM, TOP, meets
from bot import vocabulary as V
from bot.answer import (
    ANSWER,
    CLARIFY,
    HELP,
    NOT_UNDERSTOOD,
    UNKNOWN_ROLE,
    Answer,
    Item,
    Section,
    Suggestion,
)
from knowledge import sections as S
from knowledge.catalog import CareerEntry, ExperienceInfo, FactEntry, RoleEntry, RoleProfile, SalaryInfo

# Items of a list shown per role in a side-by-side comparison.
COMPARE_ITEMS = 12
# Matching facts shown per role in a "which roles mention X" answer.
SEARCH_ITEMS_PER_ROLE = 3
# Lists of roles longer than this are cut, with a count of the rest: a store
# of thousands of roles must not produce a message of thousands of lines.
MAX_LISTED_ROLES = 50

# What each single-role intent shows: (topic words, sections in order).
ROLE_SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    V.OVERVIEW: ("overview", (S.OVERVIEW, S.ABOUT)),
    V.PRIMARY: ("responsibilities", (S.PRIMARY, S.KEY_RESPONSIBILITIES, S.RESPONSIBILITIES)),
    V.SECONDARY: ("secondary responsibilities", (S.SECONDARY,)),
    V.HARD_SKILLS: ("hard skills", (S.HARD_SKILLS, S.TOOL_CATEGORIES)),
    V.SOFT_SKILLS: ("soft skills", (S.SOFT_SKILLS,)),
    V.SKILLS: ("skills", (S.HARD_SKILLS, S.SOFT_SKILLS, S.TOOL_CATEGORIES)),
    V.EDUCATION: ("education", (S.EDUCATION_MINIMUM, S.EDUCATION_PREFERRED, S.EDUCATION_FIELDS)),
    V.EXPERIENCE: ("experience", (S.EXPERIENCE_RANGE, S.EXPERIENCE_PREFERRED)),
    V.CAREER: ("career path", (S.CAREER_ENTRY, S.CAREER_ADVANCEMENT, S.CAREER_LATERAL)),
    V.CAREER_ENTRY: ("where they come from", (S.CAREER_ENTRY,)),
    V.CAREER_NEXT: ("next steps", (S.CAREER_ADVANCEMENT,)),
    V.CAREER_LATERAL: ("lateral moves", (S.CAREER_LATERAL,)),
    V.PERKS: ("perks and working arrangements", (S.LOCATION, S.EMPLOYMENT_TYPE, S.PERKS)),
    V.HIRING: ("hiring advice", (S.HIRING_ADVICE, S.PREREQUISITES, S.HIRING_PROCESS)),
    V.REQUIREMENTS: ("requirements", (S.REQUIREMENTS, S.HARD_SKILLS, S.EDUCATION_MINIMUM, S.EXPERIENCE_RANGE)),
    V.NICE_TO_HAVE: ("nice-to-haves", (S.NICE_TO_HAVE, S.EXPERIENCE_PREFERRED, S.EDUCATION_PREFERRED)),
    V.BENEFITS: ("benefits", (S.PERKS,)),
    V.LOCATION: ("location and remote policy", (S.LOCATION,)),
    V.EMPLOYMENT_TYPE: ("employment type", (S.EMPLOYMENT_TYPE,)),
    V.LEVELS: ("levels", (S.LEVELS,)),
    V.HIRING_PROCESS: ("hiring process", (S.HIRING_PROCESS,)),
    V.TEAM: ("team and reporting line", (S.TEAM,)),
    V.COMPANY: ("about the company", (S.COMPANY,)),
}
# The seeds' layouts have no career-path section of their own; postings do.
for _intent in (V.CAREER, V.CAREER_NEXT):
    ROLE_SECTIONS[_intent] = (ROLE_SECTIONS[_intent][0], ROLE_SECTIONS[_intent][1] + (S.CAREER_PATH,))
# A facet's section for its least and for its preferred (V.MINIMUM_WORDS,
# V.PREFERRED_WORDS): "min edu" is the minimum education alone.
NARROWER_SECTIONS = {
    V.EDUCATION: ((V.MINIMUM_WORDS, S.EDUCATION_MINIMUM), (V.PREFERRED_WORDS, S.EDUCATION_PREFERRED)),
    V.EXPERIENCE: ((V.MINIMUM_WORDS, S.EXPERIENCE_RANGE), (V.PREFERRED_WORDS, S.EXPERIENCE_PREFERRED)),
}


def _narrowed(intent: str, profile: RoleProfile, section_names: tuple[str, ...], asked: str) -> tuple[str, ...]:
    """`section_names` without the other side's section of NARROWER_SECTIONS
    when the question's words ask for one side only and the role has it
    (the fields of study stay: they are neither side)."""
    words = set(re.findall(r"[\w']+", asked))
    sides = NARROWER_SECTIONS.get(intent, ())
    wanted = [name for group, name in sides if words & group]
    if len(wanted) != 1 or not profile.section(wanted[0]):
        return section_names
    if _said_on_the_other_side(profile, wanted[0], {n for _g, n in sides} - {wanted[0]}, words):
        return section_names  # "any senior/lead time required on top?": the lead years are preferred
    return tuple(name for name in section_names if name == wanted[0] or name not in {n for _g, n in sides})


def _said_on_the_other_side(profile: RoleProfile, wanted: str, others: set[str], words: set[str]) -> bool:
    """Whether the question names a thing (a word of OTHER_SIDE_LETTERS or more,
    not of the title nor a function word) that the other side's facts say
    and the wanted side's don't: then the question is not about that side alone."""
    def said(names) -> set[str]:
        return {w for name in names for fact in profile.section(name) for w in _said_words(fact.text)}
    asked = {_owner(w) for w in words if len(w) >= OTHER_SIDE_LETTERS and w not in V.FUNCTION_WORDS} \
        - set(re.findall(r"[\w']+", profile.role.title.casefold()))
    return bool(asked & said(others) - said((wanted,)))


def _said_words(text: str) -> set[str]:
    """The words of `text`, folded, a possessive's "'s" dropped, curly or straight:
    "Master’s degree" says the "master's" asked."""
    return {_owner(w) for w in re.findall(r"[\w'’]+", text.casefold())}


def _owner(word: str) -> str:
    """`word` without its possessive "'s" ("master's" → "master")."""
    word = word.replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


# A word of this many letters or more names a thing ("lead", "phd"); "a", "of", "top" don't.
OTHER_SIDE_LETTERS = 4


# Where a posting states what the seeds' role profiles give sections of their
# own: asked for a role's education with no education section, its
# requirements' items that speak of education are shown (see `Assistant`).
# A posting's word on degrees may sit anywhere: "We do not require a degree"
# closes its hiring process or its own section.
FOUND_AMONG = {
    V.EDUCATION: (S.REQUIREMENTS, S.NICE_TO_HAVE, S.HIRING_PROCESS, S.NAMED, S.ABOUT),
    V.EXPERIENCE: (S.REQUIREMENTS, S.NICE_TO_HAVE),
}
# Sections whose facts are shown under their document's own heading (or, for
# a front-matter field, its label): a heading no facet names, or text kept apart.
OWN_HEADING_SECTIONS = (S.NAMED, S.DETAILS, S.NOT_ABOUT_ROLE)

# Which follow-up buttons an answer on one intent offers first.
FOLLOW_UP_ORDER = (V.PRIMARY, V.SALARY, V.HARD_SKILLS, V.SOFT_SKILLS, V.EXPERIENCE, V.CAREER,
                   V.EDUCATION, V.PERKS, V.HIRING, V.JOB_DESCRIPTION, V.OVERVIEW)
# ... and for a role described by postings, which have no skills sections of their own.
POSTING_FOLLOW_UP_ORDER = (V.PRIMARY, V.SALARY, V.REQUIREMENTS, V.NICE_TO_HAVE, V.LOCATION, V.BENEFITS,
                           V.HIRING_PROCESS, V.JOB_DESCRIPTION, V.OVERVIEW)
MAX_SUGGESTIONS = 4


# -- formatting ---------------------------------------------------------------
def _more(total: int) -> str | None:
    return f"{total} in all; showing the first {MAX_LISTED_ROLES}." if total > MAX_LISTED_ROLES else None


def _names(titles, count: int | None = None) -> str:
    """The first ten titles and how many more there are (of `count`, when
    `titles` holds only the first of them)."""
    titles = list(titles)
    count = len(titles) if count is None else count
    shown = ", ".join(titles[:10])
    return shown + (f" and {count - 10} more" if count > 10 else "")

# Currencies shown by their symbol; others by their code alone ("135,000 - 160,000 CAD").
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
# Currencies whose symbol names them alone: "£520 per week" is shown as written,
# not "£520 GBP per week"; "$" is also the Canadian or Australian dollar, so
# USD keeps its code, and so does a range whose words name the code.
_OWN_SYMBOL = {"EUR", "GBP"}
# A salary's words as a person wrote them ("$120k", "€65.000", "/hour", "8千-1.2万元"), shown
# beside the numbers; words an export made from numbers ("55000 - 65000") are not.
# "CHF 110'000", "38 000 SEK" and "18-24 Lacs P.A." are written otherwise than shown, too.
_WRITTEN = re.compile(r"[$€£¥₹₦₱₩₺₫₴₪฿円元원万萬만千천]|(?<![A-Za-z])R\d|\d\s*[kK]\b|\d\.\d{3}\b|\d\.\d\d\b|/\s*h|\+|\d['’ \u202f]\d{3}\b|"
                      r"\b(?:lakhs?|lacs?|lpa)\b", re.I)


def money(amount: float, currency: str | None = "USD") -> str:
    symbol = CURRENCY_SYMBOLS.get(currency or "", "")
    return f"{symbol}{amount:,.0f}" if amount == int(amount) else f"{symbol}{amount:,.2f}"


def salary_text(salary: SalaryInfo | None) -> str:
    """The range as data in the currency and period it was stated in, its
    note (OTE, bonus, equity), and the words as written when they differ."""
    if salary is None or not salary.stated:
        return "not stated"
    low, high, cur = salary.minimum, salary.maximum, salary.currency
    if low is not None and high is not None:
        text = money(low, cur) if low == high else f"{money(low, cur)} - {money(high, cur)}"
        text += "+" if salary.open_ended else ""
    elif high is not None:
        text = f"up to {money(high, cur)}"
    elif low is not None:
        text = f"from {money(low, cur)}"
    else:
        text = "?"
    written = " ".join(salary.text.split())
    code = cur and not (cur in _OWN_SYMBOL and cur.casefold() not in written.casefold())
    # A code the words wrote stands where they wrote it ("$160,000 - $220,000 USD per year"); one they
    # did not follows the range and its period, so "$46,000 - $52,000 per year" reads as written.
    after = code and salary.period and cur.casefold() not in written.casefold()
    if code and not after:
        # written before the amount ("KES 85,000 per month") and shown with no words as written, there too
        before = re.search(rf"\b{cur}\s?\d", written) and not _WRITTEN.search(written)
        text = f"{cur} {text}" if before else f"{text} {cur}"
    if salary.period:
        text += f" {salary.period}"
    bracket = [cur] if after else []
    if salary.note:
        bracket.append(salary.note)
    if bracket:
        text += f" ({'; '.join(bracket)})"
    if not salary.label and _WRITTEN.search(written) and not _same(written, text, cur):
        text += f", as written: “{written}”"
    return text


def _same(written: str, shown: str, currency: str | None) -> bool:
    """The words say nothing the numbers don't (the seeds' "$160,000 - $220,000 USD per year")."""
    def fold(t: str) -> str:
        t = t.casefold().replace((currency or "").casefold(), "")
        # Separators between digits stay: "€60.000" is not how "€60,000" is written.
        t = re.sub(r"(?<!\d)[.,]|[.,](?!\d)", "", t)
        # A currency's sign stays: "$44.18" shown as "44.18 (CAD)" has lost what was written.
        return re.sub(r"[^0-9a-z+.,$€£¥]", "", t)
    said, shown_ = fold(written), fold(shown)
    if said in shown_:
        return True
    # The words hold the numbers and more: the same only when the more is a label ("Salary:").
    return shown_ in said and _LABEL_ONLY.fullmatch(said.replace(shown_, "", 1)) is not None


# What may stand beside a range's numbers and say nothing of the pay: its label.
_LABEL_ONLY = re.compile(r"(?:salary|pay|payrange|range|compensation|rate|base|basesalary|annual|gross|"
                         r"the|is|of|up|to|from|usd|dollars)*")


def years_text(experience: tuple[ExperienceInfo, ...]) -> str:
    if not experience:
        return "not stated"
    return experience[0].text


# Experience statements of one role shown side by side with another's, at most: a posting's field
# ("5–8 years") and its requirement's words ("5+ years of Java, at least 2 with Spring Boot").
YEARS_COMPARED = 2


def _years_said(experience: tuple[ExperienceInfo, ...]) -> str:
    """The role's own ways of stating its years, for experience compared: the field alone hides
    that the requirement says "5+ years of Java"."""
    texts = list(dict.fromkeys(e.text for e in experience))[:YEARS_COMPARED]
    return "; ".join(texts) if texts else years_text(experience)


def _items(facts: list[FactEntry]) -> tuple[Item, ...]:
    return tuple(Item(text=f.text, label=f.label, source=f.source) for f in facts)


def _sources(profile: RoleProfile, facts: list[FactEntry]) -> tuple[str, ...]:
    names = list(dict.fromkeys(f.source for f in facts))
    return tuple(names) or tuple(s.name for s in profile.role.sources)


def follow_ups(role: RoleEntry, skip: str, profile: RoleProfile | None = None) -> tuple[Suggestion, ...]:
    """The next questions to offer about `role`: a posting's facets when its
    `profile` comes from postings (facts under a document's own headings)."""
    order = POSTING_FOLLOW_UP_ORDER if profile and any(f.heading for f in profile.facts) else FOLLOW_UP_ORDER
    out = []
    for intent in order:
        if intent == skip or (skip in (V.CAREER_ENTRY, V.CAREER_NEXT, V.CAREER_LATERAL) and intent == V.CAREER):
            continue
        label, question = V.FOLLOW_UPS[intent]
        out.append(Suggestion(label, question.format(role=role.title)))
        if len(out) == MAX_SUGGESTIONS:
            break
    return tuple(out)


def heading_of(fact: FactEntry) -> str | None:
    """The heading a fact is shown under in its own document: a front-matter
    field's label ("Reports to"), else the section's heading."""
    return fact.label if fact.section == S.DETAILS and fact.label else fact.heading


def own_sections(profile: RoleProfile) -> dict[str, list[FactEntry]]:
    """The role's facts in OWN_HEADING_SECTIONS, by heading, in document order."""
    groups: dict[str, list[FactEntry]] = {}
    for fact in profile.facts:
        heading = heading_of(fact) if fact.section in OWN_HEADING_SECTIONS else None
        if heading:
            groups.setdefault(heading, []).append(fact)
    return groups


def _shown(heading: str, facts: list[FactEntry]) -> Section:
    """Facts under their own heading: a field's label is the heading, so it is not repeated."""
    return Section(heading, tuple(Item(text=f.text, label=None if f.label == heading else f.label, source=f.source)
                                  for f in facts))


# -- one role -------------------------------------------------------------------
# A line of a posting, under whatever heading, that says how or by when to apply: "Apply online
# by December 18, 2026", "Applications close 9 May", "send your CV to jobs@…" (not a bare button).
# (also as postings in other languages say it: "Solliciteer vóór 3 januari", "Bewerbung bis 5. März",
# "postulez avant le 9 mai", "candidatura entro il 3 marzo", "Plazo de inscripción: hasta el 15 de enero"), or by what to send where: "Send your CV to
# careers@… with subject GRA-0412", "email your resume to …"
_APPLY_LINE = re.compile(r"\b(?:apply|applications?|closing date|deadline|solliciteer|solliciteren|sollicitatie|"
                         r"bewerben|bewerbung|bewerbungsfrist|postuler|postulez|candidature|postula|postular|candidatura|candidati|"
                         r"inscripci[oó]n|plazo|fecha l[ií]mite|date limite|"
                         r"(?:send|email|e-mail|mail)(?: us)? your (?:cv|resume|résumé|application)|"
                         r"(?:cv|resume|résumé)s? to)\b",
                         re.I)
_APPLY_DETAIL = re.compile(r"\b(?:by|before|until|close[sd]?|to|v[oó][oó]r|uiterlijk|bis|avant|jusqu|antes|hasta|entro)"
                           r"\b.*(?:\d|@)|@\w|\bhttps?://", re.I)


# A question whether someone may apply ("can new grads apply for the OT job", "could a student apply"), and
# a posting's line that says who is welcome to ("Newly qualified therapists are welcome to apply"): whom
# the role is open to answers it before how to apply does.
_ASKS_WHO_MAY_APPLY = re.compile(r"^\s*(?:can|could|may|are|is|would)\b.*\bapply\b", re.I)
_WHO_MAY_APPLY = re.compile(r"\b(?:welcome|encouraged|eligible|invited|free|able)\s+to\s+apply\b|"
                            r"\b(?:may|can|should)\s+(?:also\s+|still\s+)?apply\b|\binvite applications from\b", re.I)


# Words that ask when applications close, and a line of a posting that says so with a date, under any
# heading: "Opens: 12/01/2026 | Closes: 12/22/2026", "Applications close 9 May 2027".
DEADLINE_WORDS = {"deadline", "closing", "close", "closes", "closed"}
_CLOSES = re.compile(r"\b(?:closes?|closing(?: date)?|deadline|apply by|applications close|"
                     # as other languages say it: "Plazo de inscripción: hasta el 15", "Date limite : 31 janvier"
                     r"plazo de inscripci[oó]n|fecha l[ií]mite|date limite(?: de candidature)?|bewerbungsfrist)"
                     r"\b\W{0,3}(?:on\s+|hasta el\s+|bis\s+(?:zum\s+)?)?\d",
                     re.I)


# A question on being on call, and a posting's line that says the role is, in the words trades,
# plants and hospitals use: "call-out rota", "after-hours call-in rotation", "paid standby",
# "astreintes un week-end sur cinq", "Rufbereitschaft".
_ASKS_ON_CALL = re.compile(r"\bon[- ]?call\b|\bcall[- ]?outs?\b|\bstandby\b", re.I)
_ON_CALL_LINE = re.compile(r"\b(?:on[- ]?call|call[- ]?(?:in|out)s?|standby|stand-by|astreintes?|"
                           r"rufbereitschaft|bereitschaftsdienst|guardias? localizadas?|"
                           r"(?:after|out[- ]of)[- ]hours)\b", re.I)


def _how_to_apply(profile: RoleProfile) -> list[FactEntry]:
    """The role's own lines that say how or by when to apply, for a question on
    applying asked of a posting with no such section ("deadline to apply for X"
    where "Apply online by December 18, 2026" closes the nice-to-haves): those,
    not the hiring advice it would fall back to."""
    return [f for f in profile.facts if _APPLY_LINE.search(f.text) and _APPLY_DETAIL.search(f.text)]


def role_answer(intent: str, profile: RoleProfile, confidence: float,
                headed: tuple[tuple[str, list[FactEntry]], ...] = (), asked: str = "") -> Answer:
    """The role's facts for `intent`, each section under its document's own
    heading when it has one. `headed` are more of the role's sections, found
    by their headings (see `Assistant`): "Who you'll work with" for the team.
    An intent of FALLS_BACK the role has no facts for is answered as the
    broader intent it falls back to ("is it remote" with the perks)."""
    role = profile.role
    if intent == V.SALARY:
        return salary_answer(profile, confidence, asked)
    if intent == V.JOB_DESCRIPTION:
        return job_description(profile, confidence)
    topic, section_names = ROLE_SECTIONS.get(intent, ROLE_SECTIONS[V.OVERVIEW])
    if intent in V.FALLS_BACK and not headed and not any(profile.section(name) for name in section_names):
        if intent == V.HIRING_PROCESS and (told := _how_to_apply(profile)):
            if DEADLINE_WORDS & set(re.findall(r"[\w']+", asked.casefold())) and not any(_CLOSES.search(f.text) for f in told):
                told = [f for f in profile.facts if _CLOSES.search(f.text)] + told  # "deadline for X": its date first
            if _ASKS_WHO_MAY_APPLY.search(asked):  # "can new grads apply": who is welcome first, then how
                told = [f for f in profile.facts if _WHO_MAY_APPLY.search(f.text) and f not in told] + told
            return Answer(title=f"{role.title}: how to apply", intent=intent, roles=(role.title,),
                          sections=(Section("How to apply", _items(told)),), confidence=confidence,
                          sources=_sources(profile, told), suggestions=follow_ups(role, intent, profile))
        instead = role_answer(V.FALLS_BACK[intent], profile, confidence)
        if intent == V.HIRING and instead.sections:  # said, so the skills are not taken for its advice
            note = f"The documents for {role.title} give no hiring advice; what it needs is what to screen for."
            instead = replace(instead, summary=" ".join(filter(None, (note, instead.summary))), intent=intent)
        return instead
    stated = V.FALLS_BACK_TO_STATED.get(intent)
    if stated and not headed and not any(profile.section(name) for name in section_names) and any(
            profile.section(name) for name in ROLE_SECTIONS[stated][1]):
        return role_answer(stated, profile, confidence, asked=asked)
    sections, used = [], []
    for name in _narrowed(intent, profile, section_names, asked):
        facts = profile.section(name)
        by_title: dict[str, list[FactEntry]] = {}
        for fact in facts:
            by_title.setdefault(_section_title(name, fact.heading), []).append(fact)
        for title, group in by_title.items():
            used.extend(group)
            sections.append(Section(title, _items(group)))
    for heading, facts in headed:
        used.extend(facts)
        sections.append(_shown(heading, facts))
    if intent == V.HIRING_PROCESS and DEADLINE_WORDS & set(re.findall(r"[\w']+", asked.casefold())) \
            and not any(_CLOSES.search(f.text) for f in used):
        closes = [f for f in profile.facts if _CLOSES.search(f.text) and all(f is not u for u in used)]
        used[:0] = closes
        sections[:0] = [Section("Closing date", _items(closes))] if closes else []
    if _ASKS_ON_CALL.search(asked) and not any(_ON_CALL_LINE.search(f.text) for f in used):
        # "is the brewery mechanic on call": the line that says so, under whatever heading, first
        rota = [f for f in profile.facts if _ON_CALL_LINE.search(f.text)]
        used[:0] = rota
        sections[:0] = [Section("On call", _items(rota))] if rota else []
    summary = None
    if intent == V.OVERVIEW and used and not any(_is_sentence(f.text) for f in used):
        # an overview of a board's chips only (pay, address, contract type): what the role does, too
        duties = [f for f in gist.first_items(profile, gist.DOING_SECTIONS) if all(f is not u for u in used)]
        if duties:
            used.extend(duties)
            sections.append(Section(_section_title(duties[0].section, duties[0].heading), _items(duties)))
    if intent == V.OVERVIEW:
        sections.append(Section("At a glance", (
            Item(salary_text(role.salary), label="Salary"),
            Item(years_text(role.experience), label="Experience"),
        )))
    if intent == V.EXPERIENCE and role.experience:
        summary = _years_summary(role)
    if intent == V.PRIMARY and used and any(f.heading for f in profile.facts):
        summary, lead = gist.role_sentences(profile)  # "what does X do": the overview's line on it first
        where = next(iter(profile.section(S.LOCATION)), None)  # and where it is done
        if where is not None and where.label and where.text not in summary:
            summary, lead = f"{summary} {where.label}: {where.text}.".strip(), lead + [where]
        summary, used = summary or None, lead + used
    if intent == V.OVERVIEW and not used and (summed := gist_answer(profile, confidence)) is not None:
        return summed
    if not used and (passing := said_in_passing.sentences(intent, profile.facts)):
        used = passing  # no section for it, but the role's paragraph says it: "No experience needed"
        sections.append(Section("Said in its description", _items(passing)))
    if not used:
        missing = f"The documents for {role.title} don't cover its {topic}."
        return Answer(
            title=f"{role.title}: {topic}", intent=intent, summary=missing, roles=(role.title,),
            confidence=confidence, suggestions=follow_ups(role, intent, profile),
            sources=tuple(s.name for s in role.sources),
        )
    return Answer(
        title=f"{role.title}: {topic}", intent=intent, summary=summary, sections=tuple(sections),
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, intent, profile),
        sources=_sources(profile, used),
    )


# A fact that is a sentence, not a chip of a job board's page: this many words and an end.
MIN_SENTENCE_WORDS = 6


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?", ":"))


def gist_answer(profile: RoleProfile, confidence: float) -> Answer | None:
    """The overview of a role whose documents have no overview section: the
    company's line, then the first of its responsibilities and requirements,
    where it is and what it pays. None when its documents say none of these."""
    role = profile.role
    lead, used = gist.company_sentence(profile)
    sections = []
    for names in (gist.DOING_SECTIONS, gist.NEEDS_SECTIONS):
        facts = gist.first_items(profile, names)
        if facts:
            used.extend(facts)
            sections.append(Section(_section_title(facts[0].section, facts[0].heading), _items(facts)))
    glance = [Item(f.text, label=S.TITLES[S.LOCATION], source=f.source) for f in profile.section(S.LOCATION)[:1]]
    if role.salary and role.salary.stated:
        glance.append(Item(salary_text(role.salary), label="Salary", source=role.salary.source))
    if role.experience and years_text(role.experience) not in {f.text for f in used}:
        glance.append(Item(years_text(role.experience), label="Experience", source=role.experience[0].source))
    if not used and not glance:
        return None
    if glance:
        sections.append(Section("At a glance", tuple(glance)))
    summary = lead or None
    return Answer(
        title=f"{role.title}: overview", intent=V.OVERVIEW, summary=summary, sections=tuple(sections),
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, V.OVERVIEW, profile),
        sources=_sources(profile, used + profile.section(S.LOCATION)[:1]),
    )


def _section_title(name: str, heading: str | None) -> str:
    """A section's title: its document's heading when that says more than the
    facet's name ("What you'll bring" rather than "Requirements"); the facet's
    name for the seeds' layouts and for a role's fields ("Location")."""
    if not heading or heading in ("Overview", "Details"):
        return S.TITLES[name]
    return heading


def named_section(profile: RoleProfile, heading: str, facts: list[FactEntry], confidence: float) -> Answer:
    """One of the role's sections asked for by its heading ("success metrics")."""
    role = profile.role
    return Answer(
        title=f"{role.title}: {heading}", intent=V.NAMED_SECTION, sections=(_shown(heading, facts),),
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, V.NAMED_SECTION, profile),
        sources=_sources(profile, facts),
    )


def facts_naming(profile: RoleProfile, words: list[str], facts: list[FactEntry], confidence: float) -> Answer:
    """The role's facts that use the question's own words ("mentor"), under
    the titles of the sections they come from."""
    role = profile.role
    groups: dict[str, list[FactEntry]] = {}
    for fact in facts:
        groups.setdefault(_section_title(fact.section, fact.heading), []).append(fact)
    return Answer(
        title=f"{role.title}: {', '.join(words)}", intent=V.NAMED_SECTION,
        summary=f"What the {role.title} documents say about “{', '.join(words)}”.",
        sections=tuple(Section(title, _items(group)) for title, group in groups.items()),
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, V.NAMED_SECTION, profile),
        sources=_sources(profile, facts),
    )


def not_mentioned(profile: RoleProfile, said: list[str], confidence: float, with_skills: bool) -> Answer:
    """A thing asked of a role that its documents never say ("c++ for lead
    backend?"), said plainly; with its skills, when a skill was asked, so
    that what it does ask for is on screen."""
    role = profile.role
    what = ", ".join(said)
    skills = profile.section(S.HARD_SKILLS) if with_skills else []
    return Answer(
        title=f"{role.title}: {what}", intent=V.NAMED_SECTION,
        summary=f"The {role.title} documents don't mention {what}.",
        sections=(Section(f"What the {role.title} documents list instead", _items(skills)),) if skills else (),
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, V.NAMED_SECTION, profile),
        sources=_sources(profile, skills),
    )


def compare_naming(profiles: list[RoleProfile], words: list[str], facts: list[list[FactEntry]],
                   confidence: float) -> Answer:
    """Roles side by side on the question's own words ("message queues: lead
    backend vs expert swe"): each role's facts that use them."""
    titles = tuple(p.role.title for p in profiles)
    topic = ", ".join(words)
    return Answer(
        title=" vs ".join(titles) + f": {topic}", intent=V.COMPARE,
        summary=f"What each role's documents say about “{topic}”.",
        sections=tuple(Section(f"{p.role.title}: {topic}", _items(own),
                               text=None if own else "not mentioned in its documents")
                       for p, own in zip(profiles, facts)),
        roles=titles, confidence=confidence,
        sources=tuple(dict.fromkeys(f.source for own in facts for f in own)),
        suggestions=tuple(Suggestion(label, f"compare {' and '.join(titles)} {label.lower()}")
                          for label in ("Salary", "Experience", "Hard skills", "Soft skills")),
    )


def combined(answers: list[Answer]) -> Answer:
    """Several answers about one role as one: "salary and experience for X"."""
    first = answers[0]
    role = first.roles[0] if first.roles else ""
    topics = [a.title.split(": ", 1)[-1] for a in answers]
    summaries = [a.summary for a in answers if a.summary]
    covered = {V.FOLLOW_UPS[a.intent][0] for a in answers if a.intent in V.FOLLOW_UPS}
    return Answer(
        title=f"{role}: {' & '.join(topics)}", intent=first.intent, summary=" ".join(summaries) or None,
        sections=tuple(dict.fromkeys(section for a in answers for section in a.sections)),  # each said once
        roles=first.roles, confidence=min(a.confidence for a in answers),
        sources=tuple(dict.fromkeys(source for a in answers for source in a.sources)),
        suggestions=tuple(s for s in first.suggestions if s.label not in covered),
    )


def _years_summary(role: RoleEntry) -> str | None:
    e = role.experience[0]
    if e.years_min is None:
        return None
    if e.years_max is None:
        return f"Typically {e.years_min}+ years."
    return f"Typically {e.years_min}-{e.years_max}{'+' if e.open_ended else ''} years."


# How pay is paid, asked beside it ("paid weekly, CIS or PAYE?"), and the line of the posting that says so,
# under whatever heading (a flyer's "ALL ROLES: Paid weekly by bank transfer · CIS or PAYE").
_ASKS_PAY_TERMS = re.compile(r"\b(?:weekly|fortnightly|monthly|bi-?weekly|cis|paye|ir35|umbrella|pay ?day)\b", re.I)
_PAY_TERMS_LINE = re.compile(r"\bpaid\s+(?:weekly|fortnightly|monthly|bi-?weekly|every)\b|\b(?:weekly|fortnightly|"
                             r"monthly)\s+pay\b|\bCIS\b|\bPAYE\b|\bIR35\b|\bumbrella company\b|\bpay ?day\b")


def _pay_terms(profile: RoleProfile, asked: str) -> tuple[Section, ...]:
    """The lines saying how the role's pay is paid, when `asked` asks it."""
    if not _ASKS_PAY_TERMS.search(asked):
        return ()
    said = _distinct([f for f in profile.facts if _PAY_TERMS_LINE.search(f.text)])
    return (Section("How it is paid", _items(said)),) if said else ()


def salary_answer(profile: RoleProfile, confidence: float, asked: str = "") -> Answer:
    """The role's ranges; of several (per level or location), those the
    question `asked` names, saying which it left out."""
    role = profile.role
    stated = [s for s in role.salaries if s.stated]
    stated, left_out = pay_rows.select(stated, asked) if asked else (stated, [])
    if stated:
        # One range is said once, in the summary; several are listed, and
        # the summary only counts them (the card showed the range twice).
        first = f"{stated[0].label}: " if (left_out or len(stated) == 1) and stated[0].label else ""
        if len(stated) == 1:
            summary = f"{role.title}: {first}{salary_text(stated[0])}."
        else:
            summary = f"{role.title}: {len(stated)} salary ranges."
        if left_out:
            summary += (f" Shown: the {len(stated)} of {len(stated) + len(left_out)} ranges your question names;"
                        f" left out: {'; '.join(s.label or 'unlabelled' for s in left_out)}.")
        items = tuple(Item(salary_text(s), label=s.label or "Range", source=s.source) for s in stated)
        sections = ((Section("Salary", items),) if len(stated) > 1 else ()) + _pay_terms(profile, asked)
        sources = tuple(dict.fromkeys(s.source for s in stated))
    else:
        blank = [s for s in role.salaries if not s.stated]
        said = _pay_words(role)
        why = f" as an amount; it says: “{said}”" if said else " (its salary line is blank)" if blank else ""
        summary = f"The {role.title} document does not state a salary{why}."
        sections = ()
        sources = tuple(s.name for s in role.sources)
    # The title says "not stated" as comparisons and rankings do, so an answer
    # skimmed by its heading reads the same whichever way the salary was asked.
    return Answer(
        title=f"{role.title}: salary" + ("" if stated else " not stated"), intent=V.SALARY, summary=summary, sections=sections,
        roles=(role.title,), confidence=confidence, suggestions=follow_ups(role, V.SALARY, profile), sources=sources,
    )


def job_description(profile: RoleProfile, confidence: float) -> Answer:
    """A draft posting assembled from the role's facts, in posting order."""
    role = profile.role
    sections = []
    used: list[FactEntry] = []

    def add(title: str, facts: list[FactEntry], limit: int | None = None):
        facts = facts[:limit] if limit else facts
        if facts:
            used.extend(facts)
            sections.append(Section(title, _items(facts)))

    details = profile.section(S.LOCATION) + profile.section(S.EMPLOYMENT_TYPE)
    add("Job details", details)
    # a role of two documents, a profile's definition and a posting's "about": the definition first
    add("About the role", _distinct(profile.section(S.OVERVIEW) + profile.section(S.ABOUT)))
    add("What you'll do", profile.section(S.KEY_RESPONSIBILITIES) or profile.section(S.PRIMARY), 10)
    add("What you'll bring", profile.section(S.HARD_SKILLS), 8)
    add("How you work", profile.section(S.SOFT_SKILLS), 6)
    requirements = profile.section(S.EXPERIENCE_RANGE) + profile.section(S.EDUCATION_MINIMUM)
    add("Experience and education", requirements)
    add("Nice to have", profile.section(S.EXPERIENCE_PREFERRED) + profile.section(S.EDUCATION_PREFERRED))
    add("Perks", profile.section(S.PERKS))
    if role.salary and role.salary.stated:
        sections.append(Section("Compensation", (Item(salary_text(role.salary), source=role.salary.source),)))
    return Answer(
        title=f"Draft job description: {role.title}", intent=V.JOB_DESCRIPTION,
        summary="Assembled from the role's documents; edit before posting.",
        sections=tuple(sections), roles=(role.title,), confidence=confidence,
        suggestions=follow_ups(role, V.JOB_DESCRIPTION, profile), sources=_sources(profile, used),
    )


def _distinct(facts: list[FactEntry]) -> list[FactEntry]:
    """`facts` without a text said twice (two documents of one role may share a line)."""
    seen: set[str] = set()
    return [f for f in facts if not (f.text in seen or seen.add(f.text))]


# -- several roles --------------------------------------------------------------
def compare(intent: str | None, profiles: list[RoleProfile], confidence: float, asked: str = "",
            told: dict[int, list[FactEntry]] | None = None) -> Answer:
    """Roles side by side; of a role paid by level or place, the ranges the
    question `asked` names ("senior iOS engineer vs …"); `told`: by role id,
    the facts outside the aspect's sections that state it in passing, shown
    after its own."""
    titles = tuple(p.role.title for p in profiles)
    sections: list[Section] = []
    summary = None
    aspect = intent if intent in ROLE_SECTIONS or intent == V.SALARY else None
    # asked for what each role is ("in a sentence each"), or for no aspect ("what's the difference
    # between X and Y"): each role's own line on what it is first, then the essentials side by side
    if aspect in (None, V.OVERVIEW):
        lines = [(p, gist.sentences(p.section(S.OVERVIEW)[0].text)[0] if p.section(S.OVERVIEW)
                  else gist.role_sentences(p)[0]) for p in profiles]
        if any(line for _p, line in lines):
            sections.append(Section("What each role is", tuple(
                Item(line or "not stated", label=p.role.title) for p, line in lines)))
    if aspect in (None, V.OVERVIEW, V.SALARY):
        stated = {p.role.id: [s for s in p.role.salaries if s.stated] for p in profiles}
        picked = {i: pay_rows.select(rows, asked)[0] for i, rows in stated.items()} if asked else stated
        if any(len(picked[i]) < len(rows) for i, rows in stated.items()):
            sections.append(Section("Salary", tuple(
                Item(salary_text(s), label=f"{p.role.title} ({s.label})" if s.label else p.role.title)
                for p in profiles for s in (picked[p.role.id] or [p.role.salary]))))
            profiles_by_pay = [replace(p, role=replace(p.role, salary=max(
                picked[p.role.id], key=lambda s: (s.maximum or 0, s.minimum or 0))))
                               if picked[p.role.id] else p for p in profiles]
            summary = _salary_summary(profiles_by_pay)
        else:
            sections.append(Section("Salary", tuple(Item(salary_text(p.role.salary), label=p.role.title)
                                                    for p in profiles)))
            summary = _salary_summary(profiles)
    if aspect in (None, V.OVERVIEW, V.EXPERIENCE):
        said = _years_said if aspect == V.EXPERIENCE else years_text
        sections.append(Section("Typical experience", tuple(
            Item(said(p.role.experience), label=p.role.title) for p in profiles)))
        if aspect == V.EXPERIENCE:
            summary = _experience_summary(profiles)
            for p in profiles:  # what each prefers beyond the years ("at least 5 years in a lead role")
                preferred = p.section(S.EXPERIENCE_PREFERRED)[:COMPARE_ITEMS]
                if preferred:
                    sections.append(Section(f"{p.role.title}: {S.TITLES[S.EXPERIENCE_PREFERRED].lower()}",
                                            _items(preferred)))
    if aspect is None or aspect == V.OVERVIEW:
        sections.append(Section("Moves on to", tuple(
            Item(", ".join(f.text for f in p.section(S.CAREER_ADVANCEMENT)) or "not stated", label=p.role.title)
            for p in profiles)))
        sections.append(Section("Minimum education", tuple(
            Item(" ".join(f.text for f in p.section(S.EDUCATION_MINIMUM)) or "not stated", label=p.role.title)
            for p in profiles)))
        for p in profiles:  # a posting says what it requires in a list of its own, not in those rows
            if required := p.section(S.REQUIREMENTS)[:COMPARE_ITEMS]:
                sections.append(Section(f"{p.role.title}: {S.TITLES[S.REQUIREMENTS].lower()}", _items(required)))
    elif aspect not in (V.SALARY, V.EXPERIENCE):
        topic, section_names = ROLE_SECTIONS[aspect]
        for p in profiles:
            facts = [f for name in section_names for f in p.section(name)][:COMPARE_ITEMS]
            facts += [f for f in (told or {}).get(p.role.id, []) if f not in facts][:COMPARE_ITEMS]
            sections.append(Section(f"{p.role.title}: {topic}", _items(facts),
                                    text=None if facts else "not covered by its documents"))
    sources = tuple(dict.fromkeys(s.name for p in profiles for s in p.role.sources))
    topic = "overview" if aspect in (None, V.OVERVIEW) else ROLE_SECTIONS.get(aspect, ("salary",))[0]
    return Answer(
        title=" vs ".join(titles) + f": {topic}", intent=V.COMPARE, summary=summary,
        sections=tuple(sections), roles=titles, confidence=confidence, sources=sources,
        suggestions=tuple(Suggestion(label, f"compare {' and '.join(titles)} {label.lower()}")
                          for label in ("Salary", "Experience", "Hard skills", "Soft skills")
                          if label.lower() != topic)[:MAX_SUGGESTIONS],
    )


def _salary_summary(profiles: list[RoleProfile]) -> str:
    stated = [p for p in profiles if p.role.salary and p.role.salary.stated]
    unstated = [p.role.title for p in profiles if p not in stated]
    if not stated:
        return "None of these roles' documents state a salary."
    kinds = {(p.role.salary.currency, _period(p.role.salary)) for p in stated}
    top = max(stated, key=lambda p: (p.role.salary.maximum or 0, p.role.salary.minimum or 0))
    parts = []
    if len(kinds) > 1:  # never EUR against USD, or hourly against yearly
        parts.append("Their salaries are in different currencies or periods, so they are not ranked.")
    elif len(stated) > 1:
        parts.append(f"{top.role.title} has the highest range ({salary_text(top.role.salary)}).")
    else:
        parts.append(f"Only {top.role.title} states a salary ({salary_text(top.role.salary)}).")
    if unstated:
        parts.append(f"Not stated for {', '.join(unstated)}.")
    parts.extend(f"{p.role.title}'s document says: “{said}”." for p in profiles
                 if p not in stated and (said := _pay_words(p.role)))
    return " ".join(parts)


def _pay_words(role) -> str | None:
    """What a role's salary line says when it gives no amount ("negotiable, depending on experience")."""
    return next((" ".join(s.text.split()) for s in role.salaries
                 if not s.stated and re.search(r"[^\W\d_]{3,}", s.text or "")), None)  # words, not a blank "$ - $"


def _experience_summary(profiles: list[RoleProfile]) -> str | None:
    known = [(p.role.title, p.role.experience[0]) for p in profiles
             if p.role.experience and p.role.experience[0].years_min is not None]
    if len(known) < 2:
        return None
    known.sort(key=lambda pair: -pair[1].years_min)
    (hi_title, hi), (lo_title, lo) = known[0], known[-1]
    gap = hi.years_min - lo.years_min
    if gap == 0:
        return f"{hi_title} and {lo_title} start at the same {hi.years_min} years."
    return (f"{hi_title} typically needs {gap} more years than {lo_title} at the low end "
            f"({hi.years_min} vs {lo.years_min}).")


# -- across the store -----------------------------------------------------------
def search_results(term: str, matches, confidence: float, summary: str | None = None) -> Answer:
    """The roles `matches` come from with their facts; with none, says that no
    role mentions `term` (in `summary`'s words when given)."""
    by_role: dict[int, tuple[RoleEntry, list[FactEntry]]] = {}
    for match in matches:
        by_role.setdefault(match.role.id, (match.role, []))[1].append(match.fact)
    if not by_role:
        return Answer(
            title=f"No role mentions {term}", kind=ANSWER, intent=V.REVERSE,
            summary=summary or f"None of the documents in the store mention “{term}”.", confidence=confidence,
            suggestions=(Suggestion("List roles", "what roles are there"),),
        )
    sections = []
    for role, facts in list(by_role.values())[:MAX_LISTED_ROLES]:
        shown = facts[:SEARCH_ITEMS_PER_ROLE]
        items = tuple(Item(f.text if f.label == S.TITLES.get(f.section) else f.display,  # not "Location: Location: …"
                           label=S.TITLES.get(f.section), source=f.source) for f in shown)
        more = len(facts) - len(shown)
        sections.append(Section(role.title, items, text=f"{len(facts)} mentions" if more else None))
    titles = tuple(role.title for role, _ in by_role.values())
    return Answer(
        title=f"Roles that mention {term}", intent=V.REVERSE,
        summary=f"{len(titles)} role{'s' if len(titles) != 1 else ''}: {_names(titles)}.",
        sections=tuple(sections), roles=titles, confidence=confidence,
        sources=tuple(dict.fromkeys(f.source for _, facts in by_role.values() for f in facts)),
    )


def salary_filter(roles: tuple[RoleEntry, ...], amount: int, above: bool, confidence: float,
                  currency: str | None = None, period: str | None = None, *,
                  end: str | None = None, inclusive: bool = False, figures=None,
                  within: tuple[tuple[str, str], ...] = ()) -> Answer:
    """Roles whose stated range goes above (its top) or below (its bottom) the
    amount, comparing like with like: only ranges in the question's currency
    (else the store's most common one) and period (else yearly); the others
    are counted in the summary as not compared. `end` ("top", "bottom") is the
    end of each range the question named ("a salary floor below 170k");
    `inclusive` counts the amount itself ("at least 160k", "250k or higher").
    `figures` (knowledge/figures.py), given when `roles` is the whole store, finds them.
    `within`: the bounds `roles` already meet, as (said, end compared) ("above
    $200,000", "top"), when this narrows a list ("and under 230k?"): both said."""
    word = ("at least" if inclusive else "above") if above else ("at most" if inclusive else "below")
    compared = end or ("top" if above else "bottom")
    if figures is not None:
        pay = figures.pay(currency, period)
        currency, period = pay.currency, pay.period
        page, role_count = pay.meeting(above, inclusive, compared, amount, MAX_LISTED_ROLES)
        hits, hit_count = list(page.items), page.count
        unknown_page = pay.unknown_roles(MAX_LISTED_ROLES)
        unknown, unknown_count = [r.title for r in unknown_page.items], unknown_page.count
        left_out = _left_out(*pay.left_out())
    else:
        currency, period, alike, unknown, other_currency, other_period = _like_with_like(roles, currency, period)
        hits = []
        for role, own in alike:
            for s in own:
                top = s.maximum if s.maximum is not None else s.minimum
                bottom = s.minimum if s.minimum is not None else s.maximum
                value = top if compared == "top" else bottom
                if value is not None and (value >= amount if above else value <= amount) \
                        and (inclusive or value != amount):
                    hits.append((role, s))
        hit_count, unknown_count = len(hits), len(unknown)
        role_count = len(dict.fromkeys(r.title for r, _ in hits))
        left_out = _left_out(_counted(other_currency), _counted(other_period))
    shown = money(amount, currency) + ("" if currency in ("USD", None) else f" {currency}")
    shown += "" if period == "per year" else f" {period}"
    items = tuple(Item(salary_text(s), label=f"{r.title} ({s.label})" if s.label else r.title, source=s.source)
                  for r, s in hits[:MAX_LISTED_ROLES])
    sections = [Section(f"Ranges reaching {word} {shown}", items, text=_more(hit_count))] if items else []
    if unknown:
        sections.append(Section("Salary not stated", tuple(Item(t) for t in unknown[:MAX_LISTED_ROLES]),
                                text=_more(unknown_count)))
    titles = tuple(dict.fromkeys(r.title for r, _ in hits))
    count = f"{role_count} role{'s' if role_count != 1 else ''} with a range {word} {shown}"
    summary = (f"{count} (the {compared} of each {currency} {_PERIOD_WORDS.get(period, period)} range compared)."
               if hits else f"No stated {currency} range {period} goes {word} {shown}.")
    return Answer(
        title=f"Roles paying {_and_bounds(within)}{word} {shown}", intent=V.REVERSE,
        summary=_of_bounds(within, "paying") + summary + (f" {left_out}" if left_out else ""),
        sections=tuple(sections), roles=titles, confidence=confidence,
        sources=tuple(dict.fromkeys(s.source for _, s in hits)),
    )


def salary_between(low: int, high: int, pay, confidence: float) -> Answer:
    """The roles whose stated range lies within `low`-`high` ("which role is
    160-220k?", "roles paying between 150k and 230k"), then those whose range
    only overlaps it; `pay` is the store's pay compared like with like
    (`knowledge.figures.Pay`)."""
    inside, overlapping = pay.between(low, high, MAX_LISTED_ROLES)
    band = f"{money(low, pay.currency)} - {money(high, pay.currency)}"
    sections = []
    if inside.items:
        sections.append(Section(f"Ranges within {band}", tuple(
            Item(salary_text(s), label=r.title, source=s.source) for r, s in inside.items), text=_more(inside.count)))
    if overlapping.items:
        sections.append(Section(f"Ranges overlapping {band}", tuple(
            Item(salary_text(s), label=r.title, source=s.source) for r, s in overlapping.items),
            text=_more(overlapping.count)))
    shown = inside.items or overlapping.items
    titles = tuple(dict.fromkeys(r.title for r, _ in shown))
    if inside.items:
        summary = f"{_names([r.title for r, _ in inside.items])} {'pays' if inside.count == 1 else 'pay'} within {band}."
    elif overlapping.items:
        summary = f"No stated range lies within {band}; {len(titles)} overlap{'s' if len(titles) == 1 else ''} it."
    else:
        summary = f"No stated {pay.currency} range comes near {band}."
    left_out = _left_out(*pay.left_out())
    return Answer(
        title=f"Roles paying {band}", intent=V.REVERSE, summary=summary + (f" {left_out}" if left_out else ""),
        sections=tuple(sections), roles=titles, confidence=confidence,
        sources=tuple(dict.fromkeys(s.source for _, s in shown)),
    )


def roles_without(what: str, lacking: list[RoleEntry], others: int, confidence: float, *,
                  title: str | None = None, note: str | None = None, count: int | None = None,
                  said=(), asked=()) -> Answer:
    """"Which roles don't mention X": the roles whose documents lack it, said
    plainly, and how many others do (by number only: naming them would read
    as the answer to the opposite question). `count` is how many lack it
    when `lacking` holds only the first of them in title order. When none
    lacks it, `said` (`FactMatch`es, one a role) shows where each says it,
    for a question asking how firmly (`store_search._hedged`): "which roles
    don't strictly require a degree" is answered by the lines that ask a
    degree "or equivalent experience". `asked` (`FactMatch`es): what each role
    asks instead, shown after them ("which roles don't require a master's":
    their minimum education, a bachelor's)."""
    titles = tuple(r.title for r in lacking[:MAX_LISTED_ROLES])  # no more are shown, of 100,000 that may lack it
    title = title or f"Roles that don't mention {what}"
    n = len(lacking) if count is None else count
    if titles:
        summary = f"{n} role{'s' if n != 1 else ''} of {n + others} {'don’t' if n != 1 else 'doesn’t'}: {_names(titles, n)}."
    else:
        summary = f"Every role in the store ({others}) does."
    if titles and others:
        summary += f" The other {others} {'do' if others != 1 else 'does'}."
    if note:
        summary += f" {note}"
    listed = lacking[:MAX_LISTED_ROLES]  # the answer is about these: its context, its sources
    items = tuple(Item(r.title, source=", ".join(s.name for s in r.sources)) for r in listed)
    shown = () if titles else tuple(said)[:MAX_LISTED_ROLES]
    where = tuple(Item(m.fact.display, label=m.role.title, source=m.fact.source) for m in shown)
    instead = tuple(Item(m.fact.display, label=m.role.title, source=m.fact.source) for m in asked)
    return Answer(
        title=title, intent=V.REVERSE, summary=summary,
        sections=((Section("Roles", items, text=_more(n)),) if items else
                  (Section("Where each says it", where),) if where else ())
        + ((Section("What each asks at the minimum", instead),) if instead else ()),
        roles=titles, confidence=confidence,
        sources=tuple(dict.fromkeys([s.name for r in listed for s in r.sources] + [m.fact.source for m in shown]
                                    + [m.fact.source for m in asked])),
    )


def experience_filter(roles: tuple[RoleEntry, ...], years: float, threshold, confidence: float,
                      figures=None, within: tuple[tuple[str, str], ...] = ()) -> Answer:
    """"Roles needing under 5 years", "a minimum under 10 years", "10+ years":
    the roles whose stated years meet `threshold` (`bot.thresholds`) on the end
    it compares, which the summary names; roles whose documents don't say are listed apart.
    `figures` (knowledge/figures.py), given when `roles` is the whole store, finds them.
    `within`: the bounds `roles` already meet, as in `salary_filter`."""
    word = threshold.word()
    shown = f"{years:g} year{'s' if years != 1 else ''}"
    if figures is not None:
        page = figures.years_meeting(threshold.above, threshold.inclusive, threshold.end, years, MAX_LISTED_ROLES)
        hits, n = list(page.items), page.count
        unknown_page = figures.years_unknown(MAX_LISTED_ROLES)
        unknown, unknown_count = [r.title for r in unknown_page.items], unknown_page.count
    else:
        hits, unknown = [], []
        for role in roles:
            known = [e for e in role.experience if e.years_min is not None or e.years_max is not None]
            if not known:
                unknown.append(role.title)
            elif meets(threshold, years, known[0].years_min, known[0].years_max):
                hits.append((role, known[0]))
        n, unknown_count = len(hits), len(unknown)
    items = tuple(Item(e.text, label=r.title, source=e.source) for r, e in hits[:MAX_LISTED_ROLES])
    sections = [Section(f"Experience {word} {shown}", items, text=_more(n))] if items else []
    at = []
    if not threshold.inclusive:  # "more than 10 years": a role starting at 10 is shown apart, the bound itself
        found = {r.id for r, _e in hits}
        if figures is not None:
            at = [(r, e) for r, e in figures.years_meeting(threshold.above, True, threshold.end, years,
                                                           MAX_LISTED_ROLES).items if r.id not in found]
        else:
            # as the figures page it: the first roles meeting the bound inclusively, those not listed above
            meeting = [(role, known[0]) for role in roles
                       if (known := [e for e in role.experience if e.years_min is not None or e.years_max is not None])
                       and meets(replace(threshold, inclusive=True), years, known[0].years_min, known[0].years_max)]
            at = [(r, e) for r, e in meeting[:MAX_LISTED_ROLES] if r.id not in found]
        # only a range reaching past the bound from it (10-15 for "more than 10"), not one ending there
        other_end = replace(threshold, end=TOP if threshold.end == BOTTOM else BOTTOM)
        at = [(r, e) for r, e in at if meets(other_end, years, e.years_min, e.years_max)]
        if at:
            sections.append(Section(f"At exactly {shown} (the bound itself), reaching {word} it",
                                    tuple(Item(e.text, label=r.title, source=e.source) for r, e in at)))
    if unknown:
        sections.append(Section("Experience not stated", tuple(Item(t) for t in unknown[:MAX_LISTED_ROLES]),
                                text=_more(unknown_count)))
    end = "low end" if threshold.end == "bottom" else "top"
    summary = (f"{n} role{'s' if n != 1 else ''} with experience {word} {shown} (the {end} of each stated range "
               f"compared): {_names([r.title for r, _ in hits], n)}." if hits
               else f"No role's stated experience has its {end} {word} {shown}.")
    return Answer(
        title=f"Roles needing {_and_bounds(within)}{word} {shown}", intent=V.EXPERIENCE,
        summary=_of_bounds(within, "needing") + summary, sections=tuple(sections),
        roles=tuple(r.title for r, _ in hits), confidence=confidence,
        sources=tuple(dict.fromkeys(e.source for _, e in hits + at)),
    )


def _and_bounds(within: tuple[tuple[str, str], ...]) -> str:
    """"above $200,000 and ": the bounds a narrowed list already met, for its title."""
    return "".join(f"{said} and " for said, _end in within)


def _of_bounds(within: tuple[tuple[str, str], ...], verb: str) -> str:
    """"Of the roles paying above $200,000 (the top of each range compared): ",
    which list a narrowed one was narrowed from, and how it was compared."""
    if not within:
        return ""
    said = " and ".join(f"{s} (the {'low end' if end == 'bottom' else end} of each range compared)" for s, end in within)
    return f"Of the roles {verb} {said}: "


def paid_alike(roles) -> bool:
    """Whether the roles' pay can be ranked like with like: not when fewer
    than two of them are paid in one currency and period while another's
    pay is stated otherwise (a ranking of one would crown it)."""
    _, _, alike, _, other_currency, other_period = _like_with_like(roles, None, None)
    return len(alike) > 1 or not (other_currency or other_period)


def _like_with_like(roles, currency: str | None, period: str | None):
    """The roles with a range in `currency` (else the store's most common one)
    and `period` (else yearly), with those ranges; the roles paid otherwise,
    by currency and by period; the roles with no stated salary."""
    stated = [s for role in roles for s in role.salaries if s.stated]
    currency = currency or _most_common([s.currency for s in stated if s.currency]) or "USD"
    period = period or "per year"
    alike, unknown = [], []
    other_currency: dict[str, set[str]] = {}
    other_period: dict[str, set[str]] = {}
    for role in roles:
        own = [s for s in role.salaries if s.stated]
        if not own:
            unknown.append(role.title)
            continue
        same = [s for s in own if s.currency == currency and _period(s) == period]
        if same:
            alike.append((role, same))
        elif own[0].currency != currency:
            other_currency.setdefault(own[0].currency or NO_CURRENCY, set()).add(role.title)
        else:
            other_period.setdefault(_period(own[0]), set()).add(role.title)
    return currency, period, alike, unknown, other_currency, other_period


def paid_in(roles: tuple[RoleEntry, ...], currency: str, confidence: float) -> Answer:
    """"which roles pay in euros": the roles with a range in that currency."""
    return _paid(roles, lambda s: s.currency == currency, f"in {currency}",
                 f"No role's documents state a salary in {currency}.", confidence)


def paid_by(roles: tuple[RoleEntry, ...], period: str, confidence: float) -> Answer:
    """"which jobs pay by the hour": the roles with a range stated for that period."""
    return _paid(roles, lambda s: _period(s) == period, period,
                 f"No role's documents state a pay {period}.", confidence)


def _paid(roles: tuple[RoleEntry, ...], keep, how: str, none_said: str, confidence: float) -> Answer:
    """The roles with a stated range that `keep` accepts, each range listed under its role."""
    hits = [(role, s) for role in roles for s in role.salaries if s.stated and keep(s)]
    titles = tuple(dict.fromkeys(r.title for r, _ in hits))
    items = tuple(Item(salary_text(s), label=f"{r.title} ({s.label})" if s.label else r.title, source=s.source)
                  for r, s in hits[:MAX_LISTED_ROLES])
    return Answer(
        title=f"Roles paid {how}", intent=V.REVERSE,
        summary=(f"{len(titles)} role{'s' if len(titles) != 1 else ''} paid {how}: {_names(titles)}."
                 if titles else none_said),
        sections=(Section(f"Paid {how}", items, text=_more(len(hits))),) if items else (),
        roles=titles, confidence=confidence, sources=tuple(dict.fromkeys(s.source for _, s in hits)),
    )


def _period(salary: SalaryInfo) -> str:
    """The period a range is paid by; unstated, an amount under 1,000 is an hourly rate."""
    if salary.period:
        return salary.period
    amounts = [a for a in (salary.minimum, salary.maximum) if a is not None]
    return "per hour" if amounts and max(amounts) < 1000 else "per year"


def _most_common(values: list[str]) -> str | None:
    return Counter(values).most_common(1)[0][0] if values else None


def _counted(roles_by: dict[str, set[str]]) -> dict[str, int]:
    return {key: len(titles) for key, titles in roles_by.items()}


def _left_out(other_currency: dict[str, int], other_period: dict[str, int]) -> str | None:
    """"3 roles paid in EUR or GBP and 2 hourly roles were not compared." """
    parts = []
    named = sorted(c for c in other_currency if c != NO_CURRENCY)
    n = sum(other_currency[c] for c in named)
    if n:
        parts.append(f"{n} role{'s' if n != 1 else ''} paid in {' or '.join(named)}")
    n2 = other_currency.get(NO_CURRENCY, 0)
    if n2:
        parts.append(f"{n2} role{'s' if n2 != 1 else ''} with no currency stated")
    n3 = sum(other_period.values())
    if n3:
        words = " or ".join(sorted(_PERIOD_WORDS.get(p, p) for p in other_period))
        parts.append(f"{n3} {words} role{'s' if n3 != 1 else ''}")
    total = n + n2 + n3
    if not parts:
        return None
    listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"{listed} {'was' if total == 1 else 'were'} not compared."


NO_CURRENCY = "no currency stated"
_PERIOD_WORDS = {"per hour": "hourly", "per year": "yearly", "per month": "monthly", "per week": "weekly",
                 "per day": "daily"}


# The title of a ranking; `is_ranking` knows a ranking by it.
RANKING_TITLE = "Roles by {label}, {word} first"


def unplaced(answer: Answer) -> tuple[str, ...]:
    """The roles a `ranking` listed apart, their documents not stating what it
    ranks by ("Salary not stated")."""
    if not is_ranking(answer):
        return ()
    return tuple(item.text for section in answer.sections if section.title.endswith(" not stated")
                 for item in section.items)


def is_ranking(answer: Answer) -> bool:
    """Whether `answer` is a `ranking` (its roles best first)."""
    return any(answer.title == RANKING_TITLE.format(label=label, word=word)
               for label in ("salary", "experience") for word in ("highest", "lowest"))


def ranking(intent: str, roles: tuple[RoleEntry, ...], *, highest: bool, confidence: float,
            period: str | None = None, figures=None, end: str | None = None, extreme_only: bool = False) -> Answer:
    """Every role ordered by pay (the top of its range) or by typical years
    (the low end), for "which role pays the most" / "needs the least
    experience". Roles whose documents don't say are listed apart. Pay is
    ranked like with like: rates of the `period` asked ("the most per
    hour"), else yearly salaries; by the low end of each range when the
    question names it (`end` "bottom": "highest starting salary").
    `figures` (knowledge/figures.py), given when `roles` is the whole
    store, has them in order by the top of each range already. With
    `extreme_only` ("which role needs the least experience"), only the
    role(s) at that end (every one of a tie) show their figures; the rest
    are listed in order by name."""
    left_out = None
    low_end = intent == V.SALARY and end == "bottom"
    if low_end:
        figures = None  # they hold the top of each range in order: the low end is ranked here
    if intent == V.SALARY:  # like with like: the store's most common currency, yearly unless asked
        label = "salary"
        def end_of(s):
            first, other = (s.minimum, s.maximum) if low_end else (s.maximum, s.minimum)
            return first if first is not None else other
        if figures is not None:
            pay = figures.pay(None, period)
            ranked, unknown_page = pay.ranking(highest, MAX_LISTED_ROLES), pay.unknown_roles(MAX_LISTED_ROLES)
            left_out = _left_out(*pay.left_out())
            best = dict((role.id, s) for role, s in ranked.items)
            known, known_count = [role for role, _s in ranked.items], ranked.count
            unknown, unknown_count = [r.title for r in unknown_page.items], unknown_page.count
        else:
            _, _, alike, _, other_currency, other_period = _like_with_like(roles, None, period)
            left_out = _left_out(_counted(other_currency), _counted(other_period))
            best = {role.id: max(own, key=lambda s: end_of(s) or 0) for role, own in alike}
        def value(role):
            s = best.get(role.id)
            return end_of(s) if s else None
        def shown(role):
            return salary_text(best[role.id])
        def source(role):
            return best[role.id].source
    else:
        label = "experience"
        if figures is not None:
            ranked, unknown_page = figures.years_ranking(highest, MAX_LISTED_ROLES)
            known, known_count = list(ranked.items), ranked.count
            unknown, unknown_count = [r.title for r in unknown_page.items], unknown_page.count
        def value(role):
            return role.experience[0].years_min if role.experience else None
        def shown(role):
            return years_text(role.experience)
        def source(role):
            return role.experience[0].source
    if figures is None:
        known = sorted((r for r in roles if value(r) is not None), key=value, reverse=highest)
        unknown = [r.title for r in roles if value(r) is None
                   and not (intent == V.SALARY and any(s.stated for s in r.salaries))]
        known_count, unknown_count = len(known), len(unknown)
    word = "highest" if highest else "lowest"
    at_end = [r for r in known if value(r) == value(known[0])] if extreme_only and known else known
    items = tuple(Item(shown(r), label=r.title, source=source(r)) if r in at_end else Item(r.title)
                  for r in known[:MAX_LISTED_ROLES])
    sections = [Section(f"By {label}, {word} first", items, text=_more(known_count))] if items else []
    if unknown:
        sections.append(Section(f"{label.capitalize()} not stated", tuple(Item(t) for t in unknown[:MAX_LISTED_ROLES]),
                                text=_more(unknown_count)))
    if known:
        verb = "pays the" if intent == V.SALARY else "needs the"
        amount = ("most" if highest else "least") + ("" if intent == V.SALARY else " experience")
        summary = f"{known[0].title} {verb} {amount}{' at the low end' if low_end else ''}: {shown(known[0]).rstrip('.')}."
        listed = known[:MAX_LISTED_ROLES]  # all the figures hand over: ties are counted among them
        tied = [r.title for r in listed if value(r) == value(known[0])]
        if len(tied) > 1:  # "which roles tie for the highest starting salary": every one at that end is named
            among = " among the roles listed" if len(tied) == len(listed) < known_count else ""
            summary = f"{_names(tied)} tie for the {'most' if highest else 'least'}" \
                      f"{'' if intent == V.SALARY else ' experience'}{' at the low end' if low_end else ''}{among}."
    else:
        summary = f"None of the documents state the {label}."
    if left_out:
        summary += f" {left_out}"
    return Answer(
        title=RANKING_TITLE.format(label=label, word=word), intent=intent, summary=summary,
        sections=tuple(sections), roles=tuple(r.title for r in known), confidence=confidence,
        sources=tuple(dict.fromkeys(source(r) for r in at_end)),
    )


BAND_TITLE = "Roles by pay band width, {word} first"


def band_ranking(roles: tuple[RoleEntry, ...], *, widest: bool, confidence: float) -> Answer:
    """"Which role has the widest pay band": the roles whose documents state
    both ends of a range (like with like, as `ranking`), ordered by the
    width of it (the widest of a role's ranges, or the narrowest), the width
    shown beside the range; the roles with no such range listed apart."""
    currency, _period_, alike, unknown, other_currency, other_period = _like_with_like(roles, None, None)
    left_out = _left_out(_counted(other_currency), _counted(other_period))
    bands = {}
    for role, own in alike:
        ranges = [s for s in own if s.minimum is not None and s.maximum is not None]
        if ranges:
            bands[role.id] = (max if widest else min)(ranges, key=lambda s: s.maximum - s.minimum)
        else:
            unknown.append(role.title)
    known = sorted((role for role, _own in alike if role.id in bands),
                   key=lambda role: bands[role.id].maximum - bands[role.id].minimum, reverse=widest)
    word = "widest" if widest else "narrowest"
    def width(role):
        s = bands[role.id]
        return money(s.maximum - s.minimum, s.currency)
    items = tuple(Item(f"{width(r)} wide ({salary_text(bands[r.id])})", label=r.title, source=bands[r.id].source)
                  for r in known[:MAX_LISTED_ROLES])
    sections = [Section(f"By the width of the pay band, {word} first", items, text=_more(len(known)))] if items else []
    if unknown:
        sections.append(Section("Pay band not stated", tuple(Item(t) for t in unknown[:MAX_LISTED_ROLES]),
                                text=_more(len(unknown))))
    summary = (f"{known[0].title} has the {word} pay band: {width(known[0])} "
               f"(from {money(bands[known[0].id].minimum, currency)} to {money(bands[known[0].id].maximum, currency)})."
               if known else "None of the documents state both ends of a salary range.")
    if left_out:
        summary += f" {left_out}"
    return Answer(
        title=BAND_TITLE.format(word=word), intent=V.SALARY, summary=summary, sections=tuple(sections),
        roles=tuple(r.title for r in known), confidence=confidence,
        sources=tuple(dict.fromkeys(bands[r.id].source for r in known)),
    )


def career_into(target: str, links: list[CareerEntry], roles: dict[int, RoleEntry], confidence: float,
                ways_in: dict[int, str] | None = None) -> Answer:
    """The roles that lead to `target`, and those it leads into; each of the
    latter with its way in as its document writes it (`ways_in`, by role id:
    "Engineer (comes from Junior Engineer / Associate Engineer)"), so the asker
    sees the title they named among the others the path gives."""
    kinds = {S.CAREER_ADVANCEMENT: "moves on to it", S.CAREER_LATERAL: "moves sideways to it",
             S.CAREER_ENTRY: "comes from it"}
    items = []
    for link in links:
        role = roles.get(link.role_id)
        if role is not None and link.kind in (S.CAREER_ADVANCEMENT, S.CAREER_LATERAL):
            items.append(Item(f"{role.title} ({kinds[link.kind]})", source=link.source))
    leads = tuple(dict.fromkeys(i.text.split(" (")[0] for i in items))
    ways_in = ways_in or {}
    feeders = list(dict.fromkeys(
        f"{roles[l.role_id].title} (comes from {ways_in[l.role_id]})" if l.role_id in ways_in else roles[l.role_id].title
        for l in links if l.kind == S.CAREER_ENTRY and l.role_id in roles))
    sections = [Section(f"Roles that lead to {target}", tuple(items[:MAX_LISTED_ROLES]),
                        text=_more(len(items)))] if items else []
    taking = tuple(dict.fromkeys(roles[l.role_id].title for l in links if l.kind == S.CAREER_ENTRY and l.role_id in roles))
    if feeders:
        sections.append(Section(f"Roles that {target} leads into",
                                tuple(Item(t) for t in feeders[:MAX_LISTED_ROLES]), text=_more(len(feeders))))
    return Answer(
        title=f"Paths into {target}", intent=V.REVERSE,
        summary=(f"{_names(leads)} can lead to {target}." if leads
                 else f"No role in the store names {target} as a next step."),
        # with none leading there, the roles it leads into are those the answer is about ("that role" next)
        sections=tuple(sections), roles=leads or taking,
        confidence=confidence, sources=tuple(dict.fromkeys(l.source for l in links)),
    )


def career_route(start: str, goal: str, steps: list[tuple[str, str, str]] | None, confidence: float) -> Answer:
    """`steps` are (from title, to title, how) along the shortest path."""
    if not steps:
        return Answer(
            title=f"From {start} to {goal}", intent=V.PATH, confidence=confidence,
            summary=f"The career paths in the store don't connect {start} to {goal}.",
        )
    items = tuple(Item(f"{a} → {b}", label=how) for a, b, how in steps)
    return Answer(
        title=f"From {start} to {goal}", intent=V.PATH, confidence=confidence,
        summary=f"{len(steps)} step{'s' if len(steps) != 1 else ''} along the documented career paths.",
        sections=(Section("Route", items),),
    )




def list_roles(roles: tuple[RoleEntry, ...], *, summary: str | None = None) -> Answer:
    if MAX_LISTED_ROLES < len(roles) <= role_groups.MAX_GROUPED_ROLES:
        return every_role(roles, summary)
    if len(roles) > MAX_LISTED_ROLES and summary is None:
        summary = f"Showing the first {MAX_LISTED_ROLES}; ask about a role by name for the rest."
    listed, roles_all = roles[:MAX_LISTED_ROLES], roles
    roles = listed
    items = tuple(
        Item(role.title + (f" (also: {', '.join(a for a in role.aliases if a != role.title)})"
                           if len(role.aliases) > 1 else ""),
             source=", ".join(s.name for s in role.sources))
        for role in roles
    )
    return Answer(
        title=f"I know {len(roles_all)} role{'s' if len(roles_all) != 1 else ''}", intent=V.LIST_ROLES,
        summary=summary, sections=(Section("Roles", items),) if items else (), roles=tuple(r.title for r in roles),
        confidence=1.0, sources=tuple(dict.fromkeys(s.name for r in roles for s in r.sources)),
        suggestions=tuple(Suggestion(r.title, f"overview of {r.title}") for r in roles[:MAX_SUGGESTIONS]),
    )


def roles_stating(intent: str, topic: str, having: tuple[RoleEntry, ...], total: int, summary: str | None = None,
                  confidence: float = 1.0) -> Answer:
    """The roles whose documents state a facet ("which roles have a salary
    listed"): for pay and years, each beside its figure, since what is
    stated is what the recruiter goes on to compare ("the cheapest one").
    Its intent is the facet, so that "list them" and "the first one" go on with it."""
    listed = list_roles(having, summary=summary or f"{len(having)} of {total} roles state their {topic}.")
    figure = {V.SALARY: lambda role: salary_text(next((s for s in role.salaries if s.stated), None)),
              V.EXPERIENCE: lambda role: years_text(role.experience)}.get(intent)
    sections = listed.sections
    if figure is not None and 0 < len(having) <= MAX_LISTED_ROLES:
        sections = (Section("Roles", tuple(Item(f"{role.title}: {figure(role)}",
                                                source=", ".join(s.name for s in role.sources)) for role in having)),)
    return replace(listed, title=f"Roles whose documents state their {topic}", intent=intent, sections=sections,
                   confidence=confidence)


def every_role(roles: tuple[RoleEntry, ...], summary: str | None = None) -> Answer:
    """More roles than a list shows one a line: all of them, a line of titles per hiring company."""
    return Answer(
        title=f"I know {len(roles)} roles", intent=V.LIST_ROLES, summary=summary or "Every role, by hiring company.",
        sections=role_groups.by_company(roles), roles=tuple(r.title for r in roles), confidence=1.0,
        sources=tuple(dict.fromkeys(s.name for r in roles for s in r.sources)),
        suggestions=tuple(Suggestion(r.title, f"overview of {r.title}") for r in roles[:MAX_SUGGESTIONS]),
    )


# -- talking about the conversation itself --------------------------------------
def example_roles(roles: tuple[RoleEntry, ...], count: int = 2) -> list[RoleEntry]:
    """The roles that make the best examples in help: the ones most is known
    about (a stated salary, so "comp for …" answers; then the most documents;
    then a known experience range), the store's order breaking ties. Read
    from the role list alone, so help stays cheap in a store of any size."""
    def known(role: RoleEntry) -> tuple:
        return (role.salary is not None and role.salary.stated, len(role.sources), bool(role.experience))
    return heapq.nlargest(count, roles, key=known)  # sorted()[:count], without sorting every role


# Words whose first letter is a vowel but whose sound is not ("a Unix
# engineer", "a one-person team"), and the reverse ("an hourly role").
_CONSONANT_SOUNDS = ("uni", "use", "usu", "eu", "one", "once", "ufo", "uk ", "us ")
_VOWEL_SOUNDS = ("hour", "honest", "honor", "honour", "heir")


def article(title: str) -> str:
    """"a" or "an" before `title`, by how its first word sounds: "an
    Engineer", "a Lead Engineer", "an SRE" (read letter by letter)."""
    typed = title.strip().split(" ", 1)[0] if title.strip() else ""
    if not typed:
        return "a"
    first = typed.lower()
    if typed.isupper() and len(typed) > 1:  # an acronym: "an SRE", "a QA Lead", "an ML Engineer"
        return "an" if first[0] in "aefhilmnorsx" else "a"
    if first.startswith(_CONSONANT_SOUNDS) or (title.lower() + " ").startswith(_CONSONANT_SOUNDS):
        return "a"
    if first.startswith(_VOWEL_SOUNDS):
        return "an"
    return "an" if first[0] in "aeiou" else "a"


# The help drawn for the last role list seen: a knowledge version's role list
# is one tuple, so help is drawn once per version, not by walking every role
# of a large store each time someone says "help".
_help_drawn: tuple = (None, None)


def help_answer(roles: tuple[RoleEntry, ...]) -> Answer:
    global _help_drawn
    drawn_for, answer = _help_drawn
    if drawn_for is not roles:
        answer = _draw_help(roles)
        _help_drawn = (roles, answer)
    return answer


def _draw_help(roles: tuple[RoleEntry, ...]) -> Answer:
    names = [r.title for r in example_roles(roles)] or ["<role>"]
    first, other = names[0], names[1 % len(names)]
    examples = tuple(Item(e.format(role=first, other=other, a_role=f"{article(first)} {first}"))
                     for e in V.HELP_EXAMPLES)
    return Answer(
        title="Ask me about job roles", kind=HELP, intent=V.HELP,
        summary="I answer from the job descriptions in my knowledge store: responsibilities, salary, "
                "skills, education, experience, career paths, perks, hiring advice, comparisons and searches.",
        sections=(Section("For example", examples),), confidence=1.0,
        suggestions=(Suggestion("List roles", "what roles are there"),),
    )


def smalltalk(greeting: bool, roles: tuple[RoleEntry, ...]) -> Answer:
    title = "Hello! I'm RoleCall." if greeting else "You're welcome!"
    return Answer(
        title=title, kind=NOT_UNDERSTOOD, intent=V.SMALLTALK,
        summary="Ask me about a job role: what it owns, its salary, skills, career path, or how to interview for it.",
        confidence=1.0, suggestions=(Suggestion("Help", "help"), Suggestion("List roles", "what roles are there")),
    )


def not_understood(roles: tuple[RoleEntry, ...]) -> Answer:
    return Answer(
        title="I can only help with questions about job roles.", kind=NOT_UNDERSTOOD, intent="none",
        summary="Try asking what a role owns, what it pays, which skills it needs, or where it leads. "
                "Say “help” for examples.",
        confidence=0.0,
        suggestions=(Suggestion("Help", "help"), Suggestion("List roles", "what roles are there")),
    )


def unknown_role(name: str, close: list[str], appears_in: list[tuple[str, str]]) -> Answer:
    sections = []
    if appears_in:
        sections.append(Section(f"{name} appears in these career paths",
                                tuple(Item(f"{role} ({how})") for role, how in appears_in[:MAX_LISTED_ROLES]),
                                text=_more(len(appears_in))))
    summary = ("I have no profile for it, so I won't guess." if not close
               else "Did you mean one of these? I won't guess.")
    return Answer(
        title=f"I don't have the role “{name}”.", kind=UNKNOWN_ROLE, intent="unknown_role",
        summary=summary, sections=tuple(sections), confidence=0.0,
        choices=tuple(Suggestion(t, f"overview of {t}") for t in close),
        suggestions=(Suggestion("List roles", "what roles are there"),),
    )


def clarify(what: str | None, options: list[tuple[str, str]], confidence: float) -> Answer:
    """`options` are (label, question to ask when chosen); `what` is the
    user's words for the role, None when no role was named at all."""
    choices = tuple(Suggestion(label, question) for label, question in options)
    if what is None:
        title, summary = "Which role do you mean?", "Pick one, or name it in your question."
    elif len(options) == 1:
        title, summary = f"Did you mean {options[0][0]}?", f"I'm not sure that's what “{what}” means."
    else:
        title, summary = f"Which role do you mean by “{what}”?", "Several roles fit; pick one."
    return Answer(
        title=title, kind=CLARIFY, intent="clarify", summary=summary, confidence=confidence,
        choices=choices + (Suggestion("None of these", "none of these"),),
    )
