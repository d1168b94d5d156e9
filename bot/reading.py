"""Reading a question: what it asks, which roles it names, and how sure that is.

`QuestionReader.read` turns a question's text into a `Reading`: its tokens,
the weighed intent phrases, the role mentions with their scores, the
companies and places named beside them, and the roles taken as meant (or to
ask about, or missing). Answering (`bot.rules`) only looks at a `Reading`;
it never goes back to the text's letters to decide which rule fits.
"""

import re
from dataclasses import dataclass, field, replace

from bot import amounts_in_words, asked_again, asked_words, asker_doing, autocorrected, doer_verbs, facet_words, \
    level_mentions, openers, pasted_lines, people_mentions, possessives, quote_marks, quoted, range_ends, said_as_role, scene_setting, \
    self_introduction, set_aside, short_forms, sourcing, title_initials
from bot import context as C
from bot import vocabulary as V
from bot.chat_markup import without_emphasis, without_markup
from bot.intents import IntentMatch, PhraseHit
from bot.qualifiers import Qualifier
from bot.roles import Candidate, Mention, RoleIndex
from bot.acronyms import Acronyms
from bot.spelling import Speller
from bot.text import PICK_MARK, Token, cap, fold, split_glued, tokenize, words_of
from knowledge import sections as S

# A role is taken as meant when its mention scores at least this (share of
# the title's weight the user wrote, times typo similarity). "lead backend"
# scores 0.81 for Lead Backend Engineer; "backend engineer" 0.69, which asks.
ROLE_ACCEPT = 0.75
# Below ROLE_ACCEPT but at least this: offered as "did you mean".
ROLE_SUGGEST = 0.25
# Two candidates closer than this are both offered: the question is ambiguous.
ROLE_MARGIN = 0.12
# A career-path title counts as named when the user wrote all of it; the
# margin below 1 forgives a typo ("chief architekt" scores 0.94).
TITLE_EXACT = 0.9
# What a question made only of a noun for the roles and list words weighs
# as a request for the list: the weight of "list roles", which lists at once.
LIST_ONLY_WEIGHT = 5
# Words that make a question about roles in the plural ("which roles need German").
MANY_ROLES_WORDS = V.MANY_ROLES_WORDS

# An amount of pay; a number inside a word is none ("Q3", "H1B": "for Q3. roles at 180k or more" is 180k).
_MONEY = re.compile(r"(?<![A-Za-z])[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b|thousand\b)?", re.I)
# What ends a sentence, between two words of a question.
_SENTENCE_END = re.compile(r"[.?!;]")
_CLAUSE_MARK = re.compile(r"[,:\u2013\u2014]|\s-\s|--")
# Where a title's qualifier starts: "Data Scientist – Pricing (Contract)".
_TITLE_QUALIFIER = re.compile(r"\s*[(,]|\s[-–—]\s")
# A pay question's period ("above $40 an hour", "3,000 a month").
_HOURLY = re.compile(r"\bhourly\b|\b(?:per|an|a|/|by\s+the)\s*(?:hour|hr|h)\b", re.I)
_MONTHLY = re.compile(r"\bmonthly\b|\b(?:per|a|/)\s*month\b", re.I)


# Marks that come in pairs (opening, closing), by either of their characters.
_MARK_MATES = {c: pair for pair in ("**", "__", "~~", "``", "<>", "()", "[]") for c in pair}


@dataclass
class Reading:
    """What the layer understood of one question; also what --explain shows."""

    text: str  # folded: what the token offsets point into
    tokens: list[Token]
    intents: IntentMatch
    mentions: list[Mention]
    roles: list[int] = field(default_factory=list)  # resolved profiled role ids, in order
    role_scores: list[float] = field(default_factory=list)
    ambiguous: Mention | None = None
    titles_without_profile: list[str] = field(default_factory=list)
    unknown_words: list[str] = field(default_factory=list)
    weak: list[Mention] = field(default_factory=list)
    # A title with a word of its own ("security engineer"): a role the store lacks,
    # with the token span of the user's words for it and the words that make it another role.
    missing: list[tuple[Mention, int, int, list[str]]] = field(default_factory=list)
    used_context: bool = False
    rule: str = ""  # the name of the answer rule that answered (`bot.rules`)
    decision: str = ""  # what that rule made of it, when its name does not say it all
    display: str = ""  # the question as typed, when offsets agree with `text`
    intents_asked: tuple[str, ...] = ()  # a role's facts asked for, in order ("salary and experience")
    # Companies and places named beside the role ("quillfeather", "dublin"): they narrow, they name no role.
    qualifiers: list[Qualifier] = field(default_factory=list)
    narrowed_to: str = ""  # the company or place whose sources alone answered ("Quillfeather Labs")
    typed: str = ""  # the question as typed, capitals and all ("DDD")
    # What the answer was ranked or found by, for --explain: a role's items by
    # score (`within_role.Ranked.items`), or the roles a store-wide search matched.
    ranked: tuple = ()
    # The words a role's items were ranked by, kept by the conversation, and
    # those words carried over from it ("same for the global lead").
    topic: tuple[str, ...] = ()
    carried: tuple[str, ...] = ()
    # A question back's question, the role's words replaced by PENDING_ROLE
    # (`knowledge.Context.pending`): what a typed pick answers.
    pending: str = ""
    matched: list[dict] = field(default_factory=list)
    # The thresholds a filtered list was filtered by (`bot.refining.Bound`,
    # kept by the conversation), and the years of a candidate the question
    # described ("I have a candidate with 7 years") or the conversation kept.
    bounds: tuple = ()
    candidate_years: int | None = None
    candidate_told: str = ""  # the question that told of the candidate's years (`Context.candidate_told`)
    asker: str = ""  # who the asker said they are before asking ("Senior Staff Engineer here -"), as typed
    target: str = ""  # the career title whose paths in the answer lists (`knowledge.Context.target`)
    facet_shown: str = ""  # the facet on screen a bare topic's items came from (`Context.facet_shown`)
    listed: tuple[int, ...] = ()  # the list the one role answered was picked from by its place (`Context.listed`)
    searched: tuple[str, ...] = ()  # the terms a store-wide search looked for (`Context.searched`)
    term_asked: str = ""  # a thing asked of one role its documents don't say (`Context.term_asked`)
    # Tokens before this one say the asker's situation, not what is asked (`_preamble_end`).
    preamble: int = 0
    # Clauses telling of the asker's own work ("I'm hiring for X —", `bot.asker_doing`): no part of the role.
    asides: tuple[tuple[int, int], ...] = ()
    # The roles a pick by seniority could not place, their documents stating no years.
    unplaced: tuple[str, ...] = ()
    # Roles the question sets aside ("other than the engineer", `bot.set_aside`): asked about the others.
    excluded: list[int] = field(default_factory=list)
    _cues: tuple | None = field(default=None, repr=False, compare=False)  # (tokens, their cues): `cues`

    def cues(self) -> C.Cues:
        """`context.cues` of the question's tokens, worked out once: several
        rules read them from the same reading."""
        if self._cues is None or self._cues[0] is not self.tokens:
            self._cues = (self.tokens, C.cues(self.tokens))
        return self._cues[1]

    @property
    def asked_text(self) -> str:
        """The folded text from where the question is asked: without the
        sentences before it that set the scene (`preamble`), whose "in an
        hour" is no pay period."""
        return self.text[self.tokens[self.preamble].start:] if 0 < self.preamble < len(self.tokens) else self.text

    def words(self, start: int, end: int) -> str:
        """The user's own spelling of tokens start..end-1."""
        return (self.display or self.text)[self.tokens[start].start:self.tokens[end - 1].end]

    def echoed(self, start: int, end: int) -> str:
        """`words(start, end)` to repeat back to the user, with the marks
        around it that its own marks pair with: tokens are words, so
        "*Chief* Wizard" spans "Chief* Wizard" and "<b>Chief</b>" spans
        "b>Chief</b>", which read as a typo of ours when echoed."""
        text = self.display or self.text
        first, last = self.tokens[start].start, self.tokens[end - 1].end
        while first > 0 and (mate := _MARK_MATES.get(text[first - 1])) and mate[1] in text[first:last]:
            first -= 1
        while last < len(text) and (mate := _MARK_MATES.get(text[last])) and mate[0] in text[first:last]:
            last += 1
        return " ".join(text[first:last].split())  # a blanked chat mention leaves no gap

    def explain(self) -> dict:
        return {
            "intent_scores": {k: round(v, 2) for k, v in sorted(self.intents.scores.items(), key=lambda kv: -kv[1])},
            "phrases": [f"{h.intent}: '{h.phrase}' (+{h.weight:g})" for h in self.intents.hits],
            "mentions": [
                {"text": m.text, "candidates": [
                    {"title": c.title.name, "alias": c.title.alias, "score": round(c.score, 3),
                     "profile": c.title.role_id is not None} for c in m.candidates[:5]]}
                for m in self.mentions
            ],
            "unknown_words": self.unknown_words,
            "missing_roles": [self.words(start, end) for _m, start, end, _extra in self.missing],
            "used_context": self.used_context,
            "rule": self.rule,
            "decision": self.decision,
            "ranked_items": [{"score": round(score, 2), "section": fact.heading or S.TITLES.get(fact.section, fact.section),
                              "item": fact.text} for score, fact in self.ranked],
            "roles_matched": self.matched,
        }


def _title_words_unglued(tokens: list[Token], index: RoleIndex, is_word) -> list[Token]:
    """Two words of a title in a row typed as one ("barback" for a "Bar Back", "deckhand" for a
    "Deck Hand"), shorter than `split_glued` splits: the title's two words, when the glued word is
    no word of its own."""
    out: list[Token] = []
    for token in tokens:
        pair = None if token.brk or is_word(token.text) else index.glued.get(token.text)
        out.extend(Token(w, token.start, token.end) for w in pair) if pair else out.append(token)
    return out


class QuestionReader:
    """`read` for the `Assistant`: it needs the assistant's role index,
    intent matcher and company/place index, rebuilt per knowledge version."""

    def read(self, text: str, index: RoleIndex | None = None) -> Reading:
        index = index or self._role_index(self.knowledge.refresh())
        names = self._qualifier_index(index)
        text, pasted = pasted_lines.named_by_line(text or "", self.knowledge)  # "the ad says '…' - pay?": the role that says it
        asker = openers.introduced(cap(text or ""))  # "sourcer here -": set aside below, kept for who asks
        opened_by_quote = (text or "").lstrip().startswith(quoted.QUOTE_MARKS)  # its mark is blanked as markup below
        # cut first: a pasted page is not mended word by word
        text = self._speller(index, names).mended(openers.without_opener(without_emphasis(without_markup(
            quote_marks.as_double(cap(text or ""))))))
        text = amounts_in_words.as_digits(text)  # "one hundred seventy thousand": 170000
        folded = fold(cap(text))
        # a company's or place's own word ("Outfield") is no words glued together ("out field")
        tokens = split_glued(tokenize(folded), lambda word: word in index.words or word in self.intent_matcher.words
                             or names.knows(word) or word in V.TOPIC_TERMS)
        tokens = _title_words_unglued(tokens, index, lambda word: word in index.postings or word in self.intent_matcher.words
                                      or names.knows(word) or word in V.TOPIC_TERMS)
        tokens = autocorrected.title_words_put_back(tokens, index)  # "lead backed engineer": the backend one
        tokens = title_initials.spell_out(_read_as_the_store_titles(tokens, folded, index), index)
        tokens = doer_verbs.as_doers(tokens, index)  # "to teach maths": the maths teacher
        # its capitals tell "OT" the therapist from "ot", when its letters stand where folded's do; a word
        # the documents write in capitals alone has them ("any etl in it?": the ETL), though echoed as typed
        typed = cap(self._acronyms.written(text))
        tokens = short_forms.as_typed(tokens, typed if len(typed) == len(folded) else None, index)  # "DE" is no "de"
        named_roles = {role_id for q in names.find(tokens, [True] * len(tokens)) for role_id in q.role_ids}
        tokens, shared = short_forms.spell_out(tokens, typed if len(typed) == len(folded) else None, index, names.knows,
                                               named_roles)  # "OT pay at Brunnhalde": the clinic's therapist
        # A company's or place's word is no typo of an intent's ("leeds" is not "needs"), nor is a word
        # the documents use, but as another form of it
        intents = self.intent_matcher.match(tokens, title_words=lambda word: index.knows(word) or names.knows(word),
                                            document_words=self._speller(index, names).documents)
        usable = [not used for used in intents.used_by_long]
        # "I'm the new recruiting coordinator, which roles …": the asker's own job names nothing asked
        intro = self_introduction.intro_end(tokens, folded)
        if intro:
            usable[:intro] = [False] * intro
            intents = intents.without([(0, intro)])
        joins = [t.brk and (t.text == "and" or folded[t.start:t.end].strip() == "&") for t in tokens]
        qualifiers = names.find(tokens, [u and not used for u, used in zip(usable, intents.used)],
                                whole=[True] * len(tokens), joins=joins)
        for q in qualifiers:
            usable[q.start:q.end] = [False] * (q.end - q.start)
        # A name of several words is the name: "health" of "Copperline Health" asks no benefits.
        intents = intents.without([(q.start, q.end) for q in qualifiers if q.end - q.start > 1])
        mentions = index.find(tokens, usable, folded)
        if shared:  # "OT" of two roles: both mentioned, equally, so the question asks which one
            mentions += [Mention(at, at + 1, folded[tokens[at].start:tokens[at].end],
                                 [Candidate(t, 1.0, frozenset(t.words)) for t in titles])
                         for at, titles in short_forms.shared_at(shared, tokens, mentions, index)]
            mentions.sort(key=lambda m: m.start)
        level_mentions.split_slashed_levels(mentions, tokens, index, folded)  # "senior/lead Engineer"
        level_mentions.join_levels(mentions, tokens, index, folded)
        level_mentions.find_family(mentions, tokens, index, folded)
        level_mentions.borrow_role(mentions, tokens, index)
        level_mentions.drop_ladder_words(mentions, tokens)
        level_mentions.drop_levels_named(mentions, tokens)
        level_mentions.drop_negated(mentions, tokens)
        level_mentions.drop_rank_verbs(mentions, tokens)
        level_mentions.drop_states(mentions, tokens)
        level_mentions.drop_capacities(mentions, tokens)
        people_mentions.drop_people(mentions, tokens, intents, ROLE_SUGGEST)
        said_as_role.keep_roles(mentions, tokens)
        level_mentions.drop_counted(mentions, tokens, folded)
        intents = intents.with_hits(possessives.reporting_owned(mentions, tokens, folded))  # "the X's manager"
        possessives.drop_possessed(mentions, tokens, folded, intents.used)
        facet_words.drop_facet_mentions(mentions, intents.used, qualifiers, ROLE_ACCEPT)
        pasted_lines.drop_inside(mentions, tokens, folded, pasted)  # "'… on the sample roaster'": no role of its own
        quoted.drop_quoted(mentions, tokens, cap(text), folded, opened_by_quote)  # "> X: 12 years" pasted back, then the role meant
        excluded, tokens, intents = set_aside.set_aside(mentions, tokens, intents)
        if (again := asked_again.repeat_span(tokens)) is not None:  # "do the same for X": no duties asked
            intents = intents.without([again])
        reading = Reading(folded, tokens, intents, mentions, qualifiers=qualifiers, excluded=excluded, asker=asker)
        original = cap(text or "")
        reading.display = original if len(original) == len(folded) else folded
        reading.typed = typed if len(typed) == len(original) else original
        self._classify_mentions(reading, index)
        sole = None if reading.roles or reading.ambiguous or reading.missing or reading.titles_without_profile \
            else facet_words.sole_company_role(tokens, mentions, intents.used, qualifiers) \
            or facet_words.sole_place_role(tokens, mentions, qualifiers)
        if sole is not None:
            reading.roles, reading.role_scores = [sole[0]], [ROLE_ACCEPT]
        reading.intents = _outside_titles(reading)
        role_spans = [(m.start, m.end) for m in mentions
                      if _accepted(m, intents.used) and m.profiled()[0].title.role_id in reading.roles]
        # a role read with a word the store does not know beside it ("the solwick solar installer"),
        # as a role named: "what do you need for" it asks what it requires
        reading.intents = asked_words.read_around_roles(
            tokens, reading.intents, role_spans + [(start, end) for _m, start, end, _extra in reading.missing])
        reading.intents, reading.asides = asker_doing.without_asker_doing(tokens, reading.intents, intro, folded)  # "I'm hiring for X — what is it?"
        reading.intents = sourcing.titles_sought(tokens, reading.intents)  # "which titles should I search on LinkedIn"
        role_spans, told_end = _choice_after_told(reading, role_spans)
        preamble = reading.preamble = max(intro, _returning_to(tokens, role_spans), told_end or _preamble_end(reading, role_spans) or scene_setting.scene_end(
            tokens, folded, reading.intents, [(m.start, m.end) for m in mentions if _names_a_title(m)]
            + [(q.start, q.end) for q in qualifiers] + [(s, e) for _m, s, e, _extra in reading.missing]))
        if (reaimed := asked_again.reaim_span(tokens)) is not None and reaimed[1] > preamble:
            preamble = reading.preamble = reaimed[1]  # "actually make that expert": "make" asks nothing of it
        reading.intents = reading.intents.without([(0, preamble)]) if preamble else reading.intents
        in_mentions = {i for m in mentions for i in range(m.start, m.end)}
        in_mentions |= {i for q in qualifiers for i in range(q.start, q.end)}
        in_mentions |= {sole[1]} if sole is not None else set()
        in_mentions |= facet_words.company_people(tokens, mentions, qualifiers)
        reading.unknown_words = [
            t.text for i, t in enumerate(tokens)
            if i >= max(preamble, C.correction_opening(tokens)) and not t.brk and i not in in_mentions and (not intents.used[i] or intents.corrected[i])
            and t.text not in V.FUNCTION_WORDS and not t.text.isdigit() and not _MONEY.fullmatch(t.text)
            and not index.knows(t.text) and t.text != PICK_MARK
        ]
        if _extreme(reading):  # "top paying jd", "which jd pays worst": the noun for a role, no job description asked for
            reading.intents = reading.intents.without([
                (h.start, h.end) for h in reading.intents.hits if h.intent == V.JOB_DESCRIPTION and all(
                    t.text in V.ROLE_LIST_NOUNS or t.text in V.WH_OBJECT_WORDS for t in tokens[h.start:h.end])])
        if _list_only(reading):  # the list alone: "jd list" asks no job description, "roles in scope?" no duties
            reading.intents = reading.intents.without([(0, len(tokens))]).with_hits([PhraseHit(
                V.LIST_ROLES, "roles, nothing else asked", LIST_ONLY_WEIGHT, 0, len(tokens))])
            reading.unknown_words = []
        return reading

    def _speller(self, index: RoleIndex, names) -> Speller:
        """The words known beside `index` (rebuilt with it): vocabulary, titles, names, the documents'."""
        if getattr(self, "_spelled_of", None) is not index:
            self._spelling = Speller(self.knowledge.fact_words(), (*index.postings, *names.name_words))
            self._acronyms = Acronyms(self.knowledge, self._spelling.documents,
                                      V.FUNCTION_WORDS | set(index.postings) | set(names.name_words))
            self._spelled_of = index
        return self._spelling

    def said_in_documents(self, word: str) -> bool:
        """Whether the documents of the knowledge version last read say `word`."""
        spelling = getattr(self, "_spelling", None)
        return spelling is not None and word.casefold() in spelling.documents

    def _classify_mentions(self, reading: Reading, index: RoleIndex) -> None:
        """Each mention is a role taken, a role to ask about, a career-path title,
        a missing role (a known title with a word of its own), or too weak to name one."""
        _narrow_candidates(reading)
        accepted = {id(m): _accepted(m, reading.intents.used) for m in reading.mentions}
        # Words of a title named in full, or of a role taken, are never part of another title's name.
        in_roles = {i for m in reading.mentions if accepted[id(m)] or m.best.score >= TITLE_EXACT
                    for i in range(m.start, m.end)}
        free = [not t.brk and t.text not in V.FUNCTION_WORDS and t.text != PICK_MARK and not reading.intents.used[i]
                and not t.text.isdigit() and not _MONEY.fullmatch(t.text) and i not in in_roles
                and not any(q.start <= i < q.end for q in reading.qualifiers)
                for i, t in enumerate(reading.tokens)]
        for i in asked_words.after_titles(reading.tokens, [m.end for m in reading.mentions]):
            free[i] = False  # "the lead back end number": its pay, no title of its own
        for i in range(C.correction_opening(reading.tokens)):
            free[i] = False  # "no wait engineer": a correction, and then the role
        for m in reading.mentions:
            for i in level_mentions.slashed_levels_before(m.start, reading.tokens, reading.text):
                free[i] = False  # "senior/lead engineer": the Engineer at those levels
        for i in range(*(asked_again.repeat_span(reading.tokens) or (0, 0))):
            free[i] = False  # "same question engineer": the question again, then the role
        many = _about_many(reading)
        # Roles named by the person who does the job, not only by a modifier ("office")
        anchors = {id(m) for m in reading.mentions if accepted[id(m)] and not _modifier_only(m)}
        taken = {accepted[id(m)].title.role_id for m in reading.mentions if accepted[id(m)]}
        for mention in reading.mentions:
            profiled, best, role = mention.profiled(), mention.best, accepted[id(mention)]
            single = mention.end - mention.start == 1
            if (anchors - {id(mention)} and _modifier_only(mention) and (not role or single)
                    or many and (_qualifier_only(mention) or single and _modifier_only(mention) and not _level_only(mention))
                    and (not role or role.score < ROLE_ACCEPT)) and not _set_against(reading, mention, anchors):
                continue  # "berlin office" beside the UX Researcher; "remote", "night" in "which roles are remote"
            unsure = profiled[0] if not role and profiled and profiled[0].score >= ROLE_SUGGEST else None
            titled = best if not (role or unsure) and best.title.role_id is None and best.score >= TITLE_EXACT \
                else None
            read_as = role or unsure or titled  # a role, a role to ask about, a career-path title
            if unsure is not None and unsure.title.role_id in taken:
                continue  # "lead backend - … compared to a backend architect": a topic of the role named, no role
            if read_as is not None and _skilled_person(reading, mention, free):
                continue  # "roles for a kafka expert": a person with a skill, and the skill is searched
            if read_as is not None:
                start, end, extra = index.words_beside(reading.text, reading.tokens, mention, read_as, free,
                                                          reading.display)
                if extra:
                    reading.missing.append((mention, start, end, extra))
                    continue
            if role:
                if role.title.role_id not in reading.roles:
                    reading.roles.append(role.title.role_id)
                    reading.role_scores.append(role.score)
            elif unsure:
                reading.ambiguous = reading.ambiguous or mention
            elif titled:
                reading.titles_without_profile.append(titled.title.name)
            else:
                reading.weak.append(mention)
        if len(reading.roles) == 1:
            reading.intents = reading.intents.without([
                (m.start, m.end) for m in reading.mentions if accepted[id(m)] and m.best.score >= TITLE_EXACT])


def _set_against(reading: Reading, mention: Mention, anchors: set[int]) -> bool:
    """Whether a comparison's word ("vs", "versus") stands between `mention`
    and a role named by its person (`anchors`): "plain engineer vs expert" sets
    the Expert Software Engineer against the Engineer, where "expert" beside
    "engineer" alone would only qualify it."""
    compares = [h for h in reading.intents.hits if h.intent == V.COMPARE]
    others = [m for m in reading.mentions if id(m) in anchors and m is not mention]
    return any(m.start >= h.end and h.start >= mention.end or mention.start >= h.end and h.start >= m.end
               for m in others for h in compares) \
        or bool(compares) and any(_joined(reading.tokens, mention, m) for m in reading.mentions
                                  if m is not mention and m.best is not None and m.best.score >= ROLE_ACCEPT)


# Words that join two roles into a pair: "compare the Expert and the Lead Back End roles".
_JOINING = {"and", "&", "or", "the", "a", "an", "with", "to", "vs", "versus"}


def _joined(tokens: list[Token], one: Mention, other: Mention) -> bool:
    """Whether nothing but words that pair two roles ("and the") stands
    between the mentions, one of them a conjunction: roles side by side."""
    between = [t.text for t in tokens[min(one.end, other.end):max(one.start, other.start)]]
    return bool(between) and set(between) <= _JOINING and bool({"and", "&", "or", "with", "to"} & set(between))


def _read_as_the_store_titles(tokens: list[Token], folded: str, index: RoleIndex) -> list[Token]:
    """Initials of several readings (`V.OTHER_READINGS`) read as the one the
    store's titles have: "pm" is the program manager where no product manager
    is hiring, the "em" of "cryo-em" electron microscopy. The first reading
    stands while every word of it is a title word, and when no other fits."""
    out, i = [], 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and (tokens[j].start, tokens[j].end) == (tokens[i].start, tokens[i].end):
            j += 1  # the words one typed abbreviation was spelt out to
        group, typed = tokens[i:j], folded[tokens[i].start:tokens[i].end]
        readings = V.OTHER_READINGS.get(typed, ()) if not group[0].brk else ()
        if readings and not all(t.text in index.postings for t in group):
            fits = next((words for words in readings if all(w in index.postings for w in words)), None)
            if fits is not None:
                group = [Token(word, group[0].start, group[0].end) for word in fits]
        out.extend(group)
        i = j
    return out


def _skilled_person(reading: Reading, mention: Mention, free: list[bool]) -> bool:
    """Whether `mention` is only a noun for a person known by a skill, after
    a word of the question's own ("kafka expert", "terraform specialist"): the
    person of that skill, though "expert" is the rank of a title."""
    words = reading.tokens[mention.start:mention.end]
    before = reading.tokens[mention.start - 1] if mention.start > 0 else None
    return all(t.text in V.SKILLED_PERSON_NOUNS for t in words) and before is not None \
        and free[mention.start - 1] and not before.brk and before.text not in V.NON_DEFINING_WORDS \
        and not reading.text[before.start:before.end].endswith(("'s", "s'")) \
        and not _SENTENCE_END.search(reading.text[before.end:words[0].start])
    # (not "my client's expert", its owner; nor "11 yrs, Kafka. Expert SE or …?", a sentence apart)


def _names_a_title(mention: Mention) -> bool:
    """Whether a mention may name a role: one the store profiles, or a career
    path's title written in full; "on the *team*" (a word of "Senior Engineering
    Team Lead", a title only in a career path) sets no scene about a role."""
    return bool(mention.profiled()) or any(c.score >= TITLE_EXACT for c in mention.candidates)


def _narrow_candidates(reading: Reading) -> None:
    """A mention's roles, among those of the company or place the question
    names, when any of them is close enough to suggest: "halyard firmware
    engineer" is Halyard's Senior Embedded Firmware Engineer. One such role
    left is taken as meant."""
    scopes = [q.role_ids for q in reading.qualifiers]
    if not scopes:
        return
    scope = frozenset.intersection(*scopes) or frozenset.union(*scopes)
    for mention in reading.mentions:
        theirs = [c for c in mention.profiled() if c.title.role_id in scope]
        if not theirs or theirs[0].score < ROLE_SUGGEST and not _every_word_of_one(mention, theirs):
            continue
        if len({c.title.role_id for c in theirs}) == 1:
            theirs = [replace(c, score=max(c.score, ROLE_ACCEPT)) for c in theirs]
        mention.candidates = theirs + [c for c in mention.candidates if c.title.role_id is None]


def _every_word_of_one(mention: Mention, theirs: list[Candidate]) -> bool:
    """Whether every word a mention wrote is a word of the title of one role only, of those of the
    company or place named: "the fromagerie technician" names the Fromagerie's one Technicien de
    maintenance industrielle, however little of its long title one word is."""
    return len({c.title.role_id for c in theirs}) == 1 and len(theirs[0].matched) >= mention.end - mention.start


def _accepted(mention: Mention, intent_words=()) -> Candidate | None:
    """The profiled role `mention` names, when it scores ROLE_ACCEPT with no
    other role within ROLE_MARGIN of it, or is the sole fit of its words
    (`_sole_fit`); else None. `intent_words` marks the question's tokens an
    intent phrase used: one of them alone ("experience") is what is asked, not a role."""
    profiled = mention.profiled()
    asked = mention.end - mention.start == 1 and mention.start < len(intent_words) and intent_words[mention.start]
    if profiled and ROLE_SUGGEST <= profiled[0].score < ROLE_ACCEPT and not asked and _sole_fit(mention):
        return profiled[0]
    if not profiled or profiled[0].score < ROLE_ACCEPT:
        return None
    top = next((c for c in profiled if c.score == profiled[0].score and c.title.alias == c.title.name), profiled[0])
    rivals = [c for c in profiled if c.title.role_id != top.title.role_id
              and top.score - c.score < ROLE_MARGIN and not _shortened_to(c, top)]
    return None if rivals else top


def _shortened_to(candidate: Candidate, named: Candidate) -> bool:
    """Whether `candidate` matched by a short form of its title that is the
    whole title of the role `named`: "product manager" names the Product
    Manager, not "Product Manager, Data Platform" (unless said in full)."""
    return candidate.title.alias != candidate.title.name and named.title.alias == named.title.name \
        and fold(candidate.title.alias) == fold(named.title.name)


def _sole_fit(mention: Mention) -> bool:
    """Whether the words of `mention` are a part of one role's title and of no
    other title, profiled or only in a career path ("firmware engineer", "shift
    lead", "QA contractor"), with a word that says which job it is: not only
    a level any role has, the title's last word or its company ("senior", "lead
    engineer", "Harborlight" pick no role by themselves). A rank no ladder shares
    ("expert" of the Expert Software Engineer) says which job it is, and so does a
    last word said alone that no other title has ("improver")."""
    best = mention.profiled()[0]
    if any(c.title.role_id != best.title.role_id for c in mention.candidates):
        return False
    head = best.title.words[-1]  # a code in its place ("C+E" of "Kierowca C+E", a licence class) is no head noun
    # a head said alone that no other title, profiled or in a career path, shares ("improver") names its job
    alone = len(best.matched) == 1 and len(mention.candidates) == 1
    said = set(best.matched) - V.LEVEL_WORDS - V.NON_DEFINING_WORDS - ({head} if head.isalpha() and not alone else set())
    if len(best.matched) == 1:
        said -= V.WORK_NOUNS  # "development" alone is work, not the Sales Development Representative
    return bool(said)


def _outside_titles(r: Reading) -> IntentMatch:
    """The question's intents without the phrases inside a role's name,
    when phrases outside it say what is asked: "office manager
    responsibilities" asks for responsibilities, not the office."""
    spans = [(m.start, m.end) for m in r.mentions if _accepted(m, r.intents.used) and m.profiled()[0].title.role_id in r.roles]
    outside = [h for h in r.intents.hits if h.intent in V.ROLE_INTENTS and h.weight >= V.INTENT_MIN_WEIGHT
               and not any(s <= h.start and h.end <= e for s, e in spans)]
    return r.intents.without(spans) if spans and outside else r.intents


def _list_only(r: Reading) -> bool:
    """Whether the question is a noun for the roles and nothing but list and
    question words ("roles?", "give me the role list", "# of jds in the
    system?"): it asks for the list, though no list phrase says so. One role
    in the singular needs a word of listing ("show me the jd" asks which one)."""
    start = _after_asker_statement(r.tokens, r.preamble)
    words = [t.text for t in r.tokens[start:] if not t.brk]  # "I'm new here. which roles are there?"
    return bool(words) and not r.roles and r.ambiguous is None and not r.missing \
        and not r.titles_without_profile and not r.qualifiers \
        and any(w in V.ROLE_LIST_NOUNS and w.endswith("s") or w in V.STORE_HOLDS_WORDS or w in V.LIST_WORDS
                for w in words) \
        and all(w in V.ROLE_LIST_NOUNS or w in V.LIST_REQUEST_WORDS
                or w in POINTING_AT_THE_ROLES and set(words) & V.ROLE_LIST_NOUNS for w in words)


def _after_asker_statement(tokens, start: int) -> int:
    """Where the request starts after a statement of the asker's own, to
    its last mark ("I'm rewriting our postings and want the titles
    consistent - give me the exact job titles you hold"): the statement of
    the asker's work (a doing verb right after "I'm") asks nothing by itself
    (no question word), so the list asked after it is read alone; "we need
    kafka people - which roles?" is no such statement. `start` when there is none."""
    if start >= len(tokens) or tokens[start].text not in V.ASKER_SUBJECTS \
            or not any(t.text in V.ASKER_DOING_VERBS for t in tokens[start + 1:start + 4]):
        return start
    marks = [k for k in range(start, len(tokens)) if tokens[k].brk and tokens[k].text == "|"]
    if not marks or any(t.text in V.WH_WORDS_OPENING for t in tokens[start:marks[-1]]) \
            or not any(t.text in V.LIST_WORDS | V.STORE_HOLDS_WORDS for t in tokens[marks[-1] + 1:]):
        return start  # "I'm hiring kafka people - which roles?" may ask those that say kafka
    return marks[-1] + 1


# Words pointing back at the roles a list question names ("how many role you
# have, and what are the names of them?"); alone, at what was shown ("list them").
POINTING_AT_THE_ROLES = {"them", "their", "they"}


def _about_many(r: Reading) -> bool:
    """Whether the question is about roles in the plural ("which roles are remote")."""
    return r.intents.has(V.LIST_ROLES) or any(t.text in MANY_ROLES_WORDS for t in r.tokens)


# "back to the engineer - certs?", "ok, going back to the expert: pay?", "returning to
# the global lead, ...": words that only take the conversation back to a role named
# after them. They ask nothing: "back" was read as the topic, "going" searched for.
RETURN_WORDS = {"back", "return", "returning"}
RETURN_OPENING = RETURN_WORDS | {"to", "the", "ok", "okay", "so", "and", "anyway", "alright", "right", "now", "but",
                                 "going", "go", "getting", "get", "coming", "come", "circling", "circle", "let",
                                 "lets", "let's", "us", "s", "'s", "quickly", "just"}


def _returning_to(tokens, role_spans: list[tuple[int, int]]) -> int:
    """Where the first role named starts when every word before it only goes
    back to it ("going back to the engineer - certs?", "… - what abt the
    engineer role?"): those words are no topic; else 0."""
    if not role_spans or not (start := min(span[0] for span in role_spans)):
        return 0
    words = [t.text for t in tokens[:start] if any(c.isalnum() for c in t.text)]  # "to" too, read as a break
    if not words or not set(words) & RETURN_WORDS or words[-1] not in {"to", "the"} \
            or not all(w in RETURN_OPENING for w in words):
        return 0
    return start


def _preamble_end(r: Reading, role_spans: list[tuple[int, int]]) -> int:
    """Where the sentence naming the role starts, when that sentence asks
    something itself and none before it is a question (else 0): "we just opened
    a req, I come from sales hiring... can you tell me in plain words what a Lead
    Backend Engineer is?" asks for the role, not where its people come from. The
    sentences before say the asker's situation; their words are not what is asked."""
    tokens, text = r.tokens, r.text
    ends = [k for k in range(1, len(tokens)) if _SENTENCE_END.search(text[tokens[k - 1].end:tokens[k].start])]
    if not role_spans:
        return _candidate_told_first(r, ends)
    if len(role_spans) != 1:
        return 0
    start = max((k for k in ends if k <= role_spans[0][0]), default=0)
    end = min((k for k in ends if k > role_spans[0][0]), default=len(tokens))
    if start == 0 or any("?" in text[tokens[k - 1].end:tokens[k].start] for k in ends if k <= start):
        return 0
    asks = any(h.intent in V.ROLE_INTENTS and h.weight >= V.INTENT_MIN_WEIGHT and start <= h.start and h.end <= end
               for h in r.intents.hits)
    return start if asks else 0


def _choice_after_told(r: Reading, role_spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """`role_spans`, without the roles a sentence telling of a candidate named
    ("I have a candidate coming from an engineer role. would the global lead
    or the lead backend role suit them better?") when a later sentence offers
    a choice of two roles ("… or …"): those are what is asked about; the role
    the candidate comes from is their situation (`r.roles` lose it, and the
    sentences before the choice are the preamble: where it starts, else 0)."""
    if len(role_spans) < 3:
        return role_spans, 0
    tokens, text = r.tokens, r.text
    ends = [k for k in range(1, len(tokens)) if _SENTENCE_END.search(text[tokens[k - 1].end:tokens[k].start])]
    first_end, last_start = role_spans[-2][1], role_spans[-1][0]
    start = max((k for k in ends if k <= role_spans[-2][0]), default=0)
    if not start or "or" not in {t.text for t in tokens[first_end:last_start]} \
            or not any(t.text in V.TOLD_WORDS for t in tokens[:start]):
        return role_spans, 0
    told = [span for span in role_spans if span[1] <= start]
    if not told or len(role_spans) - len(told) != 2:
        return role_spans, 0
    told_ids = {m.profiled()[0].title.role_id for m in r.mentions if (m.start, m.end) in told and m.profiled()}
    kept_ids = {m.profiled()[0].title.role_id for m in r.mentions
                if (m.start, m.end) in role_spans and (m.start, m.end) not in told and m.profiled()}
    keep = [i for i, role in enumerate(r.roles) if role not in told_ids or role in kept_ids]
    r.roles, r.role_scores = [r.roles[i] for i in keep], [r.role_scores[i] for i in keep]
    return [span for span in role_spans if span not in told], start


def _clause_asking_roles(r: Reading) -> list[int]:
    """Where a clause asking of every role starts after a dash, comma or
    colon ("10 yrs backend — which roles list C#?"), as a sentence would: [it], else []."""
    tokens = r.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in V.WH_OBJECT_WORDS and tokens[k + 1].text in V.MANY_ROLES_WORDS:
            j = k - 1
            while j > 0 and tokens[j].text == "|":
                j -= 1  # the punctuation's own token: the marks are read between the words
            return [k] if _CLAUSE_MARK.search(r.text[tokens[j].end:tokens[k].start]) else []
    return []


def _candidate_told_first(r: Reading, ends: list[int]) -> int:
    """Where the last sentence starts when it asks the store a search or a
    list and the sentences before only tell of a candidate ("I have a
    candidate with 7 years. which roles need Rust?"): what is asked is the
    search; the candidate's years are read from the whole text all the same.
    Not when the last sentence asks what fits, or points back at the candidate
    ("which roles suit them?", "which roles want that many?")."""
    ends = ends or _clause_asking_roles(r)
    if not ends or any("?" in r.text[r.tokens[k - 1].end:r.tokens[k].start] for k in ends):
        return 0
    start = ends[-1]
    if not any(t.text in V.TOLD_WORDS for t in r.tokens[:start]):
        return 0
    if any(t.text in V.FIT_WORDS or t.text in V.PRONOUNS or t.text in scene_setting.POINTING_BACK
           for t in r.tokens[start:]):
        # "… 7 years. which roles would suit them?", "… need that?", "… has Pulumi. which role mentions
        # those?": the candidate, or what they have, is what is asked about
        return 0
    asks = any(h.intent in (V.REVERSE, V.LIST_ROLES) and h.weight >= V.INTENT_MIN_WEIGHT and start <= h.start
               for h in r.intents.hits)
    return start if asks else 0


def _level_only(mention: Mention) -> bool:
    """Whether a mention is a level word alone ("lead", "senior"): across roles it
    narrows them to that level ("best paid of the lead roles"), unlike a facet
    word that happens to sit in a title ("night", "security"), which is searched."""
    return set(mention.text.split()) <= V.LEVEL_WORDS


def _modifier_only(mention: Mention) -> bool:
    """Whether a mention wrote only words that qualify a title, none naming
    the person who does the job ("office" of Office Manager, "support" of
    Customer Support Specialist): beside a role the question names, it names
    no role of its own ("ux researcher - berlin office or remote?"). (A
    company's name is a qualifier, read before mentions: `bot.qualifiers`.)"""
    best = mention.profiled()[0] if mention.profiled() else mention.best
    if best is not None and _initials_named(best):
        return False  # "lbe or engineer": the initials stand for the whole title, its head noun too
    words = best.matched if best is not None and best.matched else set(mention.text.split())
    if best is not None and set(best.title.words) <= words:
        return False  # a whole title or short name of it ("lifeguard", "lbe"): the role, not a word qualifying one
    return not any(w.endswith(V.AGENT_NOUN_ENDINGS) or w in V.HEAD_SYNONYMS or w in V.HIRING_STAGE_PEOPLE
                   for w in words)


def _initials_named(candidate: Candidate) -> bool:
    """Whether `candidate` was named by its title's initials ("lbe", "SRE"),
    an alias of one word made of the first letters of the title's words."""
    alias, title = candidate.title.alias, words_of(_TITLE_QUALIFIER.split(candidate.title.name, 1)[0])
    return len(alias.split()) == 1 and len(title) > 1 and fold(alias) == "".join(w[0] for w in title)


def _qualifier_only(mention: Mention) -> bool:
    """Whether a mention wrote only words of a title's qualifier, the part
    after its name ("remote" of "Customer Support Specialist (Part-time,
    Remote)", "contract" of "Data Scientist – Pricing (Contract)"): in a
    question about roles in general, such a word is what to search for."""
    best = mention.profiled()[0] if mention.profiled() else mention.best
    if best is None or not best.matched:
        return False
    name = set(words_of(_TITLE_QUALIFIER.split(best.title.alias, 1)[0]))
    return not best.matched & name


# Words that ask past the role at an end: "second highest paid", "most
# experience besides the global lead", "the next one down".
NEXT_TO_EXTREME_WORDS = {"second", "third", "runner", "next", "besides", "other", "others", "apart", "after"}


def one_extreme(r: Reading) -> bool:
    """Whether a superlative asks for the one role at an end ("which role
    needs the least experience", "highest paying role?") rather than the
    order ("rank the roles by pay", "top 2 roles", "which roles pay most")."""
    words = {t.text for t in r.tokens}  # "who pays most and who least" asks both ends: the order
    return bool(words & V.HIGHEST_WORDS) != bool(words & V.LOWEST_WORDS) and not words & (V.ORDER_WORDS | V.RANK_WORDS) \
        and not words & (set(MANY_ROLES_WORDS) | V.NEGATION_WORDS | NEXT_TO_EXTREME_WORDS) \
        and not any(t.text[:1].isdigit() for t in r.tokens)


def band_width(r: Reading) -> str | None:
    """"highest" ("lowest") when the question asks for the widest (narrowest)
    pay range: "which role has the widest pay band", "the biggest spread
    between min and max salary"; else None."""
    words = {t.text for t in r.tokens if not t.brk}
    said = [V.BAND_WIDTH_WORDS[w] for w in words if w in V.BAND_WIDTH_WORDS]
    if said:
        return "highest" if said[0] else "lowest"
    return _extreme(r) if words & V.BAND_SPREAD_WORDS else None


def _by_after_roles(said: list[str]) -> bool:
    """Whether "by" follows the plural noun for roles ("list roles by salary
    ceiling", "the jobs by years needed"): the roles in an order, as "sorted
    by" says; "roles by Acme" is no order, but asks no pay or years either."""
    return any(w == "by" and i and said[i - 1] in MANY_ROLES_WORDS for i, w in enumerate(said))


def _extreme(r: Reading) -> str | None:
    """"highest" or "lowest" when the question asks for an extreme ("which
    role pays the most", "needs the least experience"), else None; not
    for an end of a range ("top of their pay") or a threshold's bound ("or more")."""
    said, not_ranking = [t.text for t in r.tokens if not t.brk], range_ends.not_ranking(r.tokens)
    words = {w for i, w in enumerate(said) if i not in not_ranking}
    if counted := C.count_from_end([w for i, w in enumerate(said) if i not in not_ranking]):
        return "highest" if counted[0] else "lowest"  # "bottom 2 roles by pay": roles counted from the low end
    if words & V.ORDER_WORDS or _by_after_roles(said):
        # "order the roles by experience"; "sorted by pay, which comes last"; "list roles by salary ceiling"
        return "lowest" if words & (V.LOWEST_WORDS | V.ORDER_LAST_WORDS) else "highest"
    if words & V.JUNIOR_WORDS and words & (V.HIGHEST_WORDS | V.LOWEST_WORDS):
        return "lowest" if words & V.HIGHEST_WORDS else "highest"  # "the most junior role"
    if words & (V.HIGHEST_WORDS | V.RANK_WORDS):
        return "highest"
    if words & V.LOWEST_WORDS:
        return "lowest"
    return None

