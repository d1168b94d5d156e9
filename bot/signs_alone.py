"""A message of nothing but a currency sign: "$?", "££?", "€" typed after a
role's answer.

Alone, with roles in the conversation, it asks their pay, or, right after
their pay, what currency that is. Inside a longer question a sign is part of
an amount ("over $200k") and is never read this way, and with no role in the
conversation the sign asks nothing, so the help answers it as before.
"""

import re

from bot import vocabulary as V
from knowledge import Context

# Signs of money; a message of only these (and question marks) asks about pay.
MONEY_SIGNS = "$€£¥₹₩₽₪₺฿₫₦₱"
_ALONE = re.compile(rf"\s*[{re.escape(MONEY_SIGNS)}]+\s*[?!.]*\s*")
# Any sign at all: most messages have none, and then neither `alone` nor `worded` has work to do.
_ANY_SIGN = re.compile(f"[{re.escape(MONEY_SIGNS)}]")
# What such a message asks, in the words the reader already answers.
ASKS_PAY, ASKS_CURRENCY = "pay?", "currency?"


# Words that may stand around a lone sign in a follow-up without asking more:
# "and $?", "what about £?", "hey $ thanks!", "ok so €?".
AROUND_WORDS = {"and", "what", "about", "how", "bout", "ok", "okay", "so", "hey", "hi", "also", "then", "thanks",
                "thank", "you", "thx", "ty", "cheers", "please", "pls", "again", "now", "well", "hmm", "oh",
                # the role in question, pointed at: "$ for it?", "£ for that one"
                "for", "it", "them", "this", "that", "these", "those", "one", "role"}
# A remark or a polite opening before it, ended by a mark ("Good to know. $?",
# "One more thing, please: $?"), is at most this many words and asks nothing.
REMARK_MAX_WORDS = 7
_MENTION = re.compile(r"<[@!#][^>]*>|(?<!\w)@\w+")
_MARKUP = re.compile(r"[*_`~>]")
_PIECES = re.compile(r"(?<=[.!:;,])\s+")
_SIGNS_AROUND = re.compile(rf"((?:[a-z]+\s+)*)[{re.escape(MONEY_SIGNS)}]+\s*[?!.,]*((?:\s*[a-z]+[?!.,]*)*)\s*")


def alone(text: str | None) -> bool:
    """Whether the message asks nothing but a currency sign: the sign alone
    (maybe with a question mark), or beside words that only lean on the
    conversation ("and $?", "what about £?", "$ for it?", "hey $? thanks!"), after a
    Slack mention, quoting or markup, or after a short remark or polite
    opening that asks nothing ("Good to know. $?", "One more thing: €?")."""
    if not text or not _ANY_SIGN.search(text):
        return False
    if _ALONE.fullmatch(text) is not None:
        return True
    plain = _MARKUP.sub(" ", _MENTION.sub(" ", text)).strip().casefold()
    pieces = [p for p in _PIECES.split(plain) if p.strip()]
    signed = [i for i, p in enumerate(pieces) if any(c in MONEY_SIGNS for c in p)]
    if len(signed) != 1:
        return False
    match = _SIGNS_AROUND.fullmatch(pieces[signed[0]].strip())
    if match is None or any(w not in AROUND_WORDS for w in re.findall(r"[a-z]+", match.group(1) + match.group(2))):
        return False
    others = [p for i, p in enumerate(pieces) if i != signed[0]]
    return all("?" not in p and not any(c.isdigit() for c in p) and len(p.split()) <= REMARK_MAX_WORDS
               for p in others)


def asked(context: Context | None) -> str | None:
    """The question a lone sign asks in `context`: the pay of the roles in
    question, or their currency when their pay was just shown; None with no
    role to ask it of, or while a question back waits for a pick."""
    if context is None or not context.role_ids or context.choosing:
        return None
    return ASKS_CURRENCY if context.intent == V.SALARY else ASKS_PAY


# A sign heading a fragment, after at most words that lean on the thread
# ("£ for the global one?", "and $ at the expert level?"), stands where "pay"
# would: the rest of the message says whose.
_SIGN_FIRST = re.compile(rf"^(\s*(?:[a-z]+\s+)*)[{re.escape(MONEY_SIGNS)}]+(?=\s|[?!.,]|$)(?![\s?!.,]*[\d{re.escape(MONEY_SIGNS)}])")


def worded(text: str | None) -> str | None:
    """`text` with a sign heading it read as the word "pay" ("£ for the
    global one?" is "pay for the global one?"); as it was when the sign is
    part of an amount ("$200k for X?"), when there are two signs ("$ or
    £?", which asks currency), when a number or a currency's name stands in
    it, or when the words before it ask more than the thread."""
    if not text or not _ANY_SIGN.search(text):
        return text
    plain = text.casefold()
    if any(c.isdigit() for c in plain) or len(re.findall(rf"[{re.escape(MONEY_SIGNS)}]+", plain)) != 1:
        return text
    match = _SIGN_FIRST.match(plain)
    if match is None or any(w not in AROUND_WORDS for w in match.group(1).split()):
        return text
    return f"{text[:match.start()]}{match.group(1)}pay{text[match.end():]}"
