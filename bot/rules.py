"""The answer rules: which kind of question gets which kind of answer.

`RULES` is an ordered table. For each question the `Assistant` builds a
`Turn` (what every rule may use: the roles in the store, the fact of a role
asked for, the conversation's context read on demand) and asks the rules in
order (`Assistant._respond`); the first that returns an `Answer` answers,
and its name is kept on the `Reading` (`reading.rule`, shown by `rolecall
ask --explain`). A rule returns None for a question that is not its kind,
and the next rule is asked. The last rule answers every question.

A rule decides from the `Reading` and the `Turn` alone; the answer's shape
comes from `bot.compose` and the `Assistant`'s methods, each in the module
named for what it answers: the fact of a role asked (`bot.role_intent`), a
role's own sections and items (`bot.role_answers`), follow-ups
(`bot.follow_ups`), answers across roles (`bot.across_roles`), searches of
the store (`bot.store_search`), career paths (`bot.career`) and questions
back (`bot.questions_back`).

To add a kind of question: add its words to `bot.vocabulary` (an intent's
phrases), write a function here `(turn, reading) -> Answer | None` whose
docstring says which questions it is for, and put it in `RULES` where it
belongs: before the rules it must win over, after those that must win over
it. Its name is the function's name.
"""

import inspect
import re
from dataclasses import dataclass, replace
from typing import Callable

from bot import candidate_fit as candidate_fit_
from bot import career_direction, compose, gist, level_step, pay_parts, search_again, search_terms, short_names, thresholds
from bot import entry_points, interview_prep, roles_by_place, title_words, within_role
from bot import context as C
from bot import vocabulary as V
from bot.answer import Answer, Item, Section
from bot.intents import HEADING_MIN_WEIGHT, PhraseHit
from bot.own_addresses import begins_own_address
from bot.within_role import WITHIN_ROLE_MIN_SCORE
from bot.pointing import listed_as, one_role_pointed_at
from bot.qualifiers import COMPANY, Qualifier, company_of, narrowed
from bot.reading import _HOURLY, _MONTHLY, MANY_ROLES_WORDS, ROLE_ACCEPT, ROLE_MARGIN, ROLE_SUGGEST, Reading, _about_many, _extreme
from bot.text import words_of
from knowledge import Context, sections as S
from knowledge.catalog import FactMatch
from knowledge.conversations import PENDING_ROLE

# Clarifying questions list at most this many roles.
MAX_CHOICES = 4
# How sure an answer about the role in question is when the question did not
# name it ("and the salary?", "does it need Terraform?"): below a role named
# in full (1.0) and at ROLE_ACCEPT's level, as every follow-up answer is.
IN_QUESTION_CONFIDENCE = 0.8

# The intents of a role described only in the seeds' layouts (see POSTING_INTENTS).
SEEDS_INTENTS = tuple(i for i in V.ROLE_INTENTS if i not in V.POSTING_INTENTS and i != V.NAMED_SECTION)


def _from_postings(profile) -> bool:
    """Whether any of the role's facts comes from under a document's own heading."""
    return profile is not None and any(f.heading for f in profile.facts)


@dataclass(frozen=True)
class Rule:
    """One kind of question: its name and the function that answers it (or not)."""

    name: str
    answer: Callable[["Turn", Reading], Answer | None]

    @property
    def doc(self) -> str:
        """Which questions the rule is for (its function's docstring)."""
        return inspect.getdoc(self.answer) or ""


@dataclass
class OneRole:
    """The one role a question names, as the rules about it read it."""

    profile: object  # narrowed to the company or place named, if any
    role_intent: str | None  # the fact asked for, None when none is
    intent: str  # what to answer: the fact asked for, else the overview


class Turn:
    """What the rules may use while answering one question. Built before
    the first rule is asked, so the roles and the fact asked for are read
    once, in the same order for every question."""

    def __init__(self, assistant, reading: Reading, recall: Callable):
        self.assistant = assistant
        self.recall = recall  # the conversation's context, read only when called
        self.roles = assistant.knowledge.roles()
        if reading.excluded:  # "which role pays the least, other than the engineer": the others
            self.roles = [role for role in self.roles if role.id not in reading.excluded]
        self.role_intent = assistant._role_intent(reading, V.ROLE_INTENTS)
        self._profile = None
        self._one_role: OneRole | None = None
        # Set when the one role is the conversation's, not named (`role_in_question`):
        # the words standing where its name would ("could *they* move into data?").
        self.stand_in: list[tuple[int, int]] | None = None

    def profile(self, r: Reading):
        """The profile of the one role named, as the store has it."""
        if self._profile is None:
            self._profile = self.assistant._profile(r.roles[0])
        return self._profile

    def one_role(self, r: Reading) -> OneRole | None:
        """The one role named (None unless exactly one is), narrowed to the company
        or place named beside it, and what is asked of it: a role the seeds describe
        is asked only the seeds' facets; a question asking nothing ("the engineer?")
        asks what the conversation was about."""
        if len(r.roles) != 1:
            return None
        if self._one_role is None:
            a, role_intent = self.assistant, self.role_intent
            profile = self.profile(r)
            if (only := narrowed(profile, r.qualifiers)) is not profile:
                profile, r.narrowed_to = only, " · ".join(q.name for q in r.qualifiers)
            pool = V.ROLE_INTENTS if _from_postings(profile) else SEEDS_INTENTS + _stated(profile)
            if pool is not V.ROLE_INTENTS:
                role_intent = a._role_intent(r, pool, self.stand_in or ())
            role_intent = a._facet_naming_asked(r, profile, role_intent, pool)
            role_intent = a._heading_said(r, profile, role_intent, pool)
            intent = role_intent
            if role_intent is None and self.stand_in is not None and (context := self.recall()):
                intent = C.still_asked(context)  # "and for it?": what the conversation was about
            elif role_intent is None and _asks_nothing_new(r) and (context := self.recall()):
                if C.still_asked(context):
                    role_intent = intent = context.intent
                    r.used_context = True
                    if context.also and not any(a.said_in_documents(w) for w in r.unknown_words):
                        # "years and salary for X", then "I meant Y for both": both, of Y;
                        # not "does Y list Rust", which asks of a word of the documents
                        r.intents_asked = (context.intent, *context.also)
                # "same for X" after "which message queues should Y know"; "the expert one" from a search's list
                r.carried = C.topic_again(context) or C.search_topic(context, r.roles[0])
                if intent is None and r.carried and (facet := _facet_said_in(a, context, r.carried, profile)):
                    intent = facet  # "and for the global lead?" after its Mathematics: its fields of study
            self._one_role = OneRole(profile, role_intent, intent or V.OVERVIEW)
        return self._one_role

    def stand_for(self, r: Reading, role_id: int, stand_in: list[tuple[int, int]]) -> None:
        """Answer the rest of this question about `role_id`, the role the
        conversation is about, as if the question had named it where the
        words at `stand_in` are ("it", "they", or nothing: "and the salary?")."""
        r.roles, r.role_scores = [role_id], [IN_QUESTION_CONFIDENCE]
        self.stand_in, self._profile, self._one_role = stand_in, None, None
        self.role_intent = self.assistant._role_intent(r, V.ROLE_INTENTS, stand_in)


def _facet_said_in(assistant, context: Context, topic: tuple[str, ...], profile) -> str | None:
    """The facet whose items said `topic` for the one role the conversation
    was about ("is Mathematics ok for the lead backend?": its fields of study),
    when `profile`'s documents don't say it: what "and for the global lead?"
    shows of that role instead of its overview. None when they do say it."""

    if len(context.role_ids) != 1 or context.role_ids[0] == profile.role.id:
        return None
    if (own := within_role.rank(profile, set(topic))) is not None and own.best >= WITHIN_ROLE_MIN_SCORE:
        return None
    before = assistant._profile(context.role_ids[0])
    found = within_role.rank(before, set(topic)) if before is not None else None
    if found is None or found.best < WITHIN_ROLE_MIN_SCORE or not found.groups:
        return None
    section = next((key for key, title in S.TITLES.items() if title == found.groups[0][0]), None)
    facets = [(len(sections), intent) for intent, (_name, sections) in compose.ROLE_SECTIONS.items()
              if section in sections and intent in V.ROLE_INTENTS and intent != V.OVERVIEW]
    return min(facets)[1] if facets else None


def _asks_nothing_new(r: Reading) -> bool:
    """Whether a question naming one role asks nothing the conversation did not:
    no intent phrase at all, or "same for X loop", "and the X one?" (the last
    question again) whose words only hint at a facet the role lacks ("loop" of a
    hiring process), none settling one by itself."""
    return not r.intents.scores or r.cues().again and max(r.intents.scores.values()) < AGAIN_OWN_WEIGHT


# What a phrase weighs that settles an intent by itself (`bot.vocabulary`: 3), and so
# asks a question of its own even after "same for" ("same for X, its salary").
AGAIN_OWN_WEIGHT = 3


# -- the rules, in the order they are asked ---------------------------------
def empty_question(turn: Turn, r: Reading) -> Answer | None:
    """A question with no words (only spaces or punctuation): what RoleCall can do."""
    if not r.tokens:
        return compose.help_answer(turn.roles)
    return None


# "does a masters help?", "would certs help": "help" of what a thing does, asked
# after one of these with a subject between that is not the bot ("can you help").
AUXILIARIES = {"do", "does", "did", "would", "will", "could", "can", "might", "should"}
ADDRESSED = {"you", "u", "ya", "rolecall"}


def roles_by_title_word(turn: Turn, r: Reading) -> Answer | None:
    """"Which roles have a lead in the title?": the roles by a word of their
    titles (`bot.title_words`), before the word is read as a title or a topic."""
    if (word := title_words.asked(r.text)) is None:
        return None
    roles = turn.assistant.knowledge.roles()
    found = title_words.titled(word, roles)
    r.decision = f"titles with the word '{word}': {len(found)}"
    return title_words.answer(word, found, len(roles))


def help_asked(turn: Turn, r: Reading) -> Answer | None:
    """"help", "what can you do": the help, unless a role is named ("help me with
    the engineer's salary") or something else is said to help ("does a masters help?")."""
    if r.intents.has(V.HELP, 4) and not r.roles and not _helps(r):
        return compose.help_answer(turn.roles)
    return None


def _helps(r: Reading) -> bool:
    """Whether "help" is said of something other than the bot: "does a masters
    help?", or a thing asked about with "which"/"what" before the auxiliary
    ("which certifications would help me?")."""
    words = [t.text for t in r.tokens if not t.brk]
    for i, word in enumerate(words):
        if word in ("help", "helps"):
            aux = next((j for j in range(i - 1, -1, -1) if words[j] in AUXILIARIES), None)
            if aux is None:
                continue
            subject = words[aux + 1:i] or _asked_thing(words[:aux])
            if subject and not ADDRESSED & set(subject):
                return True
    return False


def _asked_thing(words: list[str]) -> list[str]:
    """The thing a "which"/"what" asks about, before an auxiliary: "which
    certifications (would help)" -> ["certifications"]; a bare "what (can
    help me)" asks nothing of its own and may be the bot's help."""
    start = next((j for j in range(len(words) - 1, -1, -1) if words[j] in ("which", "what")), None)
    return [] if start is None else words[start + 1:]


def missing_role(turn: Turn, r: Reading) -> Answer | None:
    """A known title with a word of its own ("security engineer"): a role the
    store lacks, said to be missing whatever is asked of it. Not when those
    words, before a title named in full, are a phrase of that role's own
    documents ("messaging queues expert swe"): a topic of the role, typed first."""
    if r.missing and (role_id := _topic_typed_first(turn, r)) is not None:
        mention = r.missing[0][0]
        r.missing, r.decision = [], "a phrase of the role's own documents typed before its title"
        return _as_if_named(turn, r, role_id, [(mention.start, mention.end)])
    if r.missing and (role_id := _named_with_a_name(turn, r)) is not None:
        mention, start, end, (word,) = r.missing[0]
        # the name narrows nothing, but like a company named it says nothing of a part of the role
        r.qualifiers = [*r.qualifiers, *(Qualifier(COMPANY, word.capitalize(), i, i + 1, frozenset({role_id}))
                                         for i in range(start, end)
                                         if not mention.start <= i < mention.end and r.tokens[i].text == word)]
        r.missing, r.decision = [], "a name its documents capitalise, said beside the role's title"
        return _as_if_named(turn, r, role_id, [(mention.start, mention.end)])
    if r.missing and r.roles and (role_id := _named_with_a_name(turn, r, beside_roles=True)) is not None:
        # "grants manager vs parsley founding engineer": the name makes the second role, as above
        mention, start, end, (word,) = r.missing[0]
        r.qualifiers = [*r.qualifiers, *(Qualifier(COMPANY, word.capitalize(), i, i + 1, frozenset({role_id}))
                                         for i in range(start, end)
                                         if not mention.start <= i < mention.end and r.tokens[i].text == word)]
        r.roles, r.role_scores = [*r.roles, role_id], [*r.role_scores, IN_QUESTION_CONFIDENCE]
        r.missing, r.decision = [], "a name its documents capitalise, said beside another role's title"
        return None
    if r.missing and _topic_of_the_role_named(turn, r):
        r.missing, r.decision = [], "a phrase of the named role's own documents, no other role"
        return None  # the role named answers, as if the phrase were any topic of it
    if r.missing and not r.roles \
            and not any(_shaped_like_a_title(turn, r, start, end) for _m, start, end, _x in r.missing):
        r.missing, r.decision = [], "a field of work beside a title's word, no title: no role missing"
        return None  # "candidate: healthcare software, HIPAA compliance … which role lists that?"
    if r.missing:
        return turn.assistant._missing_role(r)
    return None


def _shaped_like_a_title(turn: Turn, r: Reading, start: int, end: int) -> bool:
    """Whether the words read as a title the store lacks are shaped like one: a
    noun for a person at work among them (`RoleIndex.looks_like_title`), or a
    noun for a role after them ("fintech software role"); "healthcare software"
    is a field of work, whatever title word it holds."""
    index = turn.assistant._role_index(turn.assistant.knowledge.version)
    return index.looks_like_title(r.words(start, end)) \
        or end < len(r.tokens) and r.tokens[end].text in V.ONE_ROLE_WORDS


def _topic_of_the_role_named(turn: Turn, r: Reading) -> bool:
    """Whether the one role the question names in full writes the words read as
    a missing title, as a phrase of its own documents, and those words name no
    role well ("is a pool plant certificate needed for the duty manager?": a
    certificate, though "plant" is a word of the Plant Area Supervisor)."""
    if len(r.roles) != 1 or min(r.role_scores) < 1.0 or len(r.missing) != 1:
        return False
    mention, start, end, extra = r.missing[0]
    if mention.best is None or mention.best.score >= ROLE_ACCEPT or mention.best.title.role_id in r.roles:
        return False
    said = search_terms.pattern(r.words(start, end).strip(" ?!.,:-"))
    return any(m.role.id == r.roles[0] and said.search(m.fact.text)
               for m in turn.assistant.knowledge.search_facts(extra[0]))


# Sections that say what a role asks of a person: a word there is a skill or a
# tool, though capitalised ("Python", "Kubernetes"), not the hiring company's name.
ASKED_OF_A_PERSON = (S.REQUIREMENTS, S.HARD_SKILLS, S.SOFT_SKILLS, *S.EDUCATION)

# A proper name the documents use: wherever they write the word, with a capital,
# and at least this often somewhere other than a sentence's or a line's start.
NAME_INSIDE_SENTENCES = 1


def _named_with_a_name(turn: Turn, r: Reading, beside_roles: bool = False) -> int | None:
    """The one role a title names when the single word beside it is a name its
    own documents write ("solwick solar installer": Solwick Renewables posts the
    Solar PV Installer), though no Company field holds it: a name narrows the
    role, it makes no other one. Not a common word: "security engineer" has
    "security" in lower case somewhere in the documents; nor a word of another
    title, which the documents capitalise as titles are. `beside_roles`: the
    question names other roles as well ("X vs solwick solar installer"), and
    the one found must be none of them."""
    if len(r.missing) != 1 or bool(r.roles) != beside_roles:
        return None
    mention, _start, _end, extra = r.missing[0]
    if len(extra) != 1 or not mention.profiled() or len(ids := offered(mention)) != 1 or len(extra[0]) < 3 or not extra[0].isalpha():
        return None
    if ids[0] in r.roles:
        return None
    word = extra[0]
    if any(m is not mention and m.candidates and word in m.text.casefold().split() for m in r.mentions):
        return None  # a word of another title ("network engineer": a Network Technician's), not a name
    if (profile := turn.assistant.knowledge.profile(ids[0])) and begins_own_address(profile.facts, word):
        return ids[0]  # "haesol" of "recruit@haesolfood.co.kr": the company its Korean name is
    matches = turn.assistant.knowledge.search_facts(word)
    said = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
    inside, own = 0, False
    for match in matches:
        if match.fact.section in ASKED_OF_A_PERSON and said.search(match.fact.text):
            return None  # a skill or a tool a role asks for ("python"), capitalised as names are
        for found in said.finditer(match.fact.text):
            if not found.group()[0].isupper():
                return None
            before = match.fact.text[:found.start()].rstrip()
            inside += bool(before) and before[-1] not in ".!?:•-–—\n"
            own = own or match.role.id == ids[0]
    return ids[0] if own and inside >= NAME_INSIDE_SENTENCES else None


# Words before a title that are a topic of the role, not a title of their own,
# say at least this many words of its documents in a row: one word ("security
# engineer") is a kind of the role, a phrase ("messaging queues") a thing it does.
TOPIC_PHRASE_WORDS = 2


def _topic_typed_first(turn: Turn, r: Reading) -> int | None:
    """The role whose full title the question names after words its own
    documents say as a phrase (`missing_role`), else None."""
    if len(r.missing) != 1:
        return None
    mention, start, end, extra = r.missing[0]
    profiled = mention.profiled()
    if end != mention.end or start >= mention.start or len(extra) < TOPIC_PHRASE_WORDS or not profiled \
            or profiled[0].score < 1.0 or r.roles:
        return None
    role_id = profiled[0].title.role_id
    phrase = r.words(start, mention.start).strip(" ?!.,:-")
    said = search_terms.pattern(phrase)
    # "machine learning engineer": the documents name it as a title (a lateral move), so it is one
    titled = search_terms.pattern(f"{phrase} {r.tokens[mention.end - 1].text}")
    matches = turn.assistant.knowledge.search_facts(extra[0])
    if any(titled.search(m.fact.text) for m in matches):
        return None
    return role_id if any(m.role.id == role_id and said.search(m.fact.text) for m in matches) else None


def career_route(turn: Turn, r: Reading) -> Answer | None:
    """"How do I get from Engineer to Principal Engineer": a route in the career graph (`bot.career`)."""
    return turn.assistant._route(r)


def roles_entered_from_background(turn: Turn, r: Reading) -> Answer | None:
    """"Which role takes people from that background?" after a candidate told
    of by their title: the roles whose paths people come to from it (`bot.entry_points`)."""
    return entry_points.answer(turn.assistant, r, turn.recall)


def candidate_fit(turn: Turn, r: Reading) -> Answer | None:
    """A candidate told of, by their words or years, and where or whether
    they fit ("deep architecture skills but no management experience, which
    role fits?", "I have a candidate with 7 years" then "which role would
    suit them?"): the roles ranked by what the candidate has
    (`bot.candidate_fit`), not a search for roles lacking what they lack."""
    return candidate_fit_.answer(turn.assistant, r, turn.recall, turn.role_intent)


def searched_again(turn: Turn, r: Reading) -> Answer | None:
    """"And New Relic?", "Ansible too?", "and both?" right after a search of
    every role's facts: the same search for those words (`bot.search_again`)."""
    return search_again.searched_again(turn, r)


def level_of_role_in_question(turn: Turn, r: Reading) -> Answer | None:
    """"Senior version?", "and the junior one?" after a fact of one role: that
    fact of the step at that level of its family, which its career links name
    (`bot.level_step`): as if named when the store has it, else what the
    role's documents say of that level."""
    if (level := level_step.asked_level(r)) is None or not (context := turn.recall()) or context.choosing \
            or not level_step.of_the_role(r, context):
        return None
    ids = C.in_question(context, r.cues())
    if len(ids) != 1 or (profile := turn.assistant._profile(ids[0])) is None \
            or (title := level_step.step_title(profile, level)) is None:
        return None
    r.used_context = True
    intent = C.still_asked(context)
    r.intents_asked = (intent,) if intent else ()
    r.decision = f"the {level} step of {profile.role.title}: {title}"
    if (role := turn.assistant.knowledge.role_by_alias(title)) is not None:
        return _as_if_named(turn, r, role.id, [])  # the fact asked before, of that role (`Turn.one_role`)
    return level_step.unprofiled_step(profile, title, level, intent, IN_QUESTION_CONFIDENCE)


def conversation_follow_up(turn: Turn, r: Reading) -> Answer | None:
    """A question leaning on what the conversation last showed: a reply to a
    question back, a pick among the roles shown, "and then?", a ranking, a pay
    filter or a search among them (`Assistant._follow_up`); or a fact asked of
    the one role in question with words of its own that name no role ("do
    they require kafka experience?", "how many years of golang?"), answered
    as if the role were named, before those words are searched for store-wide."""
    if (answer := turn.assistant._follow_up(r, turn.recall, turn.role_intent)) is not None:
        return answer
    cue = r.cues()
    if not turn.assistant._asks_clearly(r, turn.role_intent) or not r.unknown_words or r.roles or r.ambiguous is not None or r.weak \
            or r.missing or r.titles_without_profile or cue.store or cue.others or _title_unknown(turn, r):
        return None
    context = turn.recall()
    ids = C.in_question(context, cue) if context else ()
    if len(ids) != 1 or turn.assistant._profile(ids[0]) is None:
        return None
    r.used_context = True
    return _about_role_in_question(turn, r, ids[0])


# How many words before "than" its comparative may stand: "fewer years of experience than".
MEASURE_WORDS_BACK = 4


def ranked_against_role(turn: Turn, r: Reading) -> Answer | None:
    """Every role ranked by pay or experience when the one role named is the
    measure the others are held against ("roles that pay less than the global
    lead engineer", "who earns more than the lead backend engineer"): the
    ranking shows where the others stand, where that role's facts alone
    answered the opposite of what was asked."""
    if len(r.roles) != 1 or turn.role_intent not in (V.SALARY, V.EXPERIENCE) or thresholds.read(r.text) is not None \
            or not any(t.text in V.STORE_WIDE_WORDS for t in r.tokens):
        return None
    starts = [m.start for m in r.mentions if m.best is not None and m.best.title.role_id == r.roles[0]]
    higher = next((way for start in starts if (way := _measured_against(r.tokens, start)) is not None), None)
    if higher is None:
        return None
    a = turn.assistant
    title = a._profile(r.roles[0]).role.title
    r.decision = f"every role ranked by {turn.role_intent}, {'highest' if higher else 'lowest'} first, against {title}"
    return compose.ranking(turn.role_intent, turn.roles, highest=higher, confidence=0.8, figures=a._figures(r))


def _measured_against(tokens, start: int) -> bool | None:
    """Whether words comparing with a role stand before token `start` ("more
    experience than the", "below"): True for more, False for fewer, else None."""
    end = start
    while end > 0 and tokens[end - 1].text in V.DETERMINERS:
        end -= 1
    if end == 0:
        return None
    before = tokens[end - 1].text
    if before != "than":
        return V.MEASURED_BESIDE.get(before)
    for token in reversed(tokens[max(0, end - 1 - MEASURE_WORDS_BACK):end - 1]):
        if token.text in V.MEASURED_AGAINST:
            return V.MEASURED_AGAINST[token.text]
    return None


def role_picked_by_place(turn: Turn, r: Reading) -> Answer | None:
    """"list: engineer, lead backend, expert swe - 2nd one TC?": several
    roles named, then one of them picked by its place among them (`bot.context`
    reads the ordinal after the last of them): the question is about that
    one, as if named there, and the list is kept for "and the 3rd?"."""
    if len(r.roles) < 2 or not r.mentions:
        return None
    after = max(m.end for m in r.mentions)
    cue = C.cues(r.tokens[after:])
    if cue.position is None or cue.count is not None or not -len(r.roles) <= cue.position < len(r.roles):
        return None
    at = next((i for i in range(after, len(r.tokens)) if r.tokens[i].text in C.ORDINALS), after)
    chosen = r.roles[cue.position]
    r.listed = tuple(r.roles)
    answer = _as_if_named(turn, r, chosen, [(at, at + 1)])
    r.decision = f"the role picked by its place among those named: {turn.assistant.knowledge.role(chosen).title}; " \
        + r.decision
    return answer


def roles_compared(turn: Turn, r: Reading) -> Answer | None:
    """Two or more roles named: compared on what is asked (else the
    essentials), or on their facts that name the question's own words
    ("message queues: lead backend vs expert swe")."""
    if len(r.roles) < 2:
        return None
    return _compared(turn, r, r.roles, min(r.role_scores))


def _compared(turn: Turn, r: Reading, ids: list[int], confidence: float) -> Answer:
    """The roles `ids` compared on what is asked (else the essentials), or on
    their facts that name the question's own words; named one by one
    (`roles_compared`) or together ("the two lead roles", `roles_named_together`)."""
    a, role_intent = turn.assistant, turn.role_intent
    profiles = [a._profile(i) for i in ids]
    if not any(_from_postings(p) for p in profiles):
        role_intent = a._role_intent(r, SEEDS_INTENTS)
    if role_intent is None and not r.intents.scores and r.cues().again and (context := turn.recall()) \
            and (role_intent := C.still_asked(context)):  # "same for global lead and lead backend"
        r.used_context = True
        r.intents_asked = (role_intent,)
    # a facet asked only faintly ("tracing tools: X vs Y", `_faintly_asked`) gives way to the topic said with
    # it, when every role's facts name it ("IaC" that one role spells out is found in the facet still)
    faint = role_intent is not None and _faintly_asked(r, role_intent)
    namings = [a._facts_naming(r, p) for p in profiles] if role_intent is None or faint else []
    if faint and not all(namings):
        namings = []
    if any(namings):
        words = next(n[0] for n in namings if n)
        r.decision = f"their facts that name '{' '.join(words)}'"
        # kept for "what does that doc say about it?"
        r.topic = r.topic or tuple(dict.fromkeys(within_role.stem(w) for w in words))
        compared = compose.compare_naming(profiles, words, [n[1] if n else [] for n in namings], confidence)
    else:
        r.decision = f"on {role_intent or 'the essentials'}"
        # what each role's documents say of it in passing, as its own answer shows ("in the office Tuesday
        # to Thursday" in a startup's summary, beside its Location field)
        told = {p.role.id: [f for _heading, facts in a._told_elsewhere(role_intent, p, r, set()) for f in facts]
                for p in profiles} if role_intent is not None else {}
        compared = compose.compare(role_intent, profiles, confidence, asked=r.text, told=told)
    if (known := _candidate_knows(r)) and (against := _against_candidate(profiles, known)) is not None:
        r.decision += f", against what the candidate knows: {', '.join(known)}"
        said = "; ".join(f"{item.label} {item.text}" for item in against.items) + "."
        return replace(compared, summary=" ".join(filter(None, (said, compared.summary))),
                       sections=(against, *compared.sections))
    return compared


def _faintly_asked(r: Reading, role_intent: str) -> bool:
    """Whether `role_intent` was asked only by words too faint to name a
    facet by themselves ("tools", HEADING_MIN_WEIGHT), which the single-role
    answers rank items by the question's other words for: "compare
    infrastructure-as-code tools: X vs Y" asks the items on it, not every
    hard skill of both."""

    return r.intents.scores.get(role_intent, 0.0) < HEADING_MIN_WEIGHT


# "They know Go and Java", "the candidate has Kafka": what a person told of has.
KNOWING_WORDS = {"know", "knows", "has", "have", "uses", "use", "speaks", "speak", "writes", "write"}
KNOWER_WORDS = V.PRONOUNS | {"candidate", "he", "she", "person", "applicant"}


def _candidate_knows(r: Reading) -> list[str]:
    """The terms a question says the candidate knows ("… they know Go and
    Java"): the words after a verb of knowing whose subject is the person."""
    tokens = r.tokens
    for i, t in enumerate(tokens):
        if t.text in KNOWING_WORDS and i and tokens[i - 1].text in KNOWER_WORDS and not t.brk:
            found = search_terms.search_of(r.display or r.text, tokens, [j <= i for j in range(len(tokens))])
            return list(found.terms) if found is not None else []
    return []


def _against_candidate(profiles, known: list[str]) -> Section | None:
    """Each role's items that name what the candidate knows, and which of it
    no item names: the part of a comparison said first, for a candidate."""
    items = []
    for profile in profiles:
        named = {term: next((f for f in profile.facts if f.text and search_terms.pattern(term).search(f.text)), None)
                 for term in known}
        has = [term for term, f in named.items() if f is not None]
        lacks = [term for term in known if term not in has]
        text = (f"names {', '.join(has)}" if has else "names none of them") + \
            (f"; not {', '.join(lacks)}" if has and lacks else "")
        items.append(Item(text, label=profile.role.title,
                          source=next((f.source for f in named.values() if f is not None), None)))
    if not items:
        return None
    return Section(f"Against what the candidate knows ({', '.join(known)})", tuple(items))


def compared_with_conversation(turn: Turn, r: Reading) -> Answer | None:
    """One role named in a comparison ("compare it with the expert swe"):
    compared with the role(s) the conversation was about."""
    if len(r.roles) != 1 or not r.intents.has(V.COMPARE, 2):
        return None
    context = turn.recall()
    if not context or not any(i != r.roles[0] for i in context.role_ids):
        return None
    r.used_context = True
    ids = [i for i in context.role_ids if i != r.roles[0]] + r.roles
    role_intent = turn.role_intent or C.still_asked(context)  # "compare it with …" after its salary
    r.intents_asked = r.intents_asked or ((role_intent,) if role_intent else ())
    profiles = [turn.assistant._profile(i) for i in ids]
    compared = compose.compare(role_intent, profiles, r.role_scores[0], asked=r.text)
    if role_intent is None and context.topic and not r.intents.scores.keys() - {V.COMPARE}:
        return _topic_carried(r, context.topic, profiles, compared)
    return compared


def _topic_carried(r: Reading, topic: tuple[str, ...], profiles, compared: Answer) -> Answer:
    """"Vs the lead back end?" after "what's the mentoring side of the expert
    role": each role's items on that topic (`within_role.rank`), first, and
    the comparison's usual overview after them; the overview alone when no
    role's items are about it."""

    ranked = [(p, found) for p in profiles if (found := within_role.rank(p, set(topic))) is not None
              and found.best >= WITHIN_ROLE_MIN_SCORE]
    if not ranked:
        return compared
    sections = tuple(Section(f"{p.role.title}: {title}", tuple(
        Item(text=f.text, label=None if f.label == title else f.label, source=f.source) for f in facts))
        for p, found in ranked for title, facts in found.groups)
    sources = tuple(dict.fromkeys([f.source for _p, found in ranked for _t, facts in found.groups for f in facts]
                                  + list(compared.sources)))
    r.used_context, r.topic = True, topic
    r.decision = f"compared, with each role's items about '{' '.join(topic)}' carried from the last question"
    return replace(compared, sections=sections + compared.sections, sources=sources)


def role_per_company(turn: Turn, r: Reading) -> Answer | None:
    """One role and two or more of its hiring companies ("backend engineer at
    quillfeather vs harborlight"): each company's posting of it, compared."""
    if len(r.roles) != 1:
        return None
    profile = turn.profile(r)
    each = [only for q in r.qualifiers if q.kind == COMPANY if (only := narrowed(profile, [q])) is not profile]
    if len(each) < 2:
        return None
    r.decision = f"on {turn.role_intent or 'the essentials'}"
    return compose.compare(turn.role_intent, [_titled(p) for p in each], r.role_scores[0], asked=r.text)


def role_short_name(turn: Turn, r: Reading) -> Answer | None:
    """"What does LBE stand for": the full title of the role named by its initials (`bot.short_names`)."""
    if (said := short_names.short_name(r)) is None:
        return None
    r.decision = f"'{said}' spelled out"
    return short_names.answer(said, turn.profile(r), r.role_scores[0])


def interviewer_probing(turn: Turn, r: Reading) -> Answer | None:
    """One role, hiring advice asked ("what should I probe in an X interview",
    "how do I test their on-call experience"), and none written for it: what it
    needs and wants, its items about the topic named first (`bot.interview_prep`)."""
    if (one := turn.one_role(r)) is None:
        return None
    return interview_prep.answer(turn.assistant, r, one.profile, r.role_scores[0])


def role_several_facts(turn: Turn, r: Reading) -> Answer | None:
    """One role, several of its facts asked ("salary and experience for X"): each, in the order asked."""
    if (one := turn.one_role(r)) is None:
        return None
    if len(r.intents_asked) <= 1:
        return None
    r.decision = ", ".join(r.intents_asked)
    return compose.combined([_fact_or_its_items(turn, r, one.profile, i) for i in r.intents_asked])


def _fact_or_its_items(turn: Turn, r: Reading, profile, intent: str) -> Answer:
    """One of several facts asked of a role: its facet's answer; but when the
    facet stands in for one told in passing that the role's layout lacks
    (`V.TOLD_IN_PASSING`, `V.FALLS_BACK`) and the phrase that asked names a
    thing of the trade (`within_role.names_a_topic`) that answer never says, the role's items
    about that thing, if it has some ("lbe direct reports + on-call?": no
    contract terms, so its perks stood for the on-call, which a duty of it names)."""

    answer = turn.assistant._role_answer(intent, profile, r.role_scores[0], r)
    stood_for = [h for h in r.intents.hits if h.intent in V.TOLD_IN_PASSING and h.intent != intent
                 and V.FALLS_BACK.get(h.intent) == intent and not r.intents.has(intent, h.weight)]
    said = [within_role._fact_words(" ".join(filter(None, (i.label, i.text))))
            for s in answer.sections for i in s.items]
    for hit in stood_for:
        words = {within_role.stem(t.text) for t in r.tokens[hit.start:hit.end] if t.text not in V.FUNCTION_WORDS}
        if not within_role.names_a_topic(words) or any(words <= w for w in said):
            continue  # a facet's plain word ("work arrangement"), or a thing its answer says
        ranked = within_role.rank(profile, words)
        if ranked is not None and ranked.best >= WITHIN_ROLE_MIN_SCORE:
            return within_role.answer(profile, ranked, r.role_scores[0])
    return answer


def role_named_section(turn: Turn, r: Reading) -> Answer | None:
    """One role and a section of its own documents the question names rather
    than a facet ("success metrics", "when does the posting close")."""
    if (one := turn.one_role(r)) is None:
        return None
    if named := turn.assistant._named_instead(r, one.profile, one.role_intent):
        if (naming := _named_in_other_sections_too(turn, r, one, named)) is not None:
            r.decision = f"its facts that name '{' '.join(naming[0])}'"
            return compose.facts_naming(one.profile, *naming, r.role_scores[0])
        r.decision = f"its section '{named[0]}'"
        answers = [compose.named_section(one.profile, *section, r.role_scores[0])
                   for section in [named, *turn.assistant._also_named(r, one.profile, named)]]
        if len(answers) > 1:  # "what grade is it and when does it close"
            r.decision = "its sections " + ", ".join(f"'{a.title.split(': ', 1)[-1]}'" for a in answers)
        return compose.combined(answers) if len(answers) > 1 else answers[0]
    return None


def _named_in_other_sections_too(turn: Turn, r: Reading, one, named) -> tuple[list[str], list] | None:
    """The role's facts naming the question's words, when the section found names
    them only in its text, no facet is asked and facts of other sections name them
    too ("does the custody officer need clearance": the vetting line, the residency
    required for it, the offer conditional on it); else None."""
    found = turn.assistant._named_match(r, one.profile, fields=True)
    if one.role_intent is not None or found is None or found[2]:
        return None
    naming = turn.assistant._facts_naming(r, one.profile)
    return naming if naming and any(all(f is not g for g in named[1]) for f in naming[1]) else None


def role_items_asked(turn: Turn, r: Reading) -> Answer | None:
    """One role and words of the question's own that no facet covers ("which
    message queues should X know"): the role's items ranked by those words
    (`bot.within_role`), when one is relevant enough."""
    if (one := turn.one_role(r)) is None:
        return None
    return turn.assistant._within_role(r, one.profile, one.role_intent)


def role_facts_naming(turn: Turn, r: Reading) -> Answer | None:
    """One role, no facet asked, and words of the question's own ("who does
    the engineer mentor"): the role's facts that use the most of them."""
    if (one := turn.one_role(r)) is None:
        return None
    if one.role_intent is None and (naming := turn.assistant._facts_naming(r, one.profile)):
        r.decision = f"its facts that name '{' '.join(naming[0])}'"
        return compose.facts_naming(one.profile, *naming, r.role_scores[0])
    return None


def role_topic_unsaid(turn: Turn, r: Reading) -> Answer | None:
    """One role and a thing asked of it that its documents never say, though
    the trade knows it ("c++ for lead backend?", "is the lead backend engineer
    involved in onboarding?"): said plainly (`RoleAnswers._unsaid`), before its usual answer."""
    if (one := turn.one_role(r)) is None:
        return None
    unsaid = turn.assistant._unsaid(r, one.profile, one.role_intent)
    if unsaid is None:
        return None
    # the usual answer still (the fact asked faintly, "is it *involved* in onboarding?", else the
    # overview), the thing unsaid said first: a word misread as a topic loses nothing
    decision, usual = r.decision, role_fact(turn, r)
    r.decision = f"{decision}; {r.decision}"
    return replace(usual, title=unsaid.title, summary=" ".join(filter(None, (unsaid.summary, usual.summary))),
                   sections=unsaid.sections + usual.sections,
                   sources=tuple(dict.fromkeys(unsaid.sources + usual.sources)))


def role_fact(turn: Turn, r: Reading) -> Answer | None:
    """One role: the fact asked for (else its overview), with its items the
    question's other words name when the fact does not show them."""
    if (one := turn.one_role(r)) is None:
        return None
    a = turn.assistant
    r.decision = one.intent
    answer = a._phrase_led(r, a._role_answer(one.intent, one.profile, r.role_scores[0], r))
    if one.role_intent == V.SALARY:  # it picks its pay rows by the question's other words already
        return pay_parts.with_pay_parts(r, one.profile, answer)
    if one.role_intent in C.CAREER_INTENTS | {V.CAREER} and (links := _career_links_named(turn, r, one)):
        return replace(answer, sections=links + answer.sections)  # the links named first, the facet's own still
    if one.intent == V.PRIMARY and not answer.summary and _asked_briefly(r):
        # "what does X own day to day, in 2 sentences": the overview's line on what the role does, first
        first = next((i.source for s in answer.sections for i in s.items if i.source), None)
        summary, _lead = gist.role_sentences(one.profile, first)
        if summary:
            answer = replace(answer, summary=summary)
    if one.intent == V.PRIMARY and (_in_the_role_s_shoes(r) or _what_it_involves(r)):
        # "what would I be doing as an expert swe?": the role as its own documents put it to the candidate, first
        defined = tuple(Item(f.text, label=f.label, source=f.source) for f in one.profile.section(S.OVERVIEW))
        if defined:
            answer = replace(answer, sections=(Section(S.TITLES[S.OVERVIEW], defined),) + answer.sections)
    return a._with_items_named(r, one.profile, answer) if one.role_intent is not None else answer


# Verbs that ask what a whole role takes in: "what does the engineer role involve?".
INVOLVING_VERBS = {"involve", "involves", "entail", "entails"}


def _what_it_involves(r: Reading) -> bool:
    """Whether the duties were asked only by a verb of taking in ("what does
    the X role involve?"): the role as its documents define it, then its duties."""
    said = set(r.intents.phrases(V.PRIMARY))
    return bool(said) and said <= INVOLVING_VERBS


def _asked_briefly(r: Reading) -> bool:
    """Whether the question asks for its answer in a few sentences ("in 2
    sentences", "in a couple of sentences") or "briefly": a summary, not only a list."""
    texts = [t.text for t in r.tokens]
    if any(w in V.ASKED_BRIEFLY for w in texts):
        return True
    for i, w in enumerate(texts):
        if w in ("sentence", "sentences") and i > 0:
            before = [x for x in texts[max(0, i - 3):i] if x != "of"]
            if before and (before[-1] in V.SENTENCE_COUNTS or before[-1].isdigit()):
                return True
    return False


# "what would *I* be doing *as* an expert swe": the asker puts themselves in the role.
FIRST_PERSON = {"i", "i'd", "me", "my", "myself"}


def _in_the_role_s_shoes(r: Reading) -> bool:
    """Whether the asker imagines doing the role named: "I" (or "my") and
    "as" right before its title ("what would I do all day as an Expert Software Engineer?")."""
    starts = [m.start for m in r.mentions if m.profiled() and m.profiled()[0].title.role_id in r.roles]
    texts = [t.text for t in r.tokens]
    as_before = any(i > 0 and (texts[i - 1] == "as" or i > 1 and texts[i - 2] == "as" and texts[i - 1] in V.DETERMINERS)
                    for i in starts)
    return as_before and any(t in FIRST_PERSON for t in texts)


def _career_links_named(turn: Turn, r: Reading, one: OneRole) -> tuple:
    """The career links of the role that the question's other words name
    ("could an expert software engineer move into *product management*?":
    the lateral move to the technical product manager), as sections, when
    some do outside the facet asked: shown before the facet's own links, which
    may still be what was meant. None when the facet's own links name them."""
    ranked = turn.assistant._ranked_items(r, one.profile, True, answered=one.role_intent, sections=S.CAREER)
    if ranked is None:
        return ()
    named = {fact.text for _score, fact in ranked.items}
    own = compose.ROLE_SECTIONS.get(one.intent, ("", ()))[1]
    if any(fact.section in own for _score, fact in ranked.items):
        return ()  # "move sideways, e.g. into devops": the facet asked has it, and is shown whole
    out = []
    for section in S.CAREER:
        items = tuple(Item(f.text, label=f.label, source=f.source) for f in one.profile.section(section)
                      if f.text in named)
        if items:
            out.append(Section(S.TITLES[section], items))
    return tuple(out)


def group_ranked(turn: Turn, r: Reading) -> Answer | None:
    """"Which of the lead roles pays the most": the roles a shared title word
    names in the plural, ranked by pay or experience."""
    # with a superlative the singular says it too: "best paying lead role" is the best paid of the lead
    # roles (a word for one role after a title word several roles share names them all)
    group = _group_named(r, turn.roles, MANY_ROLES_WORDS + V.ONE_ROLE_WORDS) if _extreme(r) else None
    if group and (extreme := _extreme(r)) and turn.role_intent in (V.SALARY, V.EXPERIENCE):
        r.decision = f"the roles named '{group[0]}' by {turn.role_intent}: {extreme} first"
        period = "per hour" if _HOURLY.search(r.asked_text) else "per month" if _MONTHLY.search(r.asked_text) else None
        return compose.ranking(turn.role_intent, group[1], highest=extreme == "highest", confidence=0.9,
                               period=period)
    return None


def _company_asked(turn: Turn, r: Reading) -> str | None:
    """The hiring company a question names with no role, when nothing else in it names a role."""
    company = company_of(r.qualifiers)
    if company and r.ambiguous is None and not r.weak \
            and not (turn.role_intent and r.unknown_words and _title_unknown(turn, r)):
        # "quillfeather chef salary": a missing role; "vetreria colombaia accounts role": a word of its field
        return company
    return None


# Nouns for one posting that a company's name can stand before ("the vaartwerk job", "the
# delta futures consultancy"): the company's one role, when it hires only one.
COMPANY_JOB_NOUNS = set(V.ONE_ROLE_WORDS) - {"title"} | {
    "gig", "post", "vacancy", "posting", "jd", "req", "consultancy", "contract", "assignment", "opportunity"}


def one_role_company_job(turn: Turn, r: Reading) -> Answer | None:
    """"Does the vaartwerk job want German?": a company named before a noun for
    one posting ("job", "role", "consultancy"), the company hiring one role
    only: the question is about that role, as if its title were said there."""
    if (company := _company_asked(turn, r)) is None or r.roles:
        return None
    hiring = [role for role in turn.roles if company in role.companies]
    named = next((q for q in r.qualifiers if q.name == company), None)
    if len(hiring) != 1 or named is None or named.end >= len(r.tokens) \
            or r.tokens[named.end].text not in COMPANY_JOB_NOUNS or r.tokens[named.end].brk:
        return None
    r.decision = f"the one role of {company}"
    return _as_if_named(turn, r, hiring[0].id, [(named.start, named.end + 1)])


# Initials of two to four words ("nrw" for a Non-Revenue Water Engineer).
MIN_INITIALS, MAX_INITIALS = 2, 4


def _initials(title: str) -> set[str]:
    """What a title is said by in initials: of all its words, or of those before its head noun
    ("nrwe", "nrw" for "Non-revenue Water Engineer"); a bracketed part is left out."""
    words = [w for w in re.split(r"[\s\-–/]+", re.sub(r"\([^)]*\)", " ", title.casefold())) if w[:1].isalpha()]
    while len(words) > 1 and words[-1] in V.LEVEL_NUMBERS:
        words = words[:-1]
    said = {"".join(w[0] for w in words), "".join(w[0] for w in words[:-1])}
    return {s for s in said if MIN_INITIALS <= len(s) <= MAX_INITIALS}


def company_role_by_initials(turn: Turn, r: Reading) -> Answer | None:
    """"lembah perak nrw grade": a company named with a word none of the store knows that is the
    initials of the title of exactly one of its roles: that role, as if its title were said."""
    if (company := _company_asked(turn, r)) is None or r.roles:
        return None
    hiring = [role for role in turn.roles if company in role.companies]
    if len(hiring) < 2:
        return None
    for i, t in enumerate(r.tokens):
        if t.brk or t.text not in r.unknown_words or not MIN_INITIALS <= len(t.text) <= MAX_INITIALS:
            continue
        fits = [role for role in hiring if t.text in _initials(role.title)]
        if len(fits) == 1:
            r.decision = f"'{t.text}': the initials of {fits[0].title} of {company}"
            # the initials say which posting, as the company's name does: no word asked of it
            r.qualifiers = [*r.qualifiers, Qualifier(COMPANY, company, i, i + 1, frozenset({fits[0].id}))]
            return _as_if_named(turn, r, fits[0].id, [(i, i + 1)])
    return None


def about_a_company(turn: Turn, r: Reading) -> Answer | None:
    """"What does brackenfield do?", "who is pellmark": what the company's postings say about it."""
    if (company := _company_asked(turn, r)) is None or not _about_the_company(r):
        return None
    hiring = tuple(role for role in turn.roles if company in role.companies)
    about = turn.assistant._company_answer(company, hiring, r)
    if about is not None:
        r.decision = company
    return about


def roles_of_a_company(turn: Turn, r: Reading) -> Answer | None:
    """A hiring company named alone ("roles at saltmarsh", "quillfeather"): its roles."""
    if (company := _company_asked(turn, r)) is None:
        return None
    r.decision = company
    hiring = tuple(role for role in turn.roles if company in role.companies)
    # "what benefits does saltmarsh offer": its roles' benefits ("which roles do we have at saltmarsh" lists them)
    if turn.role_intent in V.ROLE_INTENTS and turn.role_intent not in (V.OVERVIEW, V.PRIMARY, V.COMPANY) \
            and hiring and not _about_many(r):
        r.decision = f"{company}: {turn.role_intent} of each of its roles"
        named = [q for q in r.qualifiers if q.name == company]
        profiles = [p for role in hiring if (p := narrowed(turn.assistant._profile(role.id), named)) is not None]
        if len(profiles) == 1:
            return turn.assistant._role_answer(turn.role_intent, profiles[0], 0.8, r)
        return compose.compare(turn.role_intent, profiles, 0.8, asked=r.text)
    about = turn.assistant._company_line(hiring, [q for q in r.qualifiers if q.name == company])
    return compose.list_roles(hiring, summary=f"{about} Roles at {company}:" if about else f"Roles at {company}.")


def ambiguous_ranked(turn: Turn, r: Reading) -> Answer | None:
    """"Best paid of the lead roles?": a ranking among the roles a plural mention fits, not a question back."""
    if r.ambiguous is None:
        return None
    return turn.assistant._ranked_among(r, turn.role_intent)


# How sure an answer about roles a plural mention names ("the two lead roles") is:
# each title is named only in part.
NAMED_TOGETHER_CONFIDENCE = 0.8


def roles_named_together(turn: Turn, r: Reading) -> Answer | None:
    """"The designer roles": every role whose title has the words, compared or ranked."""
    if r.ambiguous is None:
        return None
    group = turn.assistant._roles_named_together(r)
    if not group:
        return None
    if (ranked := turn.assistant._group_ranked(r, group, turn.role_intent)) is not None:
        return ranked
    compared = _compared(turn, r, group, NAMED_TOGETHER_CONFIDENCE)
    r.decision = f"the roles named together: {r.decision}"
    return compared


def which_role_meant(turn: Turn, r: Reading) -> Answer | None:
    """A mention that fits two or more roles, or one only loosely ("lead
    engineer"): the one of them the conversation has been about ("does the
    lead role allow remote?" after the Lead Back End Engineer's pay), else ask which."""
    if r.ambiguous is None or _told_before_store_question(r):
        return None
    if (role_id := _meant_in_conversation(turn, r)) is not None:
        r.used_context = True
        span, r.ambiguous = (r.ambiguous.start, r.ambiguous.end), None
        r.decision = "the role of the conversation that the words fit"
        return _as_if_named(turn, r, role_id, [span])
    return turn.assistant._clarify(r)


def _told_before_store_question(r: Reading) -> bool:
    """Whether the loose mention is told of a candidate before a clause that
    asks of every role ("10 yrs backend — which roles list C#?"): their
    background, no role to ask which of; the roles are searched."""
    return bool(r.preamble) and r.ambiguous.end <= r.preamble and not r.roles


def across_roles(turn: Turn, r: Reading) -> Answer | None:
    """Questions about the store as a whole: list the roles, rank them, filter
    them by pay or experience, roles leading to a title, search their facts
    (`Assistant._across_roles`)."""
    if turn.role_intent is None and (facet := _asked_of_every_role(turn, r)):
        turn.role_intent = facet
    if turn.role_intent in C.CAREER_INTENTS and not r.roles and r.ambiguous is None \
            and (any(t.text in CAREER_PRONOUNS for t in r.tokens) or one_role_pointed_at(r.tokens)) \
            and listed_as(r) is None:  # "Senior Staff Engineer - which role lists it as an entry point?": the title's
        return None  # "which roles do they usually come from?", "… come before that role?": the role in question's links
    if (walked := _path_walked(turn, r)) is not None:
        r.used_context = True  # "no — previous roles" after a role's next steps: its own way in
        r.decision = "a career step in the plural, the conversation on one role's path: that role's"
        return _as_if_named(turn, r, walked, [])
    return turn.assistant._across_roles(r, turn.roles, turn.role_intent)


# Words that make career roles in the plural a question of the store ("which roles
# say where they lead", "list every role's next steps"), even on one role's path.
ASKED_OF_THE_STORE = {"which", "what", "whose", "all", "every", "each", "any", "list", "how", "many", "count"}


def _path_walked(turn: Turn, r: Reading) -> int | None:
    """The role whose career path the conversation is on, when the question
    asks a step of a path in the plural with no role and no word of the
    store ("previous roles?", "no, feeder roles", "next roles then"): those
    roles are titles of that path, not roles of the store. None else."""
    if turn.role_intent not in C.CAREER_INTENTS or r.roles or r.ambiguous is not None or r.missing \
            or any(t.text in ASKED_OF_THE_STORE for t in r.tokens) or (context := turn.recall()) is None \
            or context.intent not in C.CAREER_INTENTS or context.choosing:
        return None
    ids = C.in_question(context, r.cues())
    return ids[0] if len(ids) == 1 and turn.assistant._profile(ids[0]) is not None else None


# Pronouns that stand for the role in question in a career question asking "which roles"
# (not "this"/"that", which point at a noun: "which roles lead to that title").
CAREER_PRONOUNS = {"it", "its", "they", "them", "their"}


def career_path_title(turn: Turn, r: Reading) -> Answer | None:
    """A title known only from career paths ("Staff Engineer"): no profile, but where it appears in the paths."""
    if not r.titles_without_profile:
        return None
    name = r.titles_without_profile[0]
    a = turn.assistant
    if (role_id := _path_of_role_in_question(turn, name)) is not None:
        r.used_context = True  # "is junior engineer a normal feeder?" of the role in question: its path
        return _about_role_in_question(turn, r, role_id)
    r.target = name  # kept with the question back: "and then?" goes on past it (`CareerPaths._past_unknown_title`)
    return compose.unknown_role(name, a._close_roles(name), a._appears_in(name))


def _path_of_role_in_question(turn: Turn, name: str) -> int | None:
    """The one role the conversation is about, when a career path is asked
    ("is junior engineer a normal feeder?", "would they move to staff
    engineer?") of a title its own path names: the question asks of that
    role's path, where the title stands, not of a role the store lacks."""
    if turn.role_intent not in C.CAREER_INTENTS or not (context := turn.recall()) or len(context.role_ids) != 1:
        return None
    role = turn.assistant.knowledge.role(context.role_ids[0])
    if role is None or all(title != role.title for title, _how in turn.assistant._appears_in(name)):
        return None
    return role.id


def conversation_roles(turn: Turn, r: Reading) -> Answer | None:
    """A fact asked with no role named, or "it", "compare them": about the
    role(s) the conversation was about ("and the salary?")."""
    if turn.role_intent is None and (part := _part_asked_again(turn, r)):
        turn.role_intent = part
    more_said = None
    if turn.role_intent == V.SECONDARY and (more_said := _more_of_what_was_said(turn, r)):
        turn.role_intent = more_said
    role_intent, intents, a = turn.role_intent, r.intents, turn.assistant
    pronoun = any(t.text in V.PRONOUNS for t in r.tokens) or _person_pointed_at(r)
    # "could they move into data?": beside "they", a title the store has no
    # role for is what is asked about, not a guess at another role;
    # and so is one beside a fact asked ("how big is the team?": "team" of "Senior
    # Engineering Team Lead") when the words do not look like a title themselves
    weak = r.weak and not ((pronoun or role_intent is not None and not _title_unknown(turn, r))
                           and all(m.best.title.role_id is None for m in r.weak))
    # "how bout experience for both": words it does not know beside a fact
    # asked of the roles on screen by name ("both", "them") are chat, not a role
    leaning = role_intent is not None and (pronoun or r.cues().group)
    # "how many years of golang?": words it does not know that name no role
    # are what is asked of the role in question ("salary for a data scientist?" names one)
    if not ((role_intent or pronoun or intents.has(V.COMPARE)) and not weak
            and (not r.unknown_words or leaning or role_intent and not _title_unknown(turn, r))
            and (context := turn.recall()) and context.role_ids):
        return None
    r.used_context = True
    ids = list(context.role_ids if intents.has(V.COMPARE) else C.in_question(context, r.cues()))
    if intents.has(V.COMPARE) and len(ids) == 1:  # "compare the two": with the role before it
        ids = [i for i in context.earlier_role_ids if i not in ids] + ids
    profiles = [p for p in (a._profile(i) for i in ids) if p is not None]
    if not profiles:
        return None
    # "could they move into data?": the pronoun stands where the role would,
    # so it tells which way along the path the question looks
    if len(profiles) == 1 and more_said:
        # "what else does the guide flag?": the facet shown, whole; "guide" and "flag" are no items to look for
        r.decision = f"more of the {more_said} shown"
        return a._role_answer(more_said, profiles[0], IN_QUESTION_CONFIDENCE)
    if len(profiles) == 1:
        return _about_role_in_question(turn, r, profiles[0].role.id)
    spans = [(i, i + 1) for i, t in enumerate(r.tokens) if t.text in V.PRONOUNS | GROUP_STANDING_IN][:1]
    role_intent = career_direction.settled(role_intent, r.intents.hits, spans)
    if (naming := _naming_unlaid_facet(turn, r, profiles, role_intent)) is not None:
        return naming
    intent = role_intent or context.intent or V.OVERVIEW
    r.decision = f"compare on {intent}"
    return compose.compare(intent, profiles, IN_QUESTION_CONFIDENCE, asked=r.text)


# Words for the roles on screen as a group that stand where their names would,
# as "they" does: "what do both lead to" asks where both go, not their way in.
GROUP_STANDING_IN = {"both", "each", "either", "all"}


def _naming_unlaid_facet(turn: Turn, r: Reading, profiles, role_intent: str | None) -> Answer | None:
    """"Which of them is on call": a facet of postings asked of roles the seeds
    describe, which have no section for it, compared on their facts that name
    the question's words, as when the roles are named (`_compared`); a
    facet's section of nothing would hide the rotation their duties mention."""
    if role_intent not in V.POSTING_INTENTS or role_intent in V.SEEDS_ANSWERABLE \
            or any(_from_postings(p) for p in profiles) or turn.assistant._role_intent(r, SEEDS_INTENTS):
        return None
    namings = [turn.assistant._facts_naming(r, p) for p in profiles]
    if not any(namings):
        return None
    words = next(n[0] for n in namings if n)
    r.decision = f"their facts that name '{' '.join(words)}'"
    return compose.compare_naming(profiles, words, [n[1] if n else [] for n in namings], IN_QUESTION_CONFIDENCE)


# "the candidate wants 230", "my applicant": a person told of before, pointed at
# as "she" points at them; they stand where the role in question's subject would.
PERSON_POINTERS = V.DEFINITE_WORDS | {"my"}


def _person_pointed_at(r: Reading) -> bool:
    """Whether the question points back at a person told of ("the candidate")."""
    return any(t.text in V.HIRING_STAGE_PEOPLE and i and r.tokens[i - 1].text in PERSON_POINTERS
               for i, t in enumerate(r.tokens))


def roles_in_a_place(turn: Turn, r: Reading) -> Answer | None:
    """Only a place asked ("what's open in Germany?", "hiring in APAC?"): the
    roles whose location is there, with it, or that none is (`roles_by_place`)."""
    if (asked := roles_by_place.place_asked(r)) is None:
        return None
    place, role_ids = asked
    a = turn.assistant
    matches = tuple(FactMatch(profile.role, fact) for profile in map(a._profile, sorted(role_ids, key=a.knowledge.position))
                    for fact in profile.section(S.LOCATION)[:1])
    r.decision = f"roles posted in '{place}': {len(matches)}"
    return compose.search_results(place, matches, 0.9, summary=f"No role in the store is posted in {place}.")


def small_talk(turn: Turn, r: Reading) -> Answer | None:
    """"Hi", "thanks!": a short reply that says what RoleCall answers."""
    if r.intents.has(V.SMALLTALK, 2) or r.intents.has(V.THANKS, 3):
        return compose.smalltalk(r.intents.has(V.SMALLTALK, 2), turn.roles)
    return None


def unknown_role(turn: Turn, r: Reading) -> Answer | None:
    """Words that name no role the store has ("chief data officer salary"):
    said to be missing, with the close titles offered."""
    if (r.weak or (turn.role_intent and r.unknown_words)) and _title_unknown(turn, r):
        a = turn.assistant
        name = a._unknown_name(r)
        return compose.unknown_role(name, a._close_roles(name), a._appears_in(name))
    return None


def role_not_named(turn: Turn, r: Reading) -> Answer | None:
    """A fact of a role asked with no role and no conversation to lean on
    ("what's the salary?", "tell me about the culture"): ask which role."""
    if turn.role_intent and not (r.unknown_words and _title_unknown(turn, r)):
        template = V.FOLLOW_UPS.get(turn.role_intent, V.FOLLOW_UPS[V.OVERVIEW])[1]
        options = [(role.title, template.format(role=role.title)) for role in turn.roles[:MAX_CHOICES]]
        asked = compose.clarify(None, options, 0.0)
        if (name := _unknown_proper_name(r)) is not None and not turn.assistant.said_in_documents(name):
            # "what benefits does Acme offer?"; not "16 years, Rust and Go": the documents say Rust
            r.decision = f"'{name}' names no role or company of the store"
            return replace(asked, summary=f"No document in the store names “{name}”: I know roles, "
                                          f"and what each one's documents say. {asked.summary}")
        return asked
    return None


def role_topic_not_named(turn: Turn, r: Reading) -> Answer | None:
    """A part of a role's work asked by a phrase, with no role and no
    conversation to lean on ("lead without being the manager?"): ask which
    role, each option asking the same of that role."""
    if r.roles or r.intents.scores or any(w not in V.PHRASE_BREAKS for w in r.unknown_words) \
            or not within_role.topics([None if t.brk and t.text not in V.EITHER_OR_WORDS else t.text for t in r.tokens])[0]:
        return None  # "how big is the moon?": a word of its own says it is about something else
    asked = (r.display or r.text).replace(PENDING_ROLE, " ").strip()
    r.decision = "a part of a role asked with no role: ask which"
    r.pending = f"{PENDING_ROLE}: {asked}"  # a typed pick asks it of that role (`knowledge.Context.pending`)
    return compose.clarify(None, [(role.title, r.pending.replace(PENDING_ROLE, role.title))
                                  for role in turn.roles[:MAX_CHOICES]], 0.0)


def _unknown_proper_name(r: Reading) -> str | None:
    """A word the store does not know, written with a capital inside the
    question ("does Acme offer"): a company or product's name, said back as
    not known rather than passed over as if the question were only about a role."""
    for i, t in enumerate(r.tokens):
        if i and t.text in r.unknown_words and not r.intents.used[i] and (said := r.echoed(i, i + 1))[:1].isupper():
            return said
    return None


def not_understood(turn: Turn, r: Reading) -> Answer | None:
    """Anything else: not a question about roles; says what can be asked. Always answers."""
    return compose.not_understood(turn.roles)


RULES: tuple[Rule, ...] = tuple(Rule(f.__name__, f) for f in (
    empty_question,
    help_asked,
    roles_by_title_word,  # before any title is read: "which roles have lead in the title?"
    roles_entered_from_background,  # before a candidate's fit: "which role takes people from that background?"
    candidate_fit,  # before a follow-up: "which role would suit them?" is no pick among the roles shown
    searched_again,  # before a follow-up: "and Kafka?" after a search asks every role, not those shown
    level_of_role_in_question,  # before a follow-up: "senior version?" is no search of the role for "senior"
    conversation_follow_up,  # before missing_role: "which of them mentors senior engineers?"
    missing_role,
    career_route,
    ranked_against_role,  # before the one role's facts: "who earns more than the lead backend engineer"
    role_picked_by_place,  # before a comparison: "engineer, lead backend, expert swe - 2nd one TC?" asks of one
    roles_compared,
    compared_with_conversation,
    role_per_company,
    role_short_name,
    interviewer_probing,
    role_several_facts,
    role_named_section,
    role_items_asked,
    role_facts_naming,
    role_topic_unsaid,
    role_fact,
    group_ranked,
    one_role_company_job,  # before the company's own rules: "the vaartwerk job" is its one role
    company_role_by_initials,  # "lembah perak nrw": one of its roles by initials
    about_a_company,
    roles_of_a_company,
    ambiguous_ranked,
    roles_named_together,
    which_role_meant,
    across_roles,
    career_path_title,
    conversation_roles,
    roles_in_a_place,  # after the conversation: "and in Germany?" may ask of the roles on screen
    small_talk,
    unknown_role,
    role_not_named,
    role_topic_not_named,
    not_understood,
))


# The rules about one role, in their order above: a question about the role
# the conversation is about goes through them as if it had named it
# (`conversation_roles`); the last of them answers every such question.
ONE_ROLE_RULES = (role_several_facts, role_named_section, role_items_asked, role_facts_naming, role_topic_unsaid,
                  role_fact)


# -- helpers of the rules above ----------------------------------------------
def _about_role_in_question(turn: Turn, r: Reading, role_id: int) -> Answer:
    """The answer about `role_id`, the one role the conversation is about,
    to a question that did not name it: as if it had, by the rules about one
    role (`ONE_ROLE_RULES`). A pronoun stands where the name would ("could
    *they* move into data?" asks where they go, not where they come from)."""
    return _as_if_named(turn, r, role_id, [(i, i + 1) for i, t in enumerate(r.tokens) if t.text in V.PRONOUNS][:1])


def _as_if_named(turn: Turn, r: Reading, role_id: int, stand_in: list[tuple[int, int]]) -> Answer:
    """The answer of the rules about one role (`ONE_ROLE_RULES`, the last of
    which always answers) to `r` read as if it had named `role_id` where the
    words at `stand_in` are."""
    turn.stand_for(r, role_id, stand_in)
    return next(answer for rule in ONE_ROLE_RULES if (answer := rule(turn, r)) is not None)


def offered(mention) -> list[int]:
    """The roles a mention that fits several could mean, best first: the
    options of a question back (at most `MAX_CHOICES`)."""
    top, ids = mention.profiled()[0].score, []
    for cand in mention.profiled():
        if cand.title.role_id not in ids and top - cand.score < ROLE_MARGIN * 2 and cand.score >= ROLE_SUGGEST:
            ids.append(cand.title.role_id)
    return ids[:MAX_CHOICES]


def _meant_in_conversation(turn: Turn, r: Reading) -> int | None:
    """The one role `r.ambiguous` could mean that the conversation was about,
    when the words say it is known ("*the* lead role"): among the last
    answer's roles, else among those before it; None when none or several
    are (then it asks)."""
    start = r.ambiguous.start
    if not start or r.tokens[start - 1].text not in V.DEFINITE_WORDS:
        return None  # "salary for lead engineer?" right after one lead role's may well ask for the other
    context = turn.recall()
    if not context or context.choosing:
        return None
    fits = offered(r.ambiguous)
    for ids in (context.role_ids, context.earlier_role_ids):
        meant = [i for i in fits if i in ids]
        if meant:
            return meant[0] if len(meant) == 1 else None
    return None


def _part_asked_again(turn: Turn, r: Reading) -> str | None:
    """"min?", "and preferred?" after a role's education or experience: the
    facet the last answer showed, its least or its preferred part this time
    (`compose.NARROWER_SECTIONS`). The word is made the facet's hit, so the
    rules about one role read the question as "min education?"."""
    parts = V.MINIMUM_WORDS | V.PREFERRED_WORDS
    words = [t for t in r.tokens if not t.brk]
    if r.intents.scores or not any(t.text in parts for t in words) \
            or not all(t.text in parts or t.text in V.FUNCTION_WORDS for t in words):
        return None
    return _facet_carried(turn, r, parts, compose.NARROWER_SECTIONS)


# Verbs of what a document says ("what else does the guide flag?"), not of what a role does.
SAYING_VERBS = {"say", "says", "flag", "flags", "mention", "mentions", "suggest", "suggests", "recommend",
                "recommends", "note", "notes", "warn", "warns", "advise", "advises", "list", "lists"}


def _more_of_what_was_said(turn: Turn, r: Reading) -> str | None:
    """"What else does the guide flag?", "what else does it say?" after a
    role's hiring advice: "else" with a verb of saying asks more of the facet
    the last answer showed, not the role's other duties ("what else does it
    handle?"), which "what else" alone would ask. The facet is made the hit
    of "else" (`_facet_carried`); None when other facet words are said too."""
    words = {t.text for t in r.tokens if not t.brk}
    if "else" not in words or not words & SAYING_VERBS \
            or any(h.intent != V.SECONDARY or "else" not in h.phrase.split() for h in r.intents.hits):
        return None
    context = turn.recall()
    if not context or context.intent in (V.PRIMARY, V.SECONDARY, None):
        return None
    r.intents = r.intents.without([(h.start, h.end) for h in r.intents.hits])
    return _facet_carried(turn, r, {"else"}, compose.ROLE_SECTIONS)


def _asked_of_every_role(turn: Turn, r: Reading) -> str | None:
    """"which role does?", "any of the roles have that?" after "does the
    global lead list perks": the facet the last answer was about, asked of
    every role. Only words that ask which role, nothing of their own; the
    word for roles is made the facet's hit, as `_part_asked_again` does."""
    words = [t for t in r.tokens if not t.brk]
    nouns = set(V.ONE_ROLE_WORDS) | set(MANY_ROLES_WORDS) | {"one", "ones"}
    if any(r.intents.has(i) for i in V.ROLE_INTENTS) or r.roles or not any(t.text in ("which", "any") for t in words) \
            or not any(t.text in nouns for t in words) \
            or not all(t.text in nouns or t.text in V.FUNCTION_WORDS or t.text in V.PRONOUNS for t in words):
        return None
    if (facet := _facet_carried(turn, r, nouns, compose.ROLE_SECTIONS)) is not None:
        r.used_context = True
    return facet


def _facet_carried(turn: Turn, r: Reading, words, facets) -> str | None:
    """The facet the conversation's last answer was about, when it is one of
    `facets`, made the hit of the first of the question's `words`: the rules
    then read the question as if it had named that facet there."""
    context = turn.recall()
    if not context or context.intent not in facets:
        return None
    start = next(i for i, t in enumerate(r.tokens) if t.text in words)
    r.intents = r.intents.with_hits([PhraseHit(context.intent, "the facet asked before", 1.0, start, start + 1)])
    return context.intent


def _title_unknown(turn: Turn, r: Reading) -> bool:
    """Whether the words naming no role look like a job title ("chief data
    officer"), not a thing asked about a role ("the culture")."""
    a = turn.assistant
    return a._role_index(a.knowledge.version).looks_like_title(a._unknown_name(r))


def _stated(profile) -> tuple[str, ...]:
    """The facets of postings a role the seeds describe has sections for
    ("nice to haves" of a role profile: its preferred education and experience)."""
    return tuple(i for i in V.SEEDS_ANSWERABLE if any(profile.section(n) for n in compose.ROLE_SECTIONS[i][1]))


def _titled(profile):
    """A company's share of a role, titled with the company ("Backend Engineer (Quillfeather Labs)")."""
    role = profile.role
    return replace(profile, role=replace(role, title=f"{role.title} ({', '.join(role.companies)})"))


def _group_named(r: Reading, roles, plural=MANY_ROLES_WORDS) -> tuple[str, tuple] | None:
    """"The lead roles", "our engineering positions": a word that several
    titles share, followed by a word for roles in the plural, names them all;
    (the words, those roles), or None."""
    for mention in [r.ambiguous, *r.weak]:
        if mention is None or mention.end >= len(r.tokens) or r.tokens[mention.end].text not in plural:
            continue
        words = {t.text for t in r.tokens[mention.start:mention.end] if t.text not in V.FUNCTION_WORDS}
        group = tuple(role for role in roles if words and words <= set(words_of(role.title)))
        if len(group) >= 2:
            return r.words(mention.start, mention.end), group
    return None


def _about_the_company(r: Reading) -> bool:
    """Whether a question naming a company alone asks what it is ("what does
    brackenfield do?", "tell me about saltmarsh", "who is pellmark") rather than
    what it has open ("what's open at saltmarsh", "roles at saltmarsh")."""
    about = {V.OVERVIEW, V.PRIMARY, V.COMPANY}
    asked = [h for h in r.intents.hits if h.intent in V.ROLE_INTENTS]
    if _ASKS_WHAT_IT_IS.search(r.text) and not _about_many(r):
        return True  # "how big is parsnip labs", "what kind of organisation is bright commons fund"
    return bool(asked) and all(h.intent in about for h in asked) and not _about_many(r)


# Words that ask what an organisation named alone is, or how big: its own "about us" answers them (a
# team's size is asked of a role, which a question naming only the company does not name).
_ASKS_WHAT_IT_IS = re.compile(r"\b(?:how (?:big|large)|how many (?:people|employees|staff|workers)|"
                              r"what (?:kind|sort|type) of (?:an? )?(?:organi[sz]ation|company|business|employer|"
                              r"charity|firm|place|outfit|nonprofit|non-profit)|(?:company|organi[sz]ation) size)\b",
                              re.I)
