"""What Slack's and Teams' drawings of an answer share, so both show it alike."""

from bot.feedback import DOWN, UP

# A list of up to LONG_LIST items is shown whole; a longer one shows its first
# SHOWN_OF_LONG_LIST and a "Show more" button. Chosen on the seed documents:
# their skill lists (5-10 items) stay whole, the lead roles' 20 duties are cut.
LONG_LIST = 10
SHOWN_OF_LONG_LIST = 8
# Distinct answers whose drawings are kept: the same answer goes to many
# people, and drawing costs more than answering from memory (bench/README.md).
DRAWN_CACHE_SIZE = 2048
FEEDBACK_PROMPT = "Was this answer helpful?"
VOTES = ((UP, "👍", "Helpful"), (DOWN, "👎", "Not helpful"))  # under every answer, last


def one_line(text: str) -> str:
    return " ".join(text.split())
