"""Someone pastes a long run of words into a conversation: "a a a a …" to
the 500 characters a question is cut to. Each part of it was looked for in
the store as a phrase, every start and every length (31,000 searches, two
minutes of a core thread the web process had given up on after 1.5 s). It
gets its answer after a bounded number of searches instead.
"""

import pytest

from bot import Question, open_assistant
from bot.text import MAX_QUESTION_CHARS


@pytest.fixture
def counted(tmp_path):
    """An assistant whose store searches are counted."""
    assistant = open_assistant(f"sqlite:///{tmp_path / 'rolecall.db'}")
    knowledge = assistant.knowledge
    searches = []
    search_facts = knowledge.search_facts

    def counting(*args, **kwargs):
        searches.append(args)
        return search_facts(*args, **kwargs)

    knowledge.search_facts = counting
    return assistant, searches


@pytest.mark.parametrize("pasted", ["a " * (MAX_QUESTION_CHARS // 2), "go to " * (MAX_QUESTION_CHARS // 6),
                                    "rust kafka " * (MAX_QUESTION_CHARS // 11)])
def test_a_long_run_of_words_after_a_question_back_is_answered_after_few_searches(counted, pasted):
    assistant, searches = counted
    for turn in ("salary how do I reset my password?", "x"):
        assistant.ask(Question(turn, platform="test", conversation_key="pasted"))
    searches.clear()
    answer = assistant.ask(Question(pasted, platform="test", conversation_key="pasted"))
    assert answer.title
    assert len(searches) < 200, len(searches)
