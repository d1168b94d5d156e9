""""what about to?" turns a career path around as "and to?" does.

eval/perturb_dialogs.py's ellipsis rewrite put "what about" / "how about"
before a follow-up that is only a direction ("and to?", "from?"). The
direction was read only when every word was "and", "where", "so"... so
"what about to?" asked nothing and was not understood.
"""

from tests.threads import EXPERT, GLOBAL


class TestWhatAboutADirection:
    """"what about to?" after where a role comes from: where it leads."""

    def test_what_about_to_after_the_way_in_is_the_next_step(self, thread):
        thread.ask("global lead - where do they come from")
        answer, text = thread.ask("what about to?")
        assert answer.roles == (GLOBAL,) and answer.intent == "career_next" and "VP of Technology" in text

    def test_how_about_from_after_the_next_step_is_the_way_in(self, thread):
        thread.ask("expert swe where next")
        answer, text = thread.ask("how about from?")
        assert answer.roles == (EXPERT,) and answer.intent == "career_entry" and "Senior Software Engineer" in text

    def test_what_about_a_role_is_still_that_role(self, thread):
        thread.ask("expert swe where next")
        answer, _text = thread.ask("what about the global lead?")
        assert answer.roles == (GLOBAL,) and answer.intent == "career_next"
