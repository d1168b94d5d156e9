"""Words that ask the last question again: "do the same for expert swe",
"same thing for the global lead", "repeat that for the engineer role".

Such words say only "again, for this role": they ask no fact themselves.
Read as words of a question, "do" asked for the role's duties, so "lead
backend IaC tools" then "do the same for expert swe" showed the expert's
responsibilities instead of its IaC tools. This module finds the phrase
(every word before a "for" is one of `REPEAT_WORDS`, at least one of them
saying "the same"), so the reader drops the intents said inside it and the
follow-up cues count it as the last question asked again. "Actually make
that expert", "change it to the global lead" ask it again too, for the role
after the phrase: "make" there earns nothing.
"""

from bot.text import Token

# Words that say "the same again" ("same", "ditto", "repeat", "likewise").
SAME_WORDS = {"same", "ditto", "repeat", "likewise", "similarly"}
# Words that may stand beside them before "for" and ask nothing more.
REPEAT_WORDS = SAME_WORDS | {"do", "the", "thing", "question", "again", "that", "it", "this", "please", "pls", "now",
                             "and", "ok", "okay", "can", "could", "you", "now", "then", "but", "so", "same's"}
# The word that names who the question is asked again for.
FOR_WORDS = {"for"}
# A phrase of as many words as this ("same question", "same thing again") asks the
# last question again with no "for" after it; "same" alone may begin a question of its
# own ("same salary as the engineer?").
UNMARKED_REPEAT_WORDS = 2


# "make that expert", "change it to backend": a verb that aims the last
# question at another role, with "that"/"it" for the question; the opener
# words may come first ("actually", "no wait"), a linking word after.
REAIM_VERBS = {"make", "change", "switch", "swap"}
REAIM_OBJECTS = {"that", "it", "this"}
REAIM_OPENERS = {"actually", "no", "nope", "sorry", "wait", "oh", "oops", "ok", "okay", "hmm", "um", "and", "so",
                 "hang", "hold", "on", "er", "erm", "uh", "well",
                 "pls", "please", "then", "now", "next"}
REAIM_LINKS = {"to", "for", "into", "with"}
# "now do the backend one", "next try the global lead": a verb after a word of
# moving on aims the last question at the role after it, with no "that" needed.
AGAIN_VERBS = {"do", "try"}
MOVING_ON = {"now", "next", "then"}


def repeat_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The tokens (start, end) of a phrase that asks the last question again
    at the start of a question ("do the same for", "actually make that"),
    its "for" included; None when the question opens with no such phrase."""
    said = [(i, t.text) for i, t in enumerate(tokens) if not t.brk]
    if (reaimed := reaim_span(tokens)) is not None:
        return reaimed
    seen = set()
    for k, (i, word) in enumerate(said):
        if word in FOR_WORDS:
            return (0, i + 1) if seen & SAME_WORDS else None
        if word not in REPEAT_WORDS:
            # "same question engineer", "same thing expert swe?": typed without its "for" (or a comma),
            # the phrase is the same question all the same, and the words after it what it is asked of
            return (0, i) if seen & SAME_WORDS and k >= UNMARKED_REPEAT_WORDS else None
        seen.add(word)
    return None


def reaim_span(tokens: list[Token]) -> tuple[int, int] | None:
    """"(actually) make that", "change it to": the span from the question's
    start through the linking word, when words follow it; None else."""
    said = [(i, t.text) for i, t in enumerate(tokens)]
    k = 0
    while k < len(said) and (said[k][1] in REAIM_OPENERS or tokens[k].brk):  # "hang on, make that"
        k += 1
    if k + 1 < len(said) and said[k][1] in AGAIN_VERBS and said[k + 1][1] not in REAIM_OBJECTS \
            and any(w in MOVING_ON for _i, w in said[:k]):
        return 0, k + 1  # "now do the backend one"
    if k + 1 >= len(said) or said[k][1] not in REAIM_VERBS or said[k + 1][1] not in REAIM_OBJECTS:
        return None
    end = k + 2
    if end < len(said) and said[end][1] in REAIM_LINKS:
        end += 1
    if not any(not t.brk for t in tokens[end:]):
        return None
    return 0, end
