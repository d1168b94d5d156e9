"""What a chat message says around its question: a greeting, an address, a
"quick q:" or "can you tell me" before it, a "thanks!" or "pls" after it,
Teams courtesies ("hope you're well!", "could you please let me know",
"Kind regards"), a wonder ("just wondering"), fillers of dictated speech
("um so like") and an aside after it ("— need it for a 3pm call").

"hi team, which roles need redis", "quick q: what roles are there", "hm ok, what roles do you have",
"@RoleCall roles?" and "roles? thanks!" ask what "which roles need redis",
"what roles are there" and "roles?" ask; read as words of the question, "team"
and "q" were searched for, and "RoleCall" or "thanks" spoilt the list.
`without_opener` blanks such words, each character by a space so that offsets
into the text still hold, when a question stands beside them; a greeting or
thanks said alone ("hi team!", "ok thanks") is left to be one. Thanks for
the last answer before a follow-up ("thanks! and the global one?") open it
too: answered as thanks, the follow-up was lost.
"""

import re

# Greetings that open a message. Those that are ordinary words too ("morning
# shift roles?") are an opener only before a mark (", ! . : -").
GREETINGS = ("hi", "hey", "hello", "heya", "hiya", "yo", "howdy", "hi there", "hey there", "hello there",
             "good morning", "good afternoon", "good evening", "greetings", "dear rolecall")
# Colleagues greet in their own language before asking in English ("Bonjour,
# which roles ..."); words no English question is asked with.
GREETINGS += ("bonjour", "bonsoir", "hola", "olá", "ola", "hallo", "ciao", "namaste", "namaskar", "konnichiwa",
              "cześć", "czesc", "dzień dobry", "dzien dobry", "guten tag", "guten morgen", "buenos días",
              "buenos dias", "buenas tardes", "bom dia", "boa tarde", "salaam", "salam", "assalamu alaikum",
              "as-salamu alaykum", "marhaba", "merhaba", "g'day", "gday", "kia ora", "shalom", "sawubona",
              "kalimera", "kalispera", "yassou", "geia sou", "goedemorgen", "goedemiddag", "god morgon",
              "selamat pagi", "selamat siang", "annyeong", "annyeonghaseyo", "privet", "zdravstvuyte")
GREETINGS_BEFORE_A_MARK = ("morning", "afternoon", "evening", "hiya",
                           # greetings that are English words or names too ("oi", "salut")
                           "oi", "salut", "hej", "hoi", "moin", "servus", "ahoj", "buenas", "tere", "hei")
# Who a greeting is said to: "hi team", "hey all", "hello folks"; before a mark
# or a word that starts a question ("hi team which roles ..."), as "hey team of 10
# engineers - too many?" is about the team.
ADDRESSEES = ("team", "all", "everyone", "everybody", "folks", "guys", "y'all", "yall", "ya", "again",
              "rolecall", "bot", "friends", "people", "there")
# Words announcing a question. Those that are ordinary words ("question", "q")
# only before a mark: "quick q: ...", "question - ...".
ANNOUNCERS = ("quick q", "quick question", "qq", "quick one", "a quick question", "one quick question",
              "random q", "random question", "small question", "one more question", "another question",
              "sanity check", "quick check", "quick sanity check",
              # a check of what the asker believes asks it ("just to confirm, is ...?")
              "just to confirm", "to confirm", "just confirming", "just checking", "just to check",
              "just to double check", "just to double-check", "double check", "double-check")
ANNOUNCERS_BEFORE_A_MARK = ("q", "question", "a question", "one question", "qn", "ques", "one more thing",
                            "another thing", "one last thing", "last thing", "last question", "one more q",
                            "follow-up", "follow up", "quick follow-up", "quick follow up", "please", "pls", "plz",
                            "one more", "another one", "one more for you", "and another", "another", "next one",
                            "next q", "next question", "also", "oh and", "oh also", "and also",
                            # a search box's label typed before the question ("search: which docs mention Rust")
                            "search", "lookup", "look up", "query",
                            # how short the answer should be, said as a label ("One word: which …"); not "briefly",
                            # which asks the role's own summary first (`vocabulary.ASKED_BRIEFLY`)
                            "one word", "in one word", "short answer", "quick answer", "brief answer",
                            "simple answer", "straight answer", "short version", "in short",
                            "yes or no", "yes/no", "y/n", "bullet points", "bullets only")
# Sounds of thinking before the question ("hm ok, what roles DO you have"):
# never words of a question, so an opener wherever they stand first.
SIGHS = ("hm", "hmm", "hmmm", "hmmmm", "um", "umm", "uhm", "uh", "uhh", "erm", "ehm", "meh")
# Fillers of speech, dictated or typed as said ("um so like which roles ..."):
# first in a message they start no question of their own. Not "well" or
# "right", which start questions ("well paid roles?", "right fit for X?").
FILLERS = ("so", "yeah", "yea", "like", "basically", "ok so", "okay so", "alright so", "anyway", "anyways",
           "so yeah", "yeah so",
           # a question run on after others ("also, which roles need redis", "oh and the pay?")
           "also", "oh and", "oh also", "ah and", "and also", "also also")
# Greetings' courtesies, said before a mark ("Hello, hope you're well! ...").
PLEASANTRIES = ("hope you're well", "hope you are well", "hope you're doing well", "hope you are doing well",
                "hope all is well", "hope all's well", "hope this finds you well", "hope you had a good weekend",
                "hope your week is going well", "hope you're having a good week", "hope everyone is well",
                "i hope you're well", "i hope you are well", "i hope you're doing well", "i hope all is well")

# Ways of asking around the question itself: "can you tell me which roles ...".
ASKING_FRAMES = ("can you tell me", "could you tell me", "can u tell me", "would you tell me", "please tell me",
                 "pls tell me", "i'd like to know", "i would like to know", "id like to know", "i want to know",
                 "i wanna know", "i was wondering", "i'm wondering", "im wondering", "i wonder", "do you know",
                 "do u know", "any idea", "does anyone know", "does anybody know", "anyone know", "anybody know",
                 "could you please let me know", "can you please let me know", "could you let me know",
                 "can you let me know", "please let me know", "pls let me know", "let me know",
                 "could you please tell me", "can you please tell me", "i'd love to know", "i would love to know",
                 "would love to know", "just wondering", "wondering", "i'm curious", "im curious", "i am curious",
                 "just curious", "curious", "i was curious",
                 # a wonder "about" a thing asks that thing: "curious about roles with on-call"
                 "just wondering about", "wondering about", "i was wondering about", "i'm curious about",
                 "im curious about", "i am curious about", "curious about", "just curious about",
                 # a check of what the asker believes: "is it true that the X role is remote?"
                 "can you confirm", "could you confirm", "can u confirm", "please confirm", "pls confirm",
                 "can you check", "could you check", "can you double check", "am i right that",
                 "am i right in thinking", "am i correct that", "am i correct in thinking", "is it true that",
                 "is it correct that", "is it right that", "correct me if i'm wrong but")
# The same frames with "also", as a follow-up is asked ("could you also tell me
# whether it ...", "I'd also like to know ..."): "also" after the one asked or
# the asker, or after "please".
ASKING_FRAMES += tuple(re.sub(r"^((?:can|could|would) (?:you|u)|i'd|i would|id|please|pls) ", r"\1 also ", frame)
                       for frame in ASKING_FRAMES if re.match(r"(?:can|could|would) (?:you|u) |i'd |i would |id |please |pls ",
                                                              frame))
# Thanks and pleas after the question: "roles? thanks!", "lead backend salary pls".
CLOSERS = ("thanks", "thank you", "thx", "ty", "tia", "thanks in advance", "thanks a lot", "many thanks",
           "cheers", "pls", "plz", "please", "much appreciated", "appreciated", "thank u", "tnx", "thanks so much",
           "thank you so much", "kind regards", "regards", "best regards", "warm regards", "best wishes",
           "thank you in advance", "thanks all", "thanks team", "thank you all")
# How loosely a figure may be given ("ballpark, what does X pay", "years for X, roughly?"):
# the asker allows an approximate answer; the words ask nothing, first or last.
HEDGES = ("ballpark", "roughly", "roughly speaking", "approximately", "approx", "off the top of your head",
          "off the top of my head", "give or take", "more or less", "in ballpark terms", "ballpark figure",
          "ballpark-wise", "in rough terms", "rough figure", "rough number", "at a guess")
CLOSERS += HEDGES
# Please and thanks in colleagues' own languages, closing an English question
# ("what roles are in your documents, terima kasih"); inside one they are read
# as "please" / "thanks" (`vocabulary.OTHER_LANGUAGE_WORDS`).
CLOSERS += ("parakalo", "efharisto", "efcharisto", "bitte", "danke", "danke schön", "merci", "merci beaucoup",
            "gracias", "grazie", "obrigado", "obrigada", "por favor", "per favore", "svp", "s'il vous plaît",
            "alsjeblieft", "dankjewel", "bedankt", "tack", "tack så mycket", "terima kasih", "tolong",
            "kamsahamnida", "gamsahamnida", "gomawo", "spasibo", "dziękuję", "dziekuje", "teşekkürler",
            "tesekkurler", "arigato", "arigatou", "shukriya", "dhanyavaad")
# Who the question is asked for, said first: "my HM wants to know: ...", "asking on
# behalf of my hiring manager - ...", "question from an interviewer on my panel: ...".
# The one who passes a question on is no word of it ("HM" was searched for).
ASKED_FOR = ("hm", "hiring manager", "manager", "boss", "interviewer", "interviewers", "panel", "panelist",
             "interview panel", "client", "recruiter", "sourcer", "colleague", "coworker", "co-worker", "vp",
             "director", "cto", "head of engineering", "ta lead", "hiring team", "exec", "partner", "hrbp", "hms",
             "managers", "candidate")
OWNERS = ("my", "our", "one of my", "one of our")
# After "the" or "a", only people who are no job's title, and no word between: "the
# engineering manager wants to know" and "for the clinic manager:" name a role asked about.
NOT_TITLES = ("hm", "hms", "hiring manager", "hiring team", "interviewer", "interviewers", "panel",
              "interview panel", "panelist", "client", "candidate", "boss", "colleague", "coworker", "co-worker")
ANY_OWNER = ("the", "a", "an", "one of the")
PASSED_ON_BY = ("wants to know", "want to know", "would like to know", "wanted to know", "is asking", "are asking",
                "was asking", "were asking", "is wondering", "was wondering", "wonders",
                "needs to know", "keeps asking", "is asking me", "asked me", "keeps asking me", "asks me")
# Asides after the question, from a mark to the end: the asker's deadline or
# errand ("— need it for a 3pm call", "(no rush)", ", asking for a hiring
# manager"). They run to the end of the message and hold no question of their own.
ASIDES = ("need it for", "need it by", "need it before", "need it asap", "need this for", "need this by",
          "need this before", "need this asap", "needed for", "needed by", "asking for", "no rush", "no hurry",
          "trying to", "for a call", "for my call", "for a meeting", "for my meeting", "for an intake",
          "for my intake", "before eod", "by eod", "asap", "when you get a chance", "when you can",
          "if you can", "if possible", "whenever you can",
          # why the asker wants it, said last: "and the lead role's pay, for contrast" asks its pay alone,
          # the roles to set it against being already on screen
          "for contrast", "by contrast", "in contrast", "for comparison", "by comparison", "for reference",
          "for context", "for my notes", "for the record")
# An apology or an excuse said last, after a correction or a slip ("not global, the
# expert one, sorry, long day", "… my bad", "… typo"): it asks nothing ("long" was searched for).
# Only as the last words: "sorry if obvious — can the X work remote" goes on to ask.
APOLOGIES = ("sorry", "so sorry", "sorry about that", "sorry for that", "my bad", "my mistake", "my fault",
             "apologies", "oops", "whoops", "typo", "my typo", "long day", "been a long day", "it's been a long day",
             "its been a long day", "long week", "been a long week", "brain fog", "fat fingers", "fat fingered",
             "autocorrect", "damn autocorrect", "on mobile", "on my phone", "typing on my phone")
# Thanks for the last answer before the next question ("thanks! and the global
# one?", "cool, thx - years?"): an opener only before a mark, so that "thank you
# notes" stays words, and after an acknowledgement word or two ("ok", "great").
THANKS_BEFORE_A_MARK = ("thanks", "thank you", "thx", "ty", "tnx", "thank u", "cheers", "thanks a lot",
                        "thanks so much", "many thanks", "much appreciated", "appreciated", "perfect thanks")
# Words that, with thanks after them, are an acknowledgement, not a question ("ok thanks", "great, cheers").
ACKNOWLEDGEMENTS = {"ok", "okay", "k", "great", "cool", "perfect", "awesome", "nice", "got", "it", "sure", "yes",
                    "yep", "no", "nope", "alright", "fine", "good", "super", "brilliant", "lovely", "and", "so",
                    "oh", "ah", "that's", "thats", "helps", "that", "very", "much", "all", "for", "now"}

# A remark on the last answer before the next question ("Makes sense. And the
# global one?", "OK, that helps - years?"): it asks nothing, so it opens the
# follow-up as thanks do, and only before a mark and more words ("interesting
# roles?" stays words). Not "yes", "right", "sure": to a question back they pick.
REMARKS = ("good to know", "nice to know", "makes sense", "that makes sense", "makes total sense", "that helps",
           "that helps a lot", "helps a lot", "helpful", "very helpful", "that's helpful", "thats helpful", "useful",
           "very useful", "that's useful", "thats useful", "interesting", "very interesting", "noted", "got it",
           "gotcha", "understood", "i see", "fair enough", "sounds good", "good stuff", "that's clear", "thats clear",
           "clear", "cool", "great", "nice", "perfect", "awesome", "excellent", "lovely", "brilliant", "neat", "wow",
           "ok", "okay", "alright", "all right", "i understand", "good", "that's great", "thats great")

# The asker's team, said first as a heading ("University relations: could a new
# grad fit?", "Talent acquisition - which roles are remote?"): where the question
# comes from, never what it asks ("relations" was searched for). Only names of
# recruiting and people teams, which no role's facts are asked by, before a mark.
TEAMS = ("university relations", "campus relations", "employee relations", "talent acquisition", "ta team",
         "talent team", "people team", "people ops", "people operations", "people partners", "hr team",
         "campus recruiting", "university recruiting", "early careers", "early talent", "graduate recruiting",
         "recruiting ops", "recruiting operations", "recruitment team", "recruiting team", "sourcing team",
         "total rewards", "comp team", "compensation team", "rewards team", "workforce planning",
         "hr business partners", "talent partners", "employer branding")

# Who asks, said first: "sourcer here —", "HRBP here:", "new recruiter here,". A
# name or a job of one to three words, then "here", then a mark: the asker, not
# a word to search for or a title asked about.
INTRODUCED_WORDS = 3
# Acknowledgements said before thanks that open a question ("ok thanks! and pay?").
THANKED_BY = ("ok", "okay", "k", "great", "cool", "perfect", "awesome", "nice", "got it", "super", "brilliant",
              "lovely", "alright", "oh", "ah")

_MARK = r"\s*(?:[,!.:;]+|\s[-–—]+)\s*"
_ANY_SPACE = r"(?:" + _MARK + r"|\s+|\s*$)"
QUESTION_STARTS = ("what", "what's", "whats", "which", "who", "how", "where", "when", "why", "is", "are", "does",
                   "do", "can", "could", "should", "will", "would", "any", "quick", "q", "question", "i", "we")


def _words(phrases) -> str:
    """`phrases` as one alternation, longest first; any space between words, either apostrophe."""
    return "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split())
                    for p in sorted(phrases, key=len, reverse=True))


_OPENING = re.compile(
    r"\s*(?:"
    r"@[a-z][\w.-]*[,:]?\s+"  # "@RoleCall", as typed rather than as chat markup
    # a greeting to someone by name: "Hi Priya,", "hello Sam!" (a name, capitalised, then a mark)
    rf"|(?:{_words(GREETINGS)})\s+(?-i:[A-Z][a-z]+)\s*[,!:]\s*"
    rf"|(?:{_words(GREETINGS)})(?:\s+(?:{_words(ADDRESSEES)})(?={_MARK}|\s+(?:{_words(QUESTION_STARTS)})\b|\s*$))?\b{_ANY_SPACE}"
    rf"|(?:{_words(GREETINGS_BEFORE_A_MARK)})(?:\s+(?:{_words(ADDRESSEES)}))?{_MARK}"
    rf"|(?:{_words(PLEASANTRIES)}){_MARK}"
    rf"|(?:{_words(FILLERS)})\b\s+"
    rf"|(?:{_words(ANNOUNCERS)})\b{_ANY_SPACE}"
    rf"|(?:{_words(SIGHS)})\b{_ANY_SPACE}"
    rf"|(?:{_words(ANNOUNCERS_BEFORE_A_MARK)}){_MARK}"
    rf"|(?:(?:{_words(OWNERS)}|from)\s+)?(?:{_words(TEAMS)}){_MARK}"
    rf"|(?:{_words(ASKING_FRAMES)})\b{_ANY_SPACE}"
    rf"|(?:{_words(HEDGES)})\b{_ANY_SPACE}"
    # "my HM wants to know ...", "our new hiring manager is asking: ..."; not one asking
    # for an amount ("the candidate is asking for 230"), which is what they want paid
    rf"|(?:(?:{_words(OWNERS)})\s+(?:[\w-]+\s+)?(?:{_words(ASKED_FOR)})|(?:{_words(ANY_OWNER)})\s+(?:{_words(NOT_TITLES)}))"
    rf"\s+(?:{_words(PASSED_ON_BY)})\b"
    rf"(?!\s+(?:for|around|about)\s+[$£€]?\d){_ANY_SPACE}"
    # "asking on behalf of my hiring manager -", "for my HM:"
    rf"|(?:asking\s+)?(?:on\s+behalf\s+of|for)\s+(?:(?:{_words(OWNERS)})\s+(?:[\w-]+\s+)?(?:{_words(ASKED_FOR)})"
    rf"|(?:{_words(ANY_OWNER)})\s+(?:{_words(NOT_TITLES)})){_MARK}"
    # "question from an interviewer on my panel:": who asked, up to a mark
    rf"|(?:(?:a|one|another)\s+)?(?:question|q|qn)\s+from\s+(?:[\w'’-]+\s+){{0,5}}[\w'’-]+{_MARK}"
    # who is asking, as a label before a question ("Coordinator question: which …", "legal q: is …")
    rf"|(?:[\w'’-]+\s+){{1,2}}(?:question|q|qn)\s*:\s*(?=(?:{_words(QUESTION_STARTS)})\b)"
    rf"|(?!(?:{_words(QUESTION_STARTS)})\b)(?:[\w'&/.-]+\s+){{1,{INTRODUCED_WORDS}}}here{_MARK}"
    # thanks said twice over ("ty ty, last: monitoring?", "thanks thanks -") as once
    rf"|(?:(?:{_words(THANKED_BY)}){_ANY_SPACE})?(?:{_words(THANKS_BEFORE_A_MARK)})"
    rf"(?:\s+(?:{_words(THANKS_BEFORE_A_MARK)}))*{_MARK}(?=\W*\w)"
    rf"|(?:(?:{_words(THANKED_BY)}){_ANY_SPACE})?(?:{_words(REMARKS)}){_MARK}(?=\W*\w)"
    r")",
    re.I,
)
_CLOSING = re.compile(rf"(?:{_MARK}|\s+)(?:{_words(CLOSERS)})[\s!.:)(?]*$", re.I)
# An aside starts after a mark, or after the spaces left where chat markup was
# blanked (":pray: need it before EOD"); these few need no mark at all.
ASIDES_UNMARKED = ("no rush", "no hurry", "before eod", "by eod", "asap")
# The asker's errand of finishing, said last with no mark ("which roles are remote
# trying to close this out today"): "this" is the asker's task, no role's fact.
ERRANDS_UNMARKED = ("trying to close this out", "trying to close this", "trying to wrap this up",
                    "trying to get this done", "trying to get this out", "trying to finish this",
                    "need to close this out", "hoping to close this out", "hoping to wrap this up",
                    "want to close this out", "want to wrap this up")
ERRAND_WHEN = ("today", "tonight", "this week", "this afternoon", "this morning", "by eod", "by friday", "asap")
_ASIDE = re.compile(rf"(?:(?<=[?.!,;:(])\s*|\s[-–—]+\s*|\s{{2,}})(?:{_words(ASIDES)})\b[^?,;:]*[?!.\s]*$"
                    rf"|(?:(?<=[?.!,;:(])\s*|\s[-–—]+\s*|\s{{2,}})(?:{_words(APOLOGIES)})[\s!.)]*$"
                    rf"|\s(?:{_words(ASIDES_UNMARKED)})[\s!.)]*$"
                    rf"|\s(?:{_words(ERRANDS_UNMARKED)})(?:\s+(?:{_words(ERRAND_WHEN)}))?[\s!.)]*$", re.I)


# The asker said first ("Senior Staff Engineer here -"), as `_OPENING` blanks it.
_INTRODUCED = re.compile(
    rf"\s*(?:@[a-z][\w.-]*[,:]?\s+)?(?!(?:{_words(QUESTION_STARTS)})\b)(?P<who>(?:[\w'&/.-]+\s+){{1,{INTRODUCED_WORDS}}})"
    rf"here{_MARK}", re.I)


def introduced(text: str) -> str:
    """Who the asker says they are before the question ("HRBP here:",
    "Senior Staff Engineer here -"), else "": set aside as no words to
    search, but their own title when they ask where they could move."""
    match = _INTRODUCED.match(text)
    return match.group("who").strip() if match and re.search(r"\w", text[match.end():]) else ""


def without_opener(text: str) -> str:
    """`text` with its opening greetings, addresses and announcements blanked,
    each by as many spaces, when words of a question follow them."""
    end = 0
    while match := _OPENING.match(text, end):
        if match.end() == end:
            break
        end = match.end()
    if end and re.search(r"\w", text[end:]):
        text = " " * end + text[end:]
    while closing := _CLOSING.search(text) or _ASIDE.search(text):
        before = re.findall(r"[\w']+", text[:closing.start()].casefold())
        if not before or set(before) <= ACKNOWLEDGEMENTS:
            break
        start = closing.start() - 1 if text[closing.start() - 1:closing.start()] == "(" else closing.start()
        text = text[:start] + " " * (len(text) - start)
    return text
