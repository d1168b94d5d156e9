"""What a chat message says before its question: a greeting, an address, a "quick q:".

"hi team, which roles need redis", "quick q: what roles are there" and
"@RoleCall roles?" ask what "which roles need redis", "what roles are there"
and "roles?" ask; read as words of the question, "team" and "q" were searched
for and "RoleCall" spoilt the list. `without_opener` blanks such an opening,
each character by a space so that offsets into the text still hold, when a
question follows it; a greeting said alone ("hi team!") is left to be one.
"""

import re

# Greetings that open a message. Those that are ordinary words too ("morning
# shift roles?") are an opener only before a mark (", ! . : -").
GREETINGS = ("hi", "hey", "hello", "heya", "hiya", "yo", "howdy", "hi there", "hey there", "hello there",
             "good morning", "good afternoon", "good evening", "greetings", "dear rolecall")
GREETINGS_BEFORE_A_MARK = ("morning", "afternoon", "evening", "hiya")
# Who a greeting is said to: "hi team", "hey all", "hello folks".
ADDRESSEES = ("team", "all", "everyone", "everybody", "folks", "guys", "y'all", "yall", "ya", "again",
              "rolecall", "bot", "friends", "people", "there")
# Words announcing a question. Those that are ordinary words ("question", "q")
# only before a mark: "quick q: ...", "question - ...".
ANNOUNCERS = ("quick q", "quick question", "qq", "quick one", "a quick question", "one quick question",
              "random q", "random question", "small question", "one more question", "another question",
              "sanity check", "quick check")
ANNOUNCERS_BEFORE_A_MARK = ("q", "question", "a question", "one question", "qn", "ques")

_MARK = r"\s*(?:[,!.:;]+|\s[-–—]+)\s*"
_ANY_SPACE = r"(?:" + _MARK + r"|\s+)"


def _words(phrases) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


_OPENING = re.compile(
    r"\s*(?:"
    r"@[a-z][\w.-]*[,:]?\s+"  # "@RoleCall", as typed rather than as chat markup
    rf"|(?:{_words(GREETINGS)})(?:\s+(?:{_words(ADDRESSEES)}))?\b{_ANY_SPACE}"
    rf"|(?:{_words(GREETINGS_BEFORE_A_MARK)})(?:\s+(?:{_words(ADDRESSEES)}))?{_MARK}"
    rf"|(?:{_words(ANNOUNCERS)})\b{_ANY_SPACE}"
    rf"|(?:{_words(ANNOUNCERS_BEFORE_A_MARK)}){_MARK}"
    r")",
    re.I,
)


def without_opener(text: str) -> str:
    """`text` with its opening greetings, addresses and announcements blanked,
    each by as many spaces, when words of a question follow them."""
    end = 0
    while match := _OPENING.match(text, end):
        if match.end() == end:
            break
        end = match.end()
    if not end or not re.search(r"\w", text[end:]):
        return text
    return " " * end + text[end:]
