"""A recruiter asks whether a role lists a tool, is told its documents don't
say it, and sees they named the wrong role: "my bad, I meant the expert one".
The correction asks the same thing of the role meant, not its overview
(`context.topic_again`). Played turn by turn, in our own words."""

import pytest

from tests.threads import BACKEND, EXPERT


@pytest.mark.parametrize("first, then, role, said", [
    ("is pulumi on the lead backend engineer's list", "my bad, I meant the expert software engineer", EXPERT,
     "Pulumi"),
    ("global lead engineer: rabbitmq?", "typo — the expert swe", EXPERT, "RabbitMQ"),
    ("does the engineer ask for New Relic", "wrong one, I meant the lead back end engineer", BACKEND, "New Relic"),
])
def test_a_correction_asks_the_thing_not_said_of_the_role_meant(thread, first, then, role, said):
    _, first_text = thread.ask(first)
    assert "don't mention" in first_text
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and "overview" not in text.split("\n")[0]
