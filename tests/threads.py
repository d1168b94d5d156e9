"""A conversation played turn by turn through the Assistant the adapters use,
and what the thread stories share: the seeded store's assistant (one per test
module), a thread per test, and each seed role's pay and experience as the
seeds state them. The fixtures reach every test module through
`pytest_plugins` in conftest.py; a module's own fixture of the same name wins.
"""

from datetime import timedelta

import pytest

from bot import Question, open_assistant, render_text

# How long a conversation's context is kept (bot.assistant.CONTEXT_TTL).
TTL = timedelta(minutes=30)
# Each role's pay and experience, as the seeds state them; only the Lead Back End Engineer's pay says "per year".
GLOBAL_PAY, EXPERT_PAY, BACKEND_PAY = "250,000", "275,000", "220,000"
GLOBAL_YEARS, EXPERT_YEARS, BACKEND_YEARS, ENGINEER_YEARS = "12-18", "10-15", "8-12", "3-7"
GLOBAL, EXPERT, BACKEND, ENGINEER = ("Global Lead Engineer", "Expert Software Engineer", "Lead Back End Engineer",
                                     "Engineer")


class Thread:
    """One Slack thread (or Teams chat): every question carries its key."""

    def __init__(self, assistant, key):
        self.assistant, self.key = assistant, key

    def ask(self, text):
        answer = self.assistant.ask(Question(text, platform="test", conversation_key=self.key))
        return answer, render_text(answer)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, request):
    """The seeded store's assistant, one per test module."""
    name = request.module.__name__.rpartition(".")[2].removeprefix("test_")
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp(name) / 'rolecall.db'}")


@pytest.fixture
def thread(assistant, request):
    """A thread of its own for each test."""
    return Thread(assistant, f"thread-{request.node.name}")
