"""Words that only go back to a role ask nothing themselves.

eval/perturb_dialogs.py put "going back to the engineer - " before a
follow-up, as people do after talking of another role. "back" was then read
as the topic ("The Engineer documents don't mention back") and "going" as a
word to search the role for, in place of what the rest of the turn asked.
"""

from tests.threads import ENGINEER


class TestBackToARoleThenAsking:
    """"back to the engineer - certs?": the engineer's certifications."""

    def test_back_to_the_role_then_a_topic_asks_the_topic(self, thread):
        thread.ask("engineer degree")
        thread.ask("expert degree")
        answer, text = thread.ask("back to engineer - certs?")
        assert answer.roles == (ENGINEER,) and "Certified Kubernetes Administrator" in text
        assert "mention back" not in text

    def test_going_back_to_the_role_asks_the_topic(self, thread):
        thread.ask("engineer degree")
        thread.ask("expert degree")
        answer, text = thread.ask("going back to the engineer - certs?")
        assert answer.roles == (ENGINEER,) and "Certified Kubernetes Administrator" in text
        assert "going" not in text.split("\n")[0]

    def test_getting_back_to_the_role_asks_the_topic(self, thread):
        thread.ask("engineer degree")
        thread.ask("expert degree")
        answer, text = thread.ask("ok, getting back to the engineer: certs?")
        assert answer.roles == (ENGINEER,) and "Certified Kubernetes Administrator" in text

    def test_back_end_in_a_title_is_still_the_title(self, thread):
        answer, _text = thread.ask("lead back end engineer salary")
        assert answer.intent == "salary" and len(answer.roles) == 1


class TestBackToARoleNamedAgain:
    """"going back to the engineer - what about the engineer role?": the role
    said twice; the words going back to it still ask nothing."""

    def test_going_back_to_a_role_named_again_asks_what_was_asked(self, thread):
        thread.ask("candidate: 6 yoe, java, no lead exp")
        thread.ask("fit for the lead back end engineer?")
        answer, text = thread.ask("going back to the Engineer - what about the Engineer role?")
        assert answer.roles == (ENGINEER,) and "going" not in text.split("\n")[0]
