"""Follow-ups: questions that lean on what the conversation last showed.

`FollowUps`, mixed into the `Assistant`, answers "the first one", "and the
global one?", "which of them pays more?", "and then?", "IaC?" from the
conversation's context (`bot.context` reads the cues): a pick among the
roles shown (`_chosen`, `_pick_answer`), a reply to a question back
(`_answer_pending`), a ranking, filter or search among the roles in question,
and the items of the one role in question a short question points at. It is
apart because only these answers read the context, and `_follow_up` decides
by the words alone, before reading it, when a question is none of these.
"""

from typing import Callable
from dataclasses import replace

import re

from bot import compose, entry_points, impossible_numbers, level_mentions, pay_details, pay_parts, refining, search_terms, \
    shared_items, thresholds, title_words, within_role
from bot import context as C
from bot import vocabulary as V
from bot.answer import Answer
from bot.roles import RoleIndex
from bot.career import MAX_LINKS_SHOWN
from bot.fuzzy import singular
from bot.reading import ROLE_SUGGEST, Reading, band_width, one_extreme
from bot.rules import SEEDS_INTENTS, _from_postings
from bot.text import fold, tokenize
from bot.question_words import _stem
from bot.within_role import WITHIN_ROLE_MIN_SCORE
from bot.store_search import _matched
from bot.across_roles import EACH_ROLE_SHOWN, STATING_WORDS, VALUE_NOUNS, _money
from bot.pointing import listed_as, one_role_pointed_at

from knowledge import Context, role_key
from knowledge import sections as S


# A word of the question found whole in an item of the facet on screen scores
# at least log(1 + 1) ~ 0.69, however many of the role's items hold it ("anything
# about mentoring in there?" of a role that mentors everywhere); a prefix alone less.
TOPIC_SHOWN_MIN_SCORE = 0.69


# "what skills do they have in common?" names the facet shared; a weaker word ("what do the two
# have in common": "do", duties at 2) leaves it to what the roles were compared on.
SHARED_FACET_MIN_WEIGHT = 3


class FollowUps:
    """The `Assistant`'s answers that lean on the conversation (see the module's docstring)."""

    def _follow_up(self, r: Reading, recall: Callable[[], Context | None], role_intent: str | None) -> Answer | None:
        """A question that leans on what the conversation last showed (see
        `bot.context`): a reply to a question back, a pick among the roles
        shown ("the first", "the global one", "the other one"), the next
        step of a career path ("and then?"), a ranking, a pay filter or a
        search among the roles shown ("which of them …"), the role's items a
        short question points at ("which clouds?"), or something the role's
        documents mention ("IaC?"); and "which roles would 10 years fit?"
        of every role. None when it is none of these, and the conversation is
        then read only if needed."""
        cue = r.cues()
        if listed_as(r) is not None:
            return None  # "the first one you listed, Director of Engineering - which other role lists it as a
            # next step?": the title named, asked of every role, no pick among those shown
        if not r.roles and (asked := pay_details.asked(r.tokens)) and \
                (details := self._pay_details(r, recall, cue, *asked)) is not None:
            return details
        if (paths := self._paths_into_again(r, recall, cue, role_intent)) is not None:
            return paths
        if (required := self._whether_required(r, recall)) is not None:
            return required
        if not r.roles and r.ambiguous is None and not r.missing and _about_it_alone(r) \
                and (said := self._said_about_it(r, recall)) is not None:
            return said  # "what does that doc say exactly about it?": the topic just asked, in its words
        if not r.roles and (track := _track_said(r)) and (found := self._career_level_shown(r, recall, track)):
            return found  # "and the leadership track?" with career links on screen: the links on that track
        # "which of them mentors senior and principal engineers?": titles
        # asked about among the roles on screen, not roles to answer for
        among_titles = cue.which and cue.group and not r.roles
        if not cue.which and cue.more is None and (group := self._roles_named_in_plural(r)) \
                and (context := recall()) and context.role_ids and not context.choosing:
            # "and for both of the lead roles?", "same for both leads": every role the title word names,
            # on what was asked (else what the conversation was about), not one of them picked
            asked = role_intent or C.still_asked(context)
            r.used_context = True
            r.decision = f"every role the title word said in the plural names, on {asked or 'the essentials'}"
            r.intents_asked = r.intents_asked or ((asked,) if asked else ())
            return compose.compare(asked, [self._profile(i) for i in group], 0.8, asked=r.text)
        if len(r.roles) > 1 or (r.missing and not among_titles):
            return None
        if len(r.roles) == 1:
            if role_intent is not None or not (context := recall()) or not context.choosing:
                return None
            r.used_context = True
            r.decision = "a reply to a question back: the role named, for what it asked"
            return self._pick_answer(r, r.roles[0], role_intent, context, r.role_scores[0])
        if not r.roles and (r.excluded or title_words.lacking(r.text)) and not cue.which and (context := recall()) \
                and len(shown := C.shown_list(context)) > 1 \
                and len(left := self._not_set_aside(r, shown)) == 1 and len(left) < len(shown):
            # "and the one that's not expert?", or "not the global one" to a question back: of the roles
            # shown, the one not named (a reply to a question back answers what it asked)
            r.used_context = True
            r.decision = "the role shown that the pick does not name"
            return self._pick_answer(r, left[0], role_intent, context, 0.8)
        if not r.roles and r.ambiguous is None and (again := self._capacity_again(r, recall)) is not None:
            return again  # "and as a lead?", "how much of it as senior?": the fact just shown, again
        if cue.which_store and role_intent in (None, V.EXPERIENCE) and thresholds.read(r.text) is None and \
                (asked := C.years(r.tokens[r.preamble:], False)) is not None:  # "which roles would 10 years fit then?"
            return self._years_fit(r, self.knowledge.roles(), asked)
        short = len([t for t in r.tokens if not t.brk and t.text not in V.FUNCTION_WORDS]) <= C.MAX_PICK_WORDS
        level_words = C.SENIOR_WORDS | C.JUNIOR_WORDS  # "which is more junior?": no role named "junior"
        index = self._role_index(self.knowledge.version)
        weak = [m for m in r.weak if not all(t.text in level_words for t in r.tokens[m.start:m.end])
                and not _guessed_title(m, r, index)]
        store_wide = (r.ambiguous is not None or weak) and not among_titles or (cue.store and not cue.group) or cue.others \
            or _who_of_the_store(r)
        if store_wide and weak and r.ambiguous is None and role_intent is None and not r.intents.scores \
                and not any(m.profiled() for m in weak) and (context := recall()) and len(context.role_ids) == 1 \
                and not context.choosing and (found := self._within_topic_shown(
                    r, self._profile(context.role_ids[0]), context.intent or context.facet_shown or None)):
            return found  # "does mechanical engineering count?" after the fields of study: no title asked
        if not r.roles and r.ambiguous is None and role_intent in (None, *C.CAREER_INTENTS) \
                and (levels := _levels_said(r)) \
                and (found := self._career_level_shown(r, recall, levels)) is not None:
            return found  # "any from principal?" with career links on screen: the links at that level
        if store_wide and not _may_pick(r, cue) and not cue.rest:
            return None  # the exit below, decided by the words alone: the conversation is not read
        context = recall() if role_intent in V.POSTING_INTENTS else None
        if context and context.role_ids and not any(
                _from_postings(p) for p in (self._profile(i) for i in context.role_ids + context.earlier_role_ids)
                if p is not None):
            # a posting's facet ("on call") the conversation's roles' documents never have: what the seeds'
            # facets make of the words, as for a role named ("allow remote?": its perks and working arrangements);
            # the roles before the last answer count ("does the lead role allow remote?" may pick one of them)
            role_intent = self._role_intent(r, SEEDS_INTENTS)
        if not (cue.any or r.ambiguous is not None or r.weak or (short and (r.unknown_words or role_intent is None))):
            return None
        context = context or recall()
        if not context or not context.role_ids:
            return None
        if context.choosing and not r.roles and C.declined(r.tokens):
            return self._declined(r)
        if (several := self._places_picked(r, context, cue, role_intent)) is not None:
            return several  # "1 and 3", "the first and the last", "the first two" of a list
        if cue.count is not None and not context.choosing and len(C.shown_list(context)) <= cue.count[1]:
            return self._few_listed(r, context, *cue.count)  # "top 2" of a list of one
        if cue.count is not None and context.intent in (V.SALARY, V.EXPERIENCE) and \
                (context.ranked or len(C.shown_list(context)) > len(context.role_ids)):  # after a pick from a ranking
            return self._ranking_end(r, context, *cue.count)
        # all of a ranking for "which of them", "and least?"; else its first
        ids = list(context.role_ids if cue.which or cue.more is not None else C.in_question(context, cue))
        if cue.more is not None and short and len(ids) == 1 and len(C.shown_list(context)) > 1:
            ids = list(C.shown_list(context))  # "and the worst?" after a pick from a ranking: that ranking
        mention = r.ambiguous or (r.weak[0] if len(r.weak) == 1 else None)
        loose = ([r.ambiguous] if r.ambiguous is not None else []) + [m for m in r.weak if m is not r.ambiguous]
        if len(loose) > 1 and all(C.kind_of_role(r.tokens, m.start, m.end) for m in loose):
            mention = loose[0]  # "years in a senior or lead role": two title words, one kind of role
        if mention is not None and len(ids) == 1 and (kind := C.kind_of_role(r.tokens, mention.start, mention.end)):
            profile = self._profile(ids[0])  # "how much of that in a lead role?": its items about lead roles
            ranked = within_role.rank(profile, {_stem(w) for w in kind}) if profile is not None else None
            if ranked is not None and ranked.best >= WITHIN_ROLE_MIN_SCORE:
                r.used_context = True
                r.decision = f"the role in question's items about {' '.join(kind)}"
                ranked = self._preferred_first(r, profile, False, None, ranked)  # "… the leadership pref?"
                r.ranked, r.topic = ranked.items, ranked.words
                return within_role.answer(profile, ranked, 0.8)
        if (rest := self._the_rest(r, context, cue, role_intent)) is not None:
            return rest
        if len(context.role_ids) > 1 and not context.choosing and not r.roles \
                and shared_items.asked([t.text for t in r.tokens]) \
                and (asked := role_intent if r.intents.scores.get(role_intent, 0.0) >= SHARED_FACET_MIN_WEIGHT
                     else C.still_asked(context)) in compose.ROLE_SECTIONS:
            return self._shared(r, context, asked)  # "what do they have in common there?", "… skills in common?"
        chosen = self._chosen(r, context, cue)
        picked_span = None  # the words that picked a role by what its documents say
        if chosen is None and (cue.by_word or _said_after_one(r)) and not r.roles and not cue.only:
            # "the Kafka one", "the one that's remote" ("only the remote ones" narrows)
            chosen, picked_span = self._picked_by_term(r, context) or (None, None)  # "the New Relic one — remote?"
        if chosen is not None and picked_span is not None:
            # "what does the remote one pay?": "remote" picked the role; what is asked is the rest
            besides, weight = r.intents.without([picked_span]).top(list(V.ROLE_INTENTS))
            role_intent = besides if weight >= V.INTENT_MIN_WEIGHT else None
        if chosen is None and cue.other and r.ambiguous is None and not r.weak and (
                len(context.role_ids) == 2 or len(context.role_ids) > 2 and C.other_one(r.tokens)):
            # "the other one" of a pair (or a list) shown, none answered for before: ask which
            r.used_context = True
            r.decision = "'the other one' of roles shown, none picked before: ask which"
            titles = [self.knowledge.role(i).title for i in context.role_ids if self.knowledge.role(i) is not None]
            return compose.clarify(None, [(title, title) for title in titles], 0.5)
        if chosen is None and cue.other and r.ambiguous is None and not r.weak and not context.choosing \
                and C.other_one(r.tokens) and (left := C.others_left(context)):
            # "and the other one, years" after one role picked from three: it names none of the
            # two left, and both answered side by side costs the asker less than a question back
            asked = role_intent or C.still_asked(context)
            r.used_context = True
            r.decision = f"'the other one' of a list, one picked: the roles left, on {asked or 'the essentials'}"
            r.intents_asked = r.intents_asked or ((asked,) if asked else ())
            return compose.compare(asked, [self._profile(i) for i in left], 0.8)
        picked_by = {V.EXPERIENCE} if cue.seniority is not None else C.CAREER_INTENTS if cue.step else \
            {V.SALARY} if _pay_only_picks(r, cue) else set()
        if chosen is not None and role_intent in picked_by:
            # "the less experienced one's skills", "the next one down", "years for the better paid one":
            # the words picked the role, not the fact asked
            besides, weight = r.intents.top([i for i in V.ROLE_INTENTS if i not in picked_by])
            role_intent = besides if weight >= V.INTENT_MIN_WEIGHT else \
                role_intent if cue.seniority is not None or V.SALARY in picked_by else None  # "the better paid one?": its pay
        if chosen is not None and self.knowledge.role(chosen) is not None:
            r.used_context = True
            if r.intents.has(V.COMPARE) and chosen not in ids and not context.choosing:
                # "how does it compare with the other lead role?": the role in question beside the one picked
                asked = role_intent or C.still_asked(context)
                r.decision = f"the role in question compared with the one picked, on {asked or 'the essentials'}"
                r.intents_asked = r.intents_asked or ((asked,) if asked else ())
                return compose.compare(asked, [self._profile(i) for i in [*ids, chosen]], 0.8, asked=r.text)
            r.decision = "the role picked among those last shown"
            picked = self._pick_answer(r, chosen, role_intent, context, 0.8)
            if r.unplaced:  # "the least experienced one" of roles some of which state no years: said first
                names = compose._names(list(r.unplaced))
                said = f"{names} {'states' if len(r.unplaced) == 1 else 'state'} no years of experience, so " \
                       f"{'it is' if len(r.unplaced) == 1 else 'they are'} not placed."
                picked = replace(picked, summary=" ".join(filter(None, (said, picked.summary))))
            return picked
        if (narrowing := self._narrowed(r, context, cue)) is not None:
            return narrowing
        if context.choosing and cue.plural and not cue.which and role_intent is None and len(ids) > 1 \
                and not cue.correction and not any(t.text in C.REFUSING_WORDS for t in r.tokens) \
                and (asked := C.still_asked(context)):  # "both" to "Which role do you mean?": each, compared
            r.used_context = True
            r.decision = f"every role offered, compared on {asked}"
            r.intents_asked = (asked,)
            return compose.compare(asked, [self._profile(i) for i in ids], 0.8)
        if store_wide:
            return None  # "which roles list Rust?", "who else …" ask the whole store, not the roles on screen
        # "those two", "which pays more", "which one": with the role before it;
        # not "which clouds", which asks about the one role's own items.
        widened = len(ids) == 1 and (cue.plural or cue.which and (cue.group or cue.more is not None
                                                                   or C.years(r.tokens, False) is not None))
        if widened:
            ids = [i for i in context.earlier_role_ids if i not in ids] + ids
        roles = [role for role in (self.knowledge.role(i) for i in ids) if role is not None]
        if not roles:
            return None
        # "only those with a salary listed": the facet named (not a value of it: "only the remote ones"),
        # a fact the documents state, no word to search
        facet_named = role_intent is not None and (any(t.text in STATING_WORDS for t in r.tokens) or all(
            p in V.FACET_NAMES for p in r.intents.phrases(role_intent)))
        if cue.only and len(roles) > 1 and facet_named and not set(r.unknown_words) - STATING_WORDS \
                and (stating := self._roles_stating(roles, role_intent)):
            topic, having = stating
            r.used_context = True
            r.decision = f"the roles shown, narrowed to those whose documents state their {topic}"
            return compose.roles_stating(role_intent, topic, having, len(roles),
                                         summary=f"{len(having)} of the {len(roles)} roles shown state their {topic}.",
                                         confidence=0.8)
        if cue.only and len(roles) > 1 and (narrowing := self._narrowed(r, context, cue)) is not None:
            return narrowing  # "only the ones paying over 230k": a threshold, not words to look up
        if cue.only and len(roles) > 1 and (found := self._search_among(r, roles, [" ".join(cue.only), *cue.only])):
            r.used_context = True  # "only the remote ones": the roles on screen whose documents say it
            return found
        then = cue.then if cue.then is not None or context.intent not in C.CAREER_INTENTS else cue.direction
        if then is not None and role_intent in (None, V.CAREER_NEXT if then else V.CAREER_ENTRY):
            back = not then  # "and before that?", "and down?" after a career path
            if then and context.choosing and context.target and \
                    (past := self._past_unknown_title(r, context.target)) is not None:
                return past  # "and then?" after a title the store lacks: past the role it leads into
            return self._next_step(r, context, roles[0], back) \
                or (not back and context.intent == V.CAREER_NEXT and self._further_along(r, roles[0])) \
                or self._next_step_missing(r, roles[0], back)
        if role_intent in (None, V.EXPERIENCE) and \
                (asked := C.years(r.tokens, V.EXPERIENCE in (role_intent, context.intent))) is not None:
            return self._years_fit(r, roles, asked)
        among = len(roles) > 1 and (cue.which or cue.group or cue.more is not None and short)
        facet = next((i for i in (role_intent, context.intent) if i in (V.SALARY, V.EXPERIENCE)), None) or \
            (V.SALARY if among and cue.which  # "which one is cheaper (to hire)?"; "the cheapest of those - remote?" picks
             and any(t.text in V.COST_WORDS for t in r.tokens) else None)
        if len(roles) == 1 and cue.which and cue.group and cue.more is not None and facet and \
                (context.bounds or context.intent is None) and not context.choosing:
            # "which of those pays least?" after a list that found one role: that role, not the whole store
            r.used_context = True
            r.decision = f"rank the one role listed by {facet}"
            return compose.ranking(facet, tuple(roles), highest=cue.more, confidence=0.8)
        highest = cue.more
        if cue.level is not None and cue.more is not None and role_intent in (None, V.EXPERIENCE):
            # "which is more senior / junior": ranked by experience, whatever was asked before
            facet, highest = V.EXPERIENCE, cue.more == (cue.level > 0)
        if among and cue.which and facet and search_terms.negation_at(r.tokens, r.intents.used) is not None \
                and all(w in V.NEGATION_WORDS or w.endswith("n't") or w in VALUE_NOUNS for w in r.unknown_words):  # "which one has no figure?"
            # "which of them has no range?" after pay side by side: the roles shown that state none (a
            # ranking sets those apart, `Context.unplaced`), not a search for the words
            roles += [role for role in (self.knowledge.role(i) for i in context.unplaced) if role and role not in roles]
            topic, having = self._roles_stating(roles, facet)
            lacking = [role for role in roles if role not in having]
            r.used_context = True
            r.decision = f"the roles shown whose documents don't state their {topic}"
            return compose.roles_without(topic, lacking, len(having), 0.8,
                                         title=f"Of the roles shown, {topic} not stated")
        amount = _money(r.text) if among and cue.which and facet == V.SALARY else None
        if amount:
            r.used_context = True
            r.decision = f"which of the roles shown pay above {amount}"
            return compose.salary_filter(tuple(roles), amount, True, 0.8)
        if among and facet == V.SALARY and (width := band_width(r)) is not None:
            r.used_context = True  # "which of them has the widest band?"
            r.decision = f"rank the roles shown by the width of their pay band: {width} first"
            return compose.band_ranking(tuple(roles), widest=width == "highest", confidence=0.8)
        if among and cue.more is not None and facet == V.SALARY and not compose.paid_alike(roles):
            r.used_context = True  # "which pays more?" of CHF a year and GBP an hour: shown, not ranked
            r.decision = "the roles shown are paid in different currencies or periods: compared, not ranked"
            return compose.compare(V.SALARY, [self._profile(role.id) for role in roles], 0.8)
        if among and cue.more is not None and facet:
            r.used_context = True
            end = thresholds.end_named(r.text) if facet == V.SALARY else None  # "and more at the bottom?": the floors
            r.decision = f"rank the roles shown by {facet}" + (f" (the {end} of each range)" if end else "")
            return compose.ranking(facet, tuple(roles), highest=highest, confidence=0.8, end=end,
                                   extreme_only=_one_end_picked(r))  # "the lowest paid of those": its figures alone
        if widened and short and not role_intent and not cue.which:  # "both" after one of two roles
            role_intent = C.still_asked(context)
        if widened and role_intent and len(roles) > 1 and not cue.which:
            r.used_context = True
            r.decision = f"follow-up on the last two roles: compare on {role_intent}"
            return compose.compare(role_intent, [self._profile(role.id) for role in roles], 0.8)
        picking = cue.position is not None or cue.yes or cue.other  # "the second one": no topic
        if len(roles) == 1 and not picking and not self._asks_clearly(r, role_intent) and \
                (found := self._within_topic_shown(r, self._profile(roles[0].id),
                                                    context.intent or context.facet_shown or None)):
            return found  # the facet on screen first: "anything about mentoring in there?"
        if len(roles) == 1 and short and role_intent is None and not picking and not _asked_of_the_store(r) and \
                (found := self._within_context_role(r, self._profile(roles[0].id))):
            return found
        if len(roles) == 1 and role_intent is None and not picking and not context.choosing \
                and (any(t.text in V.PRONOUNS for t in r.tokens) or C.one_role_noun([t.text for t in r.tokens])) \
                and r.unknown_words and (found := self._within_context_role(r, self._profile(roles[0].id))):
            return found  # "which managed Kubernetes services does it (the role) name?": its items that say them
        # A fact asked of the one role in question ("how many years of golang?",
        # "could they move into management?") is answered as if the role were
        # named, with its items the other words name (`rules.conversation_follow_up`),
        # not by a search for those words; unless they could be a title the
        # store lacks ("which CI tools?"): only a search among the roles in
        # question answers those, with the items that say them, else it is
        # said to be missing.
        # Of several roles too, a facet asked clearly with a word narrowing it ("preferred leadership
        # experience for each") is that facet of each, led by the word's items, not a search for the word.
        # After roles compared side by side, "and leadership experience preferred?" asks each again, as "for both" does.
        compared = len(context.role_ids) > 1 and context.intent is not None and not context.ranked \
            and not context.choosing and not context.bounds
        searched = r.unknown_words and (not self._asks_clearly(r, role_intent)
                                        or len(roles) > 1 and not ((cue.group or compared) and role_intent is not None)
                                        or index.looks_like_title(self._unknown_name(r)))
        if (among and cue.which) or (short and (searched or role_intent is None)):
            # A short question as typed ("on-call?"), its words as a whole, else its
            # unknown words one by one, last first ("which of those two lists C++?").
            typed = (r.display or r.text).strip(" ?!.,") if short else None
            start = C.topic_start(r.tokens)
            after = r.words(start, len(r.tokens)).strip(" ?!.,") if start is not None else None
            verbs = C.verbs(r.tokens)  # "where do they go after?": 'go' is what they do, not Go
            terms = [term for term in (typed, after, self._search_term(r, skip=verbs)) if term] + \
                [w for w in reversed(r.unknown_words) if w not in verbs]
            if among and cue.which:  # "which of them is remote?": the word a facet was asked by, said of some
                terms += [t.text for i, t in reversed(list(enumerate(r.tokens))) if r.intents.used[i] and not t.brk
                          and t.text not in V.FUNCTION_WORDS and t.text not in C.GROUP_WORDS | C.WHICH_WORDS]
            found = self._search_among(r, roles, terms)
            r.used_context = found is not None
            return found
        return None

    def _whether_required(self, r: Reading, recall: Callable[[], Context | None]) -> Answer | None:
        """"Do they really insist on it?", "is that mandatory?" after one
        role's education, experience or skills: whether the thing just shown
        is required, answered by that facet again, whose answer sets what the
        role requires apart from what it prefers (and its own words on it, "we
        value skills and experience over formal degrees"). Not "does it
        require Kafka?": a thing of its own is asked."""
        words = {t.text for t in r.tokens if not t.brk}
        if r.roles or r.ambiguous is not None or r.missing or not words & REQUIRED_ASKS \
                or not words & POINTING_AT_THE_THING \
                or any(w not in V.FUNCTION_WORDS | REQUIRED_ASKS | POINTING_AT_THE_THING | V.HEDGE_WORDS for w in words) \
                or not (context := recall()) or len(context.role_ids) != 1 \
                or (asked := C.still_asked(context)) not in REQUIREMENT_FACETS \
                or (profile := self._profile(context.role_ids[0])) is None:
            return None
        r.used_context = True
        r.decision = f"whether what was shown is required: the role in question's {asked} again"
        return self._role_answer(asked, profile, 0.8)

    def _said_about_it(self, r: Reading, recall: Callable[[], Context | None]) -> Answer | None:
        """"What does that doc say exactly about it?" after items of a role
        about a topic (or roles compared on it): the items of the role in
        question (the first of those shown: "that doc" is one) that say the
        topic's words, as asking the topic again of it would; None when the
        last answer had no topic."""
        context = recall()
        if not context or context.choosing or not context.role_ids or not (topic := C.topic_again(context)):
            return None
        profile = self._profile(context.role_ids[0])
        ranked = within_role.rank(profile, set(topic)) if profile is not None else None
        if ranked is None or ranked.best < WITHIN_ROLE_MIN_SCORE:
            return None
        r.used_context = True
        r.decision = f"what the role in question's documents say of the topic asked before: {', '.join(ranked.words)}"
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, 0.8)

    def _shared(self, r: Reading, context: Context, asked: str) -> Answer:
        """The roles on screen compared again on what they were compared on,
        led by the items all of them say (`bot.shared_items`)."""
        profiles = [p for p in (self._profile(i) for i in context.role_ids) if p is not None]
        common = shared_items.shared(profiles, asked)
        r.used_context = True
        r.decision = f"what the roles compared have in common, on {asked}"
        r.intents_asked = (asked,)
        answer = compose.compare(asked, profiles, 0.8)
        topic = compose.ROLE_SECTIONS[asked][0]
        listed = common[0] if len(common) == 1 else ", ".join(common[:-1]) + " and " + common[-1] if common else ""
        said = f"In common ({topic}): {listed}." if common else \
            f"They have nothing in common on {topic}."
        return replace(answer, summary=said)

    def _not_set_aside(self, r: Reading, shown) -> list[int]:
        """The roles shown that a pick does not set aside: those it names after
        "not" ("not the global one") or by the word its titles lack ("the one
        without Lead in its name") are left out."""
        aside = set(r.excluded)
        if (word := title_words.lacking(r.text)) is not None:
            roles = [role for i in shown if (role := self.knowledge.role(i)) is not None]
            aside |= {role.id for role in title_words.titled(word, roles)}
        return [i for i in shown if i not in aside]

    def _capacity_again(self, r: Reading, recall: Callable[[], Context | None]) -> Answer | None:
        """A follow-up that adds only the capacity someone held ("and as a
        lead?", "how much of it as senior?") to the fact just shown of one
        role: that fact again, whose items say what it asks of that capacity
        (its years as a lead are among its experience); None else."""
        spans = [span for i in range(len(r.tokens)) if (span := level_mentions.capacity_at(r.tokens, i))]
        if len(spans) != 1:
            return None
        start, end = spans[0]
        rest = [t.text for i, t in enumerate(r.tokens) if not (start <= i < end) and not t.brk
                and t.text not in V.FUNCTION_WORDS and t.text not in QUANTITY_ASKS]
        if rest:
            return None
        context = recall()
        if not context or len(context.role_ids) != 1 or context.choosing \
                or (intent := C.still_asked(context)) is None or (profile := self._profile(context.role_ids[0])) is None:
            return None
        r.used_context = True
        r.decision = "the fact just shown, asked again of a capacity held"
        return self._role_answer(intent, profile, 0.8)

    def _pay_details(self, r: Reading, recall: Callable[[], Context | None], cue: C.Cues,
                     periods: set[str], topics: set[str]) -> Answer | None:
        """"Is that per year?", "base or total?", "before tax?" after pay was
        shown: the pay of the roles in question again, led by what their
        documents say of it (`bot.pay_details`); None after anything else.
        An overview shows the range at a glance, so what it is is asked of it
        too; a part of pay ("what about equity?") is then the role's own
        question, as if named."""
        context = recall()
        of_range = not topics & pay_details.PAY_PART_TOPICS
        if not context or context.intent not in ((V.SALARY, V.OVERVIEW) if of_range else (V.SALARY,)) \
                or context.choosing:
            return None
        roles = [role for role in (self.knowledge.role(i) for i in C.in_question(context, cue)) if role is not None]
        if not roles:
            return None
        r.used_context = True
        r.decision = "what the documents say of the pay shown"
        if len(roles) == 1:  # equity, a bonus: what any of its documents say of it (`bot.pay_parts`, below)
            topics = topics - pay_details.PAY_PART_TOPICS
        said = " ".join(pay_details.said(role.title, role.salaries, periods, topics) for role in roles)
        if len(roles) == 1:
            answer = self._role_answer(V.SALARY, self._profile(roles[0].id), 0.8)
        else:
            answer = compose.compare(V.SALARY, [self._profile(role.id) for role in roles], 0.8)
        answer = replace(answer, summary=" ".join(filter(None, (said, answer.summary))))
        return pay_parts.with_pay_parts(r, self._profile(roles[0].id), answer) if len(roles) == 1 else answer

    def _declined(self, r: Reading) -> Answer:
        """"Neither", "none of those" to a question back: nothing is picked,
        the question it kept is dropped, and the roles there are are listed."""
        r.used_context = True
        r.decision = "a question back declined: the roles there are instead"
        return compose.list_roles(self.knowledge.roles(), summary="None of those, then. These are the roles I have; "
                                                                   "ask about any of them by name.")

    def _ranking_end(self, r: Reading, context: Context, top: bool, n: int) -> Answer:
        """"Top 2?", "the bottom three" after a ranking: its first (last) `n`
        roles, ranked again on what it ranked; after a cut of a ranking ("top 3",
        then "the bottom two"), of the ranking it was cut from."""
        shown = context.role_ids if context.ranked else C.shown_list(context)
        if set(shown) < set(context.earlier_role_ids):
            shown = context.earlier_role_ids
        roles = tuple(role for role in (self.knowledge.role(i) for i in shown) if role is not None)
        order = compose.ranking(context.intent, roles, highest=True, confidence=0.8).roles
        kept = set(order[:n] if top else order[-n:])
        r.used_context = True
        r.decision = f"the {'top' if top else 'bottom'} {n} of the ranking shown"
        return compose.ranking(context.intent, tuple(role for role in roles if role.title in kept),
                               highest=top, confidence=0.8)

    def _places_picked(self, r: Reading, context: Context, cue: C.Cues, role_intent: str | None) -> Answer | None:
        """"1 and 3", "the first and the last", "compare the second and
        third" after a list: those roles side by side, on what is asked now or
        was asked last. "The first two" ("last 3") picks by place only in a
        list shown in no order of its own: of a ranking, `_ranking_end` cuts it
        again. None when a place is past the end of the list."""
        if not cue.positions or r.roles:
            return None
        options = C.shown_list(context)
        if len(options) == 1 and not context.choosing and len(context.earlier_role_ids) == 1 and \
                context.earlier_role_ids != options:
            options = context.earlier_role_ids + options  # one role, then another: in the order asked
        few = cue.count is not None
        if few and (context.ranked or len(options) <= len(cue.positions)):
            return None
        if len(options) < 2 or not all(-len(options) <= p < len(options) for p in cue.positions):
            return None
        ids = list(dict.fromkeys(options[p] for p in cue.positions))
        profiles = [p for p in (self._profile(i) for i in ids) if p is not None]
        if len(profiles) < 2:
            return None
        asked = role_intent or C.still_asked(context)
        r.used_context = True
        r.listed = options  # "and the third?" next goes on along the same list
        r.decision = f"the roles at places {', '.join(str(p + 1 if p >= 0 else p) for p in cue.positions)} " \
                     f"of those shown, on {asked or 'the essentials'}"
        r.intents_asked = r.intents_asked or ((asked,) if asked else ())
        return compose.compare(asked, profiles, 0.8)

    def _few_listed(self, r: Reading, context: Context, top: bool, n: int) -> Answer | None:
        """"Top 2", "the bottom three" of a list of no more roles than that
        (a filter or search that found one): all of it, saying there are no more."""
        roles = tuple(role for role in (self.knowledge.role(i) for i in C.shown_list(context)) if role is not None)
        if not roles:
            return None
        r.used_context = True
        r.decision = f"the {'top' if top else 'bottom'} {n} of a list of {len(roles)}"
        only = f"There is only one role in that list: {roles[0].title}." if len(roles) == 1 else \
            f"There are only {len(roles)} roles in that list, so that is all of them."
        facet = context.intent if context.intent in (V.SALARY, V.EXPERIENCE) else \
            next((V.SALARY if b[0] == V.SALARY else V.EXPERIENCE for b in context.bounds), None)  # (facet, …): `refining.Bound`
        if facet:
            answer = compose.ranking(facet, roles, highest=top, confidence=0.8)
        else:
            answer = replace(compose.list_roles(roles), title="The roles in that list")
        return replace(answer, summary=only if len(roles) == 1 else f"{only} {answer.summary or ''}".strip())

    def _the_rest(self, r: Reading, context: Context, cue: C.Cues, role_intent: str | None) -> Answer | None:
        """"And the others?", "what about all the other roles?" after a fact
        of one role (or a few): that fact, or the one now asked, for every
        other role, side by side while the store is small enough to show them."""
        placed = C.placed_in_range(r.tokens)  # "any other role in range for 9 years?": the others' years
        if not (cue.rest or placed and _other_roles_said(r)) or r.roles or r.ambiguous is not None \
                or context.choosing or not context.role_ids:
            return None
        asked = role_intent or C.still_asked(context)
        others = [role.id for role in self.knowledge.roles() if role.id not in context.role_ids]
        if placed and others and (years := C.years(r.tokens, True) or context.candidate_years) is not None:
            # "which other roles' ranges would 13 land in?": the others whose years take them
            return self._years_fit(r, [self.knowledge.role(i) for i in others], years)
        if asked is None or not 0 < len(others) <= EACH_ROLE_SHOWN:
            return None
        r.used_context = True
        r.intents_asked = (asked,)
        r.decision = f"every role but those in question, on {asked}"
        if len(others) == 1:
            return self._role_answer(asked, self._profile(others[0]), 0.8)
        return compose.compare(asked, [self._profile(i) for i in others], 0.8)

    def _paths_into_again(self, r: Reading, recall: Callable[[], Context | None], cue: C.Cues,
                          role_intent: str | None) -> Answer | None:
        """"Roles that lead to Chief Architect", then "and to Engineering
        Manager?" ("what about director of engineering?"): the same question
        of the title now named, across the store, not a search of the roles shown."""
        if not cue.again or cue.by_word or role_intent is not None or len(r.roles) > 1 \
                or not (r.roles or r.titles_without_profile):
            return None  # "the expert one" picks among the roles shown
        context = recall()
        target = self.knowledge.role(r.roles[0]).title if r.roles else r.titles_without_profile[0]
        if not context or not context.target or role_key(target) == role_key(context.target) or context.choosing:
            return None  # after a title the store lacks (a question back), its target is no list of paths into it
        links = self.knowledge.career_links(title_key=role_key(target), limit=MAX_LINKS_SHOWN)
        linked = {link.role_id: found for link in links if (found := self.knowledge.role(link.role_id))}
        r.used_context, r.target = True, target
        r.decision = f"career target again: roles leading to {target}"
        return compose.career_into(target, links, linked, 0.8, entry_points.ways_in(self, target, links))

    def _narrowed(self, r: Reading, context: Context, cue: C.Cues) -> Answer | None:
        """"Which roles pay over 200k?" then "and under 230k?" ("any of them
        under 10 years?"): a threshold that narrows the list shown, said
        beside the ones it met already (`bot.refining`)."""
        limit = thresholds.read(r.text)
        if limit is None or context.choosing or not context.role_ids:
            return None
        threshold, years = limit
        if (typed := impossible_numbers.said(r.text, years, r.display)) is not None:  # "and under 1e6?": no filter at all
            r.used_context, r.decision = True, f"no narrowing: {typed} can be neither pay nor years"
            return impossible_numbers.answer(typed, years=years is not None)
        before = refining.bounds_of(context.bounds)
        if years is None and before and before[-1].facet == refining.YEARS and not _MONEY_SAID.search(r.text):
            years = next((float(w) for w in r.unknown_words + [t.text for t in r.tokens] if w.isdigit()), None)
        amount = years if years is not None else _money(r.text)
        if not amount:
            return None
        if not before and not (len(context.role_ids) > 1 and (cue.which or cue.group or cue.again)):
            return None
        bound = refining.new_bound(refining.YEARS if years is not None else refining.SALARY, threshold, amount, before)
        if len(refining.kept(bound, before)) < len([b for b in before if b.facet == bound.facet]) \
                and not (cue.only and refining.tightens(bound, before)):
            # "at least 250k", then "what about at least 200k?": asked again of every role; but
            # "only the ones over 230k" after "over 200k" keeps to the roles shown
            return None
        roles = tuple(role for role in (self.knowledge.role(i) for i in context.role_ids) if role is not None)
        r.used_context = True
        r.bounds = tuple(b.stored() for b in (*refining.kept(bound, before), bound))
        r.decision = f"the roles shown, narrowed to {bound.said()} (the {bound.end} compared)"
        return refining.narrowed(roles, bound, before, 0.8)

    def _next_step_missing(self, r: Reading, role, back: bool = False) -> Answer | None:
        """"and then?" ("and before that?") past the roles the store has: its
        next (previous) step is a role with no profile here, said so with
        where it appears in career paths."""
        kind = S.CAREER_ENTRY if back else S.CAREER_ADVANCEMENT
        nexts = self.knowledge.career_links(kind=kind, role_id=role.id, limit=MAX_LINKS_SHOWN)
        if not nexts:
            return None
        name = nexts[0].title
        r.used_context = True
        r.decision = f"the {'step before' if back else 'next step'} of {role.title}, {name}, is no role the store has"
        return compose.unknown_role(name, self._close_roles(name), self._appears_in(name))

    def _career_level_shown(self, r: Reading, recall: Callable[[], Context | None],
                            levels: list[str]) -> Answer | None:
        """"Any from principal?", "the staff one?" with one role's career links
        on screen: its links of the section shown that name the level, first,
        then the rest of them as shown before. A level word is no topic to
        search every role for; None when no link on screen names it."""
        context = recall()
        if not context or len(context.role_ids) != 1 or context.choosing or context.intent not in C.CAREER_INTENTS \
                or context.intent not in compose.ROLE_SECTIONS or (profile := self._profile(context.role_ids[0])) is None:
            return None
        sections = compose.ROLE_SECTIONS[context.intent][1]
        shown = [f for f in profile.facts if f.section in sections and f.text]
        said = [f for f in shown if any(re.search(rf"(?<![a-z]){re.escape(w)}", f.text, re.I) for w in levels)]
        if not said or len(said) == len(shown):
            return None
        r.used_context = True
        r.decision = f"the career links on screen at the level named: {', '.join(levels)}"
        usual = self._role_answer(context.intent, profile, 0.8)
        first = compose.Section(f"At the {' / '.join(levels)} level", tuple(
            compose.Item(f.text, source=f.source) for f in said))
        return replace(usual, sections=(first, *usual.sections),
                       summary=f"{profile.role.title} moves on to {_or_list([f.text for f in said])}."
                       if context.intent == V.CAREER_NEXT else usual.summary)

    def _within_context_role(self, r: Reading, profile) -> Answer | None:
        """"which clouds?", "what dbs?" after an answer about one role: the
        items of that role the words point at, as if the role were named
        ("which clouds does the expert swe need"); None when none is relevant."""
        ranked = self._ranked_items(r, profile, False)
        if ranked is None:
            return None
        ranked = self._preferred_first(r, profile, False, None, ranked)
        r.used_context = True
        r.decision = f"the role in question's items about {', '.join(ranked.words)}"
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, 0.8)

    def _within_topic_shown(self, r: Reading, profile, shown: str | None) -> Answer | None:
        """"Should I weigh leadership or tech more?" after the role's hiring
        advice: the items of the facet on screen that a word of the question's
        own (one the vocabulary does not know) points at, when no other facet is
        asked clearly. The topic carries over, where a search of the whole role
        finds the word anywhere."""
        # its own words: those the vocabulary does not know, else a title the store has no role for
        # ("and ML?" after the lateral moves: the move named so)
        own = r.unknown_words or [t.text for m in r.weak if not m.profiled() for t in r.tokens[m.start:m.end]]
        if profile is None or shown not in compose.ROLE_SECTIONS or not own:
            return None
        ranked = self._ranked_items(r, profile, False, sections=compose.ROLE_SECTIONS[shown][1],
                                    least=TOPIC_SHOWN_MIN_SCORE)
        if ranked is None or not set(ranked.words) & {_stem(w) for w in own}:
            return None
        if (whole := self._ranked_items(r, profile, False)) is not None and \
                set(whole.words) & {_stem(w) for w in own} - set(ranked.words):
            return None  # "what kind of APIs would they build?": the role's items say more of its words than those on screen
        r.used_context = True
        r.decision = f"the items of the {compose.ROLE_SECTIONS[shown][0]} on screen about {', '.join(ranked.words)}"
        r.facet_shown = shown
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, 0.8)

    def _chosen(self, r: Reading, context: Context, cue: C.Cues) -> int | None:
        """The one role a reply picks: by position or yes, "the other one", or
        the words that fit one of the roles shown (or shown just before) best
        ("the global one", "backend"), or the amount one of their ranges
        starts or ends at ("the one starting at 160k")."""
        if (by_amount := self._picked_by_amount(r, context, cue)) is not None:
            r.listed = C.shown_list(context)
            return by_amount
        chosen = C.picked(context, cue)
        if chosen is not None and (cue.position is not None or cue.step is not None or cue.middle):
            r.listed = C.shown_list(context)  # "and third?" next goes on along the same list
        if chosen is None and cue.other and (r.ambiguous is not None or r.weak):
            # "the other lead role": the role the words fit that is not the one in question
            chosen = C.corrected(context, cue, _fits(r))
        if chosen is None and cue.other:
            chosen = C.the_other(context)
        if chosen is None and cue.seniority is not None:
            shown = C.shown_list(context)
            if len(shown) < 2:  # "the senior one" after a question about each of two roles
                shown = tuple(dict.fromkeys(context.earlier_role_ids + shown))
            shown += tuple(i for i in context.unplaced if i not in shown)  # set apart by a pay ranking: in it all the same
            roles = [role for role in (self.knowledge.role(i) for i in shown) if role is not None]
            chosen = C.by_seniority(cue, {role.id: role.experience[0].years_min for role in roles
                                          if role.experience and role.experience[0].years_min is not None})
            r.unplaced = tuple(role.title for role in roles if not role.experience
                               or role.experience[0].years_min is None) if chosen is not None else ()
        if chosen is None and cue.ranked_one and not cue.which:
            chosen = self._ranked_pick(r, context, cue.more)  # "the cheaper one's skills?"
        if chosen is None and (r.ambiguous is not None or r.weak):  # "no, I meant the expert one"
            chosen = C.corrected(context, cue, _among_shown(context, cue, _fits(r)))
        recent = list(dict.fromkeys(context.role_ids + context.earlier_role_ids))  # "now the global one"
        if chosen is None and (r.ambiguous is not None or r.weak) and (len(recent) > 1 or context.choosing):
            chosen = C.best_option({i: max((c.score for m in r.mentions for c in m.profiled()
                                            if c.title.role_id == i), default=0.0) for i in recent})
        return chosen

    def _picked_by_amount(self, r: Reading, context: Context, cue: C.Cues) -> int | None:
        """"The one starting at 160k", "the 250k one - skills?": of the roles on
        screen, the one whose stated range starts or ends at the amount said,
        when only one does. Not of "which one pays above 200k" nor "the one
        over 200k", thresholds that filter rather than pick ("starting at" is
        an end reached, as "at" is)."""
        words = {t.text for t in r.tokens if not t.brk}
        shown = C.shown_list(context)
        if len(shown) < 2 or cue.which or not words & {"one", "role"} or not _MONEY_SAID.search(r.text) \
                or (read := thresholds.read(r.text)) is not None and not read[0].inclusive \
                or (amount := _money(r.text)) is None:
            return None
        having = [i for i in shown if (role := self.knowledge.role(i)) is not None
                  and any(s.stated and amount in (s.minimum, s.maximum) for s in role.salaries)]
        return having[0] if len(having) == 1 else None

    def _ranked_pick(self, r: Reading, context: Context, highest: bool) -> int | None:
        """"The cheaper one", "the better paid one": of the roles on screen,
        the one paid most (least), or needing the most (least) experience
        when experience was asked; None when they are not ranked so."""
        words = {t.text for t in r.tokens if not t.brk}
        facet = V.SALARY if words & PAY_SAID else C.still_asked(context)
        shown = C.shown_list(context)
        if facet not in (V.SALARY, V.EXPERIENCE) or len(shown) < 2:
            return None
        roles = tuple(role for role in (self.knowledge.role(i) for i in shown) if role is not None)
        order = compose.ranking(facet, roles, highest=highest, confidence=0.8).roles
        return next((role.id for role in roles if order and role.title == order[0]), None)

    def _pick_answer(self, r: Reading, role_id: int, role_intent: str | None, context: Context, confidence: float) -> Answer:
        """What was asked (else what the conversation was about, else the
        overview) for the role picked in a follow-up; a pick that asks
        nothing of its own, in reply to a question back, answers the question
        it asked with the role named, as the pick's button does."""
        role = self.knowledge.role(role_id)
        if role_intent is None and role is not None and (asked := C.pending_for(context, role.title)):
            return self._answer_pending(r, asked, confidence)
        strong = {i for i, weight in r.intents.scores.items() if weight >= V.INTENT_MIN_WEIGHT}
        if role_intent is None and strong and strong <= set(V.POSTING_INTENTS) \
                and (profile := self._profile(role_id)) is not None \
                and (ranked := self._ranked_items(r, profile, False)) is not None:
            # "back to the first one: its on-call?": a thing asked that no facet of the role answers
            # (only a posting's facet), its items that say it, not what was asked before; not
            # words the pick itself took ("the one above it": a step, not the career path)
            r.ranked, r.topic = ranked.items, ranked.words
            return within_role.answer(profile, ranked, confidence)
        if role_intent is None and (asked := _asked_after_pick(r)) and (profile := self._profile(role_id)) is not None \
                and (ranked := within_role.rank(profile, {_stem(w) for w in asked})) is not None \
                and ranked.best >= WITHIN_ROLE_MIN_SCORE:
            # "the first one, who does it mentor": words of its own after the pick, its items that say
            # them, not the fact the list was shown by
            r.ranked, r.topic = ranked.items, ranked.words
            return within_role.answer(profile, ranked, confidence)
        intent = role_intent or C.still_asked(context)
        if intent is None and (topic := C.search_topic(context, role_id)) and (profile := self._profile(role_id)) \
                and (ranked := within_role.rank(profile, set(topic))) is not None and ranked.best >= WITHIN_ROLE_MIN_SCORE:
            # "the second one" of a store-wide search's list: its overview, what it says of the terms searched first
            overview = self._role_answer(V.OVERVIEW, profile, confidence)
            found = within_role.answer(profile, ranked, confidence)
            r.topic = ranked.words
            return replace(overview, sections=found.sections + overview.sections,
                           sources=tuple(dict.fromkeys(found.sources + overview.sources)))
        if intent is None and (topic := C.topic_again(context)) and \
                (ranked := within_role.rank(self._profile(role_id), set(topic))) is not None \
                and ranked.best >= WITHIN_ROLE_MIN_SCORE:  # "and backend?" after "which message queues …"
            r.ranked, r.topic = ranked.items, ranked.words
            return within_role.answer(self._profile(role_id), ranked, confidence)
        return self._role_answer(intent or V.OVERVIEW, self._profile(role_id), confidence)

    def _answer_pending(self, r: Reading, asked: str, confidence: float) -> Answer:
        """The answer to `asked`, the question a question back answered, now
        that its role is picked: read and answered afresh (the conversation
        it leaned on is the question back, which it needs no more), and what
        it asked kept on `r` for the conversation's next context."""
        pending = self.read(asked, self._role_index(self.knowledge.version))
        answer = self._respond(pending, lambda: None)
        r.intents_asked, r.topic, r.ranked, r.matched = pending.intents_asked, pending.topic, pending.ranked, pending.matched
        r.narrowed_to, r.pending = pending.narrowed_to, pending.pending
        r.decision = f"a reply to a question back: '{asked}' ({pending.rule}: {pending.decision})"
        return replace(answer, confidence=min(answer.confidence, confidence))

    def _years_fit(self, r: Reading, roles, asked: int) -> Answer:
        """"is 10 enough?", "which of the two fits someone with 9 years?": the
        experience of the roles whose stated range takes that many years
        (of every role in question when none or all do, saying so when none does), for the asker to judge."""
        fitting = [role for role in roles if C.fits(role.experience, asked)]
        r.used_context = True
        r.decision = f"the roles in question whose experience takes {asked} years"
        if not fitting and len(roles) > 1:  # "any other role in range for 9 years?": none, said so
            r.decision = f"no role in question's experience takes {asked} years: each shown"
            shown = compose.compare(V.EXPERIENCE, [self._profile(role.id) for role in roles], 0.8)
            said = f"None of these roles' stated years takes {asked}."
            return replace(shown, summary=" ".join(filter(None, (said, shown.summary))))
        fitting = fitting or roles
        if len(fitting) == 1:
            return self._role_answer(V.EXPERIENCE, self._profile(fitting[0].id), 0.8)
        return compose.compare(V.EXPERIENCE, [self._profile(role.id) for role in fitting], 0.8)

    def _picked_by_term(self, r: Reading, context: Context) -> tuple[int, tuple[int, int]] | None:
        """"The New Relic one", "the Kafka one": of the roles on screen, the
        one whose documents say the words before "one" when no other's do, as
        "the global one" picks by a word of a title, with the span of those
        words; None else."""
        shown = C.shown_list(context)
        if len(shown) < 2:
            return None
        at = next((i for i, t in enumerate(r.tokens) if t.text in ("one", "ones") and i
                   and not r.tokens[i - 1].brk and r.tokens[i - 1].text not in V.FUNCTION_WORDS), None)
        if at is not None:
            start = at - 1
            while start > 0 and not r.tokens[start - 1].brk and r.tokens[start - 1].text not in PICKED_BY_TERM_AFTER:
                start -= 1
        elif (after := _said_after_one(r)) is not None:
            start, at = after  # "the one that's remote", "the one in Dublin"
        else:
            return None
        said = {t.text for t in r.tokens[start:at]}
        if not said & set(r.unknown_words) and not (said and not {_stem(w) for w in said} & self._title_stems()) \
                or said & PICKING_WORDS:
            # "the other one", "the cheaper one": picks of their own; "the lead one": a title's word;
            # "the remote one": a word the reading knows, but no title's, picks as "the Kafka one" does
            return None
        part, found = self._term_matches(r.words(start, at).strip())
        having = {m.role.id for m in found if m.role.id in shown}
        return (next(iter(having)), (start, at)) if len(having) == 1 and part else None

    def _search_among(self, r: Reading, roles, terms: list[str]) -> Answer | None:
        """The facts of `roles` that mention the first of `terms` any of
        them mentions, as a whole word in any of its spellings ("k8s" finds
        "Kubernetes", "IaC" "infrastructure-as-code"); None when none does."""
        ids = {role.id for role in roles}
        asked = {t.text for i, t in enumerate(r.tokens) if r.intents.used[i]}  # the words of the intents' phrases
        for term in dict.fromkeys(terms):
            part, found = self._term_matches(term)
            if part != term and len(part.split()) < 2:
                continue  # one word of a phrase is no match for it (its own words come as terms too)
            if all(t.brk or t.text in V.FUNCTION_WORDS for t in tokenize(fold(part))):
                continue  # "and the" of "and the lowest?" is no term
            if part != term and all(t.brk or t.text in V.FUNCTION_WORDS or t.text in asked
                                    for t in tokenize(fold(part))):
                continue  # "go to" of "go to chief architect": the words that ask, not a thing searched

            matches = [m for m in found if m.role.id in ids]
            if matches:
                if len(ids) == 1:  # "does it need go?" of one role: what "and the expert swe?" asks again
                    r.topic = tuple(dict.fromkeys(_stem(w) for w in part.split()))
                    if (profile := self._profile(next(iter(ids)))) is not None \
                            and (items := self._within_role(r, profile, None, 0.8)) is not None:
                        # "and CI tools" after one role's observability tools: the answer naming the
                        # role gives ("lead back end CI tools"), every item that says it, not three
                        r.decision = f"the role in question's items about '{part}'"
                        return items
                r.decision = f"search the roles in question for '{part}'"
                return compose.search_results(part, _matched(r, part, matches), 0.8)
        return None


# Words asking whether a thing shown is required ("is that mandatory?", "do they insist on it?"),
# said of "it"/"that", of the facets whose answers tell required from preferred.
REQUIRED_ASKS = {"insist", "insists", "mandatory", "required", "require", "requires", "must", "necessary",
                 "essential", "compulsory", "non-negotiable", "dealbreaker", "deal-breaker", "strict", "really",
                 "requirement", "hard", "firm", "absolute", "need", "needs", "needed", "insisting"}
POINTING_AT_THE_THING = {"it", "that", "this"}
REQUIREMENT_FACETS = {V.EDUCATION, V.EXPERIENCE, V.HARD_SKILLS, V.SOFT_SKILLS, V.SKILLS}


# Words that ask how much of a fact shown a capacity took ("how much of it
# as a lead?", "how long of that as senior?"): no fact of their own.
QUANTITY_ASKS = {"how", "much", "long", "many", "it", "that", "this", "those", "them", "then", "about", "ok", "okay"}


# What "what does that doc say exactly about it?" says besides the topic pointed back at:
# the verbs of saying, the nouns for a role's documents, and how closely it is asked.
SAYING_IT = {"say", "says", "said", "saying", "mention", "mentions", "state", "states", "write", "writes", "written",
             "wording", "words", "word", "exactly", "precisely", "specifically", "actually", "verbatim", "quote",
             "doc", "docs", "document", "documents", "jd", "jds", "posting", "description", "text", "line", "lines"}
POINTED_TOPICS = {"it", "that", "this"}


# Words that ask how far apart the roles shown are ("pay gap at the top?", "by how much"), or
# name an end of each range ("top"): every figure shown, not only the first role's.
APART_WORDS = {"gap", "gaps", "difference", "differences", "differ", "much", "apart", "between", "top", "bottom"}


def _one_end_picked(r: Reading) -> bool:
    """Whether a ranking of the roles shown asks for the one at an end ("the
    lowest paid of those", "which of them needs the least"), whose figures
    alone are shown, not how far apart they are ("by how much at the top")."""
    return one_extreme(r) and not {t.text for t in r.tokens} & APART_WORDS


def _other_roles_said(r: Reading) -> bool:
    """Whether "other" or "else" asks of roles besides those in question ("any
    other role", "which else"), not the other one of a pair ("the other one")."""
    words = [t.text for t in r.tokens]
    return any(w in ("other", "else") and not (i and words[i - 1] in ("the", "that", "this"))
               for i, w in enumerate(words))


def _about_it(r: Reading) -> bool:
    """Whether the question ends asking "about it" ("… say about that?"): a
    topic pointed back at, not a role ("it" after "about" is what was asked)."""
    words = [t.text for t in r.tokens if not t.brk]
    return len(words) >= 2 and words[-1] in POINTED_TOPICS and words[-2] in C.TOPIC_WORDS


def _about_it_alone(r: Reading) -> bool:
    """Whether the question asks nothing but what a document says "about it":
    every other word one of saying, of documents, or a small one."""
    return _about_it(r) and all(t.brk or t.text in SAYING_IT or t.text in V.FUNCTION_WORDS or t.text in V.PRONOUNS
                                or t.text in C.TOPIC_WORDS or t.text in V.WH_WORDS_OPENING
                                or t.text in {"does", "do", "did"} for t in r.tokens)


def _among_shown(context: Context, cue: C.Cues, fits: dict[int, float]) -> dict[int, float]:
    """"The lead one" said of a list on screen picks among that list: of the
    roles its word fits, those shown, when any is ("the lead one" after a list
    holding one lead role is that one, though another lead role fits the word
    better); every role it fits else, and always for a correction, which
    takes back what was shown."""
    shown = C.shown_list(context)
    if not cue.by_word or cue.correction or len(shown) < 2:
        return fits
    among = {i: s for i, s in fits.items() if i in shown}
    return among or fits


def _asked_after_pick(r: Reading) -> list[str]:
    """The words no facet knows said after a pick by place ("the first one,
    who does it *mentor*", "2nd - does it *mentor*?"): what the pick asks of
    its role; none before it ("the Kafka one" picks by its word). A number
    after a noun that makes it a pick ("number 1, who does it mentor", "#2 -
    does it mentor?", "option 3: mentoring?") ends the pick as an ordinal does."""
    at = next((i for i, t in enumerate(r.tokens) if t.text in C.ORDINALS or t.text in C.RANK_ENDS
               or i and r.tokens[i - 1].text in C.NUMBER_PICK_NOUNS and not r.tokens[i - 1].brk
               and (t.text.isdigit() or t.text in V.NUMBER_WORDS)), None)
    if at is None:
        return []
    if at + 1 < len(r.tokens) and r.tokens[at + 1].text in C.PICK_AFTER:
        at += 1
    unknown = set(r.unknown_words)
    return [t.text for t in r.tokens[at + 1:] if t.text in unknown and t.text not in C.ORDINALS]


def _pay_only_picks(r: Reading, cue: C.Cues) -> bool:
    """Whether the words of pay in a reply are only those picking a role by how
    it ranks ("years for the better paid one?"): pay then is how the role was
    picked, not what is asked of it; one outside that phrase ("what does the
    better paid one pay?", "what does the top one pay?") asks it."""
    words = [t.text for t in r.tokens if not t.brk]
    pay = [i for i, w in enumerate(words) if w in PAY_SAID]
    return cue.ranked_one and bool(pay) and set(pay) <= set(cue.ranked_span)


def _track_said(r: Reading) -> list[str]:
    """The words of the titles a career track names ("the leadership track":
    manager, director, …; "technical track instead?": architect, principal,
    …), when a word for one stands before a noun for a track; else none."""
    words = [t.text for t in r.tokens if not t.brk]
    return next((list(V.TRACK_WORDS[w]) for i, w in enumerate(words) if w in V.TRACK_WORDS
                 and i + 1 < len(words) and words[i + 1] in V.TRACK_NOUNS), [])


def _levels_said(r: Reading) -> list[str]:
    """The level words of a question ("any from principal?"), not one a phrase
    of two words or more uses as a verb ("where does it lead?": the next step)."""
    long = r.intents.used_by_long
    return [t.text for i, t in enumerate(r.tokens) if not t.brk and t.text in V.LEVEL_WORDS - {"level", "entry"}
            and not (i < len(long) and long[i])]


def _who_of_the_store(r: Reading) -> bool:
    """"who does on-call then", "who on the list needs Kafka": "who" asking
    which roles do a thing of the question's own, with no word for the role
    in question ("who do they mentor") nor for those on screen ("who of them")."""
    words = [t.text for t in r.tokens if not t.brk]
    return len(words) > 2 and words[0] == "who" and words[1] in WHO_DOING \
        and not set(words) & (V.PRONOUNS | C.GROUP_WORDS)


# Words between "the one" and what only its documents say ("the one that's remote", "the one in Dublin").
SAID_AFTER_ONE = {"that", "which", "who", "is", "s", "in", "based", "located", "with", "for", "on"}
# Articles between those words and the term ("the one for the worldwide team"): no part of it.
ARTICLES_AFTER_ONE = {"the", "a", "an"}


def _said_after_one(r: Reading) -> tuple[int, int] | None:
    """The span of the word after "the one that's" ("remote"), and of the
    unknown words right after it ("the one with New Relic"), else None; a
    reply to "which one?" describes the one it means so as often as it names
    it ("the one for the worldwide team"), past "for"/"on" and an article."""
    tokens = r.tokens
    for i, t in enumerate(tokens[:-2]):
        if t.text == "one" and i and tokens[i - 1].text == "the" and tokens[i + 1].text in SAID_AFTER_ONE:
            start = i + 1
            while start < len(tokens) and not tokens[start].brk and tokens[start].text in SAID_AFTER_ONE:
                start += 1
            while start < len(tokens) and not tokens[start].brk and tokens[start].text in ARTICLES_AFTER_ONE:
                start += 1  # "the one for the worldwide team", "the one on a platform team"
            if start == len(tokens) or tokens[start].brk or tokens[start].text in V.FUNCTION_WORDS:
                return None
            end = start + 1
            while end < len(tokens) and not tokens[end].brk and tokens[end].text in r.unknown_words:
                end += 1
            return start, end
    return None


# Words before those of "the Kafka one" that are no part of the term.
PICKED_BY_TERM_AFTER = {"the", "that", "this", "with", "and", "so", "ok", "okay", "of", "for", "what", "about"}


# The word after "who" that asks which roles do something ("who does on-call").
WHO_DOING = {"does", "do", "needs", "need", "lists", "list", "has", "have", "mentions", "requires", "wants", "on"}


# Words that make "the cheaper one", "the better paid one" a pick by pay.
PAY_SAID = {"paid", "paying", "pays", "pay", "salary", "richer", "richest", *V.COST_WORDS}
# Words that pick a role by its place, rank or pay ("the other one", "the next
# one", "the cheaper one"): never a thing the role's documents say.
PICKING_WORDS = (C.OTHER_WORDS | set(C.ORDINALS) | C.MORE_WORDS | C.LESS_WORDS | C.SENIOR_WORDS | C.JUNIOR_WORDS
                 | set(C.STEP_WORDS) | set(C.RANK_ENDS) | C.MIDDLE_WORDS | C.GROUP_WORDS | PAY_SAID)

# A number said as money ("$230,000", "230k", "230 thousand"), not as years.
_MONEY_SAID = re.compile(r"[$€£]|\d\s*k\b|thousand")


def _or_list(texts: list[str]) -> str:
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " or " + texts[-1]


def _fits(r: Reading) -> dict[int, float]:
    """How well the question's loose mentions fit each role they may mean
    (the best of its candidates' scores, above ROLE_SUGGEST)."""
    return {c.title.role_id: c.score for m in reversed(r.mentions)
            for c in reversed(m.profiled()) if c.score >= ROLE_SUGGEST}


def _may_pick(r: Reading, cue: C.Cues) -> bool:
    """Whether the words could pick one of the roles on screen (`Assistant._chosen`),
    whichever they are: a position, a yes, "the other one", "the senior one", or a
    mention that fits some role at all, or "the one for the worldwide team" (a
    loose mention in its words, "team", does not make it a store-wide question)."""
    return cue.position is not None or cue.middle or cue.yes or cue.other or cue.seniority is not None or \
        _said_after_one(r) is not None or (r.ambiguous is not None or bool(r.weak)) and any(c.score > 0 for m in r.mentions for c in m.profiled())


def _guessed_title(mention, r: Reading, index: RoleIndex) -> bool:
    """Whether a loose mention is only a guess at a title the store has no
    role for, from words that are no title's words as typed ("managed" for
    "Manager" in "which managed kubernetes?"): after an answer about a role,
    such words ask about it, not about the store."""
    return not mention.profiled() and not any(
        (singular(t.text) or t.text) in index.postings or t.text in index.postings
        for t in r.tokens[mention.start:mention.end] if not t.brk and t.text not in V.FUNCTION_WORDS)



def _asked_of_the_store(r: Reading) -> bool:
    """Whether a short follow-up asks where a thing is across the store ("okay
    where does Enterprise Architect appear then?"), a verb of searching said
    of no role pointed at: every role that says it, not the role in question's items."""
    return "where" in {t.text for t in r.tokens} and r.intents.has(V.REVERSE, 3) \
        and not one_role_pointed_at(r.tokens)
