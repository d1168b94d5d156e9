"""Questions back, and roles the store does not have.

`QuestionsBack`, mixed into the `Assistant`, answers a question whose role
is unclear or missing: "which role do you mean?" with the close ones offered
and the question kept to answer once one is picked (`_clarify`), and a title
the store lacks said to be missing, with the roles close to it
(`_missing_role`, `_unknown_name`, `_close_roles`). The assistant never
guesses a role: these are what it answers instead.
"""

from rapidfuzz import fuzz, process

from bot import compose
from bot import vocabulary as V
from bot.answer import Answer
from bot.reading import ROLE_SUGGEST, Reading
from bot.rules import offered

from knowledge.conversations import PENDING_ROLE

# How close (rapidfuzz WRatio) an unknown role must be to a known one to be
# offered; "chief data officer" vs "Global Lead Engineer" is ~40.
CLOSE_ROLE_SCORE = 80


class QuestionsBack:
    """What the `Assistant` answers when the role is unclear or missing (see the module's docstring)."""

    def _missing_role(self, r: Reading) -> Answer:
        """A title the user made another role of ("security engineer", "global
        lead recruiter"): said to be missing, whatever was asked of it, with
        the roles it came close to offered instead."""
        mention, start, end, extra = r.missing[0]
        for _m, other_start, other_end, _extra in r.missing[1:]:
            if other_start < end and other_end > start:  # "lead platform engineer": "lead" and "engineer"
                start, end = min(start, other_start), max(end, other_end)
        name = r.words(start, end)
        matched = [self.knowledge.role(c.title.role_id).title for m in r.mentions if start <= m.start < end
                   for c in m.profiled() if c.score >= ROLE_SUGGEST]
        r.decision = f"a role the store does not have: '{' '.join(extra)}' beside '{mention.text}'"
        return compose.unknown_role(name, self._close_roles(name, matched), self._appears_in(name))

    def _clarify(self, r: Reading) -> Answer:
        mention = r.ambiguous
        top = mention.profiled()[0].score
        said = (r.display or r.text).replace(PENDING_ROLE, " ")
        pending = (said[:r.tokens[mention.start].start] + PENDING_ROLE + said[r.tokens[mention.end - 1].end:]).strip()
        options = []
        for role_id in offered(mention):
            title = self.knowledge.role(role_id).title
            options.append((title, pending.replace(PENDING_ROLE, title)))
        # only a question that asks something of the role is pending ("lead engineer on
        # call?"); "no, the lead one" leaves the one asked before it pending
        outside = [t for i, t in enumerate(r.tokens) if not mention.start <= i < mention.end and not t.brk]
        if r.intents.scores or any(t.text in r.unknown_words for t in outside):
            r.pending = pending
        r.decision = "not sure which role: ask"
        return compose.clarify(r.echoed(mention.start, mention.end), options, top)

    def _unknown_name(self, r: Reading) -> str:
        """The words the user used for the role we don't have."""
        spans = [(m.start, m.end) for m in r.weak]
        unknown = set(r.unknown_words)
        for i, t in enumerate(r.tokens):
            if t.text in unknown and not r.intents.used[i]:
                spans.append((i, i + 1))
        if not spans:
            return r.text.strip()
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)

        def part_of_name(i: int) -> bool:
            t = r.tokens[i]
            return not t.brk and t.text not in V.FUNCTION_WORDS and (
                not r.intents.used[i] or r.intents.corrected[i]) \
                and not any(q.start <= i < q.end for q in r.qualifiers)  # "quillfeather chef": the chef

        while end < len(r.tokens) and part_of_name(end):
            end += 1  # "chief data officer": 'officer' only looked like 'office'
        while start > 0 and part_of_name(start - 1):
            start -= 1
        # "head of people": carry on over "of <word>"
        if end + 1 < len(r.tokens) and r.tokens[end].text == "of" and not r.tokens[end + 1].brk:
            end += 2
        while start < end and r.tokens[start].text in V.FUNCTION_WORDS:
            start += 1
        return r.echoed(start, end) if start < end else r.text.strip()

    def _close_roles(self, name: str, matched: list[str] = ()) -> list[str]:
        """Profiled roles whose titles are genuinely close to `name`, closest
        first; only titles sharing a word with it are compared, so this stays
        cheap. Roles the user's words `matched` count as close whatever the score."""
        index = self._role_index(self.knowledge.version)
        titles = sorted({t.name for t in index.titles_sharing_words(name) if t.role_id is not None} | set(matched))
        found = process.extract(name, titles, scorer=fuzz.WRatio, limit=None)
        return [title for title, score, _i in found if score >= CLOSE_ROLE_SCORE or title in matched][:3]
