"""A hiring manager asks "where are we with the dispatcher req?": where the
request stands, its status as the tracker holds it, not where the role is based."""

from tests.postings import ask, assistant_on

DISPATCHER = """# Night Dispatcher

**Status:** Shortlisting
**Location:** Harrowgate depot

## Duties
- Dispatch the night crews
"""


def test_where_are_we_with_asks_the_status(tmp_path):
    assistant = assistant_on({"dispatcher.md": DISPATCHER}, tmp_path)
    try:
        _answer, text = ask(assistant, "where are we with the night dispatcher req")
        assert "Shortlisting" in text
        _answer, text = ask(assistant, "where is the night dispatcher based")
        assert "Harrowgate depot" in text
    finally:
        assistant.knowledge.store.dispose()
