#!/usr/bin/env python3
"""Does an answer survive a change of words that keeps the question's meaning?

The banks are scored on the words their writers chose; a reading that learnt
those words rather than the ways of asking passes them and fails the next
person who says "hey, quick q:" first or types in capitals. This tool takes
every question of the given banks that passes as written, rewrites it in
families of deterministic, meaning-preserving ways (a greeting before, thanks
after, lower case, capitals, no punctuation, contractions both ways, one typo,
the role's title in another form, "can you tell me ..." around it, an
imperative) and in the ways people write in Slack and Teams (a sentence of
what the asker is doing first, Teams courtesies around it, "I was wondering
..." in statement order, "I need X", a deadline or aside after, emoji codes,
a user mention, *bold* and `code`, the title as "the x req", British
spellings, dictation without marks after "um so like") and in the ways
recruiters, hiring managers and interviewers ask the same thing otherwise (a
yes/no question as a check, "is it true that ..." / "whether ...", the role
said first, another asking verb, a ballpark hedge, the role in the plural,
its title abbreviated, "the role of X" / "the X posting", asked on behalf of
an HM, "also, ..." after other questions, small numbers as words) and in
the ways people type in a hurry (a common word's slip "hwo" / "teh", initials
in lower case, apostrophes dropped, a run-on with "thx" and no "?"), asks
every rewrite through the same `rolecall ask --jsonl` the scorer runs, and reports per family how many rewrites now fail the case's
must / must_not, with examples. Run by hand:

    DATABASE_URL=sqlite:////tmp/perturb.db python eval/perturb.py \
        /work/shared/eval/dev.jsonl eval/questions_tuning.jsonl [--all-variants]

--in-process answers through the project's own `bot` (put the worktree on
PYTHONPATH) exactly as `rolecall ask --jsonl` does: thousands of rewrites in
a minute rather than one process per bank and family. Families with several
forms ("hey", "quick q:", ...) use one form per question, picked by a hash of
the question, unless --all-variants.
Dialog banks are skipped: a rewritten turn would need its conversation.
"""

import argparse
import json
import os
import re
import shlex
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import answers_from_command, check, read_jsonl  # noqa: E402  (the scorer's own comparison)

DEFAULT_CMD = (f"{shlex.quote(sys.executable)} -c \"import sys; sys.argv[0]='rolecall'; "
               "from adapters.cli import main; main()\" ask --jsonl")

# The titles (and the short forms recruiters use) a question may name a role by,
# longest first, so "lead back end engineer" is found before "engineer".
_B = r"back[\s-]?end"
TITLE_FORMS = [
    rf"lead {_B} engineer", r"global lead engineer", r"expert software engineer",
    rf"lead {_B}", r"global lead", r"expert swe", r"software engineer", r"lbe",
    r"(?<!lead )(?<!software )(?<!backend )(?<!back end )(?<!back-end )(?<!senior )engineer",
]
_TITLE = re.compile(r"\b(?:" + "|".join(TITLE_FORMS) + r")s?\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:principal|staff|senior|junior|sr|chief|s/w|expert|lead|global)\s+$", re.I)
# "engineer" alone is the Engineer only after a word that cannot be part of a title ("qa engineer" is not).
_BEFORE_BARE = re.compile(r"(?:^|\b(?:the|a|an|for|of|to|as|is|vs|and|or|from|about|with|[,:;?!-]))\s*$", re.I)
_ROLE_NOUN = re.compile(r"^\s+(role|position|job|req)\b", re.I)
_ARTICLE = re.compile(r"\b(?:the|a|an)\s+$", re.I)

# Contractions, each way. Expanding "it's" or "what's" is unambiguous in questions.
CONTRACTIONS = [
    ("what is", "what's"), ("who is", "who's"), ("where is", "where's"), ("how is", "how's"),
    ("that is", "that's"), ("it is", "it's"), ("there is", "there's"),
    ("does not", "doesn't"), ("do not", "don't"), ("is not", "isn't"), ("are not", "aren't"),
    ("cannot", "can't"), ("will not", "won't"), ("should not", "shouldn't"), ("would not", "wouldn't"),
    ("i am", "i'm"), ("i would", "i'd"), ("they are", "they're"), ("what are", "what're"),
]
_WH = ("what", "which", "who", "how", "where", "when", "why")
_IMPERATIVES = ("give", "show", "list", "tell", "count", "define", "compare", "describe", "explain", "summarize",
               "summarise", "find", "name", "rank", "sort", "help", "get", "pull", "need", "looking")
_YES_NO = ("is", "are", "does", "do", "can", "should", "will", "would", "has", "have", "could", "did")


def _pick(options, question, all_variants):
    """One of `options` for `question` (by a stable hash), or all of them."""
    return list(options) if all_variants else [options[zlib.crc32(question.encode()) % len(options)]]


def _strip_end(q):
    return re.sub(r"[\s?!.]+$", "", q)


def _lower_first(q):
    """The question after a wrapper: its first word lower case, unless an acronym ("DDD", "SRE")."""
    first = q.split(" ", 1)[0]
    return q if first.isupper() and len(first) > 1 else q[:1].lower() + q[1:]


def greeting(q, all_variants):
    return [f + _lower_first(q) for f in _pick(["hey ", "quick q: ", "@RoleCall ", "hi team, "], q, all_variants)]


def politeness(q, all_variants):
    forms = [lambda s: s.rstrip() + " thanks!", lambda s: _strip_end(s) + " pls",
             lambda s: _strip_end(s) + " ?"]
    return [f(q) for f in _pick(forms, q, all_variants)]


def lowercase(q, _all):
    return [q.lower()] if q.lower() != q else []


def caps(q, _all):
    return [q.upper()] if q.upper() != q else []


def punctuation(q, _all):
    """Marks that stand between words dropped ("what's" -> "whats", "?" gone);
    those inside a word or number ("node.js", "$160,000", "c++") kept."""
    out = re.sub(r"(?<![\w])[^\w\s$€£+#<>@]+|[^\w\s$€£+#<>@]+(?![\w])", " ", q)
    out = re.sub(r"(?<=\w)['’](?=\w)", "", out)
    out = " ".join(out.split())
    return [out] if out != q and out else []


def contractions(q, _all):
    out = []
    for long, short in CONTRACTIONS:
        for a, b in ((long, short), (short, long)):
            pattern = re.compile(r"\b" + re.escape(a).replace("'", "['’]") + r"\b", re.I)
            if pattern.search(q):
                out.append(pattern.sub(lambda m: _same_case(m.group(), b), q, count=1))
    return out[:1] if out else []


def _same_case(was, new):
    return new[:1].upper() + new[1:] if was[:1].isupper() else new


def typo(q, _all):
    """Two middle letters of the longest word swapped, that word being no part
    of a title, no acronym and no word with digits or marks."""
    title_words = {w.lower() for m in _TITLE.finditer(q) for w in re.findall(r"[a-z]+", m.group(), re.I)}
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", q)
             if m.group().lower() not in title_words and not m.group().isupper()]
    words = [(s, w) for s, w in words if len(w) >= 5]
    if not words:
        return []
    start, word = max(words, key=lambda sw: (len(sw[1]), -sw[0]))
    i = len(word) // 2 - 1
    while i + 1 < len(word) and word[i] == word[i + 1]:
        i += 1
    if i + 1 >= len(word):
        return []
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return [q[:start] + swapped + q[start + len(word):]]


def role_form(q, all_variants):
    """The first title in another form: "the X role", "the X position", "the X job", lower case."""
    m = _TITLE.search(q)
    if not m or m.group().lower().endswith("s") and not m.group().lower().endswith("swe") \
            or _TITLE_BEFORE.search(q[:m.start()]):
        return []  # "team of 10 engineers" are people; "a Principal Software Engineer" is another title
    if m.group().lower() == "engineer" and not _BEFORE_BARE.search(q[:m.start()]):
        return []
    title, before, after = m.group(), q[:m.start()], q[m.end():]
    noun = _ROLE_NOUN.match(after)
    rest = after[noun.end():] if noun else after
    bare = _ARTICLE.sub("", before)
    if re.search(r"\bbe\s+an?\s+$", before, re.I):
        return []  # "can a grad be an engineer": a person, not the role
    out = []
    for form in _pick(["role", "position", "job", "lower"], q, all_variants):
        if form == "lower":
            if title.lower() != title:
                out.append(before + title.lower() + after)
        elif not noun or noun.group(1).lower() != form:
            out.append(f"{bare}the {title} {form}{rest}")
    return out


def wrapper(q, all_variants):
    return [f + _lower_first(q) for f in _pick(["can you tell me ", "I'd like to know "], q, all_variants)]


def imperative(q, _all):
    """A question as a request: "what is X?" -> "tell me X", "how many X?" ->
    "tell me how many X", a fragment "X?" -> "X please". Yes/no questions have
    no plain imperative and are left out."""
    body = _strip_end(q)
    m = re.match(r"(?:what(?:\s+is|\s+are|['’]s|s)|whats)\s+(.+)$", body, re.I)
    if m:
        return ["tell me " + m.group(1)]
    first = body.split(" ", 1)[0].lower()
    if first in _WH:
        return ["tell me " + _lower_first(body)]
    if first in _YES_NO or "?" in body:
        return []
    return [body + " please"]


# --- how people write in Slack and Teams ---------------------------------------------
# Sentences that set the scene and ask nothing: what the asker is doing, said first.
CONTEXT_SENTENCES = ("Prepping for a screen tomorrow. ", "Got a candidate call in an hour. ",
                     "Updating our careers page this week. ", "Working on the hiring plan for Q3. ",
                     "Putting together an intake doc. ", "Hiring manager just pinged me.")


def context_before(q, all_variants):
    """A sentence about what the asker is doing, then the question."""
    return [f.rstrip() + " " + q for f in _pick(CONTEXT_SENTENCES, q, all_variants)]


def teams_polite(q, all_variants):
    """Teams manners: "Hi team, could you please let me know <q>? Many thanks"."""
    body = _lower_first(_strip_end(q))
    body = (": " if body.split(" ", 1)[0].lower() in _YES_NO else " ") + body
    forms = [f"Hi team, could you please let me know{body}? Many thanks",
             f"Hello, hope you're well! {q} Thanks in advance",
             f"Hi all, does anyone know{body}? Thank you!",
             f"Good morning, {_lower_first(q)} Kind regards"]
    return _pick(forms, q, all_variants)


def _statement(body):
    """A question's words in statement order, where that needs no verb inflected:
    "what is the pay for X" -> "what the pay for X is"; "which roles need X" as it is;
    None when it would ("how many years does X need")."""
    m = re.match(r"(what|who|which|where|how \w+)\s+(is|are)\s+(.+)$", body, re.I)
    if m:
        return f"{m.group(1).lower()} {m.group(3)} {m.group(2).lower()}"
    m = re.match(r"(what|who|where)['’]s\s+(.+)$", body, re.I)
    if m:
        return f"{m.group(1).lower()} {m.group(2)} is"
    words = body.lower().split()
    if words[0] in _WH and len(words) > 2 and not set(words[1:4]) & set(_YES_NO + ("am", "was", "were")):
        return _lower_first(body)
    return None


def indirect(q, all_variants):
    """A question said as a wonder: "I was wondering what the pay for X is"."""
    body = _strip_end(q)
    said = _statement(body)
    if said is None:
        first = body.split(" ", 1)[0].lower()
        if first in _WH or first in _YES_NO or "?" in body:
            return []
        if re.match(r"i\b|i['’]", body, re.I):
            return []
        said = "about " + _lower_first(body)  # a fragment: "lbe salary?" -> "about lbe salary"
    return [f + said for f in _pick(["I was wondering ", "I'm curious ", "just wondering "], q, all_variants)]


def statement_request(q, all_variants):
    """A question as what the asker needs: "what is X?" -> "I need X", a fragment "X?" -> "need X"."""
    body = _strip_end(q)
    if re.match(r"i\b|i['’]", body, re.I):
        return []  # "I'm hiring for X - what is it": the asker speaks already
    m = re.match(r"(?:what(?:\s+is|\s+are|['’]s|s)|whats)\s+(.+)$", body, re.I)
    if m and re.match(r"(?:in|on|at|for|with|about|there|it|this|that)\b", m.group(1), re.I):
        return []  # "what's in your catalogue": no thing to need
    if m:
        thing = m.group(1)
    else:
        first = body.split(" ", 1)[0].lower()
        if first in _WH or first in _YES_NO or first in _IMPERATIVES or "?" in body or "<" in body \
                or len(body.split()) > 6:
            return []  # "give me the list", "my budget caps at 230k - which fit": no thing to need
        thing = _lower_first(body)
    return [f + thing for f in _pick(["I need ", "looking for ", "need "], q, all_variants)]


def aside_after(q, all_variants):
    """A deadline or aside after the question."""
    asides = [" — need it for a 3pm call", " (for a call at 2)", " — no rush", " - asking for a hiring manager",
              " :pray: need it before EOD", " trying to close this out today"]
    return [q.rstrip() + f for f in _pick(asides, q, all_variants)]


TECH_WORDS = ("python", "java", "golang", "rust", "c++", "c#", "sql", "aws", "gcp", "azure", "kubernetes", "k8s",
              "docker", "terraform", "kafka", "redis", "react", "node.js", "typescript", "javascript", "linux",
              "graphql", "postgres", "postgresql", "spark", "go")
_TECH = re.compile(r"(?<![\w`])(?:" + "|".join(map(re.escape, TECH_WORDS)) + r")(?![\w`+#])", re.I)


def slack_markup(q, all_variants):
    """Slack's own marks: a user mention first, an emoji, the title in *bold*, a tool in `code`."""
    m = _TITLE.search(q)
    tech = _TECH.search(q)
    forms = ["<@U0ABC123> " + q, q.rstrip() + " :thinking_face:", ":wave: " + q]
    if m:
        forms.append(q[:m.start()] + "*" + m.group() + "*" + q[m.end():])
    if tech:
        forms.append(q[:tech.start()] + "`" + tech.group() + "`" + q[tech.end():])
    return _pick(forms, q, all_variants)


def title_as_opening(q, all_variants):
    """The first title lower case, as "the <title> req / opening / vacancy / role"."""
    m = _TITLE.search(q)
    if not m or m.group().lower().endswith("s") and not m.group().lower().endswith("swe") \
            or _TITLE_BEFORE.search(q[:m.start()]) or re.search(r"\bbe\s+an?\s+$", q[:m.start()], re.I):
        return []
    if not re.search(r"\b(?:the|a|an|for|of|about|to|as)\s+$", q[:m.start()], re.I):
        return []  # "lbe salary": a title said as a modifier has no noun after it
    before, after = q[:m.start()], q[m.end():]
    noun = _ROLE_NOUN.match(after)
    rest = after[noun.end():] if noun else after
    bare = _ARTICLE.sub("", before)
    return [f"{bare}the {m.group().lower()} {form}{rest}" for form in
            _pick(["req", "opening", "vacancy", "role"], q, all_variants)]


# American spellings and their British forms (word stems; "-ize" forms by rule below).
BRITISH = {"organization": "organisation", "organizations": "organisations", "program": "programme",
           "programs": "programmes", "license": "licence", "licenses": "licences", "behavior": "behaviour",
           "behaviors": "behaviours", "center": "centre", "centers": "centres", "color": "colour",
           "favorite": "favourite", "traveling": "travelling", "travel": "travel", "modeling": "modelling",
           "labeled": "labelled", "defense": "defence", "catalog": "catalogue", "analyze": "analyse",
           "analyzing": "analysing", "enrollment": "enrolment", "fulfill": "fulfil", "judgment": "judgement",
           "paycheck": "pay cheque", "skillful": "skilful", "honor": "honour", "labor": "labour",
           "counselor": "counsellor", "gray": "grey", "math": "maths"}
_IZE = re.compile(r"\b(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)\b", re.I)
_NOT_IZE = {"s", "pr", "se", "caps"}


def british(q, _all):
    """American spellings in their British forms ("organization" -> "organisation",
    "prioritize" -> "prioritise", "program" -> "programme")."""
    out = re.sub(r"\b(" + "|".join(sorted(BRITISH, key=len, reverse=True)) + r")\b",
                 lambda m: _same_case(m.group(), BRITISH[m.group().lower()]), q, flags=re.I)
    out = _IZE.sub(lambda m: m.group() if m.group(1).lower() in _NOT_IZE else m.group(1) + "is" + m.group(2), out)
    return [out] if out != q else []


def dictated(q, all_variants):
    """Speech to text: lower case, no marks between words, a filler first and "like" in it."""
    words = (punctuation(q, all_variants) or [q])[0].lower()
    words = re.sub(r"[?.!]+$", "", words)
    return [f + words for f in _pick(["um ", "um so ", "so like ", "uh yeah so like "], q, all_variants)]


# --- how recruiters, hiring managers and interviewers ask the same thing otherwise ------------
_SUBJECT = re.compile(r"(?:(?:the|a|an|any|our|your)\s+)?(?:" + "|".join(TITLE_FORMS) + r")"
                      r"(?:\s+(?:role|position|job|req|opening))?\b", re.I)
# A verb after "does <role>" and its form after "<role>" ("does X need" -> "X needs").
THIRD_PERSON = {"need": "needs", "require": "requires", "include": "includes", "get": "gets", "own": "owns",
                "do": "does", "have": "has", "work": "works", "manage": "manages", "touch": "touches",
                "interview": "interviews", "mentor": "mentors", "run": "runs", "build": "builds", "come": "comes",
                "handle": "handles", "lead": "leads", "want": "wants", "collaborate": "collaborates",
                "pay": "pays", "help": "helps", "carry": "carries", "offer": "offers", "mention": "mentions",
                "involve": "involves", "sponsor": "sponsors", "use": "uses", "travel": "travels",
                "report": "reports", "cover": "covers", "expect": "expects", "present": "presents"}

# Words that start what is said of a subject after "is" / "are" ("the X role is remote").
PREDICATE_STARTS = {"a", "an", "the", "in", "on", "at", "part", "open", "remote", "hybrid", "onsite", "on-site", "wfh",
                    "full", "fully", "ft", "pt", "eligible", "responsible", "expected", "required", "allowed", "paid",
                    "based", "more", "less", "still", "also", "really", "actually", "only", "just", "mostly", "ok",
                    "okay", "able", "likely", "supposed", "hands-on", "involved", "considered", "senior", "junior"}


def _yes_no_statement(body):
    """A yes/no question in statement order where its subject is a role, "there" or "we":
    "is the X role remote" -> "the X role is remote", "does the X need Y" -> "the X needs Y";
    None when the subject is something else or the verb has no known form."""
    m = re.match(r"(is|are|can|will|should|would|could|does|do)\s+", body, re.I)
    if not m:
        return None
    aux, rest = m.group(1).lower(), body[m.end():]
    if aux in ("is", "are") and re.match(r"there\b", rest, re.I):
        return "there " + aux + rest[5:]
    if aux == "do" and re.match(r"we\s", rest, re.I):
        return rest
    s = _SUBJECT.match(rest)
    if not s or not rest[s.end():s.end() + 1].isspace():
        return None
    subject, after = rest[:s.end()], rest[s.end():].lstrip()
    if aux == "does":
        verb, _, tail = after.partition(" ")
        if verb.lower() not in THIRD_PERSON:
            return None
        return f"{subject} {THIRD_PERSON[verb.lower()]}" + (f" {tail}" if tail else "")
    if aux == "do":
        return None
    first = after.split(" ", 1)[0].lower()
    if aux in ("is", "are") and first not in PREDICATE_STARTS and not re.search(r"(?:ed|able|ible)$", first):
        return None  # "is the lead back end number per year": "number" may be the subject's own noun
    return f"{subject} {aux} {after}"


def yes_no_check(q, all_variants):
    """A yes/no question asked as a check: "is it true that the X role is remote?",
    "am I right that ...", "I'd like to know whether ..."; other questions unchanged in
    words after "just to confirm," / "sanity check:"."""
    body = _strip_end(q)
    said = _yes_no_statement(body)
    if said is None:
        if body.split(" ", 1)[0].lower() not in _YES_NO:
            return []
        return [f + _lower_first(q) for f in _pick(["just to confirm, ", "sanity check: "], q, all_variants)]
    said = _lower_first(said)
    forms = [f"is it true that {said}?", f"am I right that {said}?", f"I'd like to know whether {said}",
             f"can you check whether {said}?"]
    return _pick(forms, q, all_variants)


_TITLE_AT_END = re.compile(r"\s+(?:for|of)\s+(?:(?:the|a|an)\s+)?(?P<title>" + "|".join(TITLE_FORMS) + r")"
                           r"(?:\s+(?:role|position|job|req))?\s*[?.!]*$", re.I)


def topic_first(q, all_variants):
    """The role said first and the question after it: "what is the salary for the X?" ->
    "X — what is the salary?", or the question cut to its noun: "salary for the X?"."""
    body = _strip_end(q)
    m = _TITLE_AT_END.search(body)
    if not m or body.split(" ", 1)[0].lower() not in _WH + ("what's", "whats"):
        return []
    title, asked = m.group("title"), body[:m.start()]
    if _TITLE.search(asked):
        return []  # another title in the question: moving one changes what is compared
    forms = [f"{title} — {_lower_first(asked)}?", f"{title}: {_lower_first(asked)}?"]
    noun = re.match(r"(?:what(?:\s+is|\s+are|['’]s|s)|whats)\s+the\s+(.+)$", asked, re.I)
    if noun:
        forms.append(f"{noun.group(1)} for {title}?")
    return _pick(forms, q, all_variants)


def asking_verb(q, all_variants):
    """Another verb of asking at the front: "what is the X" -> "wat is the X" / "show me the X" /
    "give me the X"; "tell me" -> "show me" / "give me"."""
    m = re.match(r"(what(?:\s+is|\s+are|['’]s|s)|whats)\s+", q, re.I)
    if m:
        forms = ["wat is ", "whats ", "what's "] if m.group(1).lower() not in ("what are", "what're") \
            else ["wat are ", "what're "]
        if re.match(r"the\s", q[m.end():], re.I) and not re.search(
                r"\b(?:about|like|for|mean|do|look|after|above|below|next)\W*(?:,|$)", q, re.I):
            forms += ["show me ", "give me "]  # "what's the X role about" is no "show me the X role about"
        forms = [f for f in forms if f.strip() != m.group(1).lower()]
        return [f + q[m.end():] for f in _pick(forms, q, all_variants)]
    m = re.match(r"(tell|show|give)\s+me\s+", q, re.I)
    if m:
        return [f + q[m.end():] for f in _pick([f for f in ("tell me ", "show me ", "give me ")
                                                  if f.split()[0] != m.group(1).lower()], q, all_variants)]
    return []


_NUMERIC = re.compile(r"\b(?:salary|pay|pays|paid|comp|compensation|range|band|years?|yrs|yoe|how many|how much"
                      r"|base|budget)\b|\$", re.I)


def hedge(q, all_variants):
    """A question after a number asked loosely: "ballpark, ...", "off the top of your head, ..."."""
    first = q.split(" ", 1)[0].lower()
    if not _NUMERIC.search(q) or not (first in _WH + ("what's", "whats")
                                      or len(q.split()) <= 6 and first not in _YES_NO + _IMPERATIVES):
        return []  # "got a cand with 12 years" asks no number
    forms = [lambda s: "ballpark, " + _lower_first(s), lambda s: "off the top of your head, " + _lower_first(s),
             lambda s: "roughly " + _lower_first(s), lambda s: _strip_end(s) + ", roughly?"]
    return [f(q) for f in _pick(forms, q, all_variants)]


_PLURAL_SPOT = re.compile(r"\b(for|of|about|with|to)\s+(?:the|a|an)\s+(?P<title>(?:lead\s+" + _B + r"|global\s+lead"
                          r"|expert\s+software|software)\s+engineer|expert\s+swe)\b"
                          r"(?=\s*(?:$|[?.!,;:—–(-])|\s+(?:and|or|vs|versus|in|at|on|to|who|that|if|when|outside"
                          r"|compared|next)\b)", re.I)  # "the expert swe pay range": the title is no noun there


def plural_role(q, _all):
    """The role said of the people in it: "the salary for a lead back end engineer" ->
    "the salary for lead back end engineers"."""
    m = _PLURAL_SPOT.search(q)
    if not m or re.match(r"['’]s", q[m.end():]):
        return []
    return [q[:m.start()] + f"{m.group(1)} {m.group('title')}s" + q[m.end():]]


ABBREVIATIONS = [(r"\bengineer\b", ("eng", "engr")), (r"\bsoftware\b", ("sw", "s/w")),
                 (r"\bback[\s-]?end\b", ("BE", "back-end"))]


def title_abbreviated(q, all_variants):
    """A title of two or more words with one word cut the way people type it:
    "expert sw engineer", "lead back end engr", "lead BE engineer"."""
    m = _TITLE.search(q)
    if not m or " " not in m.group().strip() or m.group().lower().endswith("s") \
            or _TITLE_BEFORE.search(q[:m.start()]):
        return []
    title = m.group()
    forms = []
    for pattern, shorts in ABBREVIATIONS:
        if re.search(pattern, title, re.I):
            forms += [re.sub(pattern, s, title, count=1, flags=re.I) for s in shorts]
    forms = [f for f in forms if f.lower() != title.lower()]
    return [q[:m.start()] + f + q[m.end():] for f in _pick(forms, q, all_variants)] if forms else []


def title_as_posting(q, all_variants):
    """The first title as "the role of X" or "the X posting / listing / JD"."""
    m = _TITLE.search(q)
    if not m or m.group().lower().endswith("s") and not m.group().lower().endswith("swe") \
            or _TITLE_BEFORE.search(q[:m.start()]) or re.search(r"\bbe\s+an?\s+$", q[:m.start()], re.I):
        return []
    if not re.search(r"\b(?:for|of|about|to|on|in)\s+(?:(?:the|a|an)\s+)?$", q[:m.start()], re.I):
        return []  # "does the X posting manage vendors": a posting as a subject does nothing
    before, after = q[:m.start()], q[m.end():]
    noun = _ROLE_NOUN.match(after)
    rest = after[noun.end():] if noun else after
    if not re.match(r"\s*(?:$|[?.!,;:—–(-])|\s+(?:and|or|vs|versus|in|at|on|to|who|that|if|when|what|how|which"
                    r"|outside|compared|next)\b", rest, re.I):
        return []  # "the global lead engineer package", "global lead eng": the title is no noun there
    bare = _ARTICLE.sub("", before)
    out = []
    for form in _pick(["role of", "posting", "listing", "JD"], q, all_variants):
        out.append(f"{bare}the role of {m.group().lower()}{rest}" if form == "role of"
                   else f"{bare}the {m.group().lower()} {form}{rest}")
    return out


def on_behalf(q, all_variants):
    """Asked for someone else: "my HM wants to know: ...", "asking for my hiring manager - ..."."""
    forms = [f"my HM wants to know: {_lower_first(q)}", f"asking on behalf of my hiring manager - {_lower_first(q)}",
             f"question from an interviewer on my panel: {q}", f"my HM is asking: {_lower_first(q)}"]
    said = _statement(_strip_end(q))
    if said:
        forms.append(f"my HM wants to know {said}")
    return _pick(forms, q, all_variants)


def follow_on(q, all_variants):
    """One more question after others: "also, ...", "one more -", "another one:"."""
    return [f + _lower_first(q) for f in _pick(["also, ", "one more - ", "another one: ", "oh and "], q, all_variants)]


NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty").split()
_SMALL_NUMBER = re.compile(r"(?<![\w$€£.,–-])(1?\d|20)(?=\s+(?:years?|yrs?|yoe|months?|people|direct|reports"
                           r"|engineers|roles)\b)|(?<=\btop )(1?\d|20)\b(?![\w.,+%-])", re.I)


def number_words(q, _all):
    """A small count written as a word: "9 years" -> "nine years", "top 2 roles" -> "top two roles"."""
    m = _SMALL_NUMBER.search(q)
    if not m:
        return []
    return [q[:m.start()] + NUMBER_WORDS[int(m.group())] + q[m.end():]]


# --- how people type in a hurry -----------------------------------------------------------------
# The slips typed most often in the common words of a question, as people make them (a
# finger ahead of the other, a letter left out of a long word).
COMMON_TYPOS = {"what": "waht", "which": "whcih", "the": "teh", "there": "tehre", "about": "abotu",
                "requirements": "requirments", "with": "wiht", "that": "taht", "they": "tehy",
                "their": "thier", "does": "deos", "have": "ahve", "salary": "salray",
                "experience": "experiance", "responsibilities": "responsibilites", "role": "rloe",
                "roles": "rloes", "need": "nede", "years": "yeras", "how": "hwo"}


def common_typo(q, all_variants):
    """A common word of the question typed with the slip people make in it ("waht", "teh",
    "requirments"), never a title's word; one word per question (picked by hash)."""
    title_spans = [m.span() for m in _TITLE.finditer(q)]
    found = [m for m in re.finditer(r"[A-Za-z]+", q) if m.group().lower() in COMMON_TYPOS
             and not any(a <= m.start() < b for a, b in title_spans)]
    return [q[:m.start()] + _same_case(m.group(), COMMON_TYPOS[m.group().lower()]) + q[m.end():]
            for m in _pick(found, q, all_variants)] if found else []


def acronyms_lowered(q, _all):
    """Acronyms typed in lower case and nothing else changed ("SRE roles" -> "sre roles",
    "any CI?" -> "any ci?", "CKA" -> "cka")."""
    out = re.sub(r"\b[A-Z][A-Z0-9]*[A-Z]s?\b", lambda m: m.group().lower(), q)
    return [out] if out != q else []


def apostrophes_dropped(q, _all):
    """Apostrophes left out and nothing else: "what's" -> "whats", "don't" -> "dont",
    "the role's salary" -> "the roles salary"."""
    out = re.sub(r"(?<=\w)['’](?=\w)", "", q)
    if not re.search(r"(?:^|\s)['’]", out):  # "the roles' pay", where no quote closes
        out = re.sub(r"(?<=s)['’](?=\s)", "", out)
    return [out] if out != q else []


def run_on(q, all_variants):
    """Typed fast: no space after a comma, the question mark left off and "thx" / "ty" /
    "pls" after it ("pay,level and remote?" -> "pay,level and remote thx")."""
    out = re.sub(r"([,;])\s+", r"\1", q)
    return [_strip_end(out) + f for f in _pick([" thx", " ty", " pls", " plz"], q, all_variants)]


FAMILIES = {
    "greeting before": greeting,
    "politeness after": politeness,
    "all lowercase": lowercase,
    "ALL CAPS": caps,
    "punctuation stripped": punctuation,
    "contractions": contractions,
    "typo (adjacent swap)": typo,
    "role title form": role_form,
    "wrapper (can you tell me)": wrapper,
    "imperative": imperative,
    "context sentence before": context_before,
    "teams politeness": teams_polite,
    "indirect (I was wondering)": indirect,
    "statement request (I need)": statement_request,
    "aside after": aside_after,
    "slack markup": slack_markup,
    "title as an opening": title_as_opening,
    "british spelling": british,
    "dictated": dictated,
    "yes/no as a check": yes_no_check,
    "topic first": topic_first,
    "asking verb": asking_verb,
    "hedge (ballpark)": hedge,
    "role in the plural": plural_role,
    "title abbreviated": title_abbreviated,
    "title as a posting": title_as_posting,
    "on behalf of someone": on_behalf,
    "follow-on (also)": follow_on,
    "numbers as words": number_words,
    "common-word typo": common_typo,
    "acronyms lower case": acronyms_lowered,
    "apostrophes dropped": apostrophes_dropped,
    "run-on (thx, no ?)": run_on,
}


def in_process_answers():
    """The same path as `rolecall ask --jsonl` (answer, persist, render), in this process:
    returns a function like `answers_from_command` without the command."""
    from bot import Question, open_assistant, render_text
    from bot.text import well_formed
    from knowledge.effects import persist

    assistant = open_assistant(os.environ["DATABASE_URL"])

    def answers(cases, _cmd=None, _timeout=None):
        texts = []
        for case in cases:
            answered = assistant.answer(Question(well_formed(case["q"].replace("\n", " ")), platform="cli",
                                                 logged=False))
            persist(assistant.store, answered.effects)
            texts.append(render_text(answered.answer))
        return texts, []
    return answers


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("banks", nargs="+", help="question banks (jsonl with q, must, must_not)")
    parser.add_argument("--cmd", default=DEFAULT_CMD, help="the command answering one question per stdin line")
    parser.add_argument("--in-process", action="store_true", help="answer through this worktree's bot, not --cmd")
    parser.add_argument("--all-variants", action="store_true", help="every form of a family, not one per question")
    parser.add_argument("--examples", type=int, default=4, help="failures shown per family")
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--failures", metavar="FILE", help="write every failing rewrite here as jsonl")
    args = parser.parse_args(argv)
    if any("heldout" in Path(b).name for b in args.banks):
        sys.exit("perturb.py: held-out banks are only ever scored, never probed")
    families = {k: v for k, v in FAMILIES.items() if not args.family or k in args.family}
    ask = in_process_answers() if args.in_process else answers_from_command

    totals = {name: [0, 0, []] for name in families}  # asked, failed, examples
    passing_all = 0
    failures = []
    for bank in args.banks:
        cases = [c for c in read_jsonl(bank, "case") if "q" in c]
        answers, problems = ask(cases, args.cmd, args.timeout)
        if problems:
            sys.exit(f"perturb.py: {bank}: {'; '.join(problems)}")
        passing = [c for c, a in zip(cases, answers) if check(c, a)[0]]
        passing_all += len(passing)
        rewrites = []  # (family, case, rewritten question)
        for case in passing:
            for name, make in families.items():
                for q in dict.fromkeys(make(case["q"], args.all_variants)):
                    if q.strip() and q != case["q"]:
                        rewrites.append((name, case, q))
        answers, problems = ask([dict(c, q=q) for _n, c, q in rewrites], args.cmd, args.timeout)
        if problems:
            sys.exit(f"perturb.py: {bank}: {'; '.join(problems)}")
        failed = 0
        for (name, case, q), answer in zip(rewrites, answers):
            ok, missing, present, _reason = check(case, answer)
            totals[name][0] += 1
            if not ok:
                failed += 1
                totals[name][1] += 1
                row = {"bank": Path(bank).stem, "family": name, "id": case.get("id"), "q": case["q"],
                       "rewritten": q, "missing": missing, "present": present,
                       "answer": " ".join((answer or "").split())[:160]}
                totals[name][2].append(row)
                failures.append(row)
        print(f"{Path(bank).stem}: {len(passing)}/{len(cases)} pass as written; "
              f"{failed}/{len(rewrites)} rewrites fail", flush=True)

    print(f"\nper family ({passing_all} passing questions):")
    asked_all = failed_all = 0
    for name, (asked, failed, examples) in totals.items():
        asked_all, failed_all = asked_all + asked, failed_all + failed
        stable = 1 - failed / asked if asked else 1.0
        print(f"  {name:<28} {failed:>4}/{asked:<5} fail   stable {stable:.3f}")
        for row in examples[:args.examples]:
            print(f"      {row['q']!r}\n   -> {row['rewritten']!r}"
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
