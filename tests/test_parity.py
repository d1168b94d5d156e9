"""The same question gets the same facts on Slack and on Teams.

One recruiter asks in a Slack channel, another in a Teams channel, through
each platform's real endpoint (real Bolt, real CloudAdapter) against a local
stand-in for Slack's Web API and for the Bot Connector. For every question
the facts the core answers with (title, summary, each section's first
items, the choices, the sources) must be in what each platform shows (the
Teams plain-text fallback is left out, so the card itself has to carry
them), and the follow-up buttons must ask the same questions.
"""

import html
import itertools
import re

import pytest

from adapters.slack.buttons import ASK, decode
from adapters.slack.render import SHOWN_OF_LONG_LIST
from adapters.teams.render import ACTION_KEY, ASK_ACTION, MAX_BUTTONS
from bot import Answer, Question
from tests.fake_connector import teams_and_bot
from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    all_text,
    assistant,
    slack,
    without_proxies,
)

QUESTIONS = [
    "what does a Lead Back End Engineer own?",
    "salary for lead back end engineer",
    "salary for lead engineer",  # a clarifying question with choices
    "compare Engineer and Expert Software Engineer",
    "which roles need Kubernetes?",
    "what comes after Engineer?",
    "hard skills for Global Lead Engineer",
    "what does a Chief Wizard own?",  # a role the store does not have
    "help",
]
_ids = itertools.count(1)


def words(text: str) -> str:
    """Text with each platform's escaping and emphasis taken off: what a
    reader would call the same words."""
    text = html.unescape(re.sub(r"\\(.)", r"\1", text))
    return " ".join(re.findall(r"[0-9a-z$%+]+", text.lower()))


def facts(answer: Answer) -> list[str]:
    found = [answer.title, answer.summary or ""]
    for section in answer.sections:
        found += [section.title, section.text or ""]
        found += [item.display for item in section.items[:SHOWN_OF_LONG_LIST]]
    found += [choice.label for choice in answer.choices]
    found += list(answer.sources)
    return [fact for fact in found if words(fact)]


def slack_view(slack, question: str) -> tuple[str, list[str]]:
    channel = f"CPAR{next(_ids)}"
    slack.mention(f"<@UBOT> {question}", channel=channel)
    body = slack.wait_for_post(channel).body
    asked = [decode(element["value"]).question
             for block in body.get("blocks") or [] if block.get("type") == "actions"
             for element in block["elements"] if element.get("action_id", "").startswith(ASK)]
    return all_text(body), asked


def teams_view(slack, assistant, question: str) -> tuple[str, list[str]]:
    async def ask():
        async with teams_and_bot(assistant) as teams:
            thread = f"19:parity@thread.tacv2;messageid={next(_ids)}"
            await teams.post(teams.channel_mention(question, id=str(next(_ids)), conversation_id=thread))
            [reply] = teams.posted
            return reply

    reply = slack.run(ask())  # on the Slack workspace's event loop: one loop for both
    return reply.shown, [button["data"]["question"] for button in reply.buttons
                         if button["data"].get(ACTION_KEY) == ASK_ACTION]  # not the 👍/👎


@pytest.mark.parametrize("question", QUESTIONS)
def test_slack_and_teams_show_the_same_facts(slack, assistant, question):
    expected = facts(assistant.ask(Question(text=question, platform="parity")))
    on_slack, slack_asks = slack_view(slack, question)
    on_teams, teams_asks = teams_view(slack, assistant, question)

    assert expected
    for fact in expected:
        assert words(fact) in words(on_slack), f"Slack does not show {fact!r}"
        assert words(fact) in words(on_teams), f"Teams does not show {fact!r}"
    assert teams_asks == slack_asks[:MAX_BUTTONS]


def test_a_follow_up_means_the_same_on_both(slack, assistant):
    channel, thread = "CPARFOLLOW", "1700009000.000100"
    slack.mention("<@UBOT> what does a Global Lead Engineer own?", channel=channel, ts=thread)
    slack.wait_for_post(channel, thread_ts=thread)
    slack.mention("<@UBOT> and the salary?", channel=channel, thread_ts=thread)
    on_slack = all_text(slack.wait_for_post(channel, thread_ts=thread, nth=2).body)

    async def ask():
        async with teams_and_bot(assistant) as teams:
            thread_id = "19:parity@thread.tacv2;messageid=follow"
            await teams.post(teams.channel_mention("what does a Global Lead Engineer own?", id="pf1",
                                                   conversation_id=thread_id))
            await teams.post(teams.channel_mention("and the salary?", id="pf2", conversation_id=thread_id))
            return teams.posted[-1].shown

    on_teams = slack.run(ask())

    assert "180,000" in on_slack and "180,000" in on_teams


def test_a_title_made_another_role_is_missing_on_both(slack, assistant):
    # Issue 17: Teams answered "iOS engineer salary" with the Engineer role's facts.
    for question in ("iOS engineer salary", "global lead recruiter responsibilities"):
        on_slack, _ = slack_view(slack, question)
        on_teams, _ = teams_view(slack, assistant, question)
        for shown in (on_slack, on_teams):
            assert "have the role" in shown, question
            assert "Engineer\n" in shown  # offered as the closest role (a button)
            assert "does not state a salary" not in shown and "Primary responsibilities" not in shown
