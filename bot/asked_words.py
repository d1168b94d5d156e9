"""Ways of asking for a role's facts that hang on where the words stand.

Some words ask for a fact only in their place around the role: "what does
the orchard survey technician need?" and "what do you want in a data analyst?"
ask for the role's requirements, while "which roles need Go" is a search;
"how long is the test automation contract" asks the contract's length though
"contract" is a word of the title, while "how long" alone asks for years of
experience. Read once the role mentions are found, these add phrases to the
question's intents (the words are tables in `vocabulary`).
"""

import re

from bot import vocabulary as V
from bot.intents import IntentMatch, PhraseHit
from bot.text import Token

# Function words allowed between a role and the verb it is the subject of
# ("what does the engineer role really need"), or between the verb and the
# role it is the object of ("want in a", "need for the").
MAX_GAP = 3
# Words allowed between "for" and the noun of an audience ("for a non-technical hiring committee").
AUDIENCE_WORDS = 5
# Break tokens that end a clause: punctuation (tokenized as "|") and joining words.
CLAUSE_ENDS = {"|", "and", "or"}


def read_around_roles(tokens: list[Token], intents: IntentMatch, role_spans) -> IntentMatch:
    """`intents` with the phrases `tokens` ask by where their words stand
    around the roles at `role_spans` (start, end), or around a pronoun for
    the conversation's role; such a phrase stands for the lighter ones its
    words matched alone ("need" as a hint of skills or of a search)."""
    hits = _wanted_of_role(tokens, intents, role_spans) + _asked_together(tokens) + _asked_at_clause_end(tokens)
    hits += _amount_of_pay(tokens)
    judges = _judging_a_candidate(tokens, intents)  # the frame of a fit asked, no topic of the role's either
    hits += [PhraseHit(V.NEUTRAL, "who judges the candidate", 1, start, end) for start, end in judges]
    audience = _describing_audience(tokens)  # "for a *hiring* brief": whom it is for, no topic of the role's
    hits += [PhraseHit(V.NEUTRAL, "whom the answer is for", 1, start, end) for start, end in audience]
    # "*explain* the engineer's responsibilities": the verb asks that fact in short, and is no word to look for
    summing_up = _summary_of_a_facet(tokens, intents, role_spans)
    hits += [PhraseHit(V.NEUTRAL, "a verb of summing up a fact", 1, start, end) for start, end in summing_up]
    hits += [PhraseHit(V.ASKED_AFTER_TITLE[tokens[i].text], tokens[i].text, V.ASKED_AFTER_TITLE_WEIGHT, i, i + 1)
             for i in after_titles(tokens, [end for _start, end in role_spans])]
    replaced = intents.without([(h.start, h.end) for h in hits if h.intent in V.WANTED]
                               + [(i, i + 1) for i in _clause_ends(tokens, V.NOTHING_AT_CLAUSE_END)]
                               + _done_by_role(tokens, role_spans) + _done_by_candidate(tokens)
                               + audience + _document_stating(tokens, intents) + judges
                               + _auxiliary_do(tokens) + summing_up)
    return replaced.with_hits(hits)


# Who "do" asks of when it is an auxiliary: "do *I* need", "does *one* have to", "do *applicants* need".
AUXILIARY_SUBJECTS = {"i", "you", "we", "they", "he", "she", "one", "candidates", "applicants", "people", "staff"}
# Words that may stand between that subject and the verb of wanting: "do I *still* need".
BETWEEN_SUBJECT_AND_VERB = {"really", "still", "actually", "already", "definitely", "absolutely", "also"}


def _auxiliary_do(tokens: list[Token]) -> list[tuple[int, int]]:
    """The spans of "do", "does", "did" asking a question of a subject who
    needs or wants ("do i need my NPLQ already to apply?"): the auxiliary of
    that verb, not the duties "what do they do" asks for."""
    spans = []
    for i, t in enumerate(tokens[:-2]):
        if t.brk or t.text not in ("do", "does", "did") or tokens[i + 1].text not in AUXILIARY_SUBJECTS:
            continue
        j = i + 2
        while j < len(tokens) and not tokens[j].brk and tokens[j].text in BETWEEN_SUBJECT_AND_VERB:
            j += 1
        if _verb_at(tokens, j) or j + 1 < len(tokens) and (tokens[j].text, tokens[j + 1].text) == ("have", "to"):
            spans.append((i, i + 1))
    return spans


def _summary_of_a_facet(tokens: list[Token], intents: IntentMatch, role_spans) -> list[tuple[int, int]]:
    """The spans of verbs of summing up (V.SUMMARY_VERBS: "summarise", "describe",
    "walk me through") whose object is one of a role's facts ("summarise the main
    *responsibilities* of X", "describe X's *hard skills*"): that fact is asked, in
    short; the verb asks for no overview of the whole role."""
    in_roles = {i for start, end in role_spans for i in range(start, end)}
    objects = {h.start: h for h in intents.hits
               if h.intent in V.ROLE_INTENTS and h.intent != V.OVERVIEW and h.weight >= V.INTENT_MIN_WEIGHT}
    spans = []
    for h in intents.hits:
        if h.intent != V.OVERVIEW or h.phrase not in V.SUMMARY_VERBS:
            continue
        k = h.end
        while k < len(tokens) and k - h.end <= MAX_GAP + len(in_roles) and k not in objects and (
                k in in_roles or not tokens[k].brk and tokens[k].text in V.SUMMARY_OBJECT_WORDS):
            k += 1
        if k in objects:
            spans.append((h.start, h.end))
    return spans


def _document_stating(tokens: list[Token], intents: IntentMatch) -> list[tuple[int, int]]:
    """The spans of a word for a posting ("JD", "job ad") right before a verb
    of V.STATING_VERBS ("does the lead backend JD *mention* Kafka?"): the
    posting is what says the fact asked, no draft of one is asked for."""
    return [(h.start, h.end) for h in intents.hits
            if h.intent == V.JOB_DESCRIPTION and h.end < len(tokens) and tokens[h.end].text in V.STATING_VERBS]


def after_titles(tokens: list[Token], ends) -> list[int]:
    """The positions of words of V.ASKED_AFTER_TITLE right after a title that
    ends at one of `ends` ("the lead back end *number*"), not before "of"."""
    return [end for end in ends if end < len(tokens) and tokens[end].text in V.ASKED_AFTER_TITLE
            and not (end + 1 < len(tokens) and tokens[end + 1].text == "of")]


def _describing_audience(tokens: list[Token]) -> list[tuple[int, int]]:
    """The spans of words describing whom an answer is for, between "for" or
    "to" and a noun of V.AUDIENCE_NOUNS ending its clause ("in plain english
    for a *non-tech* panel"): who listens, which asks for none of a role's
    facts, while the question's other words still ask theirs."""
    spans = []
    for i, t in enumerate(tokens):
        if t.text not in V.AUDIENCE_OPENERS:  # "to" is a separator of its own
            continue
        for j in range(i + 1, min(i + 2 + AUDIENCE_WORDS, len(tokens))):
            if tokens[j].brk:
                break
            if tokens[j].text in V.AUDIENCE_NOUNS:
                if j > i + 1 and (j + 1 == len(tokens) or tokens[j + 1].brk or tokens[j + 1].text in CLAUSE_ENDS):
                    spans.append((i + 1, j))
                break
    return spans


def _judging_a_candidate(tokens: list[Token], intents: IntentMatch) -> list[tuple[int, int]]:
    """The spans of a phrase for the people who hire ("hiring manager", "the
    panel") as the subject of a verb of judging a candidate (V.JUDGING_VERBS:
    "would the expert swe hiring manager *consider* them?"): whether the
    candidate fits is asked, not who the role's hiring manager is."""
    spans = []
    for h in intents.hits:
        if h.phrase not in V.HIRING_JUDGES:
            continue
        k = h.end
        while k < len(tokens) and k - h.end < MAX_GAP and tokens[k].text in V.FUNCTION_WORDS | {"even", "ever"}:
            k += 1
        if k < len(tokens) and tokens[k].text in V.JUDGING_VERBS:
            spans.append((h.start, h.end))
    return spans


def _done_by_candidate(tokens: list[Token]) -> list[tuple[int, int]]:
    """The spans of verbs of asking (V.ASKING_VERBS) whose subject is a
    candidate ("candidate can't explain why they picked that architecture"):
    what the candidate did, which asks for no overview."""
    spans = []
    for i, t in enumerate(tokens):
        if t.text not in V.ASKING_VERBS:
            continue
        k = i - 1
        while k >= 0 and i - k <= MAX_GAP and not tokens[k].brk and tokens[k].text not in V.ACTING_WORDS \
                and (tokens[k].text in V.FUNCTION_WORDS or tokens[k].text in V.NEGATION_WORDS
                     or tokens[k].text.endswith("n't")):
            k -= 1
        if k >= 0 and tokens[k].text in V.ACTING_WORDS:
            spans.append((i, i + 1))
    return spans


def _wanted_of_role(tokens: list[Token], intents: IntentMatch, role_spans) -> list[PhraseHit]:
    """A verb of wanting with a role as its subject, nothing after it, or as
    its object: the role's requirements (V.WANTED), unless another phrase
    already says what is asked ("what degree does X need" is its education)."""
    spans = list(role_spans) + [(i, i + 1) for i, t in enumerate(tokens) if t.text in V.PRONOUNS]
    if not spans or _asks_otherwise(intents):
        return []
    for i in range(len(tokens)):
        n = _verb_at(tokens, i)
        if not n:
            continue
        subject = any(end <= i and _between(tokens, end, i) for _start, end in spans) and _ends_clause(tokens, i + n)
        wanted = any(start >= i + n and _between(tokens, i + n, start, V.WANTED_FROM)
                     and any(t.text in V.WANTED_FROM for t in tokens[i + n:start]) for start, _end in spans)
        if subject or wanted:
            phrase = " ".join(t.text for t in tokens[i:i + n])
            return [PhraseHit(intent, phrase, weight, i, i + n) for intent, weight in V.WANTED.items()]
    return []


# Pronouns that may be a role doing something ("does it", "they", "he", "she").
ROLE_SUBJECT_PRONOUNS = {"they", "it", "he", "she"}


def _done_by_role(tokens: list[Token], role_spans) -> list[tuple[int, int]]:
    """The spans of verbs of V.DONE_BY_ROLE_VERBS whose subject is a role
    ("does the lead backend engineer interview candidates?", "will the global
    lead be hiring"): the role's own work, which asks for no hiring advice."""
    done: list[tuple[int, int]] = []
    # a pronoun standing for the role in question is its subject too: "who do *they* help hire"
    role_spans = [*role_spans, *((i, i + 1) for i, t in enumerate(tokens) if t.text in ROLE_SUBJECT_PRONOUNS)]
    for i, t in enumerate(tokens):
        if t.text not in V.DONE_BY_ROLE_VERBS:
            continue
        # "does X handle hiring": a verb of doing the work between them ("handle", "take part in")
        after_role = any(end <= i and _between(tokens, end, i, V.DOING_WORK_WORDS) for _start, end in role_spans)
        # "… handle hiring? interviews?": one more in the same list
        listed = bool(done) and all(g.brk or g.text in ("and", "or") for g in tokens[done[-1][1]:i])
        if after_role or listed:
            done.append((i, i + 1))
    return done


def _asks_otherwise(intents: IntentMatch) -> bool:
    """Whether a phrase of the question asks for a fact of the role by itself;
    "do" and "does" beside a verb of wanting are its auxiliary, not the duties."""
    return any(h.intent in V.ROLE_INTENTS and h.weight >= V.INTENT_MIN_WEIGHT
               and h.phrase not in V.BARE_VERB_BEFORE for h in intents.hits)


def _verb_at(tokens: list[Token], i: int) -> int:
    """The length of the verb of wanting at token `i`, or 0."""
    for verb in V.WANT_VERBS:
        if tuple(t.text for t in tokens[i:i + len(verb)]) == verb:
            return len(verb)
    return 0


def _between(tokens: list[Token], start: int, end: int, also=frozenset()) -> bool:
    """Whether tokens start..end-1 are at most MAX_GAP function words (or words of `also`)."""
    gap = tokens[start:end]
    return len(gap) <= MAX_GAP and all(
        t.text in also or not t.brk and t.text in V.FUNCTION_WORDS for t in gap)


def _ends_clause(tokens: list[Token], start: int) -> bool:
    """Whether nothing but function words follow `start` to the clause's end."""
    for token in tokens[start:]:
        if token.brk and token.text in CLAUSE_ENDS:
            return True
        if token.brk or token.text not in V.FUNCTION_WORDS:
            return False
    return True


def _asked_together(tokens: list[Token]) -> list[PhraseHit]:
    """The phrases of V.ASKED_TOGETHER whose words share a clause."""
    hits = []
    for first, seconds, intent, weight in V.ASKED_TOGETHER:
        n = len(first)
        for i in range(len(tokens) - n + 1):
            if tuple(t.text for t in tokens[i:i + n]) != first:
                continue
            span = clause_span(tokens, i)
            clause = tokens[span.start:span.stop]
            second = next((t.text for t in clause if t.text in seconds), None)
            if second:
                hits.append(PhraseHit(intent, f"{' '.join(first)} … {second}", weight, i, i + n))
                break
    return hits


# An amount in thousands ("270k", "180K") right before one of these words
# is pay: "a candidate who expects 270k base" asks which roles pay it, though
# "base" alone is a weak hint ("the base of the team").
_THOUSANDS = re.compile(r"^\d+(?:\.\d+)?k$")


def _amount_of_pay(tokens: list[Token]) -> list[PhraseHit]:
    """A salary phrase where an amount in thousands names its kind of pay
    ("270k base", "250k salary", "300k total comp")."""
    return [PhraseHit(V.SALARY, f"{tokens[i].text} {tokens[i + 1].text}", V.AMOUNT_OF_PAY_WEIGHT, i, i + 2)
            for i in range(len(tokens) - 1)
            if _THOUSANDS.match(tokens[i].text) and tokens[i + 1].text in V.AMOUNT_OF_PAY_WORDS]


def clause_span(tokens: list[Token], i: int) -> range:
    """The positions of the clause token `i` stands in, between punctuation."""
    start = i
    while start > 0 and tokens[start - 1].text != "|":
        start -= 1
    end = i
    while end < len(tokens) and tokens[end].text != "|":
        end += 1
    return range(start, end)


def _asked_at_clause_end(tokens: list[Token]) -> list[PhraseHit]:
    """The phrases of V.ASKED_AT_CLAUSE_END: the second word ending a clause
    the first words began earlier ("where does the expert software engineer lead?")."""
    hits = []
    for first, lasts, intent, weight in V.ASKED_AT_CLAUSE_END:
        for end in _clause_ends(tokens, ((first, lasts),)):
            hits.append(PhraseHit(intent, f"{' '.join(first)} … {tokens[end].text}", weight, end, end + 1))
    return hits


def _clause_ends(tokens: list[Token], table) -> list[int]:
    """Where a word of a (first words, last words) entry of `table` ends a
    clause that its first words began, with a word or more between them."""
    found = []
    texts = [t.text for t in tokens]
    for first, lasts in table:
        n = len(first)
        for i in range(len(tokens) - n + 1):
            # the first word, before the run's others: most words start no entry
            if n and texts[i] != first[0] or tuple(texts[i:i + n]) != first:
                continue
            end = clause_span(tokens, i).stop
            while end > i + n + 1 and tokens[end - 1].brk:
                end -= 1
            if end - 1 > i + n and tokens[end - 1].text in lasts:
                found.append(end - 1)
                break
    return found
