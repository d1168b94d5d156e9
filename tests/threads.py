"""A conversation played turn by turn through the Assistant the adapters use."""

from bot import Question, render_text


class Thread:
    """One Slack thread (or Teams chat): every question carries its key."""

    def __init__(self, assistant, key):
        self.assistant, self.key = assistant, key

    def ask(self, text):
        answer = self.assistant.ask(Question(text, platform="test", conversation_key=self.key))
        return answer, render_text(answer)
