"""Recruiters ask RoleCall in Slack, and the answers land where they asked.

End to end: the real web application with the real Bolt app and the real
core on a seeded database, requests signed as Slack signs them, answers
received by a local stand-in for Slack's Web API (tests/fake_slack.py).
"""

from bot import HELP, Question
from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    assistant,
    all_text,
    block_kit_problems,
    buttons,
    slack,
    without_proxies,
)


# -- the slash command ------------------------------------------------------------

def test_a_slash_command_is_answered_privately_in_its_acknowledgement(slack):
    reply = slack.slash("what does a Lead Back End Engineer own?", user="W1", channel="C1")

    assert reply.status == 200
    message = reply.json
    assert message["response_type"] == "ephemeral"
    assert "Lead the design" in all_text(message)
    assert block_kit_problems(message) == []
    assert "Share in channel" in buttons(message)
    assert slack.api.calls_to("chat.postMessage") == []  # nothing posted for everyone


def test_a_renamed_slash_command_is_answered_the_same_way(slack):
    """A workspace admin may install the app as /jobs instead of /rolecall."""
    reply = slack.slash("what does a Lead Back End Engineer own?", user="W1", channel="C1", command="/jobs")

    assert reply.status == 200
    assert reply.json["response_type"] == "ephemeral"
    assert "Lead the design" in all_text(reply.json)


def test_an_empty_slash_command_and_help_show_the_examples(slack, assistant):
    help_answer = assistant.ask(Question(text="help", platform="slack"))
    assert help_answer.kind == HELP

    for typed in ("", "help", "  "):
        message = slack.slash(typed, user="W2", channel="C2").json
        assert message["blocks"][0]["text"]["text"] == help_answer.title
        assert help_answer.sections[0].items[0].text in all_text(message)


def test_a_private_answer_can_be_shared_with_the_channel(slack):
    private = slack.slash("salary for lead back end engineer", user="W3", channel="C3").json
    assert "160,000" in all_text(private)

    share = buttons(private)["Share in channel"]
    reply = slack.press(share, user="W3", channel="C3", response_url=slack.api.response_url("share-1"))

    assert reply.status == 200
    shared = slack.wait_for_response(slack.api.response_url("share-1")).body
    assert shared["response_type"] == "in_channel"
    assert shared["replace_original"] is False
    assert "160,000" in all_text(shared)
    assert "Shared by <@W3>" in all_text(shared)
    assert "Share in channel" not in buttons(shared)


def test_an_answer_is_shared_once_however_often_the_press_arrives(slack):
    """A signed press replayed within Slack's five minutes (or pressed twice)
    posts the answer to the channel once; another answer still shares."""
    private = slack.slash("salary for lead back end engineer", user="W5", channel="C5").json
    other = slack.slash("what does a Lead Back End Engineer own?", user="W5", channel="C5").json
    pressed = slack.press_body(buttons(private)["Share in channel"], user="W5", channel="C5",
                               response_url=slack.api.response_url("share-5"))

    replies = [slack.post(pressed, content_type="application/x-www-form-urlencoded") for _ in range(3)]
    slack.press(buttons(other)["Share in channel"], user="W5", channel="C5",
                response_url=slack.api.response_url("share-5b"))
    slack.settle()

    assert [reply.status for reply in replies] == [200] * 3
    assert len(slack.api.calls_to("response_url", lambda call: call.path.endswith("/share-5"))) == 1
    assert len(slack.api.calls_to("response_url", lambda call: call.path.endswith("/share-5b"))) == 1


def test_slash_commands_remember_the_conversation_per_person_and_channel(slack):
    slack.slash("tell me about the Global Lead Engineer", user="W4", channel="C4")

    follow_up = slack.slash("and the salary?", user="W4", channel="C4").json
    someone_else = slack.slash("and the salary?", user="W5", channel="C4").json

    assert "180,000" in all_text(follow_up)
    assert "180,000" not in all_text(someone_else)


def test_a_long_list_is_shortened_and_show_more_expands_it_in_place(slack, assistant):
    question = "what does a Lead Back End Engineer own?"
    items = assistant.ask(Question(text=question)).sections[0].items
    assert len(items) > 10  # the 20 primary responsibilities

    short = slack.slash(question, user="W6", channel="C6").json
    assert items[0].text in all_text(short)
    assert items[-1].text not in all_text(short)

    slack.press(buttons(short)["Show more"], user="W6", channel="C6", response_url=slack.api.response_url("more-1"))

    expanded = slack.wait_for_response(slack.api.response_url("more-1")).body
    assert expanded["replace_original"] is True
    assert all(item.text in all_text(expanded) for item in items)
    assert "Show more" not in buttons(expanded)
    assert "Share in channel" in buttons(expanded)  # still private, still shareable


def test_choosing_a_role_answers_the_clarifying_question_in_place(slack):
    question = slack.slash("salary for lead engineer", user="W7", channel="C7").json
    choices = buttons(question)
    assert {"Lead Back End Engineer", "Global Lead Engineer"} <= set(choices)

    slack.press(choices["Global Lead Engineer"], user="W7", channel="C7",
                response_url=slack.api.response_url("choice-1"))

    answer = slack.wait_for_response(slack.api.response_url("choice-1")).body
    assert answer["replace_original"] is True
    assert "180,000" in all_text(answer)
    assert "Asked: “salary for Global Lead Engineer”" in all_text(answer)


# -- mentions in channels ---------------------------------------------------------

def test_a_mention_in_a_channel_is_answered_in_the_thread_of_the_message(slack):
    reply = slack.mention("<@UBOT> salary for lead back end engineer", channel="C10", ts="1700000100.000100")

    assert reply.status == 200
    post = slack.wait_for_post("C10")
    assert post.body["thread_ts"] == "1700000100.000100"
    assert "160,000" in all_text(post.body)
    assert post.refused == []
    assert post.token == slack.slack_settings().bot_token


def test_a_follow_up_in_the_thread_keeps_the_context(slack):
    slack.mention("<@UBOT> tell me about the Global Lead Engineer", channel="C11", ts="1700000200.000100")
    slack.wait_for_post("C11", thread_ts="1700000200.000100")

    slack.mention("<@UBOT> and the salary?", channel="C11", thread_ts="1700000200.000100")
    slack.mention("<@UBOT> and the salary?", channel="C11", ts="1700000300.000100")  # a new thread

    in_the_thread = slack.wait_for_post("C11", thread_ts="1700000200.000100", nth=2)
    elsewhere = slack.wait_for_post("C11", thread_ts="1700000300.000100")
    assert "180,000" in all_text(in_the_thread.body)
    assert "180,000" not in all_text(elsewhere.body)


def test_a_typed_reply_in_the_thread_answers_the_clarifying_question(slack):
    slack.mention("<@UBOT> lead engineer experience", channel="C13", ts="1700000500.000100")
    question = slack.wait_for_post("C13", thread_ts="1700000500.000100")
    assert "Global Lead Engineer" in buttons(question.body)

    slack.mention("<@UBOT> the global one", channel="C13", thread_ts="1700000500.000100")

    answer = slack.wait_for_post("C13", thread_ts="1700000500.000100", nth=2)
    assert "12-18" in all_text(answer.body)


def test_pressing_a_suggestion_under_a_threaded_answer_answers_in_the_thread(slack):
    slack.mention("<@UBOT> salary for lead back end engineer", channel="C12", ts="1700000400.000100")
    answer = slack.wait_for_post("C12")

    slack.press(buttons(answer.body)["Responsibilities"], user="W222", channel="C12",
                message=answer.as_stored_message())

    follow_up = slack.wait_for_post("C12", nth=2)
    assert follow_up.body["thread_ts"] == "1700000400.000100"
    assert "Lead the design" in all_text(follow_up.body)
    assert "Asked: “responsibilities of Lead Back End Engineer”" in all_text(follow_up.body)


# -- direct messages --------------------------------------------------------------

def test_a_direct_message_is_answered_in_the_dm(slack):
    slack.dm("salary for lead back end engineer", user="U20", channel="D20")

    post = slack.wait_for_post("D20")
    assert "160,000" in all_text(post.body)
    assert post.body.get("thread_ts") is None
    assert post.refused == []


def test_a_dm_remembers_the_conversation(slack):
    slack.dm("tell me about the Global Lead Engineer", user="U21", channel="D21")
    slack.dm("and the salary?", user="U21", channel="D21")

    assert "180,000" in all_text(slack.wait_for_post("D21", nth=2).body)


def test_a_suggestion_pressed_in_a_dm_is_answered_in_the_dm(slack):
    slack.dm("salary for lead back end engineer", user="U22", channel="D22")
    answer = slack.wait_for_post("D22")

    slack.press(buttons(answer.body)["Experience"], user="U22", channel="D22", message=answer.as_stored_message())

    follow_up = slack.wait_for_post("D22", nth=2)
    assert follow_up.body.get("thread_ts") is None
    assert "Lead Back End Engineer" in all_text(follow_up.body)
    assert "years" in all_text(follow_up.body)
