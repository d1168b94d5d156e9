"""A server that has been answering for a while remembers what it worked out
for the knowledge it had (career paths looked up, title words and their
typos, spans of a question scored against the titles). When a document is
added or a role removed, the very next question in the same process is
answered from the new knowledge, never from what was remembered."""

from pathlib import Path

from bot import Question, open_assistant, render_text
from knowledge import ingest_paths
from knowledge.sources import remove_role

NEW_ROLE = Path(__file__).parent / "story_documents" / "path_added_later" / "harbour-pilot-coordinator.txt"
INTO_DIRECTOR = "which roles lead to Director of Engineering"
TYPED_IN_A_HURRY = "what does a harbor pilot coordinater do?"


def test_a_career_path_and_a_title_added_while_serving_are_answered_at_once(database_url):
    assistant = open_assistant(database_url)
    try:
        before = render_text(assistant.ask(Question(INTO_DIRECTOR)))
        unknown = render_text(assistant.ask(Question(TYPED_IN_A_HURRY)))
        assert "Global Lead Engineer" in before and "Harbour Pilot Coordinator" not in before
        assert "Roster the pilots" not in unknown

        ingest_paths(assistant.store, [NEW_ROLE])

        after = render_text(assistant.ask(Question(INTO_DIRECTOR)))
        known = render_text(assistant.ask(Question(TYPED_IN_A_HURRY)))
        assert "Harbour Pilot Coordinator (moves on to it)" in after and "Global Lead Engineer" in after
        assert "Roster the pilots for each tide window" in known

        remove_role(assistant.store, "Harbour Pilot Coordinator")

        again = render_text(assistant.ask(Question(INTO_DIRECTOR)))
        gone = render_text(assistant.ask(Question(TYPED_IN_A_HURRY)))
        assert "Harbour Pilot Coordinator" not in again and "Global Lead Engineer" in again
        assert "Roster the pilots" not in gone
    finally:
        assistant.store.dispose()
