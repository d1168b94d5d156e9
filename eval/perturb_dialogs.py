#!/usr/bin/env python3
"""Does a conversation's memory survive a change of words in a follow-up?

The dialog banks are scored on the words their writers chose for "and the
global one?" or "what do those two pay?"; a follow-up mechanism that learnt
those words rather than the ways of leaning on what was said passes them and
fails the next person who types "same for the global one" or "#2". perturb.py
probes single questions; this tool probes conversations. It takes every
dialog of the given banks that passes as written, rewrites ONE follow-up turn
(turn 2 or later) at a time in families of deterministic, meaning-preserving
ways, re-runs the whole dialog with that turn rewritten, and reports per
family how many rewrites make the dialog fail (any turn's must / must_not, the
scorer's own comparison), with examples.

Families (each applies only where its source form is there, so that the
rewrite surely keeps the meaning):

  pronoun form     "it" <-> "that role" / "this one" / "the role" / "that position";
                   "them" <-> "those"; "those two" -> "those" / "them"
  ellipsis form    a follow-up that is only a topic ("and degree?", "what about
                   pay", "years?") in the other forms: "and X?", "what about X?",
                   "X?", "how about X?", "ok, X?", and "X for it?" after an
                   answer about one role (not a search that found one)
  slack noise      "@RoleCall ", "<@U04RC1234> ", "hey " or "thanks! " before,
                   " thanks!" after
  lowercase        the turn in lower case
  no punctuation   marks between words dropped (perturb.py's own rewrite)
  typo             two middle letters of the longest content word swapped
                   (perturb.py's own rewrite: never a title word or acronym)
  topic carry      a follow-up that only carries the last question to a role
                   ("and the global one?",
                   "same for the lead back end engineer") in the other forms:
                   "and for Y?", "what about Y?", "same for Y", "Y?"
  pick form        "the second one" <-> "2nd" / "number 2" / "#2"

Run by hand on tuning dialog banks only (never a held-out one):

    DATABASE_URL=sqlite:////tmp/perturb-dialogs.db python eval/perturb_dialogs.py \\
        /work/shared/eval/dev_dialogs.jsonl eval/dialogs_tuning.jsonl --in-process

--in-process answers through the project's own `bot` (put the worktree on
PYTHONPATH) exactly as `rolecall ask --jsonl` does, one assistant for every
conversation: some thousands of dialogs in minutes rather than an hour of
process starts. Without it each dialog runs `--cmd --conversation KEY` as
score_dialogs.py does. Families with several forms use one form per turn,
picked by a hash of the turn, unless --all-variants.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import uuid
import zlib
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb import punctuation, typo, _TITLE  # noqa: E402  (perturb.py's own rewrites)
from score_dialogs import check_turn, read_dialogs  # noqa: E402  (the scorer's own comparison)

DEFAULT_CMD = (f"{shlex.quote(sys.executable)} -c \"import sys; sys.argv[0]='rolecall'; "
               "from adapters.cli import main; main()\" ask --jsonl")


def _pick(options, turn, all_variants):
    """One of `options` for `turn` (by a stable hash), or all of them."""
    options = list(options)
    if all_variants or not options:
        return options
    return [options[zlib.crc32(turn.encode()) % len(options)]]


def _end(q):
    """`q` without its closing marks, and those marks ("?", "", "!")."""
    m = re.search(r"[\s?!.]*$", q)
    return q[:m.start()], q[m.start():].strip()


# --- pronoun forms -----------------------------------------------------------
# A role already named, singular: these stand for one another in any slot
# where a noun phrase stands ("does it need Terraform?", "pay for that role?").
SINGULAR_FORMS = ["it", "that role", "this one", "the role", "that position"]
_SINGULAR = re.compile(r"\b(?:that role|this role|the role|that position|this position|this one|it)\b(?!['’])", re.I)
# "the role of X", "it's", "is it true": not a role pronoun.
_NOT_SINGULAR_AFTER = re.compile(r"^\s+(?:of|that|which|who)\b|^['’]", re.I)
# Roles already named, plural, after a preposition or as an object: "which of those",
# "pay for them", "compare them".
PLURAL_FORMS = ["them", "those"]
_PLURAL = re.compile(r"\b(?<!of )(?:those two|these two|them|those|these)\b(?!\s+(?:roles?|jobs?|positions?|ones?|\w+s)\b)",
                     re.I)
_PLURAL_SLOT = re.compile(r"\b(?:of|for|with|between|among|compare|rank|about|to|from)\s+$", re.I)


def pronoun_form(q, all_variants, _context):
    m = _SINGULAR.search(q)
    if m and not _NOT_SINGULAR_AFTER.match(q[m.end():]) and not re.search(r"\bis\s+$", q[:m.start()], re.I) \
            and not re.search(r"\b(?:what|which|who)\s+$", q[:m.start()], re.I):
        said = m.group().lower()
        others = [f for f in SINGULAR_FORMS if f != said and not (said == "this role" and f == "this one")]
        return [q[:m.start()] + f + q[m.end():] for f in _pick(others, q, all_variants)]
    m = re.search(r"\b(?:of|for|with|between|among|compare|rank|about)\s+(those two|these two|them|those|these)\b"
                  r"(?!\s+(?:roles?|jobs?|positions?|ones?)\b)", q, re.I)
    if m:
        said = m.group(1).lower()
        others = [f for f in PLURAL_FORMS if f != said]
        return [q[:m.start(1)] + f + q[m.end(1):] for f in _pick(others, q, all_variants)]
    return []


# --- ellipsis and topic carry --------------------------------------------------
_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|so|and|also|cool|great)[,.!]?\s+)*(?:(?:what|how)\s+about\s+|and\s+)?", re.I)
# A core that is a question of its own, or leans on a pick or pronoun, is no ellipsis.
_NOT_TOPIC = re.compile(
    r"\b(?:what|which|who|whom|whose|how|where|when|why|does|do|did|is|are|can|could|should|would|will|has|have|"
    r"it|its|they|them|their|those|these|this|that|both|either|each|one|ones|first|second|third|last|other|"
    r"1st|2nd|3rd|more|most|less|least|higher|highest|lower|lowest|than|any|all|only|not|no|yes|i|we|he|she|"
    r"after|before|then|next|meant|mean|instead|compare|vs|versus|between|under|over|above|below|at)\b"
    r"|\d|[#@<>—–:;]", re.I)
# Role words: a core naming a role carries the topic to it; one without names a topic.
_ROLE_WORDS = re.compile(r"\b(?:engineer|engineers|lead|backend|back end|back-end|lbe|swe|expert|global|principal|"
                         r"scientist|manager|architect|designer|analyst|developer|role|position|job)\b", re.I)


def _core(q):
    """The topic or role a follow-up of only a noun phrase names, or None."""
    body, _marks = _end(q.strip())
    core = _LEAD.sub("", body, count=1).strip(" ,")
    if core.lower().startswith("for "):
        core = core[4:]
    if not core or len(core.split()) > 4 or _NOT_TOPIC.search(core) or re.search(r"\b(?:pls|please|too)\b", core, re.I):
        return None
    return core


def ellipsis_form(q, all_variants, context):
    core = _core(q)
    if core is None or _ROLE_WORDS.search(core) or _TITLE.search(core):
        return []
    forms = [f"and {core}?", f"what about {core}?", f"{core}?", f"how about {core}?", f"ok, {core}?"]
    if context.get("one_role"):
        forms.append(f"{core} for it?")
    return [f for f in _pick(forms, q, all_variants) if f.lower() != q.lower()]


_ROLE_CORE = re.compile(r"^(?:(?:ok(?:ay)?|so|and|also)[,.!]?\s+)*(?:(?:what|how)\s+about\s+(?:for\s+)?|and\s+for\s+|"
                        r"same(?:\s+question|\s+thing)?\s+for\s+|and\s+|for\s+)?(?P<role>.+?)[\s?!.]*$", re.I)
# A role named by its title or a part of it with "one" ("the global one").
_ROLE_PHRASE = re.compile(r"^(?:the\s+)?(?:(?:global|expert|backend|back end|back-end|lead|senior|swe|lbe|"
                          r"software|engineer|data|scientist|principal|role|position|one)\s*)+$", re.I)


def topic_carry(q, all_variants, _context):
    m = _ROLE_CORE.match(q.strip())
    role = m.group("role").strip() if m else ""
    if m and m.group("role") == _end(q.strip())[0]:
        return []  # a bare "the global one" may answer a question back: no topic carried
    if not role or not _ROLE_PHRASE.match(role) or not (_ROLE_WORDS.search(role) or _TITLE.search(role)) \
            or re.fullmatch(r"(?:the\s+)?(?:role|position|one)", role, re.I):
        return []
    forms = [f"and for {role}?", f"what about {role}?", f"same for {role}", f"{role}?"]
    return [f for f in _pick(forms, q, all_variants) if f.lower().rstrip("?") != q.lower().strip().rstrip("?")]


# --- picks ----------------------------------------------------------------------
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_WORD = {1: "first", 2: "second", 3: "third"}
_SHORT = {1: "1st", 2: "2nd", 3: "3rd"}
_PICK = re.compile(r"\b(?:the\s+(?P<a>first|second|third|1st|2nd|3rd)(?:\s+one)?|(?P<b>first|second|third|1st|2nd|3rd)"
                   r"\s+one|(?:number|no\.)\s*(?P<c>[123])|#(?P<d>[123]))\b(?!\s*(?:of|half|time|year|step))", re.I)


def pick_form(q, all_variants, _context):
    m = _PICK.search(q)
    if not m:
        return []
    said = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    n = int(said) if said.isdigit() else _ORD[said.lower()]
    forms = [f"the {_WORD[n]} one", _SHORT[n], f"number {n}", f"#{n}"]
    said_form = m.group().lower()
    out = []
    for form in _pick([f for f in forms if f != said_form], q, all_variants):
        after = q[m.end():]
        if after.startswith(("'s", "’s")) and form.startswith(("number", "#")):
            continue  # "#2's salary" reads badly; "the second one's salary" does not
        out.append(q[:m.start()] + form + after)
    return out


# --- surface ----------------------------------------------------------------------
def slack_noise(q, all_variants, _context):
    forms = [lambda s: "@RoleCall " + s, lambda s: "<@U04RC1234> " + s, lambda s: "hey " + s,
             lambda s: "thanks! " + s, lambda s: s.rstrip() + " thanks!"]
    return [f(q) for f in _pick(forms, q, all_variants)]


def lowercase(q, _all, _context):
    return [q.lower()] if q.lower() != q else []


def no_punctuation(q, all_variants, _context):
    return punctuation(q, all_variants)


def content_typo(q, all_variants, _context):
    return typo(q, all_variants)


FAMILIES = {
    "pronoun form": pronoun_form,
    "ellipsis form": ellipsis_form,
    "slack noise": slack_noise,
    "lowercase": lowercase,
    "no punctuation": no_punctuation,
    "typo (content word)": content_typo,
    "topic carry": topic_carry,
    "pick form": pick_form,
}


# --- running dialogs ----------------------------------------------------------------
def command_runner(cmd, timeout):
    """Runs one conversation through `cmd --conversation KEY`, as score_dialogs.py does;
    returns ([(text, roles, intent)], problems)."""
    def run(key, questions):
        try:
            proc = subprocess.run(f"{cmd} --conversation {key}", shell=True, input="".join(q + "\n" for q in questions),
                                  capture_output=True, encoding="utf-8", errors="replace", timeout=timeout)
        except subprocess.TimeoutExpired:
            return [(None, [], None)] * len(questions), [f"timed out after {timeout:g} s"]
        rows = []
        for line in proc.stdout.splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict):
                rows.append((row.get("text"), row.get("roles") or [], row.get("intent")))
        problems = [] if len(rows) == len(questions) and proc.returncode == 0 else \
            [f"status {proc.returncode}, {len(rows)} answers for {len(questions)} questions"]
        return (rows + [(None, [], None)] * len(questions))[:len(questions)], problems
    return run


def in_process_runner():
    """The same path as `rolecall ask --jsonl` (answer, persist the context, render), in this process."""
    from bot import Question, open_assistant, render_text
    from bot.text import well_formed
    from knowledge.effects import persist

    assistant = open_assistant(os.environ["DATABASE_URL"])

    def run(key, questions):
        rows = []
        for q in questions:
            answered = assistant.answer(Question(well_formed(q), platform="cli", conversation_key=key, logged=False))
            persist(assistant.store, answered.effects)
            rows.append((render_text(answered.answer), list(answered.answer.roles), answered.answer.intent))
        return rows, []
    return run


def passes(dialog, rows):
    """(passed, index of the first failing turn, its missing, its present)."""
    for i, (turn, (text, _roles, _intent)) in enumerate(zip(dialog["turns"], rows)):
        ok, missing, present, _reason = check_turn(turn, text)
        if not ok:
            return False, i, missing, present
    return True, None, [], []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("banks", nargs="+", help="tuning dialog banks (jsonl with id, turns)")
    parser.add_argument("--cmd", default=DEFAULT_CMD, help="the command answering one question per stdin line")
    parser.add_argument("--in-process", action="store_true", help="answer through this worktree's bot, not --cmd")
    parser.add_argument("--all-variants", action="store_true", help="every form of a family, not one per turn")
    parser.add_argument("--examples", type=int, default=4, help="failures shown per family")
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per dialog (--cmd only)")
    parser.add_argument("--failures", metavar="FILE", help="write every failing rewrite here as jsonl")
    args = parser.parse_args(argv)
    if any("heldout" in Path(b).name for b in args.banks):
        sys.exit("perturb_dialogs.py: held-out banks are only ever scored, never probed")
    families = {k: v for k, v in FAMILIES.items() if not args.family or k in args.family}
    run = in_process_runner() if args.in_process else command_runner(args.cmd, args.timeout)
    tag = uuid.uuid4().hex[:8]

    totals = {name: [0, 0, []] for name in families}  # rewrites, failed, examples
    passing_all = 0
    failures = []
    for bank in args.banks:
        dialogs = read_dialogs(bank)
        passing = []
        for dialog in dialogs:
            rows, problems = run(f"perturb-{dialog['id']}-{tag}", [t["q"] for t in dialog["turns"]])
            if not problems and passes(dialog, rows)[0]:
                passing.append((dialog, rows))
        passing_all += len(passing)
        asked = failed = 0
        for dialog, rows in passing:
            for t in range(1, len(dialog["turns"])):
                q = dialog["turns"][t]["q"]
                _text, roles, intent = rows[t - 1]
                # "X for it?" asks X of the one role last answered about, not of a search's one hit
                context = {"one_role": len(roles) == 1 and not re.search(r"search|list|count", intent or "")}
                for name, make in families.items():
                    for new in dict.fromkeys(make(q, args.all_variants, context)):
                        if not new.strip() or new == q:
                            continue
                        questions = [d["q"] for d in dialog["turns"]]
                        questions[t] = new
                        got, problems = run(f"perturb-{dialog['id']}-{t}-{len(failures)}-{asked}-{tag}", questions)
                        ok, at, missing, present = passes(dialog, got)
                        ok = ok and not problems
                        asked += 1
                        totals[name][0] += 1
                        if ok:
                            continue
                        failed += 1
                        totals[name][1] += 1
                        row = {"bank": Path(bank).stem, "family": name, "id": dialog["id"], "turn": t + 1,
                               "q": q, "rewritten": new, "failed_turn": None if at is None else at + 1,
                               "earlier": questions[:t], "missing": missing, "present": present,
                               "answer": " ".join((got[at][0] if at is not None and got[at][0] else "").split())[:200]}
                        totals[name][2].append(row)
                        failures.append(row)
        print(f"{Path(bank).stem}: {len(passing)}/{len(dialogs)} dialogs pass as written; "
              f"{failed}/{asked} rewrites fail", flush=True)

    print(f"\nper family ({passing_all} passing dialogs):")
    asked_all = failed_all = 0
    for name, (asked, failed, examples) in totals.items():
        asked_all, failed_all = asked_all + asked, failed_all + failed
        stable = 1 - failed / asked if asked else 1.0
        print(f"  {name:<22} {failed:>4}/{asked:<5} fail   stable {stable:.3f}")
        for row in examples[:args.examples]:
            print(f"      {row['id']} turn {row['turn']}: {row['q']!r}\n   -> {row['rewritten']!r}"
                  + (f"  (turn {row['failed_turn']} failed)" if row["failed_turn"] != row["turn"] else "")
                  + (f"  missing {row['missing']}" if row["missing"] else "")
                  + (f"  present {row['present']}" if row["present"] else ""))
    if asked_all:
        print(f"stability: {1 - failed_all / asked_all:.3f} ({asked_all - failed_all}/{asked_all})")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as fh:
            for row in failures:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
