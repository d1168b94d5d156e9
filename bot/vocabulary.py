"""The words RoleCall understands, as data.

A new way of asking is an entry in one of these tables, never a new branch in
code. Intent phrases carry weights: a question's intent is the one whose
matched phrases weigh most, so "how do I assess a lead's technical skills in
the interview" (assess 3 + interview 2 for hiring advice against technical
skills 3) is about interviewing, while "interviewing one on friday, what tech
should I ask about" (what tech 3 against interviewing 2) is about skills.
Weights were set by hand on the shared dev questions and on the project's own
test questions per intent; 3 is a word that settles the intent by itself, 1 a
hint.

Nothing here names a role, a skill or a number from the documents: those come
from the knowledge store.
"""

import unicodedata

# Intents a question can have. Each maps phrases (folded, space-separated,
# after compounds and abbreviations are applied) to weights.
OVERVIEW = "overview"
PRIMARY = "primary_responsibilities"
SECONDARY = "secondary_responsibilities"
SALARY = "salary"
HARD_SKILLS = "hard_skills"
SOFT_SKILLS = "soft_skills"
SKILLS = "skills"
EDUCATION = "education"
EXPERIENCE = "experience"
CAREER = "career_path"
CAREER_ENTRY = "career_entry"
CAREER_NEXT = "career_next"
CAREER_LATERAL = "career_lateral"
PERKS = "perks"
HIRING = "hiring_advice"
# Facets of postings (knowledge.readers) that the seeds' two layouts lack; see FALLS_BACK.
REQUIREMENTS = "requirements"
NICE_TO_HAVE = "nice_to_have"
BENEFITS = "benefits"
LOCATION = "location"
EMPLOYMENT_TYPE = "employment_type"
LEVELS = "levels"
HIRING_PROCESS = "hiring_process"
TEAM = "team"
COMPANY = "about_the_company"
NAMED_SECTION = "named_section"  # a section of the role's own document, found by its heading
JOB_DESCRIPTION = "job_description"
COMPARE = "compare"
LIST_ROLES = "list_roles"
REVERSE = "reverse_search"
PATH = "career_route"
HELP = "help"
SMALLTALK = "smalltalk"
THANKS = "thanks"
SPELLED_OUT = "spelled_out"  # what a role's short name stands for ("what does LBE stand for")
NEUTRAL = "neutral"  # phrases that mean nothing for the intent; consumed so they don't look like a role

# Verbs of becoming another role ("which roles can turn into an Engineering Manager",
# "roles that grow into architecture"): ways of saying "lead to", asked of the target.
BECOMING_PHRASES = ("turn into", "turns into", "grow into", "grows into", "evolve into", "evolves into",
                    "develop into", "develops into", "step into", "steps into", "transition into",
                    "transitions into", "progress into", "progresses into",
                    # "which roles can lead on to Chief Architect": "on" between is still "lead to"
                    "lead on to", "leads on to", "lead onto", "leads onto",
                    # "which of them goes on to Chief Architect": going on to a role
                    "go on to", "goes on to")
# "which of them can go to Chief Architect": going to a title, asked of the store or
# the roles shown; never one role's own fact ("the max we can go to on the AE req" is pay).
GOING_PHRASES = ("go to", "goes to")
# A title a role names on its career path: "which role lists Director of Engineering
# *as an advancement option*" asks the roles leading there, as "lead to" does, and
# "which role lists Senior Staff Engineer *as an entry point*" those it leads into.
# Read only beside a title no role holds (`across_roles.listed_as`): they are no
# intent phrases, so "what counts as a way in to X" stays X's own way in.
def _listed_as(nouns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"as {article}{noun}" for article in ("a ", "an ", "its ", "their ", "the ", "") for noun in nouns
                 if not (article == "a " and noun[0] in "aeiou") and not (article == "an " and noun[0] not in "aeiou"))


LISTED_AS_ENTRY_PHRASES = _listed_as(("entry point", "way in", "feeder", "feeder role", "previous role", "prior role"))
LISTED_AS_LINK_PHRASES = _listed_as(("next step", "next move", "next role", "advancement option", "advancement",
                                     "promotion", "progression option", "progression", "career move", "step up",
                                     "exit option", "onward move", "lateral move", "lateral option", "sideways move")
                                    ) + LISTED_AS_ENTRY_PHRASES

# Where a role stands on its ladder, as people say it: "what sits above the
# engineer", "one level up from X", "the next rung", "what's one step below
# X". A place word with a word of direction asks the next steps (up) or where
# people come from (down). "is"/"are" with "above"/"under" are left out: "roles
# that are under 200k" is a pay threshold, not a rung.
LADDER_PLACES = ("sits", "sit", "sitting", "comes", "ranks", "one level", "a level", "the level", "level",
                 "one rung", "a rung", "the rung", "rung", "one step", "a step", "the step", "one notch",
                 "a notch", "directly", "right", "immediately")
LADDER_UP, LADDER_DOWN = ("above", "up", "higher"), ("below", "under", "down", "lower")
LADDER_PHRASES = {f"{place} {way}": direction for ways, direction in ((LADDER_UP, "next"), (LADDER_DOWN, "entry"))
                  for way in ways for place in LADDER_PLACES}
LADDER_PHRASES.update({"next rung": "next", "rung above": "next", "rung below": "entry", "what's below": "entry",
                       "what is below": "entry", "above it": "next", "below it": "entry"})

# Nouns for a role of the store, one and many: the table every reader of "which
# role", "the best paying lead role", "a position for her", "which jobs" shares.
# Words before a title that say the role is one already known ("*the* lead role",
# "that engineer"), and with "a"/"an" every word that may stand before a title.
DEFINITE_WORDS = frozenset({"the", "that", "this", "our"})
ONE_ROLE_WORDS = ("role", "position", "job", "opening", "title")
MANY_ROLES_WORDS = ("roles", "positions", "jobs", "openings")

# A role held before this one, in any of those nouns: "prior title", "previous
# position", "former jobs" (a plural is read as its singular) ask where people come from.
EARLIER_WORDS = ("prior", "previous", "former", "earlier")

# What a hire costs, in shoppers' words: asks about pay. The comparative and
# superlative forms also rank by it ("the pricier one", see `bot.range_ends`).
COST_LESS = ("cheap", "cheaper", "cheapest")
COST_MORE = ("pricey", "pricier", "priciest", "costlier", "costliest")
COST_WORDS = COST_LESS + COST_MORE + ("expensive", "costly", "inexpensive")

INTENT_PHRASES: dict[str, dict[str, float]] = {
    OVERVIEW: {
        "overview": 3, "describe": 3, "description": 2, "explain": 3, "intro": 3, "introduction": 3,
        "summary": 3, "summarize": 3, "sum up": 3, "sum it up": 3, "summarise": 3, "definition": 3, "define": 3, "tell me about": 3,
        "in one paragraph": 2,
        # plain-language asks: "in simple words, what is X", "X in layman's terms";
        # they outweigh "do", since "what does X do, in simple terms?" asks for
        # the plain summary, not the list of duties
        "in plain words": 3, "in simple words": 3, "in simple terms": 3, "in plain english": 3, "in plain terms": 3,
        "in layman's terms": 3, "layman's terms": 3, "laymans terms": 3, "simply put": 2, "eli5": 3, "in a nutshell": 2, "what is": 1, "who is": 1,
        "what exactly is": 2, "elevator pitch": 3, "pitch": 3, "role definition": 4, "about the role": 3,
        "background on": 1, "what kind of role": 2,
        # the length asked is a summary: "in a sentence each", "a one-liner on X"
        "in a sentence": 3, "in one sentence": 3, "one sentence": 3, "in a line": 2, "one liner": 3,
        "in a few words": 3, "in brief": 2, "tldr": 3,  # "tl;dr" is one token (bot.text)
        # a short version of the whole: "the one-paragraph version of what X does", "short version?"
        "one paragraph": 2, "a paragraph": 2, "paragraph version": 3, "one paragraph version": 3, "short version": 3, "quick version": 3,
        # the gist of it: "what's the gist? scope?" asks what the role is, not its duties list
        "gist": 3, "the gist": 3, "gist of": 3,
    },
    PRIMARY: {
        "responsible": 3, "responsibility": 3, "responsibilities": 2, "duties": 3, "duty": 3,
        "own": 3, "owns": 3, "remit": 3, "day to day": 3, "daily": 2, "typical day": 3, "typical week": 3, "week in the life": 4, "day in the life": 4, "work on": 3, "works on": 3,
        "task": 3, "tasks": 3, "core functions": 3, "functions": 2.5, "main functions": 4, "key functions": 4,
        # the work itself, as a noun: "describe an engineer's daily work", "their day job"
        "daily work": 4, "everyday work": 4, "day to day work": 4, "day job": 3, "daily tasks": 4, "workload": 3, "primary functions": 4, "main duties": 4,
        "on the hook": 3, "expected": 1, "do": 2, "does all day": 3, "do all day": 3, "all day": 2, "handle": 2, "in charge of": 3,
        "accountable": 3, "accountabilities": 3, "key accountabilities": 4, "job scope": 3, "scope": 2, "deliverables": 2, "main job": 3, "key responsibilities": 4,
        "what they do": 2, "expected to": 3,
        "be doing": 3, "working on": 3, "what's the job": 3,
        "spend their time": 3, "spends their time": 3, "spend time on": 3,
        "involve": 2.5, "involves": 2.5,  # "what would my job involve"; "roles that involve X" stays a search
        # the work as what fills someone's time: "what's on the plate of X", "what would X spend their week on"
        "on the plate": 4, "on their plate": 4, "on his plate": 4, "on her plate": 4, "plate": 2,
        "spend their week": 4, "spend their days": 4, "spend the week": 4, "spend the day": 4, "spend their day": 4,
    },
    SECONDARY: {
        "secondary": 4, "secondary functions": 5, "outside": 3, "beyond": 2, "besides": 3,
        "other responsibilities": 3, "additional": 3, "extra": 2, "on the side": 3, "side duties": 4,
        "other": 1, "also do": 2, "what else": 3, "else": 1,
        "side": 2, "side responsibilities": 5, "side tasks": 5, "non core": 5,
        "apart from": 3, "lesser": 3, "minor": 3, "lesser responsibilities": 5, "minor responsibilities": 5,
    },
    SALARY: {
        "salary": 4, "salaries": 4, "pay": 3, "paid": 3, "pays": 3, "paying": 3, "comp": 3, "compensation": 4,
        "earn": 3, "earns": 3, "make": 1, "makes": 1, "band": 2, "range": 1, "money": 3, "wage": 3,
        "wages": 3, "how much": 2, "package": 2, "ote": 3, "base": 1, "budget": 2, "rate": 1,
        "remuneration": 4, "income": 3, "earnings": 4, "earning": 3, "take home": 3, "pay packet": 4,
        "renumeration": 4,  # the common misspelling, too far from "remuneration" for the typo index
        "ctc": 4, "lpa": 3,  # India's "CTC" (cost to company), in lakhs per annum
        "salary range": 5, "pay band": 5, "pay range": 5,
        # "the range" on its own, one of several asks ("I need the range, the min YOE and ..."):
        # a recruiter's range is the pay range; "years range" keeps its heavier "years"
        "the range": 2.5,
        # the range of the role pointed at ("cand: 11 yrs, asking 270k", then "range there?"); a
        # bare "range" stays faint, as "experience range" and "meet the X range" of years say
        **{f"range {there}": 2.5 for there in ("there", "for it", "for that", "for this", "for them", "for those",
                                               "for that role", "for that one", "on it", "on that")},
        # a figure weighed against the band: "is 240k outside the band", "would 190k be within range"
        **{f"{where}{the}{band}": 5 for where in ("outside ", "out of ", "within ", "inside ", "in ", "above ", "below ")
           for the in ("the ", "") for band in ("band", "range", "pay band", "pay range", "salary band", "salary range")},
        "hourly rate": 5, "hourly pay": 5, "hourly wage": 5, "day rate": 5, "contract rate": 5, "hourly": 2,
        "equity": 3, "stock options": 3,
        # the top of what a hiring team may offer: the posted range is what the documents say of it
        "max offer": 6, "maximum offer": 6, "top offer": 6, "highest offer": 6, "most we can offer": 6,
        "most we could offer": 6, "how high can we go": 6, "how high could we go": 6, "how far can we go": 6,
        # a pay range's ends: "highest ceiling?", "lowest floor among roles"
        "ceiling": 2, "floor": 2, "top end": 2, "low end": 1, "bonus": 3, "bonuses": 3,
        # the period of a rate: "which contract pays more per hour" asks about pay
        "per hour": 2, "an hour": 2, "per day": 2, "pays more": 4, "pays better": 4, "pays less": 4,
        # recruiters' shorthand: "what's the base for X", "TC" (total compensation, see ABBREVIATIONS)
        "base for": 3, "the base": 2, "budget for": 3.5, "hiring budget": 5, "budget on": 3, "base pay": 4, "base salary": 5, "base comp": 5, "total compensation": 5,
        # the pay headings of Spanish, Portuguese and Polish postings, asked in their words
        "salario": 5, "salário": 5, "sueldo": 5, "remuneração": 5, "remuneracion": 5, "wynagrodzenie": 5,
        "pensja": 5,
        "tope": 2,  # a Spanish pay range's ceiling: "cuál es el tope para el X", as "ceiling"
        # ... and of German, French, Italian and Dutch ones ("ICU nurse sonnenhof gehalt?")
        "gehalt": 5, "vergütung": 5, "verguetung": 5, "lohn": 4, "salaire": 5, "rémunération": 5, "stipendio": 5,
        "retribuzione": 5, "salaris": 5,
    },
    HARD_SKILLS: {
        "hard skills": 5, "technical skills": 3, "tech skills": 4, "tech": 2, "what tech": 3,
        "technologies": 3, "technology": 2, "stack": 3, "tech stack": 4, "tools": 2, "tooling": 2,
        "languages": 2, "programming": 2, "frameworks": 3, "technical requirements": 4,
        "technical": 1, "technically": 3, "know": 1, "proficient": 2, "proficiency": 2, "expertise": 1,
        "what tools": 4, "which tools": 4, "toolbox": 4, "toolkit": 4,
        "hard skill": 5, "technical skill": 3, "tech skill": 4,
        # the languages written, in other words than "programming": "coding languages", "languages they code in"
        # (never a title's word: "lead back end langs" names the role, then asks its languages)
        **{f"{kind} {noun}": 4 for kind in ("coding", "code", "dev", "development")
           for noun in ("language", "languages")},
    },
    SOFT_SKILLS: {
        "soft skills": 5, "people skills": 5, "interpersonal": 4, "communication": 2,
        "leadership qualities": 4, "leadership traits": 4, "personality": 3, "traits": 3,
        "qualities": 2, "behavioral": 3, "behavioural": 3, "behavior": 3, "behaviors": 3, "character": 2, "attitude": 2,
        "teamwork": 3, "collaboration": 1, "mindset": 2, "culture fit": 3,
        "communicator": 4, "communicate": 3, "non technical": 5, "non technical skills": 6, "non tech": 5, "non tech skills": 6,
        "leadership style": 4, "working style": 3, "work style": 3,
        "kind of leader": 4, "kind of teammate": 4, "kind of colleague": 4, "sort of leader": 4,
        "soft skill": 5, "people skill": 5,
    },
    SKILLS: {
        "hard and soft skills": 8, "soft and hard skills": 8, "technical and soft skills": 8,
        "technical and people skills": 8, "hard and soft": 7, "soft and hard": 7,
        "skills": 2, "skill": 2, "skillset": 2, "competencies": 3, "competency": 3, "abilities": 2,
        "qualifications": 2, "requirements": 1, "required": 1, "need": 0.5, "must have": 2,
        "preferred qualifications": 2,  # as "qualifications" alone, before the posting intents
        # asking what a candidate must bring, as people say it (REQUIREMENTS weighs half a point more)
        "do we need": 3.5, "need from": 3.5, "what we need": 3.5, "who fits": 3.5, "who would fit": 3.5,
        "good fit": 3.5, "a fit": 3, "ideal candidate": 3.5, "right candidate": 3.5,
    },
    EDUCATION: {
        "education": 4, "educational": 4, "degree": 3, "degrees": 3, "study": 2, "studies": 2,
        "fields of study": 5, "field of study": 5, "area of study": 5, "areas of study": 5, "course of study": 5,
        "program of study": 5, "programs of study": 5, "degree program": 4, "degree programs": 4, "major": 2, "bachelor": 3, "bachelors": 3,
        "master": 3, "masters": 3, "phd": 3, "university": 3, "college": 3, "diploma": 3,
        "academic": 3, "certification": 2, "certifications": 2, "schooling": 3, "graduate": 2,
        "minimum qualification": 5, "minimum qualifications": 5, "academic qualifications": 5,
        "educational background": 5, "qualified on paper": 4,
        "academically": 4, "academic background": 5,
        # the school-leaving certificates postings ask for where no degree is ("Matric (Grade 12)", "5 GCSEs")
        "matric": 3, "matriculation": 3, "high school": 3, "secondary school": 3, "gcse": 3, "gcses": 3,
        "a levels": 3, "a-levels": 3, "abitur": 3, "leaving certificate": 4, "school leaving": 4, "ged": 3,
        "bs": 3, "ba": 3, "ms": 3, "bsc": 3, "msc": 3, "mba": 3,  # degrees by their letters
        # fields of study in few words ("fields?", "majors?", "is mech eng an accepted field?"); "field"
        # alone is a field of work too ("field service"), so only beside a word that makes it a degree's
        "fields": 2, "majors": 2, "disciplines": 2, "accepted field": 4, "accepted fields": 4,
        "acceptable field": 4, "relevant field": 3, "which field": 3, "what field": 3, "degree field": 4,
    },
    EXPERIENCE: {
        "experience": 3, "years": 3, "year": 2, "how long": 3, "background": 2, "industry": 1,
        "seniority": 2, "track record": 3, "yoe": 4, "tenure": 2, "how senior": 3,
        "time in a": 3, "time as a": 3, "need time in": 4,  # "time in a lead role before"
        # seniority as a superlative is the experience asked for: "which is the most junior role"
        "most junior": 3, "most senior": 3, "least junior": 3, "least senior": 3, "more junior": 2,
        "more senior": 2,
        # what is required of the experience, not a topic of its own ("the experience requirement")
        "experience requirement": 4, "experience requirements": 4, "experience required": 4,
        # the career behind the candidate, not the path ahead: "the longest career so far", "career to date"
        "career so far": 5, "career to date": 5, "careers so far": 5, "longest career": 4, "shortest career": 4,
    },
    CAREER: {
        "career": 3, "career path": 5, "career progression": 5, "progression": 3, "path": 2,
        "trajectory": 3, "ladder": 3, "grow": 1, "growth": 2,
    },
    CAREER_ENTRY: {
        "entry points": 5, "entry point": 5, "come from": 4, "comes from": 4, "coming from": 4,
        "before": 3, "feeder": 4, "feeder roles": 5, **{f"{said} {noun}": 4 for said in EARLIER_WORDS for noun in ONE_ROLE_WORDS},
        "prerequisite role": 4, "get into": 2, "become": 3, "lead in": 4, "get to be": 4, "entry": 3, "source from": 3,
        # a sourcer's "where would we source them from?", "where do we hire them from": where they come from
        "source them from": 5, "source people from": 5, "hire them from": 5, "recruit them from": 5,
        "feed into": 4, "feeds into": 4, "prerequisites to become": 6, "what it takes to become": 6,
        # feeding said with "up" or "in" ("which titles feed up into X", "what titles feed in?")
        "feed up into": 5, "feeds up into": 5, "feeding into": 4, "feeding up into": 5, "feed in": 4, "feeds in": 4,
        "from below": 4,
        "previous job titles": 5,
        # sourcers' searches: the titles to look for are the ones people come from
        # ("boolean string for X", "which titles should I OR together", "x-ray search for X")
        "boolean": 4, "boolean string": 5, "boolean search": 5, "boolean query": 5, "x-ray search": 5, "xray search": 5,
        "or together": 4, "titles to search": 5, "titles to target": 5, "titles to source": 5, "source titles": 4,
        "takes to become": 5, "land": 3, "break into": 4, "get hired": 3, "lead to": 3, "leads to": 3, "lead into": 3, "path into": 4,
        # where people come from, in other words: "where do people move into X from", "previous job titles"
        "move into": 4, "moves into": 4, "moving into": 4, "way in": 4,
        # "from which positions do people come into it?", "where do they come in from"
        "come into": 4, "comes into": 4, "coming into": 4, "came into": 4, "come in from": 5, "came in from": 5,
        # verbs of becoming another role: which way is read from the side the role is on (bot/career_direction.py)
        **{phrase: 4 for phrase in BECOMING_PHRASES},
        **{phrase: 5 for phrase, way in LADDER_PHRASES.items() if way == "entry"},
        "feeders": 4, "feeder role": 5, "route in": 4, "routes in": 4, "comes before": 4, "what precedes": 5,
    },
    CAREER_NEXT: {
        "next": 3, "next step": 5, "next role": 5, "after": 3, "comes after": 4, "go from here": 5,
        # "what comes next for those": the next steps, no "Comes from" asked by its "comes"
        "comes next": 5, "come next": 5, "coming next": 5, "came next": 5,
        "go next": 5, "promotion": 4, "promotions": 4, "promoted": 4, "advance": 4, "advancement": 4, "step up": 4,
        "move up": 4, "future": 2, "exit": 2, "progress to": 4, "ladder above": 6, "level above": 6,
        "career ladder": 6,  # a ladder is climbed: the steps up, not where people come from
        "role above": 6, "roles above": 6, "step above": 6, "beyond": 2,
        # the way up, said as a direction ("upward options", "moves upwards")
        "upward": 5, "upwards": 5, "upward options": 6, "upward moves": 6, "upward path": 6,
        "where can": 2, "what's above": 5, "what is above": 5,
        "promotions work": 6, "promotion work": 6, "promotion process": 6,  # not "work on" the role
        # where a role leads, in other words: "growth path from X", "where could it lead later"
        "growth path": 5, "lead later": 4,
        # growing from the role, said of the person in it: "if I join as X, how can I grow?"
        "i grow": 4, "they grow": 4, "can grow": 4, "room to grow": 5, "room for growth": 5, "career growth": 5, "leads later": 4, "it lead": 4,
        "it leads": 4, "end up": 4, "ends up": 4, "move on to": 5, "moves on to": 5, "afterwards": 4,
        "what follows": 5, "follow on": 4, "progression from": 5, "path from": 2,
        # "go" of going on, not the language: "where do they go after?", "where does it go from there"
        "go after": 5, "goes after": 5, "go afterwards": 5, "go from there": 5, "goes from there": 5,
        **{phrase: 5 for phrase, way in LADDER_PHRASES.items() if way == "next"},
    },
    CAREER_LATERAL: {
        "lateral": 5, "laterally": 5, "sideways": 5, "switch": 3, "pivot": 4, "transfer": 3,
        "move sideways": 6, "lateral moves": 6, "same level": 3, "move": 1, "similar": 4,
        "similar roles": 5, "similar jobs": 5, "comparable roles": 5, "adjacent": 4, "related roles": 5,
        # a move said by the direction it does not take: "any non-up moves", "moves that aren't upward"
        **{f"{no} {way}": 5 for no in ("non", "not", "aren't", "isn't", "other than", "besides")
           for way in ("up", "upward", "upwards", "vertical", "a promotion")},
    },
    PERKS: {
        "perks": 5, "perk": 5, "benefits": 4, "benefit": 4, "remote": 4, "remotely": 4, "hybrid": 4,
        "work from home": 5, "wfh": 5, "remote work": 5, "remote working": 5, "in office": 4, "onsite": 4, "on site": 4, "office": 2,
        "location": 4, "located": 4, "where": 1, "full time": 4, "part time": 4, "ft": 3, "pt": 2,
        "employment type": 5, "contract": 3, "permanent": 3, "pto": 4, "vacation": 4, "holiday": 3,
        # time off, as people say it: "paid time off" is no question about pay
        "paid time off": 6, "time off": 4, "days off": 4, "annual leave": 5, "holiday allowance": 5,
        "holidays": 3, "vacation days": 5, "leave policy": 5,
        "401k": 4, "403b": 4, "457b": 4, "retirement": 4, "pension": 4, "insurance": 3, "equity": 3, "stock": 3, "health": 2, "relocation": 3,
        "based": 3, "based in": 4, "besides salary": 6, "besides the salary": 6, "on top of salary": 6,
        "learning budget": 5, "training budget": 5, "education budget": 6, "development budget": 5,
        "l&d budget": 5,
        "other than salary": 6, "apart from salary": 6, "besides pay": 6, "on top of pay": 6,
        "on top of the salary": 6, "where is": 2, "time zone": 3, "timezone": 3,
    },
    HIRING: {
        "interview": 2, "interviews": 2, "interviewing": 2, "assess": 3, "assessing": 3,
        "evaluate": 3, "evaluating": 3, "screen": 3, "screening": 3, "red flags": 5, "red flag": 5,
        "dealbreakers": 5, "dealbreaker": 5, "deal breakers": 5, "watch out": 4, "watch for": 4,
        "hiring": 2, "hire": 2, "hiring advice": 5, "tips": 3, "advice": 3, "what to look for": 4,
        "look for": 2, "team size": 5, "how big a team": 5, "how big": 2, "direct reports": 5,
        "how many reports": 5, "how many people": 4, "manage": 1, "span of control": 5, "prioritize": 2, "whiteboard": 4,
        # what to weigh most in a candidate: "should I prioritize tech or leadership for X"
        "should i prioritize": 5, "should i prioritise": 5, "should we prioritize": 5, "should we prioritise": 5,
        "prioritise": 2,
        # the same, said by weighing one against the other: "how should we weigh tech against leadership for X",
        # "tech or leadership, which matters more"
        "should i weigh": 5, "should we weigh": 5, "how to weigh": 5, "how do we weigh": 5, "how do i weigh": 5,
        "weigh up": 4, "weighting": 3, "matters more": 4, "matter more": 4, "matters most": 4, "matter most": 4,
        # an interviewer's verb: "what should I probe for", "areas to probe on"
        "probe": 3, "probe for": 4, "probe on": 4, "probing": 3,
        "test their": 2, "test": 3, "way to test": 5, "questions should i ask": 4, "interview questions": 5,
        "pass on": 4, "reject": 4, "rejecting": 4, "turn down": 4, "screen out": 4, "knock out": 3, "say no to": 4,
        "disqualify": 4, "disqualifies": 4, "disqualified": 4, "rule out": 4,
        # a recruiter's unease about a candidate: "lead backend, worry?", "is that a concern"
        "worry": 3, "worried": 3, "worrying": 3, "concern": 3, "concerned": 3, "concerning": 3,
        # one stage of the interviews, named by what it tests: "how do I run the technical round for X"
        **{f"{kind} {stage}": 5 for kind in ("technical", "tech", "coding", "system design", "design", "architecture",
                                             "interview", "onsite", "final", "first", "second", "behavioral",
                                             "behavioural", "panel")
           for stage in ("round", "rounds", "screen", "interview", "interviews")},
        "warning signs": 5, "warning sign": 5, "what size team": 5, "size of the team": 5, "size of team": 5, "questions to ask": 4, "architect vs": 2, "difference from architect": 3,
    },
    # The intents below share their phrases with the broader ones above (PERKS,
    # SKILLS, HIRING) and weigh half a point more, so they win when both match
    # (see POSTING_INTENTS and FALLS_BACK).
    REQUIREMENTS: {
        "requirements": 2.5, "requirement": 2.5, "must have": 4, "qualifications": 2.5, "bring": 3,
        "required": 1, "essential": 3, "criteria": 3, "minimum requirements": 4, "minimum qualifications": 5.5,
        "basic qualifications": 5.5, "required qualifications": 5.5,
        "do we need": 4, "need from": 4, "what we need": 4, "who fits": 4, "who would fit": 4, "good fit": 4,
        "a fit": 3.5, "ideal candidate": 4, "right candidate": 4, "eligible": 3, "eligibility": 3,
        # what an employer asks of the person it hires: "what does Sprigwell ask of a team lead",
        # "who is Brindle looking for as support engineer"
        "ask of": 4, "asks of": 4, "expect of": 4, "expects of": 4, "looking for as": 4, "look for as": 4,
        # the requirement headings of Spanish, Portuguese and Polish postings
        "requisitos": 5, "requisito": 4, "wymagania": 5, "wymagamy": 5,
        # "is CeMAP needed for the BDM": whether a thing is needed is answered by what the role requires
        "needed for": 2, "required for": 2,
        # a regulated profession's register: "does the RRT need to be registered with anyone"
        "registered with": 4, "need to be registered": 5, "registration": 3, "which register": 4,
        "professional body": 4, "regulatory body": 4, "licensed with": 4,
        # a trade's certificate as the trades call it ("maintenance mechanic - ticket required?"); a
        # ticket alone may be a helpdesk's or a train's, so only asked as something a person must hold
        "ticket required": 5, "tickets required": 5, "ticket needed": 5, "tickets needed": 5, "need a ticket": 5,
        "need tickets": 5, "trade ticket": 5, "trade tickets": 5, "what ticket": 4, "what tickets": 4,
        # the licences and certificates a person must hold, asked of the role as a whole ("licences needed
        # for X"): its requirements, where a certificate may not be called a licence ("First Aid (HLTAID011)")
        "licenses needed": 5, "licenses required": 5, "what licenses": 4, "which licenses": 4,
        "certificates needed": 5, "certificates required": 5, "what certificates": 4, "which certificates": 4,
        "which ticket": 4, "which tickets": 4, "hold a ticket": 5, "have a ticket": 4,
        # how old a person must be: "min age for lifeguard", "how old do you have to be"
        "minimum age": 5, "min age": 5, "age limit": 5, "how old": 4,
    },
    NICE_TO_HAVE: {
        "nice to have": 5, "bonus points": 5, "bonus point": 5, "not required": 5,
        "good to have": 5, "desirable": 4, "optional": 3, "extra credit": 4, "a plus": 3, "preferred": 1.5,
        "prefer": 1.5, "prefers": 1.5, "desired": 1.5,  # "which qualifications does X prefer"
        "preferred qualifications": 5.5, "preferred skills": 5.5, "desired skills": 5.5, "desirable skills": 5.5,
        "mile widziane": 6, "diferenciais": 6, "deseable": 5, "deseables": 5,
    },
    BENEFITS: {
        "perks": 5.5, "perk": 5.5, "benefits": 4.5, "benefit": 4.5, "pto": 4.5, "vacation": 4.5,
        "401k": 4.5, "403b": 4.5, "457b": 4.5, "retirement": 4.5, "insurance": 3.5, "health": 2.5, "holiday": 3.5, "pension": 4.5,
        "paid time off": 6.5, "time off": 4.5, "days off": 4.5, "annual leave": 5.5, "holiday allowance": 5.5,
        "holidays": 3.5, "vacation days": 5.5, "leave policy": 5.5,
        # health insurance as Commonwealth and NGO postings say it: "medical cover", "NHIF"
        "medical cover": 5.5, "medical": 3, "health cover": 5.5, "medical insurance": 5.5, "dental": 3.5,
        # the benefits heading of Spanish postings, asked in its word ("prestaciones para el X")
        "prestaciones": 5.5, "beneficios": 5.5,
        "besides salary": 6.5, "besides the salary": 6.5, "on top of salary": 6.5, "other than salary": 6.5,
        "apart from salary": 6.5, "besides pay": 6.5, "on top of pay": 6.5, "on top of the salary": 6.5, "what we offer": 5,
        # "what does <company> offer the <role>": an offer word, lighter than "what salary should we offer"
        "offer": 2.5, "offers": 2.5, "visa": 4.5, "visas": 4.5, "sponsor": 3.5, "sponsorship": 4.5,
        "sponsors": 3.5, "reimbursement": 3, "allowance": 3, "stipend": 3,
        "learning budget": 5.5, "training budget": 5.5, "education budget": 6.5, "development budget": 5.5,
        "l&d budget": 5.5,
        # what the job gives besides the pay, as candidates ask it ("what's in it for me")
        "whats in it for me": 6.5, "what's in it for me": 6.5, "in it for me": 5.5, "staff discount": 5.5,
        "employee discount": 5.5, "discount": 3.5, "discounts": 3.5,
    },
    LOCATION: {
        "remote": 4.5, "remotely": 4.5, "hybrid": 4.5, "work from home": 5.5, "wfh": 5.5, "in office": 4.5, "onsite": 4.5,
        # the US federal word for working from home ("Telework eligible: Yes")
        "telework": 4.5, "teleworking": 4.5, "telecommute": 4.5, "telecommuting": 4.5,
        "on site": 4.5, "office": 2.5, "location": 4.5, "located": 4.5, "based": 3.5, "based in": 4.5,
        "where is": 2.5, "time zone": 3.5, "timezone": 3.5, "relocation": 3.5, "office days": 5,
        "days in the office": 5, "days in office": 5, "countries": 3, "country": 3, "travel": 3,
        "where can": 2.5, "live": 1.5, "work arrangement": 5, "where": 1.5, "workplace": 3,
        # whether a candidate where they live can take the job ("can someone in texas apply", "candidate is
        # in the UK - can they do it"): where the role may be done from, before how to apply
        "someone in": 4, "someone based in": 5, "someone living in": 5, "anyone in": 4, "candidate in": 4,
        "candidate is in": 5, "candidate based in": 5, "candidate living in": 5, "candidate is based in": 5,
        "people in": 3.5,
        "days a week in the office": 5, "which days in the office": 6, "what days in the office": 6,
        "which days in office": 6, "what days in office": 6, "which days on site": 6, "what days on site": 6, "in person": 3, "commute": 3, "remote policy": 5.5,
        "working pattern": 5, "work pattern": 5, "travelling": 3, "traveling": 3, "fully remote": 5.5,
        "remote work": 5.5, "remote working": 5.5,
        # where a job spread over several places is done ("which sites would the DM work across")
        "sites": 4, "which site": 5, "which sites": 5, "what sites": 5, "work across": 3,
        # an events job's place is its venue
        "venue": 4.5, "which venue": 5,
        # an air ambulance's, an airline's or a station's place is its base ("which base is the paramedic at")
        "which base": 5, "what base": 5, "home base": 5,
    },
    EMPLOYMENT_TYPE: {
        "full time": 4.5, "part time": 4.5, "ft": 3.5, "employment type": 5.5, "contract": 3.5,
        "permanent": 3.5, "temporary": 3.5, "fixed term": 4, "freelance": 3.5, "hours per week": 4,
        "hours a week": 4, "schedule": 3, "shift": 2, "shift pattern": 4, "kind of contract": 5, "type of contract": 5,
        "hours": 3, "how many hours": 4.5, "contract length": 5, "length of the contract": 5, "how long is the contract": 5,
        "on call": 4, "on call rotation": 5, "overtime": 3, "weekends": 2.5,
        # being called out of hours, as engineers say it: "does X get paged at night", "the pager"
        "paged": 4, "get paged": 5, "gets paged": 5, "pager duty": 5, "pagerduty": 5,
        # how long and on what terms the job is held, as people say it
        "seasonal": 4, "internship": 4,
        # when a seasonal job runs: "when is the season", "season dates"
        "season": 3, "when is the season": 6, "season dates": 6, "dates of the season": 6, "how long is the season": 6, "temp": 3.5, "perm": 3.5, "temp to perm": 5, "contract to hire": 5,
        "contract duration": 5, "length of contract": 5, "duration": 2.5,
        # when a fixed term runs, not when applications close ("contract dates", "start and end dates")
        "contract dates": 6, "contract period": 5.5, "dates of the contract": 6, "start and end dates": 6,
        "start and end date": 6, "end date": 4.5, "term dates": 5.5, "employment dates": 6,
        # shift and rotation work, as rosters say it ("shift times", "the rotation", "days on / days off")
        "shift times": 5, "shift time": 5, "shifts": 3, "rotation": 4, "rota": 4, "roster": 4, "swing": 3,
        "days on": 4.5, "fifo": 4.5, "rostered": 3.5,
        # the days of the week worked ("which days does X work": "Monday to Thursday")
        "which days": 3.5, "what days": 3.5, "working days": 4, "days of work": 5, "days of the week": 5,
        # the working pattern as Portuguese, Spanish and Polish postings head it ("escala 12x36")
        "escala": 4.5, "horário": 4.5, "horario": 4.5, "jornada": 4.5, "grafik": 4.5, "czas pracy": 5,
    },
    LEVELS: {
        "levels": 4, "which levels": 5, "what levels": 5, "level": 1.5,
    },
    HIRING_PROCESS: {
        "interview process": 5, "hiring process": 5, "interview steps": 5, "interview loop": 5,
        "interview stages": 5, "interview rounds": 5, "recruitment process": 5, "application process": 5,
        "how to apply": 5, "apply": 3, "process": 2, "loop": 2, "rounds": 2,
        # an agency recruiter's way in: "how do I put a candidate forward", "submit someone for X"
        "put forward": 5, "put them forward": 5, "put someone forward": 5, "put a candidate forward": 5,
        # when applications close: "closing date X", "deadline for X"
        "closing date": 4, "close date": 4, "deadline": 3, "application deadline": 5, "applications close": 5,
        # "deadline for the X posting": the posting is the role, not a job description to draft
        "deadline for": 5, "deadline to apply": 5,
        # ... and as Spanish speakers ask it: "fecha límite", "cómo aplicar", "postularse"
        "fecha límite": 5, "fecha limite": 5, "fecha de cierre": 5, "aplicar": 3, "postular": 3, "postularse": 3,
        # whom a candidate calls with questions, named where the posting says how to apply
        "contact": 4, "who do i contact": 6, "who to contact": 6, "contact person": 6, "who should i contact": 6,
        # what an application email must say: "what subject line", "email subject", "which reference to quote"
        "subject line": 5, "email subject": 5, "subject of the email": 5, "quote the reference": 5,
        # whether a CV alone will do ("can candidates just send a cv"), which a posting's how-to-apply answers
        # ("CVs will not be accepted", "We do not accept CVs on their own")
        "send a cv": 5, "send my cv": 5, "send their cv": 5, "send a resume": 5, "send my resume": 5,
        "send their resume": 5, "send a résumé": 5, "accept cvs": 5, "accept a cv": 5, "accept resumes": 5,
        "cv only": 4, "just a cv": 5, "cv instead": 5,
    },
    TEAM: {
        "report to": 5, "reports to": 5, "reporting to": 5, "reporting line": 5, "work with": 4,
        "works with": 4, "working with": 4, "collaborate with": 4, "department": 3, "which team": 4,
        "what team": 4, "hiring manager": 5, "who manages": 4, "line manager": 5,
        # the manager as people call them: "who's their boss", "who would be my boss"
        "boss": 4, "their boss": 5, "my boss": 5,
        # as job specifications head it ("Accountable to", "Responsible to"): whom, not for what
        "accountable to": 5, "responsible to": 5,
        # as postings in other languages say it in their prose ("que dependerá de la Responsable de Calidad",
        # "Rattaché(e) au Responsable maintenance"): a sentence saying it reads as the reporting line
        "dependerá de": 5, "dependera de": 5, "reportará a": 5, "reportando a": 5, "reporta a": 5,
        "reportando al": 5, "reporta al": 5, "rattaché": 5, "rattachée": 5, "rattache": 5, "rattachee": 5,
        "sous la responsabilité de": 5, "sous la responsabilité du": 5, "berichtet an": 5, "unterstellt": 5,
        "riporta a": 5, "riportando a": 5, "rapporteert aan": 5,
    },
    COMPANY: {
        "about the company": 5, "the company": 3.5, "company": 2.5, "employer": 3,
    },
    JOB_DESCRIPTION: {
        "job description": 5, "jd": 5, "draft": 3, "posting": 4, "job post": 5, "job ad": 5,
        "advert": 4, "write up": 3, "write a": 2, "template": 3, "listing": 3, "job spec": 5,
    },
    COMPARE: {
        "compare": 5, "comparison": 5, "compared": 4, "vs": 4, "versus": 4, "difference": 4,
        "differences": 4, "differ": 4, "side by side": 5, "which one": 3, "more than": 2, "stack up": 5,
        "stacks up": 5,
        "than": 2, "contrast": 4, "against": 2,
        "the two": 3, "these two": 3, "those two": 3, "both of them": 3, "the pair": 3,
    },
    LIST_ROLES: {
        "what roles": 3, "which roles": 3, "roles are there": 4, "roles do you": 4, "roles can you": 4,
        "roles you know": 4, "roles you cover": 4, "list roles": 5, "list the roles": 5, "all roles": 4,
        "all the roles": 4, "available roles": 5, "what positions": 3, "which positions": 3,
        "none of these": 6, "none of them": 5, "what jobs": 3, "which jobs": 3, "ask you about": 2, "roles in the store": 5,
        "roles do we have": 5, "list all": 4,
        # who has openings, not how to hire: "who else is hiring at that company?", "who's hiring there"
        "who is hiring": 5, "who's hiring": 5, "whos hiring": 5, "else is hiring": 5, "else hiring": 5,
        "hiring at": 4, "is hiring": 4, "are hiring": 4,
        "do you cover": 3, "you cover": 3, "do you have info": 3, "do you have information": 3,
        "do you know about": 3, "do you support": 3,
        "show me the roles": 5, "show the roles": 5, "show me roles": 5,
        # counts and lists in other words: "how many JDs do you have", "the full list", "your catalogue"
        "how many roles": 5, "how many positions": 5, "how many jobs": 5, "how many jds": 5,
        "number of roles": 5, "number of positions": 5, "number of jobs": 5, "full list": 5, "list of roles": 5,
        "list of positions": 5, "what jds": 5, "which jds": 5, "what job titles": 5, "which job titles": 5,
        "catalogue": 4, "catalog": 4, "every position": 5, "every role": 4, "all positions": 5,
        "all the positions": 5, "all jobs": 5, "all the jobs": 5, "loaded": 2,
        "complete list": 5, "list of jobs": 5, "jds do you have": 6, "job titles do you have": 6,
        "do you have loaded": 4,
        "count the roles": 5, "role count": 5, "knowledge base": 2, "have you got": 3, "you hold": 3,
        "you got": 2,
    },
    REVERSE: {
        "reference": 3, "references": 3, "referencing": 3, "cite": 3, "cites": 3, "ask for": 2, "asks for": 2,
        "call for": 3, "calls for": 3,
        "mention": 3, "mentions": 3, "mentioning": 3, "mentioned": 3,
        # other verbs of mentioning: "roles that talk about SLOs", "which JDs discuss on-call"
        "talk about": 3, "talks about": 3, "talking about": 3, "discuss": 3, "discusses": 3, "refer to": 3,
        "refers to": 3, "speak to": 2, "speaks to": 2, "require": 2, "requires": 2, "requiring": 2,
        "need": 1, "needs": 1, "use": 1, "uses": 1, "using": 1, "needing": 1, "any role": 3, "roles that": 3, "roles which": 3,
        "who needs": 3, "part of": 2, "involve": 2, "involves": 2, "include": 2, "includes": 2,
        # being part of the work, said as taking part: "which roles take part in interviewing"
        **{f"{verb} in": 2 for verb in ("take part", "takes part", "taking part", "participate", "participates",
                                        "participating", "play a part", "plays a part")},
        "above": 2, "over": 1, "below": 2, "under": 1, "at least": 2, "more than": 1, "less than": 2,
        # the other ways of saying a threshold ("250k or higher", "10 years or less", "can reach 250k")
        "or higher": 2, "or more": 2, "or above": 2, "and above": 2, "or less": 2, "or lower": 2,
        "or below": 2, "and below": 2, "fewer than": 2, "at most": 2, "greater than": 2, "reach": 2,
        "lead to": 4, "leads to": 4, "lead into": 4, "feed into": 4, "feeds into": 4, "path to": 3,
        **{phrase: 4 for phrase in BECOMING_PHRASES + GOING_PHRASES},
        # which role a thing is in, asked of the thing: "New Relic - which role is that in?",
        # "which role has Kafka", "where does Terraform show up"
        "which role": 3, "which role has": 4, "which roles have": 4, "what role has": 4, "what roles have": 4,
        # the other nouns for a role: "which job has GraphQL in its skills?", "which posting has equity"
        **{f"{wh} {noun} has": 4 for wh in ("which", "what") for noun in ("job", "position", "posting", "jd", "opening")},
        **{f"{wh} {noun} have": 4 for wh in ("which", "what") for noun in ("jobs", "positions", "postings", "jds",
                                                                          "openings")},
        "is that in": 3, "is it in": 3, "are they in": 3, "show up": 3, "shows up": 3, "come up": 3, "appear": 3, "appears": 3,
        "comes up": 3, "appear": 3, "appears": 3, "appear in": 3, "appears in": 3, "found in": 3,
        # where a line quoted comes from: "which job is it from: '…'", "what posting is this from?"
        **{f"{noun} is {it} from": 4 for noun in ("role", "job", "posting", "jd", "description", "document")
           for it in ("it", "this", "that")},
    },
    PATH: {
        "get from": 4, "how do i get": 3, "route from": 4, "path from": 4, "go from": 3,
        "journey from": 4, "transition from": 4, "how to become": 3, "how do i become": 3,
    },
    HELP: {
        "help": 5, "commands": 5, "command": 4, "what can you do": 6, "what can i ask": 6,
        "what kind of questions": 6, "how do i use": 5, "how does this work": 5, "usage": 4,
        "examples": 4, "example questions": 6, "questions can i ask": 6, "instructions": 4,
        "what do you know": 4, "who are you": 4,
        # "help with" names what the help is for: "what roles can you help with" asks for the roles
        "help with": 2.5, "what can you help with": 6, "can you help me": 5,
    },
    SMALLTALK: {
        "hi": 4, "hello": 4, "hey": 4, "good morning": 5, "good afternoon": 5, "good evening": 5,
        "morning": 2, "how are you": 5, "yo": 3, "howdy": 4, "sup": 3, "whats up": 4, "greetings": 4,
        "bye": 4, "goodbye": 4, "see you": 4,
    },
    THANKS: {"thanks": 5, "thank you": 5, "thx": 5, "ty": 3, "cheers": 4, "great": 1, "awesome": 2},
    # Asking what a short name stands for: answered only when the role was
    # named by its initials (`bot.short_names`), else the words ask nothing.
    SPELLED_OUT: {
        "stand for": 5, "stands for": 5, "short for": 5, "abbreviation": 4, "abbreviation for": 5,
        "abbreviation of": 5, "acronym": 4, "acronym for": 5, "acronym of": 5, "spelled out": 4,
        "spell out": 4, "spell it out": 4, "full form": 4, "full title": 4, "full name": 4, "expand": 3,
        "expanded": 3, "initials": 3,
    },
    NEUTRAL: {
        "tech recruiting": 1, "answer questions about": 1, "questions about": 1, "can you answer": 1,
        "like i'm new": 1, "intake call": 1, "for an intake": 1, "in the industry": 1,
        "in terms of": 1,  # "what's expected in terms of behaviour": the frame, not a topic "term"
        "how do": 1, "how does": 1,  # "how do promotions work": asks how, not what the role does
        # how far a hiring has got ("where are we with the X req?"): no place asked; the status
        # asked is a topic (TOPIC_PHRASES "hiring progress")
        **{f"where {s}": 1 for s in ("are we", "are we at", "do we stand", "are things", "do things stand",
                                     "is it at", "are you at", "are they at")},
        # what the asker is to say back to someone ("…, what do I tell them?"): the frame of
        # the question, asking nothing the role does
        **{f"{how} {aux} {who} {verb}": 1 for how in ("what", "how") for aux in ("do", "should", "can", "would")
           for who in ("i", "we") for verb in ("tell", "say", "answer", "reply", "respond")},
    },
}

# A budget or allowance *for learning* is a perk, whatever it is for ("a budget
# for courses or conferences", "training allowance"): "budget" alone asks the
# pay (SALARY "budget"), and lost to it. Weighed as "learning budget".
LEARNING_THINGS = ("course", "courses", "conference", "conferences", "training", "learning", "education",
                   "books", "certification", "certifications", "certs", "upskilling", "workshops", "events")
LEARNING_MONEY = ("budget", "allowance", "stipend", "fund", "money")
_LEARNING_PERK = {phrase: 5 for thing in LEARNING_THINGS for money in LEARNING_MONEY
                  for phrase in (f"{thing} {money}", f"{money} for {thing}")}
INTENT_PHRASES[PERKS].update({p: w for p, w in _LEARNING_PERK.items() if p not in INTENT_PHRASES[PERKS]})
INTENT_PHRASES[BENEFITS].update({p: w + 0.5 for p, w in _LEARNING_PERK.items() if p not in INTENT_PHRASES[BENEFITS]})

# Verbs of summing up, which ask for the overview unless a fact of the role is
# their object: "summarise the main responsibilities of X" asks for its duties,
# "describe X's hard skills" for its skills (`bot.asked_words`); the words of
# SUMMARY_OBJECT_WORDS may stand between ("the *key* duties", "*its* skills").
SUMMARY_VERBS = {"describe", "explain", "summarize", "summarise", "sum up", "overview", "tell me about", "outline"}
SUMMARY_OBJECT_WORDS = {"main", "key", "core", "chief", "major", "top", "overall", "general", "typical", "basic",
                        "primary", "usual", "biggest", "most", "important", "essential", "'s", "s",
                        # determiners only: "sum up X *for* a hiring manager" has no object after "for"
                        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "me", "us"}

# Languages people speak, whose level a posting requires ("Deutschkenntnisse auf Niveau B2",
# "fluent Welsh"): "german level", "level of english", "french proficiency" ask for the requirement,
# not a level of a career ladder.
SPOKEN_LANGUAGES = ("english", "german", "french", "spanish", "italian", "dutch", "portuguese", "polish", "welsh",
                    "irish", "arabic", "mandarin", "cantonese", "hindi", "japanese", "korean", "russian", "turkish",
                    "swedish", "danish", "norwegian", "finnish", "greek", "czech", "romanian", "hungarian", "language")
INTENT_PHRASES[REQUIREMENTS].update(
    {phrase: 5 for lang in SPOKEN_LANGUAGES
     for phrase in (f"{lang} level", f"level of {lang}", f"{lang} proficiency", f"{lang} fluency",
                    f"{lang} requirement", f"{lang} requirements")})


# Other nouns for the roles in the store: every LIST_ROLES phrase said with
# "roles" is known with each of them too ("how many openings", "the list of JDs").
ROLE_NOUNS = ("jds", "openings", "vacancies", "positions", "jobs", "postings")
for _phrase, _weight in list(INTENT_PHRASES[LIST_ROLES].items()):
    if "roles" in _phrase.split():
        for _noun in ROLE_NOUNS:
            INTENT_PHRASES[LIST_ROLES].setdefault(" ".join(_noun if w == "roles" else w for w in _phrase.split()), _weight)

# Nouns for how a facet is set out, said after its word ("pto policy", "bonus
# structure", "remote setup"): part of what is asked, never a title's word of its
# own ("pto policy lead backend" was read as a role named "policy lead backend").
FACET_KIND_NOUNS = ("policy", "policies", "rules", "details", "structure", "breakdown", "setup", "terms")
for _intent in (SALARY, PERKS, BENEFITS, LOCATION):
    for _phrase, _weight in list(INTENT_PHRASES[_intent].items()):
        if " " not in _phrase:
            for _noun in FACET_KIND_NOUNS:
                INTENT_PHRASES[_intent].setdefault(f"{_phrase} {_noun}", _weight)

# A question of only these words and a noun for the roles asks for the list
# ("roles?", "give me the role list", "# of jds in the system?", "list all the
# jds pls"): nothing else in it says what to search for or which role.
ROLE_LIST_NOUNS = {"role", "roles", "jd", "jds", "job", "jobs", "position", "positions", "opening", "openings",
                   "vacancy", "vacancies", "posting", "postings", "title", "titles", "req", "reqs"}
# Words before a noun for the roles that say the roles are open, not what they
# are about: "which open roles need Python", "our current reqs with Kafka",
# "live vacancies for Go people" search for Python, Kafka, Go (`bot.search_terms`).
OPEN_ROLE_WORDS = {"open", "current", "active", "live", "available", "vacant", "unfilled", "existing",
                   "posted", "advertised", "outstanding"}
LIST_REQUEST_WORDS = {
    "list", "lists", "count", "number", "total", "all", "every", "give", "show", "tell", "me", "us", "please",
    "pls", "plz", "system", "store", "database", "db", "catalog", "catalogue", "library", "full", "complete",
    "whole", "entire", "current", "currently", "available", "open", "loaded", "stored", "known", "kept", "quick",
    "how", "many", "much", "what", "which", "are", "there", "do", "does", "you", "we", "have", "got", "our",
    "your", "the", "a", "of", "in", "on", "here", "now", "again", "job", "ok", "okay", "so", "hey", "just",
    "remind", "see", "get", "can", "could", "i", "know", "cover", "names",
    # chat spellings and other verbs of listing: "what roles r there", "enumerate the roles", "which roles are tracked"
    "r", "u", "ya", "ur", "enumerate", "name", "exist", "existing", "tracked", "supported", "covered", "is",
    "what's", "whats", "any", "up", "right", "everything", "stuff", "wat", "wut", "gimme", "lemme", "answer",
    "talk", "scope", "live", "docs", "documents", "info", "information", "data", "for", "about",
    # how exactly the names are wanted: "give me the exact job titles you hold"
    "exact", "precise", "official", "actual", "proper",
    # joining the two halves of a list question: "how many roles, and what are their names?"
    "and", "hold", "holds",
    # where an office keeps what it holds: "how many jobs are on file", "positions on record", "on the books"
    "file", "files", "record", "records", "books",
    # how the list is laid out, which it already is: "the role titles in alphabetical order", "sorted a-z"
    "alphabetical", "alphabetically", "alphabetic", "order", "ordered", "sorted", "sort", "az", "a-z", "z",
    "table", "bullets", "bullet", "bulleted", "form", "format", "titles", "title",
}
# Words that make a list of what they stand beside: "jd list", "all titles".
LIST_WORDS = {"list", "lists", "count", "number", "total", "all", "every", "enumerate", "catalog", "catalogue"}
# Without a noun for the roles, a question of list words alone asks for the
# list when one of these says it is about what the store holds ("what do you cover", "whats available").
STORE_HOLDS_WORDS = {"available", "loaded", "stored", "cover", "covered", "tracked", "system", "store", "database",
                     "catalog", "catalogue", "got", "have", "know", "supported", "hold", "holds"}

# Words that make a question one about every role in the store ("anything paying more than $270k?").
STORE_WIDE_WORDS = {"roles", "positions", "jobs", "any", "who", "anything", "anyone", "anybody", "openings",
                    "vacancies", "jds", "postings"}

# Words that ask which roles a number of years of experience fits ("which roles would 10 years fit?").
FIT_WORDS = {"fit", "fits", "suit", "suits", "match", "matches", "qualify", "qualifies", "enough", "eligible",
             "ok", "okay", "suitable", "realistic"}  # "roles ok for someone w/ ~5 yrs exp"

# A candidate's years said "in range" (or "within range") of roles fit them as "fit" does: "candidate has 8
# years - which roles are in range?" asks the roles whose years reach eight, no pay range (`bot.across_roles`).
IN_RANGE_BEFORE = {"in", "within"}
IN_RANGE_NOUNS = {"range", "bracket"}

# Facets of postings (knowledge.readers) that the seeds' two layouts lack. A
# question about a role described only in those layouts (no fact under a
# document's own heading) is read without them, as it was before they existed.
POSTING_INTENTS = (REQUIREMENTS, NICE_TO_HAVE, BENEFITS, LOCATION, EMPLOYMENT_TYPE, LEVELS, HIRING_PROCESS,
                   TEAM, COMPANY)
# Facets of postings a role the seeds describe is asked about too when it
# has sections for them: "nice to haves" are its preferred education and experience.
SEEDS_ANSWERABLE = (NICE_TO_HAVE,)
# A posting with nothing under one of these facets answers the broader intent.
# Facets a posting often states in passing, under another heading ("Hybrid:
# three days a week in our office" under "Working pattern", "able to travel
# up to 40%" among the requirements): asked about one, the role's other
# facts that read as it are shown too (see `Assistant`).
TOLD_IN_PASSING = (LOCATION, EMPLOYMENT_TYPE, BENEFITS, TEAM, PERKS)
FALLS_BACK = {
    REQUIREMENTS: SKILLS, BENEFITS: PERKS, LOCATION: PERKS, EMPLOYMENT_TYPE: PERKS, LEVELS: CAREER,
    HIRING_PROCESS: HIRING,
    # with no advice on hiring for it, what to screen a candidate on is what the role needs
    HIRING: SKILLS,
}

# A posting (knowledge.readers) states what a candidate must bring as requirements, seldom as the seeds'
# hard and soft skills: asked those of a role with none, its requirements answer, when it has any.
FALLS_BACK_TO_STATED = {SKILLS: REQUIREMENTS, HARD_SKILLS: REQUIREMENTS, SOFT_SKILLS: REQUIREMENTS}

# An intent that qualifies others: "extra duties", "what else does X handle"
# are responsibilities, but the secondary ones; "what qualifications are
# preferred", "preferred background" ask the preferred part of what a role
# requires, its nice-to-haves. When the qualifier shows up in a question
# with an intent it qualifies, it takes that intent's weight too.
QUALIFIES = {SECONDARY: (PRIMARY,), NICE_TO_HAVE: (REQUIREMENTS, EXPERIENCE, EDUCATION)}

# Intents that are about one role's facts (the rest are about the store or the chat).
ROLE_INTENTS = (
    OVERVIEW, PRIMARY, SECONDARY, SALARY, HARD_SKILLS, SOFT_SKILLS, SKILLS, EDUCATION, EXPERIENCE,
    CAREER, CAREER_ENTRY, CAREER_NEXT, CAREER_LATERAL, PERKS, HIRING, JOB_DESCRIPTION,
    REQUIREMENTS, NICE_TO_HAVE, BENEFITS, LOCATION, EMPLOYMENT_TYPE, LEVELS, HIRING_PROCESS, TEAM, COMPANY,
    NAMED_SECTION,
)
# The thing a question asks for follows its "which" or "what": a phrase right
# after one weighs this much more ("which technical skills should I look for"
# asks for skills, though "screening" and "look for" hint at interviewing). Set
# by hand on the tuning bank: two and a half points settle such a call.
WH_OBJECT_WORDS = {"which", "what"}
OBJECT_BONUS = 2.5
# Helpers and verbs after "what" that ask nothing themselves ("what do they pay").
OBJECT_NOT_FIRST = {"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "should", "will",
                    "shall", "may", "might", "must", "has", "have", "had", "make", "makes", "kind", "sort", "type"}
# An intent must reach this weight to count; below it the question is "about
# the role" in general and gets the overview.
INTENT_MIN_WEIGHT = 1.5
# A second thing asked about one role ("salary and experience") needs a
# phrase at least this heavy of its own, set apart by "and", "or", a comma.
JOINED_INTENT_WEIGHT = 2
# Facets made of others: asked with one of those ("tech requirements",
# "nice to haves on the education side"), that one answers, narrowed
# (`compose.NARROWER_SECTIONS`).
MADE_OF = {REQUIREMENTS: (HARD_SKILLS, EDUCATION, EXPERIENCE), NICE_TO_HAVE: (EDUCATION, EXPERIENCE)}
# Intents that cover narrower ones: asked together, the broader one answers.
BROADER = {SKILLS: (HARD_SKILLS, SOFT_SKILLS), CAREER: (CAREER_ENTRY, CAREER_NEXT, CAREER_LATERAL)}

# How a recruiter asks where a hiring request stands ("where are we with the X req"): its status,
# which a tracker's card or ticket holds ("Status: Interviewing"), not where the role is.
STATUS_ASKS = {
    ("where", "are", "we", "with"): ("status", "of"), ("where", "are", "we", "on"): ("status", "of"),
    ("where", "are", "we", "at", "with"): ("status", "of"), ("where", "do", "we", "stand", "with"): ("status", "of"),
    ("where", "do", "we", "stand", "on"): ("status", "of"), ("where", "does", "it", "stand"): ("status",),
}

# Joined before anything else, so spellings of one word meet.
COMPOUNDS = {
    ("back", "end"): "backend", ("front", "end"): "frontend", ("full", "stack"): "fullstack",
    ("dev", "ops"): "devops", ("day", "to", "day"): "day to day", ("401", "k"): "401k", ("403", "b"): "403b", ("457", "b"): "457b",
    ("full", "time"): "full time", ("part", "time"): "part time", ("in", "office"): "in office",
    ("on", "site"): "onsite", ("what", "s"): "what's", ("deal", "breakers"): "dealbreakers",
    ("on", "call"): "on call",
    ("job", "descriptions"): "jds", ("job", "description"): "jd",  # one noun, as recruiters shorten it
    # Fields of study in short ("a mech eng degree", "comp sci"): spelt out as the documents write
    # them (several words), so "eng" of a field is no Engineer and "comp" no pay.
    ("mech", "eng"): ("mechanical", "engineering"), ("mech", "engg"): ("mechanical", "engineering"),
    ("mech", "engineering"): ("mechanical", "engineering"), ("mech", "e"): ("mechanical", "engineering"),
    ("elec", "eng"): ("electrical", "engineering"), ("elec", "engineering"): ("electrical", "engineering"),
    ("chem", "eng"): ("chemical", "engineering"), ("civ", "eng"): ("civil", "engineering"),
    ("civil", "eng"): ("civil", "engineering"), ("software", "eng", "degree"): ("software", "engineering", "degree"),
    ("comp", "sci"): ("computer", "science"), ("data", "sci"): ("data", "science"),
    ("info", "sys"): ("information", "systems"), ("applied", "math"): ("applied", "mathematics"),
}

# Words shortened to two letters with a slash between ("expert s/w engineer",
# "b/e lead"): one word, not a break after a stray letter.
SLASHED_SHORTHANDS = {("s", "w"): "sw", ("h", "w"): "hardware", ("b", "e"): "backend", ("f", "e"): "frontend"}

# Abbreviations people type, expanded to the words titles use.
ABBREVIATIONS = {
    "eng": ("engineer",), "engr": ("engineer",), "engg": ("engineer",), "enggr": ("engineer",),
    "engineering": ("engineering",), "swe": ("software", "engineer"), "sde": ("software", "engineer"),
    "sr": ("senior",), "snr": ("senior",), "jr": ("junior",), "jnr": ("junior",),
    "dev": ("developer",), "sw": ("software",), "hw": ("hardware",), "devs": ("developer",), "mgr": ("manager",), "em": ("engineering", "manager"),
    "ml": ("machine", "learning"), "vp": ("vp",), "dir": ("director",), "arch": ("architect",),
    "whats": ("what's",), "tl": ("team", "lead"), "comp.": ("comp",), "pls": ("please",),
    "yrs": ("years",), "yr": ("year",), "exp": ("experience",), "hrs": ("hours",),
    # a "req" is a job requisition, an opening: "what reqs can you help with", "engineer req - YOE?"
    "reqs": ("roles",), "req": ("role",), "asst": ("assistant",), "coord": ("coordinator",), "dept": ("department",), "depts": ("departments",), "supvr": ("supervisor",),
    # trades' and care's initials for their common titles
    "qs": ("quantity", "surveyor"), "hca": ("healthcare", "assistant"),
    "physio": ("physiotherapist",), "physios": ("physiotherapist",),
    # the development sector's short names: "m&e" for monitoring and evaluation (titles add learning, "MEL")
    "m&e": ("monitoring", "evaluation"), "me&l": ("monitoring", "evaluation", "learning"),
    "merl": ("monitoring", "evaluation", "learning"), "requisition": ("role",), "requisitions": ("roles",), "quals": ("qualifications",), "resp": ("responsibilities",),
    # responsibilities clipped as chat does: "respons of X", "X resps"
    "resps": ("responsibilities",), "respons": ("responsibilities",), "responsib": ("responsibilities",),
    "ops": ("operations",), "edu": ("education",), "pref": ("preferred",),
    "cand": ("candidate",), "cands": ("candidates",),
    # Initials recruiters use for common titles (a role's own initials are added per title, see roles._variants).
    "pm": ("product", "manager"), "apm": ("associate", "product", "manager"), "ae": ("account", "executive"),
    "csm": ("customer", "success", "manager"), "sdr": ("sales", "development", "representative"),
    "bdr": ("business", "development", "representative"), "sre": ("site", "reliability", "engineer"),
    "devrel": ("developer", "relations"),
    "mgmt": ("management",), "ppl": ("people",), "persons": ("people",), "v": ("vs",), "promo": ("promotion",), "promos": ("promotions",),
    "diff": ("difference",), "diffs": ("differences",), "cert": ("certification",), "certs": ("certifications",),
    # Recruiters' jargon, spelled out so the intent phrases read it.
    "directs": ("direct", "reports"), "tc": ("total", "compensation"), "ic": ("individual", "contributor"),
    "ics": ("individual", "contributors"),
    "comms": ("communication",), "exec": ("executive",), "execs": ("executives",), "bs": ("bachelors",), "bsc": ("bachelors",), "ba": ("bachelors",),
    "ms": ("masters",), "msc": ("masters",), "oncall": ("on call",),
    "compsci": ("computer", "science"), "meche": ("mechanical", "engineering"),
    # Clipped nouns of chat ("what langs?", "which dbs?").
    "db": ("database",), "dbs": ("databases",), "lang": ("language",), "langs": ("languages",),
    # Question words typed in a hurry, too short for the typo index ("wich positions r in the store").
    "wich": ("which",), "whch": ("which",), "whcih": ("which",), "wihch": ("which",), "wht": ("what",),
    "waht": ("what",), "whta": ("what",), "howmany": ("how", "many"),
    # "where does ti lead?", "come before ti": the pronoun a follow-up leans on, its letters swapped
    "ti": ("it",),
}
# Questions asked in another language, as people in international teams type
# them ("cuánto paga el lead backend engineer?", "unka salary kitna hai", "el
# global"): the question words, articles and fillers of Spanish, German, French
# and Hindi-English, and their words for the facets RoleCall knows, read as the
# English words the intent phrases and follow-ups already weigh (folded, without
# accents; a key of several words is read before its single words). Only words
# no English question uses: "was", "die", "me", "con", "a", "para" (a paragraph)
# are left out, and a posting's own headings in those languages keep their
# entries in INTENT_PHRASES.
OTHER_LANGUAGE_WORDS = {
    # Spanish
    ("cuanto",): ("how", "much"), ("cuanta",): ("how", "much"), ("cuantos",): ("how", "many"),
    ("cuantas",): ("how", "many"), ("que",): ("what",), ("cual",): ("which",), ("cuales",): ("which",),
    ("donde",): ("where",), ("y",): ("and",), ("el",): ("the",), ("la",): ("the",), ("los",): ("the",),
    ("las",): ("the",), ("del",): ("of", "the"), ("de",): ("of",), ("paga",): ("pay",),
    ("pagan",): ("pay",), ("anos",): ("years",), ("experiencia",): ("experience",), ("necesita",): ("need",),
    ("necesitan",): ("need",), ("requiere",): ("require",), ("puesto",): ("role",), ("puede",): ("can",),
    ("despues",): ("after",), ("subir",): ("move", "up"), ("siguiente", "paso"): ("next", "step"),
    ("habilidades",): ("skills",), ("estudios",): ("education",), ("titulo",): ("degree",),
    ("gracias",): ("thanks",), ("tambien",): ("also",), ("remoto",): ("remote",),
    # German
    ("wie", "viel"): ("how", "much"), ("wie", "viele"): ("how", "many"), ("welche",): ("which",),
    ("welcher",): ("which",), ("wo",): ("where",), ("und",): ("and",), ("der",): ("the",), ("das",): ("the",),
    ("den",): ("the",), ("fur",): ("for",), ("jahre",): ("years",), ("erfahrung",): ("experience",),
    ("berufserfahrung",): ("experience",), ("braucht",): ("need",), ("verdient",): ("earns",),
    ("abschluss",): ("degree",), ("kenntnisse",): ("skills",), ("nachste", "schritt"): ("next", "step"),
    ("danke",): ("thanks",), ("auch",): ("also",),
    # French
    ("combien",): ("how", "much"), ("quel",): ("which",), ("quelle",): ("which",), ("quels",): ("which",),
    ("quelles",): ("which",), ("et",): ("and",), ("le",): ("the",), ("les",): ("the",),
    ("du",): ("of", "the"), ("pour",): ("for",), ("ans",): ("years",), ("annees",): ("years",),
    ("diplome",): ("degree",), ("competences",): ("skills",),
    ("prochaine", "etape"): ("next", "step"), ("merci",): ("thanks",), ("aussi",): ("also",),
    # Hindi in Latin letters, its postpositions after the word they go with ("engineer ke liye")
    ("kya",): ("what",), ("hai",): ("is",), ("hain",): ("are",), ("ka",): ("of",), ("ki",): ("of",),
    ("ke", "liye"): ("for",), ("ke",): ("of",), ("kitna",): ("how", "much"), ("kitni",): ("how", "much"),
    ("kitne",): ("how", "many"), ("kaunse",): ("which",), ("kaunsa",): ("which",), ("kaun", "se"): ("which",),
    ("kaun", "sa"): ("which",), ("kahan",): ("where",), ("aur",): ("and",), ("bhi",): ("also",),
    ("unka",): ("their",), ("unke",): ("their",), ("unki",): ("their",), ("iska",): ("its",),
    ("iske",): ("its",), ("chahiye",): ("need",), ("batao",): ("tell",), ("bataiye",): ("tell",),
    ("saal",): ("years",), ("anubhav",): ("experience",), ("padhai",): ("education",),
    ("shukriya",): ("thanks",), ("dhanyavaad",): ("thanks",),
    # "please" and "thanks" as colleagues everywhere type them inside an English question
    # ("what roles are in your documents, parakalo?"): courtesies, never a term searched for
    ("parakalo",): ("please",), ("bitte",): ("please",), ("por", "favor"): ("please",),
    ("per", "favore"): ("please",), ("s'il", "vous", "plait"): ("please",), ("svp",): ("please",),
    ("alsjeblieft",): ("please",), ("alstublieft",): ("please",), ("snalla",): ("please",),
    ("tolong",): ("please",), ("mohon",): ("please",), ("juseyo",): ("please",), ("prosze",): ("please",),
    ("pozhaluysta",): ("please",), ("lutfen",): ("please",), ("onegaishimasu",): ("please",),
    ("efharisto",): ("thanks",), ("efcharisto",): ("thanks",), ("dankjewel",): ("thanks",),
    ("bedankt",): ("thanks",), ("tack",): ("thanks",), ("terima", "kasih"): ("thanks",),
    ("kamsahamnida",): ("thanks",), ("gamsahamnida",): ("thanks",), ("gomawo",): ("thanks",),
    ("grazie",): ("thanks",), ("obrigado",): ("thanks",), ("obrigada",): ("thanks",), ("dziekuje",): ("thanks",),
    ("spasibo",): ("thanks",), ("tesekkurler",): ("thanks",), ("arigato",): ("thanks",), ("arigatou",): ("thanks",),
}
OTHER_LANGUAGE_SPAN = max(map(len, OTHER_LANGUAGE_WORDS))

# Chat's "r" for "are" ("which jobs r in canada", "r there any remote roles"): the verb only
# after a plural noun for openings or a pronoun, or before "there" or a pronoun; alone, "R" is a language.
CHAT_ARE_AFTER = set(ROLE_NOUNS) | {"roles", "reqs", "they", "we", "you", "u", "there"}
CHAT_ARE_BEFORE = {"there", "they", "we", "you", "u"}

# Words before a closing "reqs" that make it the openings ("two reqs", "open
# reqs", "which reqs"), not a role's requirements (see `bot.text`).
OPENINGS_BEFORE_REQS = {
    "what", "which", "any", "all", "the", "my", "our", "your", "their", "open", "current", "active", "new",
    "other", "many", "some", "these", "those", "two", "three", "four", "five", "several", "more", "list",
    "show", "of", "two", "few", "hiring", "similar", "both",
}
# British spellings, read as the American ones the phrase tables use ("programmes
# of study", "behaviour", "organisation"); the words are searched as typed.
BRITISH_SPELLINGS = {
    "programme": "program", "programmes": "programs", "behaviour": "behavior", "behaviours": "behaviors",
    "behavioural": "behavioral", "organisation": "organization", "organisations": "organizations",
    "organisational": "organizational", "licence": "license", "licences": "licenses", "prioritise": "prioritize",
    "prioritising": "prioritizing", "specialise": "specialize", "specialised": "specialized",
    "specialising": "specializing", "summarise": "summarize", "analyse": "analyze", "centre": "center",
    "travelling": "traveling", "enrolment": "enrollment", "judgement": "judgment", "favour": "favor",
    "favourite": "favorite", "labour": "labor", "defence": "defense", "practise": "practice",
}
ABBREVIATIONS.update({british: (american,) for british, american in BRITISH_SPELLINGS.items()})
# An initialism asked in the plural ("PMs", "AEs") is the same title.
PLURAL_INITIALISM_LENGTH = (2, 3)

# The same word as another part of speech, or clipped: "the QA automation
# contract" is the QA Automation Contractor's, "eng manager" the Engineering
# Manager, "field service tech" the Field Service Technician. A question word
# may stand for the title word it maps to, at FAMILY_SIMILARITY, and only
# beside another word of the same title (alone, "contract" or "tech" is just a word).
WORD_FAMILIES = {
    "contract": ("contractor",), "contractor": ("contract",), "engineer": ("engineering",),
    "engineering": ("engineer",), "developer": ("development",), "development": ("developer",),
    "manager": ("management",), "management": ("manager",), "designer": ("design",), "design": ("designer",),
    "scientist": ("science",), "science": ("scientist",), "analyst": ("analytics",), "analytics": ("analyst",),
    "researcher": ("research",), "research": ("researcher",), "accountant": ("accounting",),
    "accounting": ("accountant",), "consultant": ("consulting",), "consulting": ("consultant",),
    "marketer": ("marketing",), "marketing": ("marketer",), "writer": ("writing",), "writing": ("writer",),
    "coordinator": ("coordination",), "coordination": ("coordinator",), "tech": ("technician", "technical"),
    "technician": ("tech",), "operator": ("operations",), "operations": ("operator",),
    # a machine's operator is its driver ("the pistenbully driver", "forklift driver" of a Forklift Operator)
    "driver": ("operator",),
    # title words as trades shorten them ("WH manager", "admin assistant", "sales exec", "mktg coordinator")
    "wh": ("warehouse",), "whse": ("warehouse",), "admin": ("administrator", "administrative"),
    "exec": ("executive",), "rep": ("representative",), "mktg": ("marketing",), "acct": ("accountant", "account"),
    "maint": ("maintenance",), "supv": ("supervisor",), "spec": ("specialist",), "lab": ("laboratory",),
    # school subjects as teachers and parents clip them ("maths teacher", "chem teacher")
    "maths": ("mathematics",), "math": ("mathematics",), "chem": ("chemistry",), "geog": ("geography",),
    # a German posting's title asked in English ("ICU nurse" of the Pflegefachkraft Intensivstation)
    "nurse": ("pflegefachkraft", "pflegekraft", "krankenpfleger"), "icu": ("intensivstation", "intensiv"),
}

# Nouns for a field of work or a kind of task: alone, they are the work, not a
# role, even when one title holds them ("firmware development" is the firmware
# engineer's work, not the Sales Development Representative).
WORK_NOUNS = {
    "development", "operations", "management", "engineering", "design", "research", "sales", "marketing",
    "support", "security", "service", "services", "data", "product", "experience", "finance", "accounting",
    "analytics", "infrastructure", "quality", "testing", "automation", "content", "growth", "success",
    "customer", "account", "platform", "people", "talent", "legal", "compliance", "business", "software",
    "hardware", "technology", "technical", "strategy", "communications", "training", "contract", "field",
    "office", "team", "group", "project", "program", "process", "clinical", "patient", "commercial",
}

# Seniority and level words: they narrow a title ("senior PM") but alone,
# or with only a title's last word, they pick no role among several.
SENIORITY_WORDS = {
    "junior", "senior", "staff", "principal", "lead", "mid", "midlevel", "intermediate", "entry", "level",
    "associate", "head", "chief", "intern", "trainee", "graduate", "expert", "apprentice", "distinguished",
}
# Level numbers: like seniority they narrow a title ("iOS engineer II") and never make it another role.
LEVEL_NUMBERS = {"i", "ii", "iii", "iv", "l1", "l2", "l3", "l4", "l5", "l6"}
SENIORITY_WORDS |= LEVEL_NUMBERS

# Initials that stand for several titles or fields: ABBREVIATIONS gives the reading tried first;
# when a word of it is in no title of the store, the first of these whose words all are is read
# instead ("pm" is the program manager where no product manager is hiring; the "em" of "cryo-em"
# is electron microscopy, not an engineering manager). See bot.reading._read_as_the_store_titles.
OTHER_READINGS = {
    "pm": (("program", "manager"), ("project", "manager")),
    "em": (("electron", "microscopy"), ("events", "manager")),
    "ta": (("talent", "acquisition"), ("teaching", "assistant")),
    "hr": (("human", "resources"), ("people",)),
    "swe": (("software", "developer"),),
    # developer relations is done by developer advocates, and the Developer Advocate is its usual title
    "devrel": (("developer", "advocate"),),
}
# Initials a trade says its common titles by, in lower case too ("rn pay", "the lpn"), beside any
# word: they name a stored role whose name they are the initials of, and of several stored roles
# sharing them ("DA": the Data Analyst and the Developer Advocate) the one the trade means.
TRADE_INITIALS = {
    "rn": ("registered", "nurse"), "lpn": ("licensed", "practical", "nurse"),
    "cna": ("certified", "nursing", "assistant"), "da": ("data", "analyst"),
}

# Abbreviations that are ordinary words in lower case ("be", "fe"): expanded
# only when typed in capitals inside a question that is not all capitals, so
# "lead BE eng" is the back-end lead while "what would they be doing" is not.
CASED_ABBREVIATIONS = {"BE": "backend", "FE": "frontend", "FS": "fullstack"}
# Typed in lower case they are still spelt out right before these title words
# ("comp for lead be eng"), where the verb "be" cannot stand (see `bot.text`).
CASED_BEFORE = {"engineer", "engineers", "developer", "developers", "engineering", "dev", "devs", "eng"}
# Right after a level word ("lead be", "senior fe"), where the verb is unlikely,
# they are spelt out too when the question's phrase ends there or a noun for
# the opening follows ("lead be - summary?", "a lead be candidate", "lead be role");
# "should the lead be hands-on" keeps the verb.
CASED_AFTER_LEVEL_NOUNS = {"role", "roles", "candidate", "candidates", "position", "positions", "req", "reqs",
                           "job", "jobs", "jd", "jds", "posting", "opening", "hire", "hires", "person", "people",
                           "folks", "comp", "salary", "pay",
                           # verbs the verb "be" cannot come before: "how much kafka does the lead be need"
                           "need", "needs", "require", "requires", "have", "has", "do", "does", "use", "uses",
                           "own", "owns", "earn", "earns", "make", "makes", "report", "reports"}
# Before a level word ("the be lead", "yoe: be lead vs global lead") they are
# spelt out after these, or a mark or nothing: an article, a possessive or a
# preposition, where the verb "be" cannot stand ("to be lead" keeps it).
CASED_NOUN_BEFORE = {"the", "a", "an", "our", "your", "their", "my", "this", "that", "for", "of", "on", "about",
                     "vs", "versus", "with", "between", "from", "and", "or", "than", "per", "in"}
# Level words that are also nouns for a person ("a physics graduate", "our
# intern"): after them "be" is the verb ("would a data science graduate be ok
# for the engineer job?"), unless a title word follows ("graduate be engineer").
PERSON_LEVEL_WORDS = {"graduate", "intern", "trainee", "apprentice"}
# Before the level word these make "lead" a noun and "be" the verb ("should the
# lead be hands-on", "can a lead be remote"); after any other word ("is lead be
# an IC role", "does lead be do CI/CD") "be" is the back end.
CASED_VERB_BEFORE_LEVEL = {"the", "a", "an", "our", "your", "their", "this", "that", "my", "his", "her", "each",
                           "every", "any", "no", "would", "should", "will", "must", "can", "could", "might", "may",
                           "to", "shall", "cannot", "won't", "wont", "shouldn't", "wouldn't", "i", "you", "they",
                           "we", "he", "she", "it", "team", "tech"}

# Words that split a question into phrases: two roles on either side of them
# are two mentions, never one title.
SEPARATORS = {"and", "or", "vs", "versus", "with", "than", "compared", "against", "between", "to", "from", "into", "plus"}

# Words that are never part of a role's name and never the subject of a search.
FUNCTION_WORDS = {
    "a", "an", "the", "of", "for", "in", "on", "at", "by", "is", "are", "be", "been", "being", "was",
    "were", "am", "do", "does", "did", "doing", "what", "what's", "which", "who", "whom", "whose",
    "how", "why", "when", "i", "i'm", "im", "i'd", "me", "my", "we", "we'd", "we're", "our", "us",
    "you", "your", "they", "their", "them", "it", "its", "it's", "he", "she", "his", "her", "this",
    "that", "these", "those", "there", "here", "as", "can", "could", "would", "should", "will",
    "shall", "may", "might", "must", "have", "has", "had", "any", "some", "all", "about", "like",
    "just", "please", "tell", "show", "give", "get", "got", "so", "if", "then", "also",
    "too", "very", "really", "exactly", "kind", "sort", "type", "e", "g", "eg", "ie", "etc", "wise",
    "up", "out", "role", "roles", "position", "positions", "job", "jobs", "title", "titles",
    "candidate", "candidates", "someone", "somebody", "person", "people", "folks", "one", "ones",
    "opening", "openings", "hire", "hires", "new", "typical", "typically", "usually", "generally",
    "need", "needs", "needed", "want", "wants", "look", "looking", "find", "know", "see", "say",
    "ask", "asking", "said", "let", "let's", "same", "good", "well", "more", "most", "less", "much",
    "many", "remind", "again", "quick", "quickly", "actually", "basically", "anything", "something",
    "everything", "else", "between", "main", "where", "here's", "hey", "ok", "okay", "thing",
    "things", "stuff", "part", "whether", "not", "no", "yes", "only", "each", "every", "both",
    "either", "neither", "two", "now", "today", "tomorrow", "friday", "monday", "tuesday", "wednesday",
    "thursday", "saturday", "sunday", "week", "call", "meeting", "listed", "list", "available",
    "accept", "lowest", "highest", "minimum", "maximum", "preferred", "required", "fit", "suit",
    "min", "max",  # "min edu?": the least asked, as "minimum"
}
# Spanish questions wrap a title in articles and question words ("sueldo del
# supervisor de …", "cuál es el tope para el …"); they name no role either.
# "de" stays out: it is inside Spanish titles ("Técnico de Mantenimiento").
FUNCTION_WORDS |= {"del", "el", "la", "los", "las", "para", "por", "como", "cómo", "cual", "cuál", "cuales",
                   "cuáles", "qué", "que", "es", "son", "y", "un", "una", "al", "hay", "tiene"}

# Short words of English typed in nearly every question that are no function words of the
# reading ("with" and "from" name things): their slips ("wiht", "form" no, it is a word) are
# mended like the function words' (bot/spelling.py); none is one swap from a tool's or a title's
# short word.
COMMON_SHORT_WORDS = {"with", "from", "into", "than", "over", "under", "year", "years", "team",
                      "pay", "pays", "paid", "work", "much", "many", "long", "big", "old", "far", "often",
                      # "adn global lead?": the word most follow-ups open with ("and for X?", "and then?")
                      "and"}

# Function words that also begin the names of products and tools ("New Relic",
# "Good Data"): a search for the word after one looks for the two together
# first, in any case, and for that word alone only when no document says them.
NAME_ADJECTIVES = {"new", "good", "main", "quick"}

# Words that can stand next to a title without making it another role: seniority
# ("senior lead backend engineer" is the Lead Back End Engineer), praise, filler
# and plain adjectives ("a strong engineer", "a generic engineer"). Any other
# word in a title's noun phrase ("security engineer", "global lead recruiter")
# names a role the store may not have.
NON_DEFINING_WORDS = {
    "senior", "junior", "mid", "midlevel", "intermediate", "entry", "level", "experienced", "seasoned",
    "ii", "iii", "iv",  # a level's numeral: "iOS Engineer II" is a level of the iOS Engineer
    "veteran", "average", "strong", "great", "excellent", "solid", "decent", "ideal", "successful", "perfect",
    "qualified", "potential", "prospective", "current", "existing", "regular", "standard", "normal", "usual",
    "median", "recruiting", "sourcing", "onboarding", "vacancy", "vacancies",
    "vacature", "vacatures", "stelle", "stellenangebot",  # "vacancy" as a Dutch or German posting says it
    # plain adjectives and more praise: "a plain engineer", "a generic engineer" are the Engineer
    "plain", "generic", "basic", "ordinary", "vanilla", "simple", "real", "actual", "proper", "true",
    "hypothetical", "random", "specific", "particular", "whole", "future", "former", "previous", "next",
    "first", "last", "bad", "better", "skilled", "talented", "capable", "competent", "proven", "star",
    "ex", "formerly", "past", "onetime",  # "an ex solutions architect": who the candidate was
    "prior", "earlier",  # "lead backend prior experience": the role's own years, not a role called "prior"
}

# Words that name a level of a role, not the role: "senior vs staff software
# engineer" names two levels of one role, the first written without it.
# "the leadership track", "technical track instead?": a track of a career path, said by a word for it
# before a noun for a track (TRACK_NOUNS), names the next steps whose titles say one of these words.
MANAGING_TITLE_WORDS = ("manager", "management", "director", "head", "vp", "vice president", "chief", "cto")
TECHNICAL_TITLE_WORDS = ("architect", "principal", "staff", "distinguished", "fellow")
TRACK_WORDS = {"leadership": MANAGING_TITLE_WORDS, "management": MANAGING_TITLE_WORDS,
               "managerial": MANAGING_TITLE_WORDS, "manager": MANAGING_TITLE_WORDS, "people": MANAGING_TITLE_WORDS,
               "technical": TECHNICAL_TITLE_WORDS, "tech": TECHNICAL_TITLE_WORDS, "ic": TECHNICAL_TITLE_WORDS,
               "engineering": TECHNICAL_TITLE_WORDS}
TRACK_NOUNS = {"track", "tracks", "path", "ladder", "route", "side"}
LEVEL_WORDS = {"junior", "mid", "midlevel", "intermediate", "senior", "staff", "lead", "principal", "associate",
               "entry", "level", "ii", "iii", "iv"}
# Words after a role that name its whole job family, and the words family
# pages are titled with: "the software engineer ladder" is the "Software
# Engineer job family", "the product management levels" its "career levels".
FAMILY_WORDS = {"ladder", "family", "levels", "track", "career"}
FAMILY_TITLE_WORDS = (("job", "family"), ("career", "levels"), ("levels",), ("ladder",), ("family",))

# Words that cannot stand inside a noun phrase, so they end a title's phrase and
# never make it another role: prepositions, conjunctions, quantifiers and common
# adverbs (and any "-ly" word or contraction, see PHRASE_BREAK_ENDINGS).
PHRASE_BREAKS = {
    "among", "amongst", "across", "within", "without", "via", "per", "toward", "towards", "upon", "onto",
    "through", "throughout", "during", "despite", "including", "except", "beside", "besides", "near",
    "around", "behind", "beyond", "below", "above", "under", "over", "after", "before", "since", "until",
    "till", "unlike", "regarding", "re", "but", "because", "although", "though", "while", "whereas",
    "unless", "yet", "nor", "once", "another", "other", "others", "such", "several", "few", "couple",
    "various", "multiple", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "later", "sooner", "soon", "still", "already", "ever", "never", "always", "often", "sometimes",
    "even", "maybe", "perhaps", "instead", "anyway", "rather", "quite", "almost", "ago", "away",
    "together", "otherwise", "nowadays", "further",
    "ditto",  # "ditto Global Lead": the same question of another role
    "sorry", "oops", "whoops",  # "sorry meant global lead": a correction before the title, not part of it
    # the end of a range or a step on a path, said with no mark before the title: "which pays more at the
    # bottom expert swe or lead be", "next career step engineer compared with global lead"
    "bottom", "step", "steps",
}
# Verbs (base forms; "-s", "-ed", "-ing" forms count too) that come right before
# or after a title in recruiters' questions: of saying and thinking ("my manager
# insists lead backend engineers ...") and of hiring ("we need to source expert swe").
PHRASE_BREAK_VERBS = {
    "say", "said", "insist", "think", "thought", "claim", "believe", "reckon", "feel", "felt", "argue",
    "suggest", "tell", "told", "expect", "prefer", "hope", "agree", "assume", "guess", "worry", "mention",
    "ask", "wonder", "source", "onboard", "recruit", "place", "promote", "retain", "poach", "backfill",
    "replace", "reject", "shortlist", "headhunt", "attract", "lose", "lost", "keep", "kept", "meet", "met",
    "interview", "offer", "hire", "pay", "paid", "mean", "meant",
    "matter", "count", "consider", "qualify", "suffice",  # "do open source contributions matter?"
}
# "-ly" words are adverbs ("mostly", "usually"), apart from the few nouns ending so.
PHRASE_BREAK_ENDINGS = ("ly", "n't", "'ll", "'re", "'ve", "'d", "'m")
NOUNS_ENDING_IN_LY = {"assembly", "supply", "family", "anomaly", "italy", "ally", "rally"}
# People named by their stage of hiring, not by a job: "lead backend finalists"
# are Lead Back End Engineers who reached the final round, not another role
# ("lead backend recruiters" and "lead backend designers" are other jobs).
HIRING_STAGE_PEOPLE = {
    "candidate", "finalist", "applicant", "interviewee", "shortlister", "prospect", "recruit", "hire",
    "joiner", "starter", "newcomer", "nominee", "referral", "contender", "employee", "incumbent",
    "folk", "people", "guy", "person", "member",
}
# After "do", "does" or a modal and the title (with its determiner), a bare word
# ending the clause is the verb: "who does the global lead mentor?" asks what the
# Global Lead Engineer does, not about a Global Lead Mentor.
BARE_VERB_BEFORE = {"do", "does", "did", "can", "could", "will", "would", "should", "shall", "may", "might", "must"}
DETERMINERS = {"the", "a", "an", "this", "that", "my", "our", "your", "their", "his", "her", "its"}

# Other words for a title's last word that name the same job: "lead backend dev"
# is the Lead Back End Engineer, not a Lead Backend Developer the store lacks.
HEAD_SYNONYMS = {"developer": "engineer", "programmer": "engineer"}
# Endings of nouns for a person who does a job ("recruiter", "designer", "scientist"):
# after a shortened title ("global lead …") such a word is the title's last word,
# another role's; other words there ("kubernetes", "guy", "hands-on") are not.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "yst")
# Verbs a question says of a role or its documents that end like those nouns ("which lists a
# salary?", "does it offer equity?", "which covers on-call?"): never a person, so never a title.
AGENT_SHAPED_VERBS = {"list", "offer", "cover", "answer", "differ", "consider", "deliver", "order", "prefer",
                      "want", "grant", "exist", "insist", "consist", "persist", "gather", "matter", "enter"}

# Words that point back at the conversation's last role(s).
PRONOUNS = {"it", "its", "they", "them", "their", "this", "that", "he", "she", "same", "him", "her", "theirs"}

# "do" before the one doing ("what do they prefer", "does she need a degree") is
# the helper of the verb that follows, not the verb "do" that asks for duties;
# the duties' "do" comes after ("what do they do all day").
HELPER_DO = frozenset({"do", "does", "did"})
# "beyond that", "beyond this": a word past a thing before a word pointing back at the answer on
# screen says "more than what you showed" ("what's preferred for them beyond that?" after the years,
# "and then beyond that" after the next steps): it asks for no facet of its own (not the secondary
# duties, nor the next step, that "beyond" alone may ask).
PAST_WHAT_SHOWN = frozenset({"beyond"})
POINTING_BACK = frozenset({"that", "this", "it", "those", "these"})
DOER_SUBJECTS = frozenset({"they", "we", "you", "u", "i", "he", "she", "it", "people", "ppl", "folks"})

# Salary thresholds in reverse search: "above 200k", "under $150,000".
ABOVE_WORDS = {"above", "over", "more than", "at least", "exceeding", "beyond", "greater than", "min",
               "or higher", "or more", "or above", "and above", "reach"}
BELOW_WORDS = {"below", "under", "less than", "at most", "max", "cheaper than", "or less", "or lower", "or below",
               "and below", "fewer than"}

# Superlatives across the store: "which role pays the most", "needs the
# least experience" rank every role instead of asking which one.
HIGHEST_WORDS = {"most", "highest", "best", "top", "biggest", "largest", "longest", "richest", "senior-most",
                 "priciest", "costliest"}
LOWEST_WORDS = {"least", "lowest", "fewest", "cheapest", "smallest", "shortest", "worst"}
FUNCTION_WORDS |= HIGHEST_WORDS | LOWEST_WORDS  # never part of a role's name
# Seniority said as a superlative: "the most junior role" needs the least
# experience, "the most senior" the most ("least junior" the other way round).
JUNIOR_WORDS = {"junior", "juniors"}

# The width of a pay range asked for ("which role has the widest pay band",
# "the biggest spread between min and max"): a word that is the width and its
# end (True: widest first), or a noun for it ranked by HIGHEST/LOWEST words.
BAND_WIDTH_WORDS = {"widest": True, "wider": True, "broadest": True, "broader": True,
                    "narrowest": False, "narrower": False, "tightest": False, "tighter": False}
BAND_SPREAD_WORDS = {"spread", "width", "span"}

# Asked to put every role in order ("order the roles by years of experience"):
# the highest first. (Not function words: "order" names work in some titles.)
RANK_WORDS = {"rank", "ranked", "order", "ordered", "sorted"}

# Career routes: which named role is the start ("starting as Engineer",
# "from Engineer") and which the goal ("become a Principal Engineer", "to …"),
# read from the few words just before each role.
ROUTE_START_WORDS = {"from", "as", "starting", "start", "currently", "being", "coming", "now"}
ROUTE_GOAL_WORDS = {"to", "into", "become", "becoming", "reach", "towards", "toward", "promoted", "be"}

# Career-graph questions: "which roles lead to X".
CAREER_TARGET_PHRASES = ("lead to", "leads to", "lead into", "feed into", "feeds into", "feed up into", "feeds up into",
                         "feeding into", "path to", "progress to",
                         "become") + BECOMING_PHRASES + GOING_PHRASES

# Labels of the follow-up buttons, and the question each asks of a role.
FOLLOW_UPS = {
    OVERVIEW: ("Overview", "overview of {role}"),
    PRIMARY: ("Responsibilities", "responsibilities of {role}"),
    SALARY: ("Salary", "salary for {role}"),
    HARD_SKILLS: ("Hard skills", "hard skills for {role}"),
    SOFT_SKILLS: ("Soft skills", "soft skills for {role}"),
    EDUCATION: ("Education", "education for {role}"),
    EXPERIENCE: ("Experience", "experience for {role}"),
    CAREER: ("Career path", "career path of {role}"),
    PERKS: ("Perks", "perks for {role}"),
    HIRING: ("Interview tips", "hiring advice for {role}"),
    JOB_DESCRIPTION: ("Draft a JD", "job description for {role}"),
    REQUIREMENTS: ("Requirements", "requirements for {role}"),
    NICE_TO_HAVE: ("Nice to have", "nice to have for {role}"),
    BENEFITS: ("Benefits", "benefits for {role}"),
    LOCATION: ("Location", "where is {role} based"),
    HIRING_PROCESS: ("Hiring process", "interview process for {role}"),
}

# Numbers said in words, and their values: "five years", "a team of twelve engineers", "the top three".
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
# How many sentences an answer is asked in ("in 2 sentences", "a couple of
# sentences"): a summary asked, whatever the facet (see bot.rules).
SENTENCE_COUNTS = {"a", "one", "two", "three", "few", "couple", "several"}
# Words that ask the same of any facet without a count ("briefly, what does X own?").
ASKED_BRIEFLY = {"briefly"}

# The asker telling of their own recruiting work (`bot.asker_doing`): "*I'm hiring
# for* the lead backend role — …", "*before I level* this req I'd like …". The asker as
# subject, words between them and the verb, words joining such a clause on, and the verbs.
ASKER_SUBJECTS = {"i", "i'm", "im", "we", "we're", "i've", "we've", "i'll", "we'll"}
ASKER_POSSESSIVES = {"my", "our"}  # "to my team", "for our panel": the asker's own people
ASKER_SAID_AGAIN = ASKER_SUBJECTS | {"i'd", "we'd"}  # "… this req *I'd* like": the next clause
ASKER_AUXILIARIES = {"about", "to", "going", "gonna", "need", "want", "have", "will", "currently", "now", "just",
                     "also", "still", "actively", "trying", "busy"}
CLAUSE_JOINERS = {"before", "after", "while", "since", "once", "until", "as", "when", "so"}  # "so I can build …"
ASKER_DOING_VERBS = {"hiring", "hire", "recruiting", "recruit", "sourcing", "source", "level", "leveling",
                     "levelling", "calibrating", "calibrate", "writing", "write", "drafting", "draft", "posting",
                     "post", "filling", "fill", "staffing", "opening", "backfilling", "backfill", "benchmarking",
                     "benchmark", "screening", "screen", "build", "building", "search", "searching",
                     # getting a loop or a document ready for others: "prepping the brief", "I need them for translate"
                     "preparing", "prepare", "prepping", "prep", "translating", "translate", "booking", "book",
                     "scheduling", "schedule", "organising", "organizing", "planning", "presenting", "present",
                     "sharing", "share", "pitching", "pitch",
                     # passing on someone else's words: "Pasting a candidate's e-mail: …", "forwarding this from HM"
                     "pasting", "paste", "forwarding", "relaying", "quoting", "copying",
                     # working on the postings themselves: "I'm rewriting our postings - give me the exact titles"
                     "rewriting", "rewrite", "revising", "revise", "editing", "updating", "refreshing",
                     "auditing", "standardising", "standardizing", "tidying",
                     # gathering a document for others: "Putting together an intake doc. Which job has GraphQL?"
                     "putting", "pulling", "compiling", "assembling", "finalising", "finalizing", "reviewing"}
# Question words that open the asking clause after a scene dictated with no marks (`bot.asker_doing`).
WH_WORDS_OPENING = {"what", "what's", "whats", "which", "how", "who", "where", "when", "why"}
# Nouns after a doing verb's -ing form that make it a noun's modifier, no doing ("hiring *manager* for X?",
# "screening *questions* for X"): the phrase is what is asked, no scene (`bot.asker_doing`).
DOING_AS_MODIFIER = {"manager", "managers", "process", "processes", "question", "questions", "criteria", "plan",
                     "plans", "committee", "panel", "panels", "call", "calls", "stage", "stages", "round", "rounds",
                     "budget", "timeline", "team", "teams", "bar", "rubric", "tips", "advice", "checklist"}

# The people who hire, judging a candidate (`bot.asked_words`): "would the X *hiring
# manager consider* them?" asks whether the candidate fits the role, not who hires for it.
HIRING_JUDGES = {"hiring manager", "hiring managers", "hm", "hiring team", "panel", "interview panel", "recruiter"}
JUDGING_VERBS = {"consider", "accept", "take", "entertain", "shortlist", "approve", "reject", "look"}

# Words after an amount in thousands that make it pay ("270k base"; see
# bot.asked_words): the kind of pay named, weighing as a salary word does.
AMOUNT_OF_PAY_WORDS = {"base", "salary", "comp", "compensation", "ote", "tc", "package", "cash"}
AMOUNT_OF_PAY_WEIGHT = 3

# Verbs whose subject is a document ("does the JD *mention* Kafka", "what
# languages does each JD *list*"): the posting as what states a fact, so a
# word for it there asks for no draft (see bot.asked_words).
STATING_VERBS = {"mention", "mentions", "list", "lists", "say", "says", "state", "states", "include", "includes",
                 "cover", "covers", "require", "requires", "ask", "asks"}

# Verbs of wanting, read where they stand beside a role (`bot.asked_words`):
# with the role as their subject and nothing after them ("what does the orchard
# survey technician need?"), or with the role as their object after one of
# WANTED_FROM ("what do you want in a data analyst?"), they ask what the role
# requires. "which roles need Go" names no role beside them and stays a search.
WANT_VERBS = (("need",), ("needs",), ("want",), ("wants",), ("require",), ("requires",), ("expect",),
              ("expects",), ("looking", "for"), ("seeking",))
WANTED_FROM = {"in", "for", "from", "of"}
# What such a question weighs: as "do we need" in INTENT_PHRASES (the
# requirements of a posting, the skills of a role the seeds describe).
WANTED = {REQUIREMENTS: 4, SKILLS: 3.5}

# Words that ask for several facts of a role at once, when they settle on the
# first: a candidate's "qualifications" are their skills and their education
# (a posting's requirements already hold both, see REQUIREMENTS).
ASKS_SEVERAL = {"qualifications": (SKILLS, EDUCATION), "qualification": (SKILLS, EDUCATION),
                # a role's "must haves" are all it requires (MADE_OF): its skills, years and schooling,
                # as its "nice to haves" are its preferred experience and education
                "must have": (SKILLS, EXPERIENCE, EDUCATION)}

# Words that ask a fact of a role only right after its title ("the lead back
# end number", "global lead figures?"): a recruiter's word for the pay figure,
# never a word of another title; "number of roles" (before "of") asks a count.
ASKED_AFTER_TITLE = {"number": SALARY, "numbers": SALARY, "figure": SALARY, "figures": SALARY}
ASKED_AFTER_TITLE_WEIGHT = 4

# Words that, in one clause, ask what neither asks alone, even when the second
# is a word of the role's title ("how long is the test automation contract"):
# "how long" with a word for the engagement is its length, not years of experience.
ASKED_TOGETHER = (
    (("how", "long"), {"contract", "contracts", "assignment", "engagement", "placement", "secondment",
                       "internship", "term", "gig"}, EMPLOYMENT_TYPE, 5),
)

# A word that asks something only as the last word of its clause, with the
# first words earlier in it: "where does the expert software engineer lead?"
# asks for the next steps, while "where is the lead engineer based" does not.
ASKED_AT_CLAUSE_END = (
    (("where",), {"lead", "leads", "go", "goes"}, CAREER_NEXT, 5),
    # "what does a global lead engineer make?": what they are paid, as "how much does X make" is
    (("what",), {"make", "makes", "making", "pull", "pulls"}, SALARY, 5),
)
# The people an answer is for, after "for" or "to" ("describe it for a non-tech
# panel", "explain it to non-technical stakeholders"): the words naming them
# say who listens, not which of a role's facts is asked ("non tech" is no ask
# for soft skills there).
AUDIENCE_NOUNS = {
    "panel", "panels", "audience", "audiences", "stakeholders", "stakeholder", "folks", "people", "crowd",
    "board", "execs", "exec", "executives", "executive", "committee", "interviewers", "laypeople", "layperson",
    "layman", "laymen", "leadership", "listeners", "readers",
    # a piece of writing the answer goes into: "summarise X for a hiring brief", "for the intake notes"
    "brief", "briefing", "memo", "notes", "deck", "slide", "slides", "email", "newsletter", "summary",
}
AUDIENCE_OPENERS = {"for", "to"}

# Words that ask nothing as the last word of a clause the first words began:
# "which certifications help?" asks which certifications, not for help.
NOTHING_AT_CLAUSE_END = (
    (("which",), {"help", "helps"}), (("what",), {"help", "helps"}),
)

# Words of a question that say nothing of which of a role's sections it is
# about ("what are the success metrics for …"): left out when the question's
# words are matched against the document's own headings.
# The nouns a recruiter ends a role's name with ("the enforcement post", "the kitchen job"): part of
# naming the role, never a word asked of its sections (a "Post ref" field).
NOUNS_AFTER_TITLE = {"post", "job", "role", "position", "vacancy", "opening", "posting", "req"}

HEADING_STOP_WORDS = {"with", "to", "from", "into", "and", "or", "you", "you'll", "we", "our", "who", "will"}

# Words that name a facet rather than say something of it: "which roles have
# benefits" is not a search for the word "benefits" (see `Assistant`).
FACET_NAMES = {
    "location", "located", "based", "based in", "where is", "benefits", "benefit", "perks", "perk", "salary",
    "salaries", "pay", "paid", "pays", "comp", "compensation", "employment type", "schedule", "hours",
    "work arrangement", "workplace", "remote policy", "working pattern", "work pattern", "office", "package",
    "range", "how much", "money", "wage", "wages", "earn", "earns", "income", "remuneration", "work", "working",
}

# Ordinary words for the fields and headings postings use: a heading with
# the key among its words is also found by these ("when does it close" for a
# "Valid through" field, "who is the boss" for "Reports to").
_CLOSING = ("close", "closes", "closing", "deadline", "expire", "expires", "expiry", "until")
_POSTED = ("posted", "published", "live", "date")
HEADING_SYNONYMS = {
    "valid through": (*_CLOSING, "open"),
    "closing": _CLOSING,  # "Open & closing dates", "Closing date": when applications close
    "posted": _POSTED,
    "published": _POSTED,
    "start": ("start", "starts", "starting", "begin", "begins", "date"),
    # a start date as British and Australian postings head it ("Commencement: Term 1 2027")
    "commencement": ("start", "starts", "starting", "begin", "begins", "date", "commence", "commences"),
    # a contract's length: "how long is it", "for how many months"
    "duration": ("long", "length", "months", "weeks", "lasts", "last"),
    "hiring manager": ("hiring", "manager", "boss"),
    "reports to": ("report", "reports", "manager", "boss"),
    "hours": ("hours", "hour", "full time", "part time"),
    "on call": ("on call", "pager", "paging", "rota", "rotation"),
    "visa": ("visa", "sponsor", "sponsorship", "sponsors"),
    # a public or care employer's bargaining unit ("Union: OPSEU Local 4471"): "is it unionized"
    "union": ("union", "unions", "unionized", "unionised"),
    "travel": ("travel", "travelling", "traveling", "trips"),
}

# Question shapes shown by "help"; {role} is filled with titles from the store.
HELP_EXAMPLES = (
    "what does {a_role} own?",
    "comp for {role}?",
    "hard skills for {role}",
    "what comes after {role}?",
    "compare {role} and {other}",
    "which roles need Kubernetes?",
    "which roles pay above 200k?",
    "draft a job description for {a_role}",
)

# -- questions across the whole store (see `bot.search_terms`, `bot.thresholds`) --
# Words that turn a search round: "which roles don't mention GraphQL" asks
# for the roles whose documents lack it. (Any "-n't" word counts too.)
NEGATION_WORDS = {"not", "no", "without", "never", "excluding", "exclude", "except", "lack", "lacks", "lacking", "minus",
                  "missing", "dont", "doesnt", "isnt", "arent", "cannot",
                  # a document keeping quiet on it: "say nothing about", "are silent on", "omit", "skip"
                  "nothing", "silent", "quiet", "omit", "omits", "omitted", "omitting", "skip", "skips", "skipped"}
# Words of a search question that say how a document holds the thing, not
# what it is: "which roles list GitHub Actions", "TCP/IP knowledge", "who
# would like a PhD". Never searched for.
SEARCH_NON_TERMS = {
    "mention", "mentions", "mentioned", "mentioning", "list", "lists", "listed", "listing", "have", "has",
    "want", "wants", "wanted", "prefer", "prefers", "preferred", "like", "likes", "ask", "asks", "expect",
    "expects", "expected", "involve", "involves", "cover", "covers", "covered", "contain", "contains", "name",
    "names", "named", "say", "says", "cite", "cites", "reference", "references", "call", "calls", "value",
    "values", "use", "uses", "used", "using", "require", "requires", "required", "requiring", "need", "needs",
    "include", "includes", "included", "demand", "demands", "feature", "features", "anywhere",
    "stay", "stays", "remain", "remains", "keep", "keeps",  # "stay quiet about it"
    "knowledge", "familiarity", "understanding", "exposure", "background", "expertise", "proficiency",
    "skill", "skills", "all", "whatsoever", "in", "which", "that", "where", "whose", "at",
    # how a document gives a thing, not the thing: "roles with a stated pay range"
    "count", "number", "total", "tally",  # "count of roles w/ graphql" counts the roles that mention it
    # nouns for the roles themselves: "jds that dont mention python" searches for python
    "jd", "jds", "req", "reqs", "posting", "postings", "opening", "openings", "vacancy", "vacancies",
    "doc", "docs", "document", "documents",  # "which docs mention Rust" searches for Rust
    # how someone feels about the thing, and what they will do: "my candidate hates on-call, … so I can steer away"
    "hate", "hates", "love", "loves", "dislike", "dislikes", "enjoy", "enjoys", "avoid", "avoids", "steer",
    "away", "worried", "afraid", "mind", "minds",
    # what a role lets the person do, said of the thing: "which roles allow remote"
    "allow", "allows", "allowed", "permit", "permits", "permitted", "offer", "offers", "offered",
    "stated", "state", "states", "given", "posted", "published", "disclosed", "shown", "specified",
    # the verbs of mentioning above, and how the work is done, not what: "roles that can be done remotely"
    "talk", "talks", "talking", "discuss", "discusses", "refer", "refers", "speak", "speaks",
    "done", "performed", "worked",
    # a person known by a skill: "roles for a kafka expert" searches for kafka (SKILLED_PERSON_NOUNS)
    "expert", "experts", "specialist", "specialists", "guru", "gurus", "whiz", "ninja", "ninjas", "chops",
    # how good a candidate is at a thing, and how many: "a couple of strong Rust people" searches for Rust
    "strong", "couple", "handful", "bunch",
}
# What an interviewer prepares, not a part of the role asked about: "which security
# topics go in the X interview rubric" asks the role's items on security; said
# alone ("does X run interviews?") the interview is the topic still.
INTERVIEW_FRAME_WORDS = {"rubric", "rubrics", "scorecard", "scorecards", "interviewer", "interviewers"}
# "interview" names what the asker prepares before one of those ("the X interview rubric"); alone it
# may be the role's own work ("does X also interview candidates?").
INTERVIEW_WORDS = {"interview", "interviews"}
# How firmly a document asks a thing, never what it asks: "which roles don't
# strictly require a degree" searches for a degree, and asks whether any role
# would take something else (each role's line that says it is shown).
HEDGE_WORDS = {"strictly", "necessarily", "absolutely", "definitely", "formally", "truly", "technically",
               "explicitly", "mandatorily"}
SEARCH_NON_TERMS |= HEDGE_WORDS
# Nouns for people ending the words that say what they know ("strong Rust *people* on
# LinkedIn", "kafka folks"): no thing to look for; before another noun they are one
# ("people management").
PEOPLE_NOUNS = {"people", "folks", "folk", "devs", "candidates", "profiles"}
# Nouns for a person known by a skill, after the skill ("a kafka expert", "a
# terraform person"): a person with that skill, not a title the store lacks,
# even when a title has the word as a rank ("Expert Software Engineer").
SKILLED_PERSON_NOUNS = {"expert", "experts", "specialist", "specialists", "guru", "gurus", "whiz", "ninja", "ninjas"}
# Words an intent phrase takes that still name a thing documents state: "who
# would like a PhD" looks for "PhD", though "PhD" also says it is about education.
SEARCHABLE_INTENT_WORDS = {"phd", "doctorate", "bachelor", "bachelors", "master", "masters", "mba", "diploma",
                           "401k", "403b", "457b", "pension", "equity"}
# Programming languages' names, folded: a search for one never matches a
# hyphenated word it merely begins ("go-to" is no Go; `bot.search_terms`).
LANGUAGE_NAMES = frozenset({
    "go", "golang", "rust", "java", "python", "ruby", "scala", "kotlin", "swift", "dart", "elixir", "erlang",
    "haskell", "perl", "php", "c", "r", "lua", "julia", "clojure", "groovy", "typescript", "javascript",
})
# Other spellings and short forms of common terms, each looked for as well
# (folded; a key is the term as typed or its singular).
# Verbs' irregular past forms, inflections already: searched as written, never
# with the endings of the words made from a word ("I found strong Rust people"
# is not "strong foundations"; "built" is not "builtin"). Forms of five
# letters or more only, the length a searched word takes endings from.
PAST_FORMS = {"found", "built", "brought", "bought", "sought", "taught", "thought", "caught", "spent", "wrote",
              "written", "chose", "chosen", "began", "begun", "drove", "driven", "stood", "understood", "taken",
              "given", "fought", "threw", "thrown", "shown", "known", "grown", "drawn", "spoke", "spoken"}

SEARCH_SYNONYMS = {
    # clipped words, found by their endings no more ("retro" does not begin a match of "retrospective")
    "retro": ("retrospective",), "retros": ("retrospectives",), "infra": ("infrastructure",),
    "config": ("configuration",), "configs": ("configurations",), "perf": ("performance",),
    "auth": ("authentication", "authorization"), "prod": ("production",), "env": ("environment",),
    "envs": ("environments",), "repo": ("repository",), "repos": ("repositories",),
    "admin": ("administration", "administrator", "administrative"),
    "phd": ("ph.d", "doctorate", "doctoral"), "ph.d": ("phd", "doctorate"), "k8s": ("kubernetes",),
    "kubernetes": ("k8s",), "iac": ("infrastructure as code", "infrastructure-as-code"),
    "infrastructure as code": ("iac",), "ts": ("typescript",), "js": ("javascript",),
    "javascript": ("js",), "typescript": ("ts",), "postgres": ("postgresql",), "postgresql": ("postgres",),
    "mongo": ("mongodb",), "mongodb": ("mongo",),
    "golang": ("go",), "slo": ("service level objective",), "sla": ("service level agreement",),
    "ci/cd": ("ci cd", "continuous integration", "continuous delivery"), "ml": ("machine learning",),
    "ai": ("artificial intelligence",), "ddd": ("domain-driven design", "domain driven design"),
    "o11y": ("observability",), "gcp": ("google cloud",), "aws": ("amazon web services",),
    "soc2": ("soc 2",), "soc 2": ("soc2",), "mentor": ("mentorship",), "mentoring": ("mentor", "mentorship"), "node": ("node.js",),
    "nodejs": ("node.js",), "cs": ("computer science",),
    # initials joined by "&", one word each (see `bot.text`)
    "l&d": ("learning and development", "learning & development", "learning budget", "training budget",
            "professional development"),
    "r&d": ("research and development", "research & development"), "p&l": ("profit and loss", "profit & loss"),
    "q&a": ("questions and answers",),
    # night work as Portuguese, Spanish and Polish postings write it ("plantão noturno")
    "night": ("noturno", "noturna", "nocturno", "nocturna", "nocny", "nocna"),
    "401k": ("401(k)", "401 k"), "403b": ("403(b)", "403 b"), "457b": ("457(b)", "457 b"),
    "retirement": ("401(k)", "401k", "403(b)", "457(b)", "pension"), "pto": ("paid time off",), "wfh": ("work from home", "remote"),
    # engineers' numeronyms, first letter, count of letters left out, last ("o11y" above)
    "a11y": ("accessibility",), "i18n": ("internationalization", "internationalisation"),
    "l10n": ("localization", "localisation"), "g11n": ("globalization", "globalisation"),
    # the checks of a candidate's record, as each country's postings name them ("Garda Vetting", "basic DBS
    # check", "Blue Card (Working with Children Check)", "PVG scheme membership", "police check")
    "checks": ("vetting", "vetted", "background check", "background checks", "police check", "dbs",
               "disclosure", "pvg", "working with children", "clearance"),
    "vetting": ("background check", "police check", "dbs", "disclosure", "pvg", "clearance"),
    "background check": ("vetting", "police check", "dbs", "disclosure", "pvg"),
    "background checks": ("vetting", "police check", "dbs", "disclosure", "pvg"),
}
# A licence to drive, as British, American and trucking postings write it: each found by any other.
DRIVING_LICENCE_SPELLINGS = ("driving licence", "driving license", "driver's license", "driver's licence",
                             "drivers license", "drivers licence", "driver licence", "driver license",
                             "licence to drive", "license to drive", "cdl")
SEARCH_SYNONYMS.update({spelling: tuple(s for s in DRIVING_LICENCE_SPELLINGS if s != spelling)
                        for spelling in DRIVING_LICENCE_SPELLINGS})
# States, provinces and territories as addresses abbreviate them ("Toowoomba, QLD", "Groveport, OH"):
# each name finds its abbreviation and the abbreviation the name. Abbreviations that are also common
# words ("IN", "OR", "ME", "HI", "OK", "PA", "WA" of two places) are left out.
REGION_ABBREVIATIONS = {
    # Australia
    "queensland": "qld", "new south wales": "nsw", "victoria": "vic", "tasmania": "tas",
    "south australia": "sa", "northern territory": "nt", "australian capital territory": "act",
    # Canada
    "ontario": "ont", "british columbia": "bc", "alberta": "ab", "quebec": "qc", "manitoba": "mb",
    "saskatchewan": "sk", "nova scotia": "ns", "new brunswick": "nb",
    # United States
    "ohio": "oh", "texas": "tx", "california": "ca", "new york": "ny", "florida": "fl", "georgia": "ga",
    "illinois": "il", "michigan": "mi", "new jersey": "nj", "north carolina": "nc", "virginia": "va",
    "arizona": "az", "tennessee": "tn", "massachusetts": "ma", "missouri": "mo", "maryland": "md",
    "wisconsin": "wi", "minnesota": "mn", "colorado": "co", "kentucky": "ky", "oregon": "or",
    "pennsylvania": "pa", "utah": "ut", "nevada": "nv", "kansas": "ks", "connecticut": "ct", "iowa": "ia",
}
for _name, _short in REGION_ABBREVIATIONS.items():
    if _short in {"in", "or", "me", "hi", "ok", "pa", "wa", "co", "ma", "mo", "ca", "ga", "act", "sa", "nt", "ab", "ia"}:
        continue  # the name is still found as written
    SEARCH_SYNONYMS[_name] = SEARCH_SYNONYMS.get(_name, ()) + (_short,)
    SEARCH_SYNONYMS[_short] = SEARCH_SYNONYMS.get(_short, ()) + (_name,)
# Words that set a role aside from a question about the others (`bot.set_aside`):
# "which role pays the least, other than the engineer", "roles with kafka excluding X".
SETTING_ASIDE = (("except", "for"), ("other", "than"), ("apart", "from"), ("aside", "from"), ("not", "counting"),
                 ("not", "including"), ("leaving", "out"), ("but", "not"), ("excluding",), ("except",),
                 ("besides",), ("ignoring",), ("minus",))
# Words that hold every role against the one named after them (`rules.ranked_against_role`):
# a comparative a few words before "than" ("roles that pay less than the GLE", "who needs
# more experience than X": True for more, highest first), or a word right before the role.
MEASURED_AGAINST = {"more": True, "higher": True, "greater": True, "better": True, "bigger": True, "longer": True,
                    "less": False, "fewer": False, "lower": False, "worse": False, "smaller": False,
                    "cheaper": False, "shorter": False}
MEASURED_BESIDE = {"above": True, "over": True, "below": False, "under": False}
# Words that ask for the roles in an order: "order the roles by experience",
# "if I sort by the top of the band, which comes last" (ORDER_LAST_WORDS: lowest).
ORDER_WORDS = {"order", "sort", "sorted", "rank", "ranked", "ranking", "ordered"}
ORDER_LAST_WORDS = {"last", "bottom", "ascending"}

# -- one part of a role (see `bot.within_role`) --
# Ordinary words for things a role's documents name in their own terms: asked
# with a key ("|" between spellings), an item saying any of its words is
# relevant too ("which message queues" finds "Kafka, RabbitMQ"; "on-call"
# finds "point of escalation"). General trade words only, never a document's.
TOPIC_WORDS = {
    "queue|queues|queueing|messaging|broker": ("queue", "messaging", "kafka", "rabbitmq", "sqs", "pubsub",
                                               "kinesis", "nats", "activemq", "event"),
    "on call|oncall|pager|paging|paged|pagerduty|rota": ("on call", "escalation", "incident", "incidents", "outage", "pager"),
    "hiring|hire|interview|interviewing|recruiting|recruitment": ("hiring", "hire", "interview", "interviewing",
                                                                  "talent", "recruit", "recruiting", "candidate"),
    "manage|managing|management|people|directs|direct reports": ("mentor", "mentorship", "mentoring", "direct",
                                                        "manage", "management", "coach", "coaching"),
    "vendor|vendors|supplier|suppliers|contractor|contractors|outsourcing": ("vendor", "contractor",
                                                                            "supplier", "outsourcing"),
    "cost|costs|spend|finops": ("cost", "costs", "spend", "finops", "budget"),
    "network|networking": ("network", "networking", "tcp", "http", "dns", "load balancing"),
    "agile|scrum|kanban": ("agile", "scrum", "kanban", "sprint"),
    "learning|training|l&d|conference|conferences|course|courses": ("learning", "training", "conference",
                                                                     "course", "professional development"),
    "security|secure": ("security", "secure", "vulnerability", "compliance"),
    "cloud": ("cloud", "aws", "gcp", "azure"),
    # the ways an API is built: "api styles", "which api paradigms" find "REST and GraphQL"
    "api|apis|endpoint|endpoints": ("api", "apis", "rest", "restful", "graphql", "grpc", "openapi", "soap",
                                    "webhook", "webhooks"),
    # working across borders: "teams in other countries", "colleagues abroad", "overseas offices"
    "countries|country|abroad|overseas|international|internationally|worldwide|offshore|timezones":
        ("global", "globally", "geographically", "international", "distributed", "time zone", "time zones",
         "countries", "regions", "cultural"),
    "present|presents|presenting|presentation|presentations|audience|audiences|report|reports|stakeholder|stakeholders":
        ("audience", "audiences", "executive", "executives", "stakeholder", "stakeholders", "present",
         "presentation"),
    # the browser side of the work: "is frontend scripting in there?" finds "JavaScript/TypeScript"
    "frontend|front-end|browser|client-side|ui": ("frontend", "front-end", "javascript", "typescript", "react",
                                                  "angular", "vue", "html", "css", "browser"),
    "database|databases|db|storage": ("database", "sql", "nosql", "postgresql", "mysql", "mongodb", "redis"),
    "tool|tools|toolbox|toolkit|tooling": ("tool", "tools", "toolbox", "tooling"),
    "individual|contributor|ic|coding|coder|hands": ("hands", "coding", "code", "keyboard", "contributor",
                                                      "contribution"),
    "disqualify|disqualifies|disqualified|dealbreaker|dealbreakers|pass|reject": ("red flag", "watch for", "warning", "resistance", "lack"),
    # the topics of TOPIC_PHRASES: managing people, and how many of them
    # bringing new people in: a part of a role's work, though "onboarding" says nothing of a title
    "onboarding": ("onboarding", "onboard", "induction", "new hire", "new hires"),
    "people management": ("authority", "managerial", "direct report", "team of", "mentor", "mentorship",
                          "coach", "coaching", "team leadership"),
    "team size": ("team size", "direct report", "team of", "headcount"),
    # how far hiring for the role has got: only a requisition tracker's status says it
    "hiring progress": ("status", "filled", "closed", "on hold", "pipeline", "shortlist", "shortlisted"),
    # where the job puts its staff up: "is accommodation included" finds "lodgings in the cottage"
    # ("and" breaks a phrase, so "board and lodging" is found by its "lodging")
    # (Japanese postings say "寮", a dormitory, and "社宅", company housing)
    "accommodation|accommodations|housing|lodging|lodgings|dormitory|dorm|寮|社宅": (
        "accommodation", "housing", "lodging", "lodgings", "dormitory", "staff quarters", "live in", "寮", "社宅"),
}
# Ways of asking about a topic that its words alone do not say ("people" and
# "big" say nothing; "how big is the team" asks its size): each phrase of a
# question about one role stands for its topic, a key of TOPIC_WORDS.
TOPIC_PHRASES = {
    "people management": (
        ("people", "manager"), ("people", "managers"), ("people", "management"), ("people", "leader"),
        ("manage", "people"), ("manages", "people"), ("managing", "people"), ("line", "manager"),
        ("direct", "reports"), ("manage", "a", "team"), ("manages", "a", "team"), ("lead", "a", "team"),
        ("leads", "a", "team"), ("run", "a", "team"), ("runs", "a", "team"), ("supervise",), ("supervises",),
        ("supervising",), ("managerial",), ("formal", "authority"), ("manage", "engineers"),
        ("manages", "engineers"), ("managing", "engineers"),
        # being one, or leading without managing: "lead without being the manager", "lead w/o managing"
        ("being", "a", "manager"), ("being", "the", "manager"), ("being", "manager"), ("being", "a", "people"),
        ("without", "managing"), ("without", "being", "a", "manager"), ("without", "being", "the", "manager"),
    ),
    # "where are we with the X req", "where do we stand on it", "status of the X search"
    "hiring progress": (
        ("where", "are", "we"), ("where", "do", "we", "stand"), ("where", "are", "things"),
        ("where", "do", "things", "stand"), ("status", "of"), ("status", "on"), ("status", "update"),
        ("how", "far", "along"), ("progress", "on"), ("update", "on"),
    ),
    "team size": (
        ("team", "size"), ("size", "of", "the", "team"), ("how", "big"), ("how", "large"),
        ("how", "many", "people"), ("how", "many", "engineers"), ("how", "many", "reports"),
        ("team", "of"), ("span", "of", "control"), ("headcount",),
    ),
    # verbs of hiring are no topic by themselves ("interview" is also how a
    # recruiter asks), but with the role as their subject they are its work
    # a word no title keeps (`NON_DEFINING_WORDS`) is still a part of the role's work
    "onboarding": (("onboarding",), ("onboard",), ("onboards",), ("onboarded",), ("induction",)),
    "hiring": (("interview",), ("interviews",), ("interviewing",), ("hire",), ("hires",), ("hiring",),
               ("recruit",), ("recruits",), ("recruiting",)),
}
# One question asked as a choice between two sides ("an IC or a people manager", "manager or
# individual contributor?"): whether the role manages people, which its items on managing, mentoring
# and leading people answer. Both sides are that topic, so the first side's words ("individual
# contributor": hands-on work) rank nothing of their own. {topic: (the sides one may say, the other's)}
EITHER_OR_TOPICS = {
    "people management": (
        (("individual", "contributor"), ("individual", "contributors"), ("ic",), ("ics",), ("hands", "on"),
         ("hands-on",), ("player",), ("doer",)),
        (("manager",), ("managers",), ("people", "manager"), ("people", "leader"), ("line", "manager"),
         ("management",), ("manage",), ("managing",), ("manages",), ("managerial",), ("team", "lead"),
         ("people", "management"), ("leader",)),
    ),
}
# Words between the two sides of such a choice: "IC *or* manager", "manager *vs* IC".
EITHER_OR_WORDS = {"or", "vs", "versus", "/"}
# Words a side may begin with, passed over: "an IC or *a* manager", "or *more of a* manager".
EITHER_OR_FILLERS = {"a", "an", "the", "more", "of", "mostly", "purely", "pure", "just", "really"}
# Words that ask for the least a facet accepts ("min edu", "baseline degree")
# or for what it would rather have ("preferred experience"): asked with one of
# them, a facet with a section for each shows that section only (`compose`).
# A question saying both ("is a master's required or just preferred") asks
# the whole facet. ("ideal" and "least" are left out: "the ideal candidate's
# experience", "at least" ask for the whole facet too.)
MINIMUM_WORDS = {"min", "minimum", "baseline", "bare", "required", "require", "requires", "mandatory", "must"}
# Words that ask what a role needs, read as its minimum where a posting's education or
# experience sits among its requirements and nice-to-haves (`bot.role_answers`).
NEEDED_WORDS = {"need", "needs", "needed", "necessary", "essential"}
PREFERRED_WORDS = {"preferred", "pref", "prefer", "prefers", "nice", "bonus", "optional", "desired"}
# Topics that are a facet themselves: asked of a role lacking the facet
# ("interview tips for X"), the facet's fallback answers, not items on the topic.
FACET_TOPICS = {HIRING: "hiring"}
# Verbs whose intent (hiring advice) is the recruiter's when the role is
# their object ("interview tips for X"), but the role's own work when it is
# their subject ("does the lead backend engineer interview candidates?").
# Everyday chat words one letter off an intent word, never read as its typo
# ("sorry" is not "worry", a hiring concern).
# ("match" is not "watch", "second" not "secondary": "retirement match", "a 30-second pitch";
# "matter" is not "master": "do open source contributions matter?").
# ("being" is not "bring": "lead without being the manager").
NEVER_TYPOS = {"sorry", "match", "matches", "second", "seconds", "matter", "matters", "being",
               "still",  # "is the req still open": no "skill"
               "metric", "metrics", "matrix"}  # "what metrics": no school's "matric"
# A question's word and the words a role's documents say the same thing with, when they don't use
# it: a requisition tracker's status ("OPEN", "FILLED") answers whether a role is still open.
SAID_OTHERWISE = {"open": ("status", "filled", "closed"), "filled": ("status", "open", "closed"),
                  "closed": ("status", "open", "filled"), "vacant": ("status", "open", "filled")}
# The words for a person a recruiter tells of, each with what a question may
# do with it: TOLD, the years beside it are theirs ("a candidate with 7 years");
# STANDS, it stands for them in a later question ("which role would suit
# *them*?"); ACTS, a verb of asking after it is what they did, not a request
# to explain the role ("candidate can't explain her past designs"). Any of
# them says a question is about a person (`bot.candidate_fit`).
TOLD, STANDS, ACTS = "told", "stands", "acts"
PERSON_WORDS = {
    "candidate": {TOLD, STANDS, ACTS}, "candidates": {TOLD, ACTS}, "applicant": {TOLD, STANDS, ACTS},
    "applicants": {TOLD, ACTS}, "interviewee": {ACTS}, "someone": {TOLD, STANDS, ACTS},
    "somebody": {TOLD, STANDS, ACTS}, "person": {TOLD, STANDS}, "guy": {TOLD}, "gal": {TOLD}, "dev": {TOLD},
    "developer": {TOLD}, "hire": {TOLD}, "he": {TOLD, STANDS, ACTS}, "she": {TOLD, STANDS, ACTS},
    # someone the asker refers: "referring a friend: 14 years", "a referral with 9 years"
    "friend": {TOLD, STANDS}, "referral": {TOLD, STANDS},
    "they": {STANDS, ACTS}, "them": {STANDS}, "her": {STANDS}, "him": {STANDS},
    # the recruiter, of their own candidate ("I have a candidate", "I've got someone")
    "i": {TOLD, STANDS}, "me": {STANDS}, "i've": set(), "ive": set(),
}
TOLD_WORDS, STANDING_WORDS, ACTING_WORDS = (frozenset(w for w, uses in PERSON_WORDS.items() if use in uses)
                                            for use in (TOLD, STANDS, ACTS))
# Verbs of asking, which a person (ACTS) may be the subject of.
ASKING_VERBS = {"explain", "explains", "describe", "describes", "define", "defines", "summarize", "summarise"}
# Words between the role and a verb of hiring that make the hiring its work:
# "does the lead backend engineer handle hiring", "take part in interviewing".
DOING_WORK_WORDS = frozenset({"handle", "handles", "own", "owns", "run", "runs", "do", "does", "help", "helps",
                              "take", "takes", "part", "involved", "get", "gets", "with", "in", "also", "any",
                              "lead", "leads", "drive", "drives", "conduct", "conducts"})
DONE_BY_ROLE_VERBS = {"interview", "interviews", "interviewing", "hire", "hires", "hiring", "recruit",
                      "recruits", "recruiting"}
# The single words of the topics above: known words, never read as two
# glued together ("database" is no "data" + "base", see `bot.text.split_glued`).
TOPIC_TERMS = frozenset(w for key, others in TOPIC_WORDS.items() for w in (*key.split("|"), *others) if " " not in w)
# Words of a question that say nothing of which part of a role it asks about
# ("is the engineer involved in …", "what's the situation"): never ranked.
WITHIN_STOP_WORDS = {
    "involved", "involve", "involves", "situation", "like", "look", "looks", "actually", "expected", "expect",
    "does", "do", "is", "are", "what's", "whats", "should", "would", "could", "work", "working",
    "responsible", "handle", "handles", "part", "kind", "much", "any", "stuff", "thing", "things",
    "core", "key", "main", "primary", "overall", "general", "brief", "short", "tl", "dr", "tldr", "plain",
    "different", "difference", "differences", "differ", "differs", "compared", "compare", "versus", "vs",
    # "relevant majors", "related experience": the noun says the part asked, the adjective nothing
    "relevant", "related", "suitable", "appropriate",
    # "does it help with hiring?": the frame of the question, as "involved in", not a topic
    "help", "helps",
    # "in terms of behaviour": the frame again
    "term", "terms",
}


# Letters whose mark is drawn through them, which Unicode does not take apart ("Sørvik", "Łódź"):
# written without it on a keyboard that has none ("sorvik", "lodz"). One letter for one.
STROKED_LETTERS = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "ħ": "h", "ŧ": "t",
                   "ı": "i"}


def without_marks(word: str) -> str:
    """`word` without its accents and other marks ("zürich" is "zurich", "sørvik" "sorvik")."""
    word = "".join(STROKED_LETTERS.get(c, c) for c in word)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
