"""The values that cross the boundary between the core and the platforms.

A platform adapter turns its event into a `Question` and draws the `Answer`
it gets back; nothing else crosses. The answer *describes* a reply (a title,
sections of items, follow-up suggestions, the sources) and never draws it:
Block Kit, Adaptive Cards and plain text are each an adapter's business.
"""

from dataclasses import dataclass, field

from bot.feedback import FeedbackTarget
from knowledge.conversations import Context
from knowledge.effects import NO_EFFECTS, Effects
from knowledge.questions import NotAnswered

# What kind of reply an answer is; adapters may style them differently.
ANSWER = "answer"  # facts from the store
CLARIFY = "clarify"  # a question back: which role did you mean?
UNKNOWN_ROLE = "unknown_role"  # a role the store does not have
NOT_UNDERSTOOD = "not_understood"  # small talk, or nothing RoleCall can answer
HELP = "help"
ERROR = "error"  # something failed on our side; the text apologises
RATE_LIMITED = "rate_limited"  # the user asked too often; the text asks them to wait
UNAVAILABLE = "unavailable"  # the knowledge store cannot be reached; the text says try again shortly
NOTICE = "notice"  # a short acknowledgement: thanks for feedback, an admin command's outcome


@dataclass(frozen=True)
class Question:
    """A message to answer. `conversation_key` ties follow-ups together: a
    Slack thread, a Teams chat, a DM; None means no remembered context."""

    text: str
    platform: str = "cli"
    user_id: str | None = None
    conversation_key: str | None = None
    # False for an answer drawn again (Show more, Share in channel) or an
    # evaluation run: not a new question, so not counted in the question log.
    logged: bool = True


@dataclass(frozen=True)
class Item:
    text: str
    label: str | None = None
    source: str | None = None

    @property
    def display(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class Section:
    """A titled block: an optional lead paragraph, then items."""

    title: str
    items: tuple[Item, ...] = ()
    text: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """A button: `label` is shown, `question` is what pressing it asks."""

    label: str
    question: str


@dataclass(frozen=True)
class Answer:
    title: str
    kind: str = ANSWER
    intent: str = "none"
    summary: str | None = None
    sections: tuple[Section, ...] = ()
    roles: tuple[str, ...] = ()
    confidence: float = 0.0
    suggestions: tuple[Suggestion, ...] = ()
    choices: tuple[Suggestion, ...] = ()  # answers to a clarifying question
    sources: tuple[str, ...] = ()
    explanation: dict = field(default_factory=dict, compare=False)
    # Set when the answer invites a 👍/👎: what a press is about.
    feedback: FeedbackTarget | None = field(default=None, compare=False)

    def __hash__(self) -> int:
        """Worked out once per answer: answers key the caches that draw them
        for every asking, and hashing one walks all its sections and items
        (the same fields as equality; the copies `with_feedback` makes
        share it, since the target is not compared)."""
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.title, self.kind, self.intent, self.summary, self.sections, self.roles,
                           self.confidence, self.suggestions, self.choices, self.sources))
            object.__setattr__(self, "_hash", cached)
        return cached

    def with_feedback(self, target: FeedbackTarget | None) -> "Answer":
        """This answer, inviting a 👍/👎 about `target`. A shallow copy made
        directly: `dataclasses.replace` runs `__init__` over every field
        again, which costs more than the rest of giving a remembered answer.
        The hash is worked out on this answer first, so that every copy
        shares it (else each asking's copy hashed its whole answer anew)."""
        hash(self)
        copy = object.__new__(Answer)
        copy.__dict__.update(self.__dict__)
        object.__setattr__(copy, "feedback", target)
        return copy



@dataclass(frozen=True)
class WorkedOut:
    """An answer as the core worked it out, before what is particular to
    one asking of it (the 👍/👎 target, the question-log line): what a memo
    of answers may keep and hand out again (`Assistant.deliver`)."""

    answer: Answer
    context: Context | None  # what the conversation is about after it, when the answer changes that
    not_answered: NotAnswered | None


@dataclass(frozen=True)
class Answered:
    """What `Assistant.answer` returns: the answer to send, and the rows it
    leaves to store (`effects`), which the caller stores, since the core
    never writes or waits on a writer. `reusable` is the answer for anyone
    asking the same words at knowledge `version`; None when it leaned on
    the conversation (or the store was out of reach), and may not be reused."""

    answer: Answer
    effects: Effects = NO_EFFECTS
    reusable: WorkedOut | None = None
    version: int | None = None
