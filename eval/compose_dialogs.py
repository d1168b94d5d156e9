#!/usr/bin/env python3
"""New conversations composed from the store's own facts, to find the follow-ups we fail.

perturb_dialogs.py rewords one follow-up of a tuning dialog at a time; what it
cannot reach is a follow-up of a kind no tuning dialog holds, after a first
turn it was never paired with. This tool composes such pairs and triples: a
first turn (a question about one role, a list or a search across roles, a
comparison, a career question, a candidate described) and one or two
follow-ups drawn from families of how people continue in chat. Every expected
string is read from the facts (`knowledge.Knowledge` over the seeds): the pay
figure of the role switched to must be there, the one of the role before must
not. So this is a test generator, not a list of answers.

Families (a follow-up is made only where the facts make its answer certain):

  switch role      the topic kept, another role: "and for the global one?", "same for X"
  switch topic     the role kept, another topic: "does it need Kafka?", "how many years does it need?"
  ellipsis         a bare topic: "salary?", "and the responsibilities?", "degree?"
  pick             one role of the list shown: "the second one", "the last", "the remote one"
  on screen        a comparison of the roles shown: "which of them pays more"
  career path      the path continued: "and before that?", "where can they go after?"
  narrow           the list shown narrowed: "only the ones paying over 230k", "which of those need Go"
  correction       "sorry, I meant X" after a question about another role

Write the bank for score_dialogs.py, or answer in this process and report
the failing dialogs by family (put the worktree on PYTHONPATH):

    DATABASE_URL=sqlite:////tmp/compose.db python eval/compose_dialogs.py --out /tmp/composed.jsonl
    DATABASE_URL=sqlite:////tmp/compose.db python eval/compose_dialogs.py --in-process
"""

import argparse
import json
import os
import random
import re
import sys
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb_dialogs import in_process_runner, passes  # noqa: E402  (the same in-process path and comparison)

# Skills people ask about by name; which role needs one is read from its facts.
SKILLS = ["Kubernetes", "Terraform", "Go", "Rust", "Kafka", "GraphQL", "Docker", "Java", "Python", "Ansible"]
TOPICS = ["pay", "years", "degree", "duties"]


@dataclass
class RoleFacts:
    title: str
    pay: tuple | None           # (low, high) as the answers write them: "180,000"
    high: float | None
    low: float | None
    years: str | None           # "10-15"
    years_low: int | None
    years_high: int | None
    degree: str | None          # the start of the minimum education, as written
    duty: str | None            # the start of the first responsibility
    skills: frozenset           # SKILLS its facts name
    place: str | None           # where its postings place it
    came_from: tuple            # career entry titles
    goes_to: tuple              # career advancement titles
    nick: str | None = None     # "global": a word of the title no other role has

    def figure(self, topic):
        """The strings an answer about `topic` for this role must hold."""
        return {"pay": list(self.pay or ()), "years": [self.years] if self.years else [],
                "degree": [self.degree] if self.degree else [], "duties": [self.duty] if self.duty else []}[topic]


def _money(x):
    return f"{int(x):,}"


def _start(text, words=8):
    """The first words of a fact, cut before any mark the bot may re-punctuate."""
    text = re.split(r"[(:;]", text)[0]
    return " ".join(text.split()[:words]).rstrip(",.")


def read_facts(knowledge):
    """One RoleFacts per role in the store, read through the public `Knowledge` API."""
    roles = []
    for role in knowledge.roles():
        profile = knowledge.profile(role.id)
        sal = role.salary if role.salary and role.salary.stated and role.salary.maximum else None
        exp = next((e for e in role.experience if e.years_min is not None and e.years_max is not None), None)
        text = " ".join(f.text for f in profile.facts if f.section in ("hard_skills", "tool_categories"))
        edu = profile.section("education_minimum")
        duty = profile.section("primary_responsibilities")
        roles.append(RoleFacts(
            title=role.title,
            pay=(_money(sal.minimum), _money(sal.maximum)) if sal else None,
            high=sal.maximum if sal else None, low=sal.minimum if sal else None,
            years=f"{exp.years_min}-{exp.years_max}" if exp else None,
            years_low=exp.years_min if exp else None, years_high=exp.years_max if exp else None,
            degree=_start(edu[0].text) if edu else None,
            duty=_start(duty[0].text) if duty else None,
            skills=frozenset(s for s in SKILLS if re.search(rf"\b{re.escape(s)}\b", text)),
            place=(role.locations[0] if role.locations else None),
            # as the document writes them ("Principal / Distinguished Engineer"), which the answer shows
            came_from=tuple(_start(f.text) for f in profile.section("career_entry")),
            goes_to=tuple(_start(f.text) for f in profile.section("career_advancement")),
        ))
    for r in roles:
        others = {w for o in roles if o is not r for w in _words(o.title)}
        own = [w for w in _words(r.title) if w not in others and w != "engineer"]
        r.nick = own[0] if own else None
    return roles


def _words(title):
    """A title's words as recruiters write them: "back end" is the one word "backend"."""
    return re.sub(r"back[\s-]?end", "backend", title.lower()).split()


# --- how a role is named in a follow-up -------------------------------------------
def names(role):
    """The ways a recruiter names a role already in the store."""
    out = [f"the {role.title}", role.title.lower()]
    if role.nick:
        out += [f"the {role.nick} one", f"the {role.nick} role"]
    return out


@dataclass
class State:
    """What the conversation has on screen after a turn."""
    shown: list                 # roles shown, in the order the answer lists them
    role: object = None         # the one role talked about
    topic: str | None = None
    kind: str = "role"          # role, list, compare, career_next, career_entry, candidate
    history: list = field(default_factory=list)


# --- first turns ------------------------------------------------------------------------
FIRST_FORMS = {
    "pay": ["what does the {t} pay?", "salary range for the {t}?", "how much does the {t} make"],
    "years": ["how many years of experience does the {t} need?", "{t} experience required?"],
    "degree": ["what degree does the {t} need?", "education requirements for the {t}"],
    "duties": ["what are the responsibilities of the {t}?", "what does the {t} do day to day?"],
}


def first_turns(roles, rnd):
    """(kind label, question, must, must_not, State) for every first turn."""
    out = []
    for r in roles:
        for topic in TOPICS:
            if r.figure(topic):
                q = rnd.choice(FIRST_FORMS[topic]).format(t=r.title)
                out.append(("role question", q, r.figure(topic), [], State([r], r, topic, "role")))
    alpha = sorted(roles, key=lambda r: r.title)
    out.append(("list", rnd.choice(["list all roles", "what roles do you have?", "which roles do you know about?"]),
                [r.title for r in alpha], [], State(alpha, None, None, "list")))
    paid = sorted((r for r in roles if r.high), key=lambda r: -r.high)
    for floor in (150_000, 200_000, 230_000):
        above = [r for r in paid if r.high > floor]
        if len(above) >= 2:
            q = rnd.choice(["which roles pay over {k}k?", "roles paying more than {k}k", "who pays above ${k}k?"])
            out.append(("search", q.format(k=floor // 1000), [r.title for r in above],
                        [r.pay[1] for r in paid if r not in above], State(above, None, "pay", "list")))
    for skill in SKILLS:
        having = [r for r in alpha if skill in r.skills]
        if 2 <= len(having) < len(roles):
            q = rnd.choice(["which roles need {s}?", "which roles ask for {s}", "roles requiring {s}?"]).format(s=skill)
            out.append(("search", q, [r.title for r in having], [], State(having, None, None, "list")))
    for i, a in enumerate(roles):
        for b in roles[i + 1:]:
            q = rnd.choice(["compare the {a} and the {b}", "{a} vs {b}", "how does the {a} differ from the {b}?"])
            out.append(("comparison", q.format(a=a.title, b=b.title), [a.title, b.title], [],
                        State([a, b], None, None, "compare")))
    for r in roles:
        if r.goes_to and r.came_from:
            q = rnd.choice(["what comes after {t}?", "where can a {t} go next?", "career path after {t}?"])
            out.append(("career", q.format(t=r.title), [r.goes_to[0]], [],
                        State([r], r, None, "career_next")))
            q = rnd.choice(["where do {t}s usually come from?", "what role comes before {t}?"])
            out.append(("career", q.format(t=r.title), [r.came_from[0]], [],
                        State([r], r, None, "career_entry")))
    for r in roles:
        # A candidate whose years only this role's range holds, with a skill it asks for.
        if r.years_low is None:
            continue
        for n in range(r.years_low, r.years_high + 1):
            if all(o is r or o.years_low is None or not (o.years_low <= n <= o.years_high) for o in roles):
                skill = sorted(r.skills)[0] if r.skills else "Python"
                q = rnd.choice(["I have a candidate with {n} years of experience and {s}, which role fits?",
                                "candidate: {n} yrs, strong {s}. what role would suit them?"]).format(n=n, s=skill)
                out.append(("candidate", q, [r.title], [], State([r], r, None, "candidate")))
                break
    return out


# --- follow-up families -------------------------------------------------------------------
SWITCH_FORMS = ["and for {n}?", "same for {n}", "what about {n} then?", "how about {n}?", "ok and {n}?",
                "and {n}?", "{n}?", "same question for {n}", "now {n}", "{n} too?", "what's it for {n}?",
                "and what about {n}", "same thing for {n} please", "what about for {n}?", "and {n}, same thing?",
                "is it the same for {n}?", "{n} - same?", "and if it were {n}?", "now do {n}"]


def switch_role(state, roles, rnd):
    """The topic kept, another role named."""
    if state.kind != "role" or not state.topic:
        return None
    r = state.role
    others = [o for o in roles if o is not r and o.figure(state.topic)
              and set(o.figure(state.topic)) - set(r.figure(state.topic))]
    if not others:
        return None
    o = rnd.choice(others)
    q = rnd.choice(SWITCH_FORMS).format(n=rnd.choice(names(o)))
    return q, o.figure(state.topic), sorted(set(r.figure(state.topic)) - set(o.figure(state.topic))), \
        State([o], o, state.topic, "role")


TOPIC_FORMS = {
    "pay": ["what does it pay?", "and how much does it pay?", "what's the salary on that one?",
            "what's the budget for it?", "how much can we offer?", "comp range?", "what's the pay band?",
            "how much would we pay them?"],
    "years": ["how many years does it need?", "how much experience do they want?", "how many years?",
              "how senior is it, years-wise?", "how many years of experience should they have?",
              "what's the minimum experience?", "how experienced do they need to be?"],
    "degree": ["does it need a degree?", "degree needed?", "what education do they ask for?",
               "do they need a degree for it?", "is a bachelor's required?", "what's the minimum education?",
               "what degree do they want?"],
    "duties": ["what would they do day to day?", "and what are the main duties?", "what will they own?",
               "what are they responsible for?", "what's the job actually about day to day?",
               "what would their main tasks be?"],
}
ELLIPSIS_FORMS = {
    "pay": ["salary?", "pay?", "and the comp?", "comp?", "budget?", "and salary", "what about pay", "pay band?",
            "money?", "$?"],
    "years": ["years?", "experience?", "and the years?", "yoe?", "experience level?", "yrs?", "min years?"],
    "degree": ["degree?", "education?", "and the degree?", "degree required?", "min degree?", "schooling?"],
    "duties": ["responsibilities?", "and the responsibilities?", "duties?", "day to day?", "main duties?",
               "what they do?"],
}


def _one_role(state):
    return state.role if state.kind in ("role", "candidate", "career_next", "career_entry") or len(state.shown) == 1 \
        else None


def switch_topic(state, roles, rnd, forms=TOPIC_FORMS):
    """The role kept, another topic asked of it."""
    r = _one_role(state)
    if r is None:
        return None
    topics = [t for t in TOPICS if t != state.topic and r.figure(t)]
    if forms is TOPIC_FORMS and rnd.random() < 0.35:
        skill = rnd.choice(SKILLS)
        if skill in r.skills:
            q = rnd.choice(["does it need {s}?", "do they need {s}?", "is {s} required?", "is {s} a must?",
                            "any {s} needed?", "{s} experience needed?", "do they use {s}?", "{s}?",
                            "what about {s}?", "is {s} part of the stack?"]).format(s=skill)
            return q, [skill], [], State([r], r, None, "role")
        if r.place and rnd.random() < 0.5:
            return rnd.choice(["remote?", "where is it based?", "is it remote?", "can they work remotely?",
                               "location?"]), [r.place], [], \
                State([r], r, None, "role")
    if not topics:
        return None
    t = rnd.choice(topics)
    others = [x for o in roles if o is not r for x in o.figure(t) if x not in r.figure(t)]
    return rnd.choice(forms[t]), r.figure(t), others, State([r], r, t, "role")


def ellipsis(state, roles, rnd):
    return switch_topic(state, roles, rnd, ELLIPSIS_FORMS)


ORDINAL = {0: ["the first one", "the first", "#1", "option 1", "the top one"],
           1: ["the second one", "the 2nd one", "number 2", "option 2", "the 2nd"],
           2: ["the third one", "the 3rd one"]}


def _pay_ordered(paid):
    """Whether the roles rank the same way by either end of their pay, so that "the
    cheaper one" or "which pays more" is certain whichever end is compared."""
    by_top, by_bottom = sorted(paid, key=lambda r: r.high), sorted(paid, key=lambda r: r.low)
    return by_top == by_bottom and len({r.high for r in paid}) == len({r.low for r in paid}) == len(paid)


def pick(state, roles, rnd):
    """One of the roles shown, by place, by a word of its own, or by a fact of its own."""
    shown = state.shown
    if state.kind not in ("list", "compare") or len(shown) < 2:
        return None
    ways = []
    for i, r in enumerate(shown):
        said = list(ORDINAL.get(i, []))
        if i == len(shown) - 1:
            said += ["the last one", "the last", "the bottom one", "the one at the bottom"]
        if len(shown) == 3 and i == 1:
            said += ["the middle one"]
        if r.place and sum(1 for o in shown if o.place) == 1:
            where = r.place.split("/")[0].split(",")[0].strip()
            said += ["the remote one", "the one that's remote"] if where.lower() == "remote" else \
                [f"the one in {where}", f"the {where} one"]
        paid = [o for o in shown if o.high]
        if len(paid) == len(shown) >= 2 and _pay_ordered(paid):
            if r.high == min(o.high for o in paid):
                said += ["the cheaper one", "the one that pays less"] if len(paid) == 2 else \
                    ["the cheapest one", "the lowest paid one"]
            if r.high == max(o.high for o in paid):
                said += ["the better paid one", "the one that pays more"] if len(paid) == 2 else \
                    ["the best paid one", "the highest paying one"]
        ways += [(r, s) for s in said]
    if not ways:
        return None
    r, said = rnd.choice(ways)
    topic = rnd.choice([t for t in TOPICS if r.figure(t)] or [None])
    if topic and rnd.random() < 0.6:
        q = rnd.choice(["what does {p} pay?", "salary for {p}?"] if topic == "pay" else
                       ["how many years for {p}?", "{p}: how much experience?"] if topic == "years" else
                       ["degree for {p}?", "what education does {p} need?"] if topic == "degree" else
                       ["what does {p} do?", "responsibilities of {p}?"]).format(p=said)
        others = [x for o in shown if o is not r for x in o.figure(topic) if x not in r.figure(topic)]
        return q, r.figure(topic), others, State([r], r, topic, "role")
    q = rnd.choice(["{p}", "tell me more about {p}", "{p} please", "ok, {p}", "let's look at {p}",
                    "go with {p}", "more on {p}", "what's {p} about?"]).format(p=said)
    return q, [r.title], [o.title for o in shown if o is not r and o.title not in r.title], State([r], r, None, "role")


def on_screen(state, roles, rnd):
    """A comparison of the roles shown."""
    shown = state.shown
    if state.kind not in ("list", "compare") or len(shown) < 2:
        return None
    paid = [r for r in shown if r.high]
    ways = []
    if len(paid) >= 2 and _pay_ordered(paid):
        top = max(paid, key=lambda r: r.high)
        ways.append((rnd.choice(["which of them pays more?", "which one pays best?", "who pays the most of those?",
                                 "which pays better?", "which of these has the higher ceiling?",
                                 "who pays best?", "which is the best paid?"]),
                     [top.title, top.pay[1]], [], sorted(paid, key=lambda r: -r.high)))
    aged = [r for r in shown if r.years_low is not None]
    if len(aged) >= 2 and len({r.years_low for r in aged}) == len(aged):
        ways.append((rnd.choice(["how do they differ on experience?", "years for each?", "experience for both?"]
                                if len(aged) == 2 else ["how do they differ on experience?", "years for each?"]),
                     [r.years for r in aged], [], None))
        most = max(aged, key=lambda r: r.years_low)
        ways.append((rnd.choice(["which of them needs more experience?", "which one wants the most years?",
                                 "which is more senior?", "which of those needs the most years?",
                                 "who needs the most experience?", "which is the most senior role?"]),
                     [most.title], [], sorted(aged, key=lambda r: -r.years_low)))
    if not ways:
        return None
    q, must, must_not, ranked = rnd.choice(ways)
    # a ranking is shown in its own order, and "the first" next is its first; the roles
    # side by side on experience are in an order of the answer's own: no place picks after it
    return q, must, must_not, State(ranked, None, None, "list") if ranked else State(shown, None, None, "seen")


def career_path(state, roles, rnd):
    """The career path continued the other way from the same role."""
    r = state.role
    if state.kind == "career_next":
        q = rnd.choice(["and what comes before it?", "and before that role?", "where do they usually come from?",
                        "what's the step before?", "what's the feeder role?", "and before that?",
                        "what do people do before it?", "prior to that?", "where would we source them from?"])
        return q, [r.came_from[0]], [t for t in r.goes_to if t not in r.came_from][:1], \
            State([r], r, None, "career_entry")
    if state.kind == "career_entry":
        q = rnd.choice(["and after that?", "where can they go after?", "and what's the next step from it?",
                        "and then?", "where does it lead?", "what's the progression from there?",
                        "next step?", "what's after it?", "where do they move on to?"])
        return q, [r.goes_to[0]], [t for t in r.came_from if t not in r.goes_to][:1], \
            State([r], r, None, "career_next")
    return None


def narrow(state, roles, rnd):
    """The list shown narrowed by pay or a skill; roles not shown must stay out."""
    shown = state.shown
    if state.kind != "list" or len(shown) < 2:
        return None
    ways = []
    for floor in (170_000, 200_000, 230_000, 260_000):
        keep = [r for r in shown if r.high and r.high > floor]
        drop = [r for r in shown if r.high and r.high <= floor]
        if keep and drop:
            q = rnd.choice(["only the ones paying over {k}k", "which of those pay more than {k}k?",
                            "just the ones above {k}k please", "of these, which pay {k}k+?",
                            "filter to the ones over ${k},000"]).format(k=floor // 1000)
            ways.append((q, [r.title for r in keep], [r.pay[1] for r in drop], keep))
    for floor in (9, 10, 12):
        keep = [r for r in shown if r.years_low is not None and r.years_low >= floor]
        drop = [r for r in shown if r.years_low is not None and r.years_low < floor]
        if keep and drop:  # "needs 10+ years" asks a floor of ten: a range starting lower needs less
            q = rnd.choice(["only the ones needing {n}+ years", "which of those need {n}+ years?",
                            "just the ones that need at least {n} years"]).format(n=floor)
            ways.append((q, [r.title for r in keep], [r.years for r in drop], keep))
    for skill in SKILLS:
        keep = [r for r in shown if skill in r.skills]
        # a title inside another title ("Engineer") is no sign of that role: it is left out of must_not
        outside = [r for r in roles if skill in r.skills and r not in shown
                   and not any(r.title in o.title for o in roles if o is not r)]
        if keep and outside and len(keep) < len(shown):
            q = rnd.choice(["which of those need {s}?", "only the ones with {s}", "of those, which ask for {s}?",
                            "which of them require {s}?", "filter to the ones with {s}", "any of these need {s}?"])
            ways.append((q.format(s=skill), [r.title for r in keep], [r.title for r in outside], keep))
    if not ways:
        return None
    q, must, must_not, keep = rnd.choice(ways)
    return q, must, must_not, State(keep, keep[0] if len(keep) == 1 else None, None, "list")


def correction(state, roles, rnd):
    """"sorry, I meant X" after a question about another role: the question stands, the role changes."""
    if state.kind != "role" or not state.topic or len(state.history) != 1:
        return None
    made = switch_role(state, roles, rnd)
    if made is None:
        return None
    _q, must, must_not, new = made
    q = rnd.choice(["sorry, I meant {n}", "oops, I meant {n}", "no wait, {n}", "I meant {n}, sorry", "no, {n}",
                    "my bad, {n}", "not that one, {n}", "wrong role - {n}", "actually {n}",
                    "I was asking about {n}", "scratch that, {n}", "typo - {n}"]).format(
        n=rnd.choice(names(new.role)))
    return q, must, must_not, new


FAMILIES = {
    "switch role": switch_role,
    "switch topic": switch_topic,
    "ellipsis": ellipsis,
    "pick": pick,
    "on screen": on_screen,
    "career path": career_path,
    "narrow": narrow,
    "correction": correction,
}


def _turn(q, must, must_not):
    """A turn; a must_not string inside a must string (one role's degree the start of
    another's) would fail the right answer, so it is no test and is left out."""
    must_not = [x for x in dict.fromkeys(must_not) if not any(x.lower() in m.lower() for m in must)]
    return {"q": q, "must": list(must), "must_not": must_not}


def compose(roles, seed=33, per_pair=3):
    """Dialogs of two and three turns: every first turn with every family that fits it, and
    a second follow-up where one fits the first."""
    rnd = random.Random(seed)
    dialogs = []
    for n, (kind, q, must, must_not, state) in enumerate(first_turns(roles, rnd)):
        state.history = [q]
        for fam, make in FAMILIES.items():
            for _ in range(per_pair):
                made = make(state, roles, rnd)
                if made is None:
                    break
                q2, must2, not2, state2 = made
                state2.history = [q, q2]
                turns = [_turn(q, must, must_not), _turn(q2, must2, not2)]
                fams = [fam]
                if rnd.random() < 0.5:
                    fam3 = rnd.choice(list(FAMILIES))
                    made3 = FAMILIES[fam3](state2, roles, rnd)
                    if made3 is not None:
                        turns.append(_turn(*made3[:3]))
                        fams.append(fam3)
                dialogs.append({"id": f"cd{len(dialogs) + 1:03d}", "first": kind, "families": fams, "turns": turns})
    unique, seen = [], set()
    for d in dialogs:
        key = tuple(t["q"] for t in d["turns"])
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=33)
    parser.add_argument("--out", help="write the composed dialogs here (score_dialogs.py's format)")
    parser.add_argument("--in-process", action="store_true", help="answer through this worktree's bot and report")
    parser.add_argument("--examples", type=int, default=3, help="failures shown per family")
    parser.add_argument("--failures", metavar="FILE", help="write every failing dialog here as jsonl")
    args = parser.parse_args(argv)
    from bot import open_assistant
    roles = read_facts(open_assistant(os.environ["DATABASE_URL"]).knowledge)
    dialogs = compose(roles, args.seed)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for d in dialogs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{len(dialogs)} dialogs written to {args.out}")
    if not args.in_process:
        return 0
    run = in_process_runner()
    tag = uuid.uuid4().hex[:8]
    asked, failed = defaultdict(int), defaultdict(list)
    for d in dialogs:
        questions = [t["q"] for t in d["turns"]]
        rows, _ = run(f"compose-{d['id']}-{tag}", questions)
        ok, at, missing, present = passes(d, rows)
        # a failure is laid at the family of the turn that failed (the first turn's own: "first turn")
        fam = "first turn" if at == 0 else None if ok else d["families"][at - 1]
        for f in set(d["families"]):
            asked[f] += 1
        if not ok:
            failed[fam].append({"id": d["id"], "turns": questions, "at": at + 1, "missing": missing,
                                "present": present, "answer": " ".join((rows[at][0] or "").split())[:240]})
    total = sum(len(v) for v in failed.values())
    print(f"composed dialogs: {len(dialogs) - total}/{len(dialogs)} pass ({total} fail)")
    for fam in ["first turn", *FAMILIES]:
        rows = failed.get(fam, [])
        print(f"  {fam:<14} {len(rows):>3} fail of {asked.get(fam, len(dialogs) if fam == 'first turn' else 0)}")
        for row in rows[:args.examples]:
            print(f"      {row['id']}: {' | '.join(row['turns'])}  (turn {row['at']})"
                  + (f"  missing {row['missing']}" if row["missing"] else "")
                  + (f"  present {row['present']}" if row["present"] else "")
                  + f"\n        -> {row['answer']}")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as fh:
            for fam, rows in failed.items():
                for row in rows:
                    fh.write(json.dumps({"family": fam, **row}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
