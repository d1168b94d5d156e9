"""Which role a candidate fits, from what the recruiter says of them.

"I have a candidate with 7 years" then "which role would suit them?";
"deep architecture skills but no management experience, which role fits?";
"I've got someone with 16 years who led globally distributed teams. Where
should I put them?": a candidate told of, by their years, their words or
both, and a role asked for, now or in a later message (their years are
remembered in the conversation, `knowledge.Context.candidate_years`). The
roles are ranked by what the candidate has (the description's own words,
found in each role's items, and their years against each role's stated
range); what they lack ("no management experience") is no search for
roles without it, and is not counted for any role. Years alone are a fit
by each role's stated range (`Assistant._years_fit`).
"""

import math
import re
from dataclasses import replace
from typing import Callable

from bot import asker_doing
from bot import context as C
from bot import reading
from bot import thresholds
from bot import vocabulary as V
from bot import compose, within_role
from bot.compose import combined as compose_combined
from bot.pointing import one_role_pointed_at
from bot.answer import Answer, Item, Section
from bot.reading import Reading
from knowledge import role_key
from knowledge import sections as S

# Words that ask where to place someone ("where should I put them", "slot
# her in"), beside FIT_WORDS ("which role fits", "a fit?").
PLACING_WORDS = {"put", "place", "slot", "placed", "belong", "belongs"}
# Words for one place to put someone ("best role for her", "a seat for him").
ONE_ROLE_WORDS = set(V.ONE_ROLE_WORDS) | {"seat", "team"}
# Words that say the question is about a person ("someone", "candidate",
# "I've got a …"): any of `vocabulary.PERSON_WORDS`.
DESCRIBING_WORDS = set(V.PERSON_WORDS) | {"got"}
# The asker saying what they do, before a question of the list alone: no candidate.
ASKER_ONLY = {"i", "i've", "ive", "me", "got"}
# The weight of a question that is a noun for the roles and list words alone (`reading._list_only`).
LIST_ALONE = 5
# Whose roles "which of … roles" picks among: the store's.
OF_WHOSE = {"your", "the", "these", "those", "our", "all", "ur"}
# The asker as the candidate: "I have 6 years in healthcare software, which role
# is good for me?", as a candidate writes it and a coordinator pastes it.
SELF_WORDS = {"me", "myself"}
# Words that ask whether, or where, the person fits ("suit", "qualify", "apply").
FIT_ASKED = V.FIT_WORDS | {"apply", "applying", "good", "right", "best"}
# Words asking which role, where a noun for roles may be the role in question ("that role").
WHICH_ASKED = {"which", "what", "where", "any"}
# Words that ask for a role of the store rather than judge the one in question
# ("which role would suit them", "where would she fit").
ROLE_ASKED = WHICH_ASKED | set(V.ONE_ROLE_WORDS) | set(V.MANY_ROLES_WORDS)
# Words that ask whether a role fits with no word for the person ("is the
# engineer role a fit?"): asked of the candidate the conversation knows of.
FIT_OF_A_ROLE = {"fit", "fits", "suit", "suits", "qualify", "qualifies", "eligible", "suitable",
                 # how near the candidate is ("is he far off from the lead backend?", "how close is she
                 # to the global lead", "ready for the expert?"): their years against its range
                 "far", "close", "closer", "ready", "gap"}
# Words that ask what the candidate told of still lacks for the role in question
# ("what's missing?", "what is she lacking for the expert one"): its fit, with
# no role named either ("what" asks what they lack, not which role).
MISSING_WORDS = {"missing", "lacking", "lack", "lacks"}
# Words that read as a fact of the role ("where": its location; "a fit": its
# skills) and, in a fit asked for a candidate, only ask the fit.
# "what else fits" asks the fit of other roles, not a role's other duties.
ASKING_THE_FIT = {"where", "a", "an", "good", "what", "else"} | FIT_ASKED
# Words that give the person a number of years without saying "years" ("and if she had 9?").
HAVING_WORDS = {"has", "had", "have", "having", "with", "got"}
# Words before an amount that make it the candidate's pay ask ("asking 260k",
# "wants $240,000", "expecting ~250k"); the amount needs a "k", a sign or
# thousands' commas, so "wants 3 days remote" asks no pay.
_PAY_ASK = re.compile(r"\b(?:asking|asks|wants?|wanting|expects?|expecting|seeking|targeting)\s+(?:for\s+|about\s+|around\s+|~\s*)?"
                      r"([$€£]\s*\d[\d,]*(?:\.\d+)?\s*k?|\d{1,3}(?:\.\d+)?\s*k\b|\d{1,3}(?:,\d{3})+)", re.I)
# Roles shown: those whose match scores at least this share of the best
# (as `within_role.KEEP_SHARE` keeps items), at most this many.
FIT_SHARE = within_role.KEEP_SHARE
MAX_ROLES_SHOWN = 3
# An item names the candidate's words when it scores this (`within_role.WITHIN_ROLE_MIN_SCORE`).
NAMED_MIN_SCORE = 1.9
# Items shown per role: why it fits.
ITEMS_PER_ROLE = 2
# A role the candidate's years fall in counts this much more, in units of
# one rare word found (`within_role.rank` scores ~1-3 per word).
YEARS_BONUS = 1.0
# A role whose career path lists the candidate's current title as a way in ("Entry point
# from: Principal Software Engineer") counts as this many rare words more: it is the
# step the documents write for them.
ENTRY_BONUS = 1.5
# Career links read for the candidate's titles.
ENTRY_LINKS_READ = 500
# Words that end what a candidate lacks and go on to what they have.
CONTRAST_WORDS = {"but", "though", "although", "yet", "however", "whereas", "while"}
# A role that says it does without what the candidate lacks ("without direct
# managerial authority" for "no management experience") counts as one rare word more.
LACK_SPARED_BONUS = 1.0
# Words of a description that say nothing of which role fits ("deep",
# "strong", "really well"): how much, not what; and the joints between its parts.
DEGREE_WORDS = {"but", "also", "plus", "though", "although", "yet", "never", "who", "whose", "where", "would",
                "deep", "strong", "solid", "lots", "lot", "plenty", "really", "well", "very", "good", "great",
                "heavy", "mostly", "years", "year", "yrs", "experience", "skills", "skill", "background",
                "knows", "know", "has", "have", "had", "led", "done", "worked", "candidate", "someone"}


def answer(assistant, r: Reading, recall: Callable, role_intent: str | None) -> Answer | None:
    """Where, or whether, the candidate fits: told of in this question, or
    remembered from an earlier one ("which role would suit them?", "would
    she qualify for the global lead?"). Described in words, the roles ranked
    by what they have and their years (`_ranked`); by years alone, the roles
    whose stated years take theirs, among the roles named, else the role in
    question, else every role when the question asks which role. None when
    something else is asked ("I have a candidate with 7 years; what does X
    pay?"); their years are remembered all the same."""
    words = {t.text for t in r.tokens if not t.brk}
    told = C.years(r.tokens, bool(words & HAVING_WORDS)) if words & V.TOLD_WORDS or profile_alone(r) else None  # "and if she had 9?"
    if told is not None:
        r.candidate_years, r.candidate_told = told, r.display or r.text
    if not r.roles and (judged := _that_judged(assistant, r, recall, words)) is not None:
        return judged
    # "which role would suit them?", "does she qualify?", "where should I put them?"
    fit = bool(words & V.STANDING_WORDS and (words & FIT_ASKED or _placing_asked(r.tokens)))
    missing = bool(words & MISSING_WORDS) and told is None
    if not fit and ((words & FIT_OF_A_ROLE or _works_asked(r.tokens)) and (r.roles or words & ROLE_ASKED) or missing) \
            and (context := recall()) is not None \
            and context.candidate_years is not None:  # "is the engineer role a fit?": for the candidate told of
        fit = r.used_context = True
    elif not fit and len(r.roles) == 1 and (not r.intents.scores and r.cues().again or _said_of_them(r.tokens)) \
            and (context := recall()) and context.fitted and context.candidate_years is not None:
        # "and global lead?" after one role judged for the candidate: that one judged; "engineer role mentions
        # that?" right after a candidate told of: what they have, in that role's words
        fit = r.used_context = True
    if fit and role_intent is not None and _only_fit_asked(r):
        role_intent = None  # "where would my candidate fit?", "a fit?": where to put them, not the job's place or skills
    if fit and role_intent == V.LEVELS and asked(r):
        role_intent = None  # "he wants a mid-level role. which role fits?": the level wanted, not the levels asked
    # a role of the store asked for, not the role in question judged ("what's missing" judges it)
    which = bool(words & ROLE_ASKED) and not (missing and fit and not words & (ONE_ROLE_WORDS | set(V.MANY_ROLES_WORDS)))
    if which and not words & WHICH_ASKED and one_role_pointed_at(r.tokens):
        which = False  # "enough for that role?", "does she fit the role?": the role in question, as "it" is
    if asked(r):
        years = next((y for y in (C.years(r.tokens, False), told) if y is not None), None)
        if years is None and (context := recall()) is not None and context.candidate_years is not None:
            years, r.used_context = context.candidate_years, True  # told of before
        if (ranked := _ranked(assistant, r, assistant.knowledge.roles(), years)) is not None:
            return ranked
        # nothing they have that a role says ("someone with 7 years, where should I
        # put them?"): their years alone place them, below
    elif fit and told is None and not r.roles and role_intent in (None, V.EXPERIENCE) \
            and (ranked := _told_before(assistant, r, recall)) is not None:  # not "their feeder role fits?"
        return ranked
    if told is None and not fit or r.missing and not asked(r) or thresholds.read(r.text) is not None:
        return None
    if told is not None and not fit and r.intents.has(V.REVERSE, V.INTENT_MIN_WEIGHT) \
            and assistant._search_term(r) is not None:
        return None  # "I have a candidate with 7 years. which roles need Rust?": a search; the years are kept
    if fit and told is not None and len(r.roles) == 1 and (against := _against_one_role(assistant, r)) is not None:
        return against  # "mech eng degree, 5 yrs of embedded C++. Is the Engineer a fit?": each part checked
    if fit and told is None and len(r.roles) == 1 and (against := _one_role_told_before(assistant, r, recall)):
        return against  # "3 years as a systems analyst", then "Engineer fit?": each part told checked
    if role_intent not in (None, V.EXPERIENCE) or told is not None and r.roles:
        # something else asked ("I have a candidate with 7 years; what does the LBE pay?"),
        # or of a role named, whose own rules answer ("15 yrs, no degree, ok for expert swe?")
        return None
    context, years = None, told
    if years is None:
        if (context := recall()) is None:
            return None
        if (years := context.candidate_years) is None:  # "would she fit it?", her years not known
            ids = [] if r.roles or which else C.in_question(context, r.cues())
            if len(ids) != 1 or assistant._profile(ids[0]) is None:
                return None
            r.used_context = True
            r.decision = "a fit asked, no years known: the experience of the role in question"
            return assistant._role_answer(V.EXPERIENCE, assistant._profile(ids[0]), 0.8)
    if r.roles:
        ids = list(r.roles)
    elif not fit or which or not (context := context or recall()) or not context.role_ids:
        ids = [role.id for role in assistant.knowledge.roles()]  # told ("and if she had 9?"), or which role asked
    else:
        ids = list(C.in_question(context, r.cues()))
    roles = [role for role in (assistant.knowledge.role(i) for i in ids) if role is not None]
    if not roles:
        return None
    if (ask := pay_ask(r.text)) is not None:
        # "asking 260k, 12 yrs": of the roles their years fit, those whose range reaches the ask
        # a stated top that reaches it first; a top left open ("250,000+") only when none does
        reaching = [role for role in roles if C.fits(role.experience, years) and _pay_reaches(role, ask, False)] \
            or [role for role in roles if C.fits(role.experience, years) and _pay_reaches(role, ask, True)]
        if reaching and len(reaching) < len([role for role in roles if C.fits(role.experience, years)]):
            fitting = assistant._years_fit(r, reaching, years)
            r.decision = f"the candidate's {years} years and {ask:,} asked: {r.decision}"
            said = f"Of the roles whose years take {years}, the pay of " \
                   f"{compose._names([role.title for role in reaching])} reaches the {ask:,} asked."
            return replace(fitting, summary=" ".join(filter(None, (said, fitting.summary))))
    fitting = assistant._years_fit(r, roles, years)
    r.decision = f"the candidate's {years} years: {r.decision}"
    return fitting


# A word that makes the placing after it, in its clause, a condition ("what if
# we put her in X instead?"): the scene for the last question, not the question.
CONDITION_WORDS = {"if", "suppose", "supposing", "assuming"}


def _placing_asked(tokens) -> bool:
    """Whether a placing word ("put", "place", "slot") asks where someone fits
    ("where should I put them?"), not said inside an "if" clause (after "if",
    no break between), where it only sets the scene for the last question."""
    conditional = False
    for t in tokens:
        if t.brk:
            conditional = False
        elif t.text in CONDITION_WORDS:
            conditional = True
        elif t.text in PLACING_WORDS and not conditional:
            return True
    return False


def pay_ask(text: str) -> int | None:
    """The yearly pay a candidate asks for, as the question states it ("asking 260k"), else None."""
    match = _PAY_ASK.search(text)
    if match is None:
        return None
    number = float(re.sub(r"[^\d.]", "", match.group(1)) or 0)
    return int(number * 1000 if "k" in match.group(1).lower() else number) or None


def _pay_reaches(role, ask: int, open_top: bool) -> bool:
    """Whether a role's stated range goes as high as `ask`; with `open_top`, a top left open does too."""
    salary = role.salary
    if salary is None or not salary.stated:
        return False
    top = salary.maximum if salary.maximum is not None else salary.minimum
    return top is not None and (top >= ask or open_top and salary.open_ended)


# What a candidate's description may say that a role states a facet of: a degree
# its education, years its experience, a skill its skills, a title its ways in.
DESCRIBED_FACETS = (V.EDUCATION, V.EXPERIENCE, V.HARD_SKILLS, V.SKILLS, V.SOFT_SKILLS)
# Items shown for the candidate's own words that no facet shown says: why they fit or not.
ITEMS_NAMED_SHOWN = 3


def _against_one_role(assistant, r: Reading) -> Answer | None:
    """A candidate described part by part, and one role asked about ("mechanical
    engineering degree, 5 yrs of embedded C++ … Is the Engineer a fit?",
    "Solutions Architect, 15 yrs, hasn't coded hands-on for 5 years. Global lead
    fit?"): the role's facet for each part the description names (its education
    for a degree, its experience for years, its ways in for a title), in the
    order told, then its items naming what the candidate has or lacks that those
    facets don't show. None when the description names no facet."""
    asking = min((i for i, t in enumerate(r.tokens) if t.text in FIT_ASKED | PLACING_WORDS), default=len(r.tokens))
    # read again: the sentences before the one naming the role were set aside as the asker's (`r.preamble`)
    hits = assistant.intent_matcher.match(r.tokens[:asking]).hits if r.preamble else r.intents.hits
    told = sorted((h for h in hits if h.intent in DESCRIBED_FACETS and h.end <= asking
                   and not {t.text for t in r.tokens[h.start:h.end]} <= ASKING_THE_FIT), key=lambda h: h.start)
    facets = list(dict.fromkeys(h.intent for h in told))
    if pay_ask(r.text) is not None:  # "wants 260k minimum": how high the role's range goes
        facets.append(V.SALARY)
    if r.titles_without_profile:  # "is a Solutions Architect": whether that is one of the role's ways in
        facets.append(V.CAREER_ENTRY)
    if not facets:
        return None
    profile = assistant._profile(r.roles[0])
    answers = [assistant._role_answer(facet, profile, r.role_scores[0], r) for facet in facets]
    answer = compose_combined(answers)
    in_roles = {i for m in r.mentions for i in range(m.start, m.end)}
    if lacked := _lacked_by_role(r, profile, answer, set(range(asking)) - in_roles):  # "hasn't coded hands-on"
        answer = replace(answer, sections=answer.sections + (lacked,))
    lacking = _lacking(r)  # what they lack is no reason they fit
    words = {within_role.stem(t.text) for i, t in enumerate(r.tokens[:asking]) if i not in in_roles | lacking and not t.brk
             and t.text not in V.FUNCTION_WORDS and t.text not in DEGREE_WORDS and t.text not in V.NEGATION_WORDS
             and t.text not in V.WITHIN_STOP_WORDS and t.text not in DESCRIBING_WORDS and not t.text.isdigit()
             and not t.text.endswith("n't") and len(t.text) > 1}
    ranked = within_role.rank(profile, words) if words else None
    more = within_role.not_shown(answer, ranked) if ranked is not None and ranked.best >= NAMED_MIN_SCORE else ()
    if more:
        answer = replace(answer, sections=answer.sections + tuple(
            replace(s, items=s.items[:ITEMS_NAMED_SHOWN]) for s in more[:ITEMS_NAMED_SHOWN]))
    r.decision = f"a candidate told of against {profile.role.title}: " + ", ".join(facets) + (
        f", with its items about {', '.join(ranked.words)}" if more else "")
    return answer


# Endings a word of what the candidate lacks is read without: "coded" finds "coding", "hands" "hands-on".
WORD_ENDINGS = ("ing", "ed", "es", "s", "e")
ROOT_LETTERS = 3


def _root(word: str) -> str:
    return next((word[:-len(e)] for e in WORD_ENDINGS if word.endswith(e) and len(word) - len(e) >= ROOT_LETTERS), word)


def _lacked_by_role(r: Reading, profile, answer: Answer, described: set[int]) -> Section | None:
    """The role's items that say every word of what the candidate lacks, in
    any of its forms ("hasn't coded hands-on": "Lead by example through hands-on
    coding"), not shown already: what the role asks that they lack. None when
    they lack nothing, or nothing the role says."""
    lacking = _lacking(r) & described  # the description's words only, not the role or the asking after them
    roots = {_root(r.tokens[i].text) for i in lacking if r.tokens[i].text.isalpha() and len(r.tokens[i].text) > 2
             and r.tokens[i].text not in V.FUNCTION_WORDS | DEGREE_WORDS | V.NEGATION_WORDS}
    if not roots:
        return None
    patterns = [re.compile(rf"\b{re.escape(root)}", re.I) for root in roots]
    shown = {item.text for section in answer.sections for item in section.items}
    facts = [f for f in profile.facts if f.text and f.text not in shown and all(p.search(f.text) for p in patterns)]
    if not facts:
        return None
    said = r.words(min(lacking), max(lacking) + 1).strip(" .,;:-")
    return Section(f"What the candidate lacks ({said}), as {profile.role.title} asks it",
                   tuple(Item(f.text, label=f.heading or None, source=f.source) for f in facts[:ITEMS_NAMED_SHOWN]))


def _told_before(assistant, r: Reading, recall: Callable) -> Answer | None:
    """"Which role fits best?" after "got a candidate: 14 yrs, go + rust, led
    teams across 3 continents": the roles ranked by what that candidate has
    and their years, the question that told of them read with this one."""
    context = recall()
    if context is None or not context.candidate_told or context.candidate_years is None:
        return None
    told = assistant.read(f"{context.candidate_told} {r.display or r.text}", assistant._role_index(assistant.knowledge.version))
    if told.roles or not asked(told):
        return None
    ranked = _ranked(assistant, told, assistant.knowledge.roles(), context.candidate_years)
    if ranked is not None:
        r.used_context, r.decision = True, f"the candidate told of before: {told.decision}"
        r.candidate_years, r.candidate_told = context.candidate_years, context.candidate_told
    return ranked


# "does that match …?", "would this meet …?": a yes-or-no of what was just told, against a role.
ASKING_WHETHER = {"does", "do", "would", "will", "is", "can", "could"}
THAT_WORDS = {"that", "this", "it"}
MATCHING_WORDS = {"match", "matches", "meet", "meets", "cover", "covers", "satisfy", "satisfies", "count", "counts"}
# Words that tell more of the candidate told of before rather than all of them anew ("3 years as tech lead too").
ADDING_WORDS = {"too", "also", "additionally", "plus"}


def _that_judged(assistant, r: Reading, recall: Callable, words: set[str]) -> Answer | None:
    """"She's been tech lead for 3 years too - does that match the preferred
    leadership time?" after a candidate's best fit: what is told now is judged
    against the role in question, whose experience (stated and preferred)
    answers, not the store ranked again by these words alone; and years told
    with "too" are more of the candidate, not their total, which stays the one
    told before. None unless a yes-or-no "does that match" follows a fit."""
    if words & ROLE_ASKED - THAT_WORDS or not _asks_whether_that_matches(r.tokens):
        return None
    context = recall()
    if context is None or not context.fitted or context.candidate_years is None:
        return None
    ids = C.in_question(context, r.cues())
    if len(ids) != 1 or (profile := assistant._profile(ids[0])) is None:
        return None
    if words & ADDING_WORDS:
        r.candidate_years, r.candidate_told = context.candidate_years, context.candidate_told
    r.used_context = True
    r.decision = "what was told, asked of the role in question after a candidate's fit: its experience"
    answer = assistant._role_answer(V.EXPERIENCE, profile, 0.7)
    # "she also speaks at conferences, does that count": the role's items saying what was told, first
    asking = next(i for i, t in enumerate(r.tokens) if t.text in ASKING_WHETHER and i + 2 < len(r.tokens)
                  and r.tokens[i + 1].text in THAT_WORDS and r.tokens[i + 2].text in MATCHING_WORDS)
    told = {within_role.stem(t.text) for t in r.tokens[:asking] if not t.brk and t.text not in V.FUNCTION_WORDS
            and t.text not in DEGREE_WORDS and t.text not in DESCRIBING_WORDS and t.text not in ADDING_WORDS
            and t.text not in V.WITHIN_STOP_WORDS and t.text not in V.PRONOUNS and not t.text.isdigit()
            and len(t.text) > 1}
    ranked = within_role.rank(profile, told) if told else None
    if ranked is not None and ranked.best >= NAMED_MIN_SCORE and (more := within_role.not_shown(answer, ranked)):
        r.decision += f", led by its items about {', '.join(ranked.words)}"
        answer = replace(answer, sections=tuple(replace(s, items=s.items[:ITEMS_NAMED_SHOWN])
                                                for s in more[:ITEMS_NAMED_SHOWN]) + answer.sections)
    return answer


def _asks_whether_that_matches(tokens) -> bool:
    """Whether a clause asks "does that match", "would this meet": a word of
    asking whether, then "that"/"this"/"it", then a word of matching."""
    return any(t.text in ASKING_WHETHER and i + 2 < len(tokens) and tokens[i + 1].text in THAT_WORDS
               and tokens[i + 2].text in MATCHING_WORDS for i, t in enumerate(tokens))


def _one_role_told_before(assistant, r: Reading, recall: Callable) -> Answer | None:
    """"Engineer fit?" after "candidate has 3 years as a systems analyst": the
    role named now checked against each part of the candidate told of before
    (`_against_one_role`), the question that told of them read with this one;
    None when that reading names other roles too, or no part a role states."""
    context = recall()
    if context is None or not context.candidate_told:
        return None
    # a sentence apart: "… some PostgreSQL" and "Engineer fit?" are no "PostgreSQL Engineer"
    told = assistant.read(f"{context.candidate_told.rstrip(' .')}. {r.display or r.text}",
                          assistant._role_index(assistant.knowledge.version))
    if told.roles != r.roles or (against := _against_one_role(assistant, told)) is None:
        return None
    r.used_context, r.decision = True, f"the candidate told of before, against the role named: {told.decision}"
    r.candidate_years, r.candidate_told = context.candidate_years, context.candidate_told
    return against


# "could work?", "would that work for her?": whether the role named fits, a modal before "work".
MODAL_WORDS = {"could", "would", "might", "will", "can"}
WORK_WORDS = {"work", "works"}
# Words after "work" that keep it the fit asked ("work for her?"), not a thing of the role ("work hours").
WORKS_AFTER = {"for", "out", "him", "her", "them", "there"}


def _works_asked(tokens) -> bool:
    """Whether "work" asks whether a role suits someone ("expert swe could work?",
    "would the engineer role work for him?"): after a modal, and last in its clause
    or before words that say for whom."""
    for i, t in enumerate(tokens):
        if t.text in WORK_WORDS and i and tokens[i - 1].text in MODAL_WORDS | {"it", "that", "role", "one"} \
                and any(tokens[j].text in MODAL_WORDS for j in range(max(0, i - 4), i)) \
                and (i + 1 == len(tokens) or tokens[i + 1].brk or tokens[i + 1].text in WORKS_AFTER):
            return True
    return False


# "does the engineer role mention that?", "expert lists this?": a role's documents asked
# whether they say what the candidate just told of has, pointed at by a demonstrative.
SAYING_VERBS = {"mention", "mentions", "mentioned", "list", "lists", "listed", "say", "says", "cover", "covers",
                "want", "wants", "ask", "asks", "need", "needs", "value", "values"}
POINTING_BACK = {"that", "this", "those", "these"}


def _said_of_them(tokens) -> bool:
    """Whether the question asks if a role's documents say what the candidate
    has ("engineer role mentions that?"): a verb of saying, then a demonstrative
    last in its clause."""
    return any(t.text in SAYING_VERBS and i + 1 < len(tokens) and tokens[i + 1].text in POINTING_BACK
               and (i + 2 == len(tokens) or tokens[i + 2].brk) for i, t in enumerate(tokens))


def _only_fit_asked(r: Reading) -> bool:
    """Whether every fact the question asks is read from the words asking the fit ("where", "a fit")."""
    asked = [h for h in r.intents.hits if h.intent in V.ROLE_INTENTS]
    return bool(asked) and all({t.text for t in r.tokens[h.start:h.end]} <= ASKING_THE_FIT for h in asked)


# Words of asking: a message holding one asks something, and is no profile pasted alone.
_ASKING = V.WH_WORDS_OPENING | {"?", "can", "could", "does", "do", "is", "are", "should", "would", "will"}


def profile_alone(r: Reading) -> bool:
    """Whether the message is a person's profile pasted with nothing asked
    ("no degree, 16 years experience, Rust and Go"): their years and
    something more, no role, no question. A recruiter sending it means
    "where would they fit?", and the profile is the candidate told of."""
    if r.roles or r.ambiguous is not None or r.missing or "?" in r.text:
        return False
    words = [t.text for t in r.tokens if not t.brk]
    return not set(words) & _ASKING and C.years(r.tokens, False) is not None \
        and bool(set(r.unknown_words) or r.intents.has(V.EDUCATION) or r.intents.has(V.HARD_SKILLS)) \
        and all(h.intent in (V.EXPERIENCE, V.EDUCATION, V.HARD_SKILLS) for h in r.intents.hits)


def asked(r: Reading) -> bool:
    """Whether the question describes a candidate and asks which role is
    theirs. A word that only qualifies titles ("backend" of two Back End
    Engineers) is what the candidate has, not a role to ask "which?" of."""
    if profile_alone(r):
        return True
    words = {t.text for t in r.tokens if not t.brk}
    if r.intents.has(V.LIST_ROLES, LIST_ALONE) and C.years(r.tokens, False) is None \
            and not words & (DESCRIBING_WORDS - ASKER_ONLY):
        return False  # "I juggle reqs for several clients. What roles do you have?": the asker's work, then the list
    # "wants a mid-level role, not a lead one": a kind of role, no role to ask "which?" of
    described = r.ambiguous is None or reading._modifier_only(r.ambiguous) \
        or bool(C.kind_of_role(r.tokens, r.ambiguous.start, r.ambiguous.end))
    return not r.roles and described and (not r.missing or _background_of(r, words)) \
        and bool(words & (V.FIT_WORDS | PLACING_WORDS) or _role_for_them(r) or _which_role_alone(r)) \
        and bool(words & DESCRIBING_WORDS or _lacking(r) or C.years(r.tokens, False) is not None)


def _background_of(r: Reading, words: set[str]) -> bool:
    """Whether the titles the store lacks ("GraphQL backend") are the
    background of a candidate told of, in a question asking which role fits
    them ("candidate w/ 9 YOE, Node.js + GraphQL backend — which req fits?"):
    what the person has, not a role asked about."""
    asking = V.FIT_WORDS | PLACING_WORDS  # "which req fits?", "which role should I put him in?"
    # where the fit is asked: "fits", "put", or "good for me" / "right for her"
    asked_at = [i for i, t in enumerate(r.tokens) if t.text in asking
                or t.text in FIT_ASKED and [n.text for n in r.tokens[i + 1:i + 2]] == ["for"]]
    told = bool(words & (V.TOLD_WORDS | SELF_WORDS) and words & ROLE_ASKED)
    return bool((told or _title_first_with_years(r)) and asked_at) \
        and all(end <= min(asked_at) for _m, _s, end, _x in r.missing)


def _title_first_with_years(r: Reading) -> bool:
    """"Senior back end dev, 9 years, Go and Kafka … best match?": a sourcer's
    shorthand opens with the candidate's current title and their years, with
    no word for the person; the title said first is who they are now."""
    first = next((i for i, t in enumerate(r.tokens) if not t.brk), None)
    return first is not None and any(start == first for _m, start, _e, _x in r.missing) \
        and C.years(r.tokens, False) is not None


def _role_for_them(r: Reading) -> bool:
    """"best role for her", "a position for this candidate": a role asked
    for the person described."""
    texts = [t.text for t in r.tokens]
    return any(w in ONE_ROLE_WORDS and texts[i + 1:i + 2] == ["for"]
               and set(texts[i + 2:i + 4]) & (DESCRIBING_WORDS | {"this", "my"}) for i, w in enumerate(texts))


def _which_role_alone(r: Reading) -> bool:
    """"… 14 YOE, C# and Rust. which role?": "which role" asked with nothing
    after it but small words, so of the person described before it, not a
    search ("which roles need Rust?" goes on to ask something)."""
    texts = [t.text for t in r.tokens if not t.brk]
    for i, w in enumerate(texts[:-1]):
        noun = i + 1
        if w in {"which", "what"} and texts[noun:noun + 1] == ["of"] and texts[noun + 1:noun + 2] and \
                texts[noun + 1] in OF_WHOSE:
            noun += 2  # "which of your roles is for me?"
        if w in {"which", "what"} and noun < len(texts) and (texts[noun] in V.ONE_ROLE_WORDS
                                                              or texts[noun] in V.MANY_ROLES_WORDS):
            rest = texts[noun + 1:]
            return all(t in V.FUNCTION_WORDS or t in DESCRIBING_WORDS or t in V.STANDING_WORDS
                       or t in FIT_ASKED or t in SELF_WORDS for t in rest)  # "which role is good for me?"
    return False


def _lacking(r: Reading) -> set[int]:
    """The tokens saying what the candidate lacks: from a negation ("no",
    "without", "never") to the end of its clause."""
    out, on = set(), False
    for i, t in enumerate(r.tokens):
        if t.brk or t.text in CONTRAST_WORDS:  # "no management experience but deep API skills"
            on = False
            continue
        on = on or t.text in V.NEGATION_WORDS or t.text.endswith("n't")
        if on:
            out.add(i)
    return out


def _said_lacking(r: Reading) -> list[str]:
    """What the candidate lacks, as the recruiter wrote it ("management
    experience" of "no management experience"): each negated clause, its
    negation left out."""
    out, run = [], []
    for i in sorted(_lacking(r)) + [len(r.tokens) + 1]:
        if run and i != run[-1] + 1:
            words = [k for k in run if not (r.tokens[k].text in V.NEGATION_WORDS or r.tokens[k].text.endswith("n't"))]
            if words:
                out.append(r.words(words[0], words[-1] + 1))
            run = []
        run.append(i)
    return out


def _done_without(r: Reading) -> list[re.Pattern]:
    """Patterns of a role's items saying it does without what the candidate
    lacks: "no management experience" fits a role that leads "without direct
    managerial authority". A lacking word is matched by its first letters
    (`within_role.PREFIX_LETTERS`), so "management" finds "managerial"."""
    lacking = [r.tokens[i].text for i in _lacking(r)]
    stems = {w[:within_role.PREFIX_LETTERS] for w in lacking if len(w) >= within_role.PREFIX_LETTERS
             and w not in DEGREE_WORDS and w not in V.FUNCTION_WORDS and w not in V.NEGATION_WORDS}
    return [re.compile(r"\b(?:without|no|not|non)\b(?:\W+\w+){0,2}?\W+" + re.escape(stem), re.I) for stem in sorted(stems)]


def _has_words(r: Reading) -> set[str]:
    """The stems of what the candidate has: the description's own words,
    not the asking ("which role fits"), not what they lack."""
    lacking = _lacking(r)
    in_roles = {i for m in r.mentions for i in range(m.start, m.end)}
    asides = {i for start, end in asker_doing.spans(r.tokens, r.text) for i in range(start, end)}  # "Pasting …:"
    out = set()
    for i, t in enumerate(r.tokens):
        w = t.text
        if t.brk or i in lacking or i in asides or w in V.FUNCTION_WORDS or w in V.WITHIN_STOP_WORDS or w in V.FIT_WORDS \
                or w in PLACING_WORDS or w in DESCRIBING_WORDS or w in DEGREE_WORDS or w in V.LEVEL_WORDS \
                or w in V.ROLE_LIST_NOUNS or w in V.SEARCH_NON_TERMS or w.isdigit() or len(w) < 2:
            continue
        if i in in_roles and w in V.ROLE_LIST_NOUNS:
            continue
        out.add(within_role.stem(w))
    return out


def _ranked(assistant, r: Reading, roles, years: int | None) -> Answer | None:
    """The roles the candidate fits best, each with the items that say why;
    None when the description's words fit no role."""
    has = _has_words(r)
    profiles = [(role, p) for role in roles if (p := assistant._profile(role.id)) is not None]
    without = _done_without(r)
    variants = within_role.expanded(has)
    # which of the candidate's words each role's items say (1, or a form of it 0.5)
    said = [{w: max((within_role._found(vs, within_role._fact_words(f.text)) for f in p.facts if f.text), default=0.0)
             for w, vs in variants.items()} for _role, p in profiles]
    # a word few roles say tells more of which role fits (inverse document frequency over roles)
    rarity = {w: math.log(1 + len(profiles) / df) for w in has if (df := sum(1 for s in said if s[w]))}
    scored = []
    entered = _entered_from(assistant, r)
    for (role, profile), found in zip(profiles, said):
        score = sum(found[w] * weight for w, weight in rarity.items()) + (ENTRY_BONUS if role.id in entered else 0.0)
        ranked = within_role.rank(profile, has) if score else None
        in_range = years is not None and C.fits(role.experience, years)
        spared = [f for f in profile.facts if f.text and any(p.search(f.text) for p in without)]
        if spared and ranked:  # the role says it does without what the candidate lacks: why it fits
            ranked = replace(ranked, items=tuple((0.0, f) for f in spared[:1]) + ranked.items)
        if ranked or in_range:
            scored.append((score + (YEARS_BONUS if in_range else 0.0) + (LACK_SPARED_BONUS if spared else 0.0),
                           role, ranked, in_range))
    if not rarity or not scored:
        return None  # nothing the candidate has that a role says
    scored.sort(key=lambda s: -s[0])
    best = scored[0][0]
    shown = [s for s in scored if s[0] >= best * FIT_SHARE]
    shown = shown[:max(MAX_ROLES_SHOWN, sum(1 for s in shown if s[0] == best))]  # never some of a tie
    lacking = _said_lacking(r)
    sections = []
    for _score, role, ranked, in_range in shown:
        items = tuple(Item(f.text, label=f.heading or None, source=f.source)
                      for _s, f in (ranked.items if ranked else ())[:ITEMS_PER_ROLE])
        note = _within_range(role.experience, years) if in_range else None
        sections.append(Section(role.title, items, text=note))
    typed = {within_role.stem(t.text): t.text for t in r.tokens}  # the words as the recruiter wrote them
    words = ", ".join(dict.fromkeys(typed.get(w, w) for _s, _r, ranked, _y in shown if ranked for w in ranked.words))
    tied = [role.title for score, role, _r, _y in shown if score == best]
    summary = (f"Best fit: {tied[0]}" if len(tied) == 1 else f"These fit equally: {', '.join(tied)}") \
        + f", by what the candidate has ({words})."
    if lacking:
        spared = without and any(p.search(f.text) for _s, _role, ranked, _y in shown[:1] if ranked
                                 for _x, f in ranked.items[:1] for p in without)
        summary += f" They lack {'; '.join(lacking)}: {shown[0][1].title} says it does without it." if spared \
            else f" What they lack ({'; '.join(lacking)}) was not counted for any role."
    r.decision = f"candidate fit by '{words}'" + (f" and {years} years" if years is not None else "")
    return Answer(title="Roles that fit the candidate", intent=V.HIRING, summary=summary,
                  sections=tuple(sections), roles=tuple(role.title for _s, role, _r, _y in shown), confidence=0.7,
                  sources=tuple(dict.fromkeys(i.source for s in sections for i in s.items if i.source)))


# A stated range's own sentence longer than this is left out of the note: a paragraph says more than its range.
MAX_RANGE_SAID = 200


def _entered_from(assistant, r: Reading) -> set[int]:
    """The roles whose career paths list a title the candidate holds ("currently
    principal software engineer": a title the store has no role for) as a way in."""
    return {link.role_id for title in r.titles_without_profile
            for link in assistant.knowledge.career_links(kind=S.CAREER_ENTRY, title_key=role_key(title),
                                                         limit=ENTRY_LINKS_READ)}


def _within_range(experience, years: int) -> str:
    """The note that the candidate's years fall in a role's range, with the
    role's own words for it ("3–7 years … for mid-level roles; 7+ years for
    senior/lead positions"): the figures alone drop which level of the role
    those years make the candidate, which the recruiter asks to place them."""
    e = next(e for e in experience if C.fits((e,), years))
    said = " ".join((e.text or "").split())
    return f"{years} years is within its stated range ({_range(experience, years)} years)" \
        + (f": “{said}”" if said and len(said) <= MAX_RANGE_SAID else ".")


def _range(experience, years: int) -> str:
    """The first stated range that takes `years`, as "12-18+": a role with
    two postings (5+ in one, 4+ in another) fits 4 years by the second."""
    e = next(e for e in experience if C.fits((e,), years))
    top = f"-{e.years_max}" if e.years_max is not None and e.years_max != e.years_min else ""
    return f"{e.years_min}{top}{'+' if e.open_ended else ''}"
