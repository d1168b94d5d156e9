"""A store-wide search asked again for other words, and whom "them" means after a fit.

"Roles with Jaeger", then "and New Relic?", "what about Kafka?", "Ansible
too?" (or "not MongoDB": those of them that don't say it): the same search of every role, for the new words, not a question
about the roles the first search happened to show (those are "which of
these …"). "And both?" and "Kafka as well?" want the last two terms
together. The conversation keeps the terms of the last searches
(`knowledge.Context.searched`); the words are asked afresh as "which roles
mention …", so they get every means of a search (spellings, "and"/"or").

After a candidate's fit ("… which role?", roles best first), "what would we
pay them" is about the person, so about the best fit (`Context.fitted`).
"""

from dataclasses import replace

from bot import context as C
from bot import vocabulary as V
from bot.answer import Answer
from bot.reading import Reading
from knowledge import Context

# Searches the conversation remembers: the last two, for "and both?".
SEARCHES_KEPT = 2
# Words that ask the last search again rather than name what to look for:
# "and", "what about", "how about", "same for", "… too?".
AGAIN_WORDS = {"and", "also", "now", "same", "ditto", "what", "how", "about", "bout", "abt", "for", "too", "then",
               "ok", "okay"}
# "… as well?": the term with the one searched before ("Kafka as well?").
WITH_LAST = (("as", "well"),)
# "and both?", "both together?": the last two terms searched, together.
BOTH_WORDS = {"both", "together"}
BOTH_FILLER = {"and", "what", "about", "how", "of", "them", "those", "these", "the", "for", "same"}
# "not MongoDB", "but not Redis", "without Kafka": the last search, less the
# roles that say the new words.
NARROWING_STARTS = {"not", "but", "without", "except", "excluding", "minus"}
# A reply longer than this (in words besides those above) asks something else.
MAX_TERM_WORDS = 3
# The question a search is asked again as: the store-wide search's own words.
SEARCH_QUESTION = "which roles mention {term}"
# "who does?", "which ones do then?" after a thing one role's documents don't
# say (`Context.term_asked`): every role searched for it. Only these words.
WHO_WORDS = {"who", "which", "whom", "anyone", "any", "anybody"}
WHO_DOES_WORDS = WHO_WORDS | {"does", "do", "has", "have", "needs", "need", "uses", "use", "mentions", "mention",
                              "lists", "list", "wants", "want", "requires", "require", "ones", "one", "roles", "role",
                              "jobs", "it", "that", "then", "so", "ok", "okay", "and", "else", "of", "them", "the"}
# A search for the roles that lack the terms ("which roles don't mention
# Kafka"): its terms are kept after this mark, and asked again so.
LACKING = C.SEARCH_LACKING
LACKING_QUESTION = "which roles don't mention {term}"


def searched_again(turn, r: Reading) -> Answer | None:
    """"And New Relic?", "what about gRPC?", "Ansible too?", "and both?"
    right after a search of every role's facts: that search, for the new
    words (with the last ones for "both", "as well"), across the store."""
    words = [t.text for t in r.tokens if not t.brk]
    if not words or r.roles or r.ambiguous is not None or r.missing or r.titles_without_profile \
            or turn.role_intent is not None:
        return None
    both = bool(set(words) & BOTH_WORDS) and set(words) <= BOTH_WORDS | BOTH_FILLER
    with_last = any(tuple(words[i:i + len(p)]) == p for p in WITH_LAST for i in range(len(words)))
    cue = r.cues()
    again = cue.again or words[-1] == "too" or with_last
    # "Terraform?" alone, a turn or two after the search: no pick of the roles shown ("the first one")
    bare = not r.intents.scores and not r.weak and len(words) <= MAX_TERM_WORDS and not cue.any \
        and not cue.correction and not cue.rest and not cue.others and cue.seniority is None and cue.step is None \
        and not all(w in V.FUNCTION_WORDS for w in words)
    narrowing = words[0] in NARROWING_STARTS and len(words) <= MAX_TERM_WORDS + 1 and not cue.group
    who_does = bool(set(words) & WHO_WORDS) and set(words) <= WHO_DOES_WORDS and len(words) > 1
    if who_does:
        return _who_does(turn, r)
    if not (both or again or bare or narrowing):
        return None
    context = turn.recall()
    if not context or not context.searched or context.choosing:
        return None
    lacking = context.searched[-1].startswith(LACKING)
    if both:
        if len(context.searched) < 2 or any(t.startswith(LACKING) for t in context.searched[-2:]):
            return None
        term = " and ".join(context.searched[-2:])
    else:
        if r.weak and any(m.profiled() for m in r.weak):
            return None  # "and the expert one?": a pick among the roles shown
        term = _new_words(r, NARROWING_STARTS if narrowing else frozenset())
        if not term or len(term.split()) > MAX_TERM_WORDS:
            return None
        if narrowing:  # "not mongodb" after the roles with DynamoDB: those of them that don't say MongoDB
            if lacking:
                return None
            term = f"{context.searched[-1]} but not {term}"
        elif with_last:  # "Redis as well?" after the roles lacking Kafka: both, as that search joins them
            term = f"{context.searched[-1].removeprefix(LACKING)} {'or' if lacking else 'and'} {term}"
    a = turn.assistant
    question = (LACKING_QUESTION if lacking else SEARCH_QUESTION).format(term=term)
    asked = a.read(question, a._role_index(a.knowledge.version))
    answer = a._respond(asked, lambda: None)
    if not asked.searched and not (narrowing and asked.rule == "across_roles"):
        return None  # the words read as something else than a term (a fact, a title): the other rules answer
    r.used_context = True
    r.searched = (*context.searched, *asked.searched)[-SEARCHES_KEPT:]  # a narrowing keeps the terms searched
    r.matched = asked.matched
    r.decision = f"the last search again, for '{term}': {asked.decision}"
    return answer


def _who_does(turn, r: Reading) -> Answer | None:
    """"Who does?" after "does expert swe need github actions?" was told its
    documents don't say it: the roles whose documents do, searched as
    "which roles mention GitHub Actions"."""
    context = turn.recall()
    if not context or not context.term_asked or context.choosing:
        return None
    a = turn.assistant
    asked = a.read(SEARCH_QUESTION.format(term=context.term_asked), a._role_index(a.knowledge.version))
    answer = a._respond(asked, lambda: None)
    if not asked.searched:
        return None
    r.used_context = True
    r.searched, r.matched = asked.searched, asked.matched
    r.decision = f"the thing asked last, of every role: '{context.term_asked}': {asked.decision}"
    return answer


def remembered(context: Context | None, answer: Answer, r: Reading, before: Context | None = None) -> Context | None:
    """`context`, with what a search or a fit leaves for the next question:
    the terms searched (also when no role mentions them), or that the roles
    shown were a candidate's fit. A follow-up about the roles a search found
    ("which of them pays more?") keeps its terms (`before`, the context it
    leaned on) while a list is on screen: it still came from that search.
    One role picked from it is what the next words are about."""
    if r.term_asked and context is not None:
        return replace(context, term_asked=r.term_asked)
    if r.searched:
        return replace(context or Context((), None), searched=tuple(r.searched[-SEARCHES_KEPT:]))
    if context is not None and before is not None and before.searched and r.used_context \
            and len(context.role_ids) > 1 and set(context.role_ids) <= set(before.role_ids) | set(before.listed):
        context = replace(context, searched=before.searched)
    if context is None:
        return None
    if r.rule == "candidate_fit" and answer.intent == V.HIRING and len(context.role_ids) > 1:
        return replace(context, intent=None, ranked=True, fitted=True)  # best fit first, as shown
    if r.rule == "candidate_fit" and answer.intent == V.HIRING:
        # one role fits: its fit was shown, not its hiring advice; judged for the candidate as one role asked is
        return replace(context, intent=None, fitted=True)
    if r.rule == "candidate_fit" and len(context.role_ids) == 1:
        return replace(context, fitted=True)  # one role judged for the candidate: "and global lead?" judges that one
    return context


def _new_words(r: Reading, also_skip=frozenset()) -> str | None:
    """The words to search for now, as typed ("New Relic" of "and New
    Relic?"): the reply without the words that ask again around them."""
    skip = AGAIN_WORDS | {w for p in WITH_LAST for w in p} | {"the"} | set(also_skip)
    kept = [i for i, t in enumerate(r.tokens) if not t.brk and t.text not in skip]
    if all(r.tokens[i].text in C.GROUP_WORDS or r.tokens[i].text in V.FUNCTION_WORDS for i in kept):
        return None  # "what about them?": the roles shown, not a term
    return r.words(kept[0], kept[-1] + 1).strip(" ?!.,") or None
