"""Career paths: the graph of titles the documents' career sections name.

A role's documents say where people come from ("entry"), where it leads
("advancement") and what sits beside it ("lateral"). This module answers
from those links: a route between two titles (a breadth-first search on a
graph built once per knowledge version), where a title appears in other
roles' paths, the roles leading to a target, and "and then?" after a
career answer. `CareerPaths` is mixed into the `Assistant`, whose
knowledge, profiles and role answers it uses.
"""

from collections import deque
from dataclasses import replace
from itertools import islice

from bot import compose, entry_points
from bot import vocabulary as V
from bot.answer import Answer, Item, Section
from bot.reading import ROLE_ACCEPT, TITLE_EXACT, Reading
from knowledge import Context, role_key
from knowledge import sections as S

# Career links read for one answer; a huge store names some titles thousands of times.
MAX_LINKS_SHOWN = 500
# A title's appearances in career paths read to say where it appears
# (a clarifying question's MAX_CHOICES roles, 25 links each).
APPEARANCES_READ = 4 * 25

# The weight of comparing words ("differ", "compare") that make two roles said
# "from" one "to" the other a comparison, unless route words ask the way between.
COMPARED_NOT_ROUTED = 4
# Verbs of the asker moving to a role ("Staff Software Engineer here - can I go
# Expert Software Engineer?"): with their own title said first, a route from it.
MOVING_VERBS = {"go", "move", "get", "switch", "jump", "step", "transition", "progress", "grow", "make"}
# What else such a question may ask and still be a route ("can I move up to X", "what's the path").
ROUTE_INTENTS = {V.PATH, V.CAREER, V.CAREER_NEXT, V.CAREER_ENTRY, V.CAREER_LATERAL, V.NEUTRAL}


class CareerPaths:
    """The career-path answers of the `Assistant` (see the module's docstring)."""

    # -- questions about career paths ---------------------------------------
    def _route(self, r: Reading) -> Answer | None:
        """'how do I get from Engineer to Principal Engineer': a path in the career graph."""
        texts = [t.text for t in r.tokens]
        own = entry_points.own_title(self, r, texts) if set(texts) & entry_points.ASKER_WORDS \
            and set(texts) & (MOVING_VERBS | {"become", "becoming"}) \
            and not set(r.intents.scores) - ROUTE_INTENTS else None  # not "can I get the salary of X"
        if not (r.intents.has(V.PATH) or ("from" in texts and "to" in texts) or {"become", "becoming"} & set(texts)
                or own):
            return None
        if not r.intents.has(V.PATH) and r.intents.has(V.COMPARE, COMPARED_NOT_ROUTED):
            return None  # "moved from the Engineer to the lead backend req — where do they differ?": a comparison
        named = []
        for m in r.mentions:
            best = m.profiled()[0] if m.profiled() and m.profiled()[0].score >= ROLE_ACCEPT else m.best
            if best and (best.title.role_id is not None or best.score >= TITLE_EXACT):
                named.append((m, best))
        if own and len(named) == 1 and named[0][1].title.role_id is not None:
            # the asker's own title, said first ("X here -", "I'm a X,"), and the one role they would move to
            a = b = named[0][1]
            start, goal = own, self.knowledge.role(b.title.role_id).title
        elif len(named) < 2 or _a_choice(texts, named[-2][0], named[-1][0]):
            return None  # "would the global lead or the lead backend role suit them better?": a choice, no route
        else:
            (m1, a), (m2, b) = named[0], named[-1]
            if _route_side(texts, m2, m1.end) > _route_side(texts, m1, 0):
                a, b = b, a  # "how do I become a Principal Engineer, starting as Engineer"
            start = self.knowledge.role(a.title.role_id).title if a.title.role_id else a.title.name
            goal = self.knowledge.role(b.title.role_id).title if b.title.role_id else b.title.name
        r.decision = f"career route from {start} to {goal}"
        steps = self._shortest_route(start, goal)
        answer = compose.career_route(start, goal, steps, min(a.score, b.score))
        if not steps and a.title.role_id is not None and (profile := self._profile(a.title.role_id)) is not None \
                and (ranked := self._ranked_items(r, profile, True, sections=S.CAREER)) is not None:
            # "head of SRE": no title the paths name, but a link of the role's own that says it
            said = {fact.text for _score, fact in ranked.items}
            links = tuple(Item(f.text, label=S.TITLES[f.section], source=f.source) for f in profile.facts
                          if f.section in S.CAREER and f.text in said)
            r.decision += ", named by its own career links"
            answer = replace(answer, summary=f"{answer.summary} {start}'s own career links name it, though:",
                             sections=(Section(f"{start}'s career links that name it", links),), roles=(start,),
                             sources=tuple(dict.fromkeys(i.source for i in links)))
        return answer

    def _next_step(self, r: Reading, context: Context, role, back: bool = False) -> Answer | None:
        """"and then?": after where a role comes from, where it leads; after
        where it leads, where the first of those roles the store has leads.
        With `back`, "and before that?" the other way: where the role comes
        from, then where the first of those the store has comes from."""
        intent, kind = (V.CAREER_ENTRY, S.CAREER_ENTRY) if back else (V.CAREER_NEXT, S.CAREER_ADVANCEMENT)
        if context.intent == intent:
            links = self.knowledge.career_links(kind=kind, role_id=role.id, limit=MAX_LINKS_SHOWN)
            found = (self.knowledge.role_by_alias(link.title) for link in links)
            role = next((found_role for found_role in found if found_role is not None and found_role.id != role.id),
                        None)
            if role is None:
                return None
        r.used_context = True
        r.decision = f"the {'step before' if back else 'next step'} of the career path: {role.title}"
        return self._role_answer(intent, self._profile(role.id), 0.8)

    def _further_along(self, r: Reading, role) -> Answer | None:
        """"And then?" after a role's next steps when the store has a role for
        none of them: the steps its own path lists after the first. A
        document lists where a role leads as a ladder, nearest first
        ("Principal Engineer, Director of Engineering, Chief Architect"), so
        past the first step, which the store cannot follow, the path goes on
        along the rest; None when the path names one step only."""
        links = self.knowledge.career_links(kind=S.CAREER_ADVANCEMENT, role_id=role.id, limit=MAX_LINKS_SHOWN)
        titles = list(dict.fromkeys(link.title for link in links))
        if len(titles) < 2 or (profile := self._profile(role.id)) is None:
            return None
        usual = self._role_answer(V.CAREER_NEXT, profile, 0.8)
        beyond = titles[1:]
        sections = tuple(replace(section, items=tuple(i for i in section.items if i.text in beyond))
                         for section in usual.sections)
        sections = tuple(section for section in sections if section.items) or usual.sections
        r.used_context = True
        r.decision = f"past {titles[0]}, which the store has no role for: further along {role.title}'s own path"
        return replace(usual, sections=sections, title=f"{role.title}: next steps past {titles[0]}", summary=(
            f"The store has no role for {titles[0]}, so its own next step isn't known here; "
            f"further along {role.title}'s path: {', '.join(beyond)}."))

    def _past_unknown_title(self, r: Reading, title: str) -> Answer | None:
        """"and then?" after a title the store has no role for ("senior back
        end engineer, where next?"): the roles whose paths say people come to
        them from that title are its next step, shown as where it appears,
        so "and then?" is where the first of those leads; None when the title
        is no role's entry point."""
        links = self.knowledge.career_links(kind=S.CAREER_ENTRY, title_key=role_key(title), limit=MAX_LINKS_SHOWN)
        role = next((found for found in (self.knowledge.role(link.role_id) for link in links) if found is not None), None)
        if role is None:
            return None
        r.used_context = True
        r.decision = f"the next step after {title} is {role.title}: where {role.title} leads"
        return self._role_answer(V.CAREER_NEXT, self._profile(role.id), 0.8)

    def _career_target(self, r: Reading, skip=frozenset()) -> str | None:
        for m in reversed(r.mentions):
            profiled = m.profiled()
            if profiled and profiled[0].score >= ROLE_ACCEPT:
                return self.knowledge.role(profiled[0].title.role_id).title
            if m.best and m.best.score >= TITLE_EXACT:
                return m.best.title.name
        words = self._search_term(r, skip=skip)
        return words.title() if words else None

    def _not_leading_to(self, target: str, links, roles) -> Answer:
        """"Roles that don't lead to Chief Architect": those whose career paths don't name it as a next or lateral step."""
        leading = {link.role_id for link in links if link.kind in (S.CAREER_ADVANCEMENT, S.CAREER_LATERAL)}
        named = self.knowledge.role_by_alias(target)  # the target itself, not folded again for every role
        if named is not None and role_key(named.title) == role_key(target):
            leading.add(named.id)
        # Counted from the few that lead there; only the roles shown are walked to.
        others = sum(1 for role_id in leading if self.knowledge.role(role_id) is not None)
        lacking = list(islice((role for role in roles if role.id not in leading), compose.MAX_LISTED_ROLES))
        return compose.roles_without(target, lacking, others, 0.9, count=len(roles) - others,
                                     title=f"Roles that don't lead to {target}")

    def _appears_in(self, name: str) -> list[tuple[str, str]]:
        how = {S.CAREER_ENTRY: "people come to it from there", S.CAREER_ADVANCEMENT: "a next step from it",
               S.CAREER_LATERAL: "a lateral move from it"}
        out = []
        for link in self.knowledge.career_links(title_key=role_key(name), limit=APPEARANCES_READ):
            role = self.knowledge.role(link.role_id)
            if role is not None and (role.title, how[link.kind]) not in out:
                out.append((role.title, how[link.kind]))
        return out

    def _shortest_route(self, start: str, goal: str) -> list[tuple[str, str, str]] | None:
        names, edges = self._career_graph()
        a, b = self._node_key(start), self._node_key(goal)
        previous: dict[str, tuple[str, str] | None] = {a: None}
        queue = deque([a])
        while queue:
            current = queue.popleft()
            if current == b:
                break
            for nxt, how in edges.get(current, []):
                if nxt not in previous:
                    previous[nxt] = (current, how)
                    queue.append(nxt)
        if b not in previous or a == b:
            return None
        steps = []
        while previous[b] is not None:
            before, how = previous[b]
            steps.append((names.get(before, before), names.get(b, b), how))
            b = before
        return list(reversed(steps))

    def _node_key(self, title: str) -> str:
        role = self.knowledge.role_by_alias(title)
        return role.key if role else role_key(title)

    def _career_graph(self):
        """Titles and edges of every career path, built once per knowledge version."""
        version = self.knowledge.version
        if self._graph is not None and self._graph[0] == version:
            return self._graph[1], self._graph[2]
        roles = {role.id: role for role in self.knowledge.roles()}
        names: dict[str, str] = {role.key: role.title for role in roles.values()}
        edges: dict[str, list[tuple[str, str]]] = {}
        for link in self.knowledge.career_links():
            role = roles.get(link.role_id)
            if role is None:
                continue
            here, there = role.key, self._node_key(link.title)
            names.setdefault(there, link.title)
            if link.kind == S.CAREER_ADVANCEMENT:
                edges.setdefault(here, []).append((there, f"next step from {role.title}"))
            elif link.kind == S.CAREER_ENTRY:
                edges.setdefault(there, []).append((here, f"entry point into {role.title}"))
            else:
                edges.setdefault(here, []).append((there, f"lateral move from {role.title}"))
                edges.setdefault(there, []).append((here, f"lateral move into {role.title}"))
        self._graph = (version, names, edges)
        return names, edges


def _a_choice(texts: list[str], first, last) -> bool:
    """Whether the last two roles named are offered as a choice ("the global
    lead or the lead backend role"): joined by "or", no route's word between."""
    between = set(texts[first.end:last.start])
    return "or" in between and not between & (V.ROUTE_START_WORDS | V.ROUTE_GOAL_WORDS)


def _route_side(texts: list[str], mention, floor: int) -> int:
    """+1 when the words just before `mention` (not reaching back past
    `floor`) mark it as a route's start, -1 as its goal, 0 when they don't say."""
    before = set(texts[max(floor, mention.start - 3):mention.start])
    return (1 if before & V.ROUTE_START_WORDS else 0) - (1 if before & V.ROUTE_GOAL_WORDS else 0)

