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

Families that lean on more than the last answer, or say more around a follow-up:

  earlier role     a role talked about before the last answer, named again:
                   "back to the X: ..." before it, or "the first one we discussed"
                   for it when it was the first role answered about
  candidate pronoun a person described earlier: "the candidate" <-> "she" / "he"
  same question    "and for Y?" as "same question for Y", "and the same for Y?"
  other one        "and the other one?" as "how about the other one", "and the other?"
  polite sentence  "does it need X?" as "Could you also tell me whether it needs X?";
                   "Could you also tell me: ..." / "One more thing, please: ..." before
  context sentence a remark first: "Good to know. ...", "Makes sense. ..."
  pick by word     a pick by place among the roles shown as a word only the picked
                   role's title has ("the backend one", "the global role")
  slack markup     a word in *bold*, _italics_ or `code`, "> " quoting, a mention last
  clarify reply    a typed pick after a question back with words around it:
                   "I meant X, sorry", "X, thanks", "oh, X please", "X I think"
  then form        "and then?" <-> "and after that?" / "then what?" / "and from there?"
  which of them    "which of them" <-> "which one of those" / "which of these roles"
  function-word typo a small word typed with two letters swapped: "teh", "waht",
                   "does ti need k8s", "adn for the global one?"

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


# --- across turns: the ways people lean on more than the last answer -----------------
def _title_words(title):
    """A title's words, "back end" as the one word "backend" recruiters write."""
    return re.findall(r"[a-z]+", re.sub(r"back[\s-]?end", "backend", title.lower()))


def _one_title(q):
    """The one span of `q` naming a role by its title or a short form, or None."""
    spans = list(_TITLE.finditer(q))
    return spans[0] if len(spans) == 1 else None


def earlier_role(q, all_variants, context):
    """A turn naming a role talked about before the last answer, not in it:
    "back to the X: ..." before it, or, when the role was the first one
    discussed, "the first one we discussed" in the title's place."""
    history, now = context.get("history") or [], context.get("now")
    m = _one_title(q)
    if not m or not now or len(now[0]) != 1 or len(history) < 2 or now[0][0] in history[-1][1]:
        return []
    role = now[0][0]
    if not any(roles == [role] for _q, roles, _i, _k in history[:-1]):
        return []
    forms = [f"back to the {m.group()}: {q}", f"going back to the {m.group()} - {q}"]
    firsts = [roles for _q, roles, _i, kind in history if roles and kind == "answer"]
    if firsts and firsts[0] == [role]:
        before = re.sub(r"\b(?:the|a|an)\s+$", "", q[:m.start()], flags=re.I)
        after = re.sub(r"^(?:['’]s|s)?(?:\s+(?:role|position|job))?\b", "", q[m.end():], flags=re.I)
        for said in ("the first one we discussed", "the first role we talked about"):
            forms.append(before + said + (("'s" if q[m.end():].startswith(("'s", "’s")) else "") + after))
    return _pick(forms, q, all_variants)


# "the candidate", "she", "he": a person described earlier in the conversation.
_PERSON = re.compile(r"\b(?:the|my|this|our)\s+(?:candidate|cand|person)\b|\b(?:she|he)\b", re.I)
_TOLD_OF = re.compile(r"\b(?:candidate|cand|someone|somebody|person|she|he|her|his|him)\b", re.I)


def candidate_pronoun(q, all_variants, context):
    """A person described before, named another way: "the candidate" <-> "she" / "he"."""
    history = context.get("history") or []
    m = _PERSON.search(q)
    if not m or not any(_TOLD_OF.search(hq) for hq, *_rest in history):
        return []
    said = m.group().lower()
    at_start = m.start() == 0 or re.search(r"[.!?]\s*$", q[:m.start()])
    if said in ("she", "he"):
        others = ["he" if said == "she" else "she", "the candidate"]
    else:
        if re.search(r"\b(?:to|for|with|of|about|pay|hire|place|put)\s+$", q[:m.start()], re.I):
            return []  # an object: "for the candidate" would need "her"
        others = ["she", "he"]
    out = []
    for form in _pick(others, q, all_variants):
        form = form.capitalize() if at_start and q[m.start()].isupper() else form
        out.append(q[:m.start()] + form + q[m.end():])
    return out


def same_question(q, all_variants, _context):
    """A follow-up carrying the last question to a role, said as "same question for Y"."""
    m = _ROLE_CORE.match(q.strip())
    role = m.group("role").strip() if m else ""
    if not m or m.group("role") == _end(q.strip())[0]:
        return []
    if not role or not _ROLE_PHRASE.match(role) or not (_ROLE_WORDS.search(role) or _TITLE.search(role)) \
            or re.fullmatch(r"(?:the\s+)?(?:role|position|one)", role, re.I):
        return []
    forms = [f"same question for {role}", f"same question but for {role}", f"ok, same question for {role}?",
             f"and the same for {role}?"]
    return [f for f in _pick(forms, q, all_variants) if f.lower() != q.lower()]


_OTHER = re.compile(r"^(?:(?:ok(?:ay)?|so)[,.!]?\s+)?(?:and\s+|(?:what|how)\s+about\s+)?(?:for\s+)?the\s+other(?:\s+one)?"
                    r"[\s?!.]*$", re.I)


def other_one(q, all_variants, _context):
    """"and the other one?" said as "how about the other one", "what about the other?"."""
    if not _OTHER.match(q.strip()):
        return []
    forms = ["how about the other one?", "what about the other one", "and the other?", "the other one?",
             "ok and for the other one?"]
    return [f for f in _pick(forms, q, all_variants) if f.lower() != q.lower().strip()]


_YES_NO = re.compile(r"^(?P<lead>(?:(?:and|so|also|ok(?:ay)?)[,.]?\s+)*)(?P<aux>does|do|is|are|can|will)\s+"
                     r"(?P<subj>it|they|that role|this role|the role|that one|this one)\s+(?P<rest>.+?)[\s?!.]*$", re.I)


def _third_person(verb):
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def polite_sentence(q, all_variants, _context):
    """A follow-up asked as a whole polite sentence: "Could you also tell me
    whether it requires X?" for "does it require X?", or "Could you also tell
    me: ..." before a question of another shape."""
    body = q.strip()
    m = _YES_NO.match(body)
    forms = []
    if m and not m.group("lead"):
        aux, subj, rest = m.group("aux").lower(), m.group("subj"), m.group("rest")
        words = rest.split()
        if aux in ("does", "do") and words and re.fullmatch(r"[a-z]+", words[0]):
            verb = _third_person(words[0]) if aux == "does" else words[0]
            clause = f"{subj} {' '.join([verb, *words[1:]])}"
        elif aux in ("is", "are", "can", "will"):
            clause = f"{subj} {aux} {rest}"
        else:
            clause = None
        if clause:
            forms += [f"Could you also tell me whether {clause}?", f"I'd also like to know whether {clause}."]
    forms += [f"Could you also tell me: {body}", f"One more thing, please: {body}"]
    return _pick(forms, q, all_variants)


CONTEXT_SENTENCES = ["Good to know.", "Got it, thanks.", "Makes sense.", "OK, that helps.", "Interesting."]


def context_sentence(q, all_variants, _context):
    """A remark on the last answer before the follow-up: "Good to know. Does it need ..."."""
    if re.match(r"^(?:thanks|thank you|thx|ok|okay|great|cool|got it|good)\b", q.strip(), re.I):
        return []
    return [f"{s} {q}" for s in _pick(CONTEXT_SENTENCES, q, all_variants)]


def _shown(row):
    """The roles an answer showed, in order: its roles, or a question back's options."""
    text, roles, _intent, kind = row
    if kind == "clarify" and not roles:
        return [o.strip() for o in re.findall(r"^\s*- (.+)$", text or "", re.M) if o.strip() != "None of these"]
    return list(roles)


def pick_by_word(q, all_variants, context):
    """A pick among the roles last shown said another way: by place ("the
    first one", "#2") as a word of the picked role's title that no other role
    shown has ("the backend one", "the global one"); a question back answered
    with a title or such a word, by its place ("the second one", "#2")."""
    history, now, shown = context.get("history") or [], context.get("now"), context.get("shown") or []
    if not history or not now or len(now[0]) != 1 or len(shown) < 2 or now[0][0] not in shown:
        return []
    role = now[0][0]
    others = {w for title in shown if title != role for w in _title_words(title)}
    own = [w for w in _title_words(role) if w not in others and w not in ("engineer", "role")]
    m = _PICK.search(q)
    if m and own:
        forms = [f"the {own[0]} one", f"the {own[0]} role"]
        return [q[:m.start()] + form + q[m.end():] for form in _pick(forms, q, all_variants)]
    core = _end(q.strip())[0]
    said = re.sub(r"^(?:the\s+)", "", core, flags=re.I)
    said = re.sub(r"\s+(?:one|role)$", "", said, flags=re.I)
    if m or history[-1][3] != "clarify" or not said or len(said.split()) > 5 \
            or not set(_title_words(said)) <= set(_title_words(role)):
        return []
    n = shown.index(role) + 1
    if n > 3:
        return []
    return _pick([f"the {_WORD[n]} one", _SHORT[n], f"#{n}", str(n)], q, all_variants)


def slack_markup(q, all_variants, _context):
    """Slack's own markup as people type it: a word in *bold*, _italics_ or
    `code`, the question quoted ("> ..."), or the bot mentioned at the end."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z][\w'-]*[A-Za-z]", q) if len(m.group()) >= 3]
    title = _TITLE.search(q)
    span = (title.start(), title.end()) if title else max(words, key=lambda se: se[1] - se[0], default=None)
    forms = [lambda s: "> " + s, lambda s: s.rstrip() + " <@U04RC1234>"]
    if span:
        a, b = span
        forms += [lambda s: s[:a] + "*" + s[a:b] + "*" + s[b:], lambda s: s[:a] + "_" + s[a:b] + "_" + s[b:],
                  lambda s: s[:a] + "`" + s[a:b] + "`" + s[b:]]
    return [f(q) for f in _pick(forms, q, all_variants)]


def clarify_reply(q, all_variants, context):
    """A typed answer to a question back, with the words people add around
    it: "I meant the backend one, sorry", "global, thanks", "oh, the expert one please"."""
    history = context.get("history") or []
    if not history or history[-1][3] != "clarify":
        return []
    core = _end(q.strip())[0]
    if not core or len(core.split()) > 4 or "?" in q or re.search(r"\b(?:what|which|how|and|both|neither|none|no)\b",
                                                                   core, re.I):
        return []
    forms = [f"I meant {core}, sorry", f"{core}, thanks", f"oh, {core} please", f"{core} I think",
             f"sorry - {core}"]
    return _pick(forms, q, all_variants)


_THEN = re.compile(r"^(?:ok(?:ay)?[,.]?\s+)?(?:and\s+then|then\s+what|and\s+after(?:\s+that)?|after\s+that|what(?:'s|\s+is)\s+next|"
                   r"and\s+next|next)[\s?!.]*$", re.I)


def then_form(q, all_variants, _context):
    """"and then?" in the other words people continue a path with."""
    if not _THEN.match(q.strip()):
        return []
    forms = ["and then?", "and after that?", "what's next after that?", "then what?", "and from there?"]
    return [f for f in _pick(forms, q, all_variants) if f.lower() != q.lower().strip()]


_WHICH_OF = re.compile(r"\bwhich\s+(?:one\s+)?of\s+(?:them|those|these|the\s+two)\b(?!\s+(?:roles?|ones?)\b)", re.I)


def which_of_them(q, all_variants, _context):
    """"which of them ..." said as "which one of those", "which of these roles"."""
    m = _WHICH_OF.search(q)
    if not m:
        return []
    forms = ["which one of them", "which of these roles", "which of those two", "which one of those"]
    said = m.group().lower()
    return [q[:m.start()] + (f.capitalize() if q[m.start()].isupper() else f) + q[m.end():]
            for f in _pick([f for f in forms if f != said], q, all_variants)]


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


# --- typos in the small words -----------------------------------------------------
# The slips people make in the words around a follow-up's role or topic, two
# letters swapped as fast typists swap them ("teh", "waht", "does ti need k8s"):
# the typo family only ever touches content words. One word per rewrite.
FUNCTION_TYPOS = {"the": "teh", "what": "waht", "and": "adn", "about": "abotu", "does": "deos", "that": "taht",
                  "how": "hwo", "with": "wiht", "this": "tihs", "it": "ti", "for": "fro", "which": "whihc",
                  "same": "smae", "other": "ohter", "one": "oen", "those": "thsoe", "they": "tehy"}
_FUNCTION_WORD = re.compile(r"\b(" + "|".join(FUNCTION_TYPOS) + r")\b(?!['’])", re.I)


def function_typo(q, all_variants, _context):
    """A small word of the turn typed with two letters swapped ("and teh global one?")."""
    out = []
    for m in _pick(list(_FUNCTION_WORD.finditer(q)), q, all_variants):
        said = m.group()
        typed = FUNCTION_TYPOS[said.lower()]
        out.append(q[:m.start()] + (typed.capitalize() if said[0].isupper() else typed) + q[m.end():])
    return out


FAMILIES = {
    "pronoun form": pronoun_form,
    "ellipsis form": ellipsis_form,
    "slack noise": slack_noise,
    "lowercase": lowercase,
    "no punctuation": no_punctuation,
    "typo (content word)": content_typo,
    "topic carry": topic_carry,
    "pick form": pick_form,
    "earlier role": earlier_role,
    "candidate pronoun": candidate_pronoun,
    "same question": same_question,
    "other one": other_one,
    "polite sentence": polite_sentence,
    "context sentence": context_sentence,
    "pick by word": pick_by_word,
    "slack markup": slack_markup,
    "clarify reply": clarify_reply,
    "then form": then_form,
    "which of them": which_of_them,
    "function-word typo": function_typo,
}


# --- running dialogs ----------------------------------------------------------------
def command_runner(cmd, timeout):
    """Runs one conversation through `cmd --conversation KEY`, as score_dialogs.py does;
    returns ([(text, roles, intent, kind)], problems)."""
    def run(key, questions):
        try:
            proc = subprocess.run(f"{cmd} --conversation {key}", shell=True, input="".join(q + "\n" for q in questions),
                                  capture_output=True, encoding="utf-8", errors="replace", timeout=timeout)
        except subprocess.TimeoutExpired:
            return [(None, [], None, None)] * len(questions), [f"timed out after {timeout:g} s"]
        rows = []
        for line in proc.stdout.splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict):
                rows.append((row.get("text"), row.get("roles") or [], row.get("intent"), row.get("kind")))
        problems = [] if len(rows) == len(questions) and proc.returncode == 0 else \
            [f"status {proc.returncode}, {len(rows)} answers for {len(questions)} questions"]
        return (rows + [(None, [], None, None)] * len(questions))[:len(questions)], problems
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
            rows.append((render_text(answered.answer), list(answered.answer.roles), answered.answer.intent,
                         answered.answer.kind))
        return rows, []
    return run


def passes(dialog, rows):
    """(passed, index of the first failing turn, its missing, its present)."""
    for i, (turn, (text, *_rest)) in enumerate(zip(dialog["turns"], rows)):
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
                _text, roles, intent, _kind = rows[t - 1]
                # "X for it?" asks X of the one role last answered about, not of a search's one hit;
                # the turns before (question, roles, intent, kind) and this turn's own answer as written
                context = {"one_role": len(roles) == 1 and not re.search(r"search|list|count", intent or ""),
                           "history": [(d["q"], *row[1:]) for d, row in zip(dialog["turns"][:t], rows[:t])],
                           "shown": _shown(rows[t - 1]), "now": rows[t][1:]}
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
