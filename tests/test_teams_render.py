"""How an answer looks in Teams: an Adaptive Card Teams accepts, buttons that
ask their question, and nothing a user typed turning into markup."""

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from adapters.teams.render import (
    CARD_VERSION,
    FEEDBACK_BLOCK_ID,
    FOLLOW_UPS_ID,
    SHOWN_OF_LONG_LIST,
    MAX_BUTTONS,
    MAX_CARD_BYTES,
    MAX_ITEMS_PER_SECTION,
    ask_data,
    escape,
    question_from_value,
    render_card,
    render_reply,
)
from bot import CLARIFY, Answer, Item, Section, Suggestion, render_text


def text_blocks(card: dict) -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


def follow_ups(card: dict) -> list[dict]:
    [row] = [block for block in card["body"] if block.get("id") == FOLLOW_UPS_ID]
    return row["actions"]


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


SALARY = Answer(
    title="Lead Back End Engineer: salary",
    summary="Lead Back End Engineer: $160,000 - $220,000 USD per year.",
    sections=(Section("Salary", (Item("$160,000 - $220,000 USD per year", label="Range"),)),),
    suggestions=(Suggestion("Hard skills", "hard skills for Lead Back End Engineer"),),
    sources=("lead-back-end-engineer.txt",),
)


def test_a_card_is_a_version_teams_renders_and_every_text_block_wraps():
    card = render_card(SALARY)

    assert card["type"] == "AdaptiveCard" and card["version"] == CARD_VERSION
    blocks = [b for b in card["body"] if b["type"] == "TextBlock"]
    assert blocks and all(b["wrap"] is True for b in blocks)


def test_items_are_drawn_as_one_markdown_list():
    answer = Answer(title="Skills", sections=(Section("Hard skills", (Item("Python"), Item("Go"), Item("SQL"))),))

    assert "- Python\r- Go\r- SQL" in text_blocks(render_card(answer))


def test_labelled_items_show_the_label_in_bold():
    assert "- **Range:** $160,000 - $220,000 USD per year" in text_blocks(render_card(SALARY))


def test_sources_are_named_under_the_answer():
    assert any(t.startswith("Sources: lead-back-end-engineer.txt") for t in text_blocks(render_card(SALARY)))


def test_follow_up_suggestions_become_buttons_that_ask_their_question():
    [button] = follow_ups(render_card(SALARY))

    assert button == {"type": "Action.Submit", "title": "Hard skills",
                      "data": {"rolecall": "ask", "question": "hard skills for Lead Back End Engineer"}}
    assert question_from_value(button["data"]) == "hard skills for Lead Back End Engineer"


def test_the_choices_of_a_clarifying_question_are_buttons_in_the_card():
    answer = Answer(title="Which role did you mean?", kind=CLARIFY, choices=(
        Suggestion("Lead Back End Engineer", "what does a Lead Back End Engineer own?"),
        Suggestion("Global Lead Engineer", "what does a Global Lead Engineer own?"),
    ))

    [action_set] = [b for b in render_card(answer)["body"] if b["type"] == "ActionSet"]
    assert [a["title"] for a in action_set["actions"]] == ["Lead Back End Engineer", "Global Lead Engineer"]
    assert action_set["actions"][1]["data"] == ask_data("what does a Global Lead Engineer own?")


def test_no_more_buttons_than_a_teams_row_shows():
    many = tuple(Suggestion(f"Option {i}", f"question {i}") for i in range(12))

    card = render_card(Answer(title="Many", suggestions=many, choices=many))

    assert len(follow_ups(card)) == MAX_BUTTONS
    assert len(card["body"][0]["actions"]) == MAX_BUTTONS


def test_a_value_that_is_not_a_rolecall_button_asks_nothing():
    assert question_from_value({"feedback": "up"}) is None
    assert question_from_value({"rolecall": "ask", "question": "   "}) is None
    assert question_from_value({"rolecall": "ask", "question": 42}) is None
    assert question_from_value("salary") is None


def test_a_long_list_is_cut_with_a_note_saying_how_many_more_and_where():
    items = tuple(Item(f"Responsibility number {i}", source="engineer.txt") for i in range(45))

    blocks = text_blocks(render_card(Answer(title="Engineer", sections=(Section("Responsibilities", items),))))

    assert blocks[1].count("\r- ") + 1 + blocks[2].count("\r- ") + 1 == MAX_ITEMS_PER_SECTION
    assert "…and 15 more in engineer.txt." in blocks


def test_a_long_list_shows_its_first_items_and_unfolds_the_rest_with_show_more():
    """A 38-item list of responsibilities: the first eight, then "Show more",
    which unfolds the rest in the card, as Slack's Show more does."""
    items = tuple(Item(f"Responsibility number {i}") for i in range(38))
    card = render_card(Answer(title="Engineer", sections=(Section("Responsibilities", items),)))

    shown, rest, toggle = card["body"][1], card["body"][2], card["body"][3]
    assert shown["text"].count("- Responsibility") == SHOWN_OF_LONG_LIST and shown.get("isVisible", True)
    assert rest["isVisible"] is False and rest["text"].startswith(f"- Responsibility number {SHOWN_OF_LONG_LIST}\r")
    [button] = toggle["actions"]
    assert button["type"] == "Action.ToggleVisibility" and button["title"].startswith("Show more")
    assert button["targetElements"] == [rest["id"]]
    short = render_card(Answer(title="Engineer", sections=(Section("Skills", items[:10]),)))
    assert not any(b.get("isVisible") is False for b in short["body"])  # ten items are shown whole


def test_thumbs_come_last_apart_from_the_follow_ups():
    from bot.feedback import FeedbackTarget

    card = render_card(SALARY.with_feedback(FeedbackTarget("q", "salary", ("Lead Back End Engineer",),
                                                           "0123456789abcdef")))
    *_, row, thumbs = card["body"]
    assert row["id"] == FOLLOW_UPS_ID and "actions" not in card
    assert thumbs["id"] == FEEDBACK_BLOCK_ID and thumbs["separator"] is True
    assert thumbs["items"][0]["text"] == "Was this answer helpful?" and thumbs["items"][0]["isSubtle"]
    assert [a["title"] for a in thumbs["items"][1]["actions"]] == ["👍 Helpful", "👎 Not helpful"]


def test_a_huge_answer_still_fits_in_one_teams_message():
    long_item = "An unusually long responsibility that goes on and on " * 20
    sections = tuple(Section(f"Part {n}", tuple(Item(long_item, label=f"Point {i}") for i in range(30)))
                     for n in range(6))
    answer = Answer(title="Everything", summary="s" * 10_000, sections=sections,
                    suggestions=(Suggestion("More", "more"),), sources=("a.txt",))

    reply = render_reply(answer)

    card_bytes = len(json.dumps(reply.card, ensure_ascii=False).encode())
    assert card_bytes <= MAX_CARD_BYTES
    envelope = len(json.dumps({"text": reply.text, "summary": reply.summary, "card": reply.card}).encode())
    assert envelope < 28_000 - 2_000
    assert any("more" in t for t in text_blocks(reply.card))  # says it was cut
    assert follow_ups(reply.card)  # the buttons survive the cut


def test_a_title_only_answer_is_a_plain_message_without_a_card():
    reply = render_reply(Answer(title="Hello!"))

    assert reply.card is None and reply.text == "Hello!"


def test_the_plain_fallback_is_the_whole_answer_as_text():
    reply = render_reply(SALARY)

    assert reply.text == SALARY.title
    assert reply.summary == render_text(SALARY)


# -- escaping ---------------------------------------------------------------
def test_text_a_user_typed_cannot_mention_link_or_format_in_the_card():
    typed = "Chief <at>Bob</at> **Wizard** [click](https://evil.example) <b>hi</b> _x_ `y`"
    answer = Answer(title=f"I don't have the role “{typed}”.", summary=f"You asked about {typed}",
                    sections=(Section(typed, (Item(typed, label=typed),)),))

    shown = "\n".join(text_blocks(render_card(answer)))

    assert "<at>" not in shown and "<b>" not in shown
    assert "**Wizard**" not in shown and "[click]" not in shown
    assert r"\<at\>Bob\</at\>" in shown and r"\*\*Wizard\*\*" in shown


def test_a_line_cannot_start_a_list_or_heading_of_its_own():
    assert escape("- not a bullet\n# not a heading\n1. not a number") == \
        "\\- not a bullet\n\\# not a heading\n1\\. not a number"


def test_an_item_with_line_breaks_stays_one_bullet():
    card = render_card(Answer(title="t", sections=(Section("s", (Item("one\r\n- two\rthree"),)),)))

    assert "- one - two three" in text_blocks(card)


MARKUP_HEAVY = st.text(alphabet="-+#>0123456789.) \n\r\t*_`~[]<>\\ab")


@given(st.one_of(st.text(), MARKUP_HEAVY))
def test_escaping_leaves_no_markup_and_loses_no_character(text):
    escaped = escape(text)
    bare = re.sub(r"\\.", "", escaped, flags=re.DOTALL)

    assert not re.search(r"[`*_~\[\]<>]", bare)
    for line in escaped.split("\n"):  # a line starts with an escape or with no marker
        assert not re.match(r"([-+#>=]|\d+[.)])", line.lstrip())
    assert unescape(escaped) == text.replace("\r\n", "\n").replace("\r", "\n")


def test_one_answer_drawn_for_two_people_is_rated_by_each_on_their_own():
    """The card of an answer is drawn once and shared; each reply's 👍/👎
    carries its own answer id, and drawing one changes no other."""
    from bot.feedback import FeedbackTarget, read_press

    def asked(answer_id: str) -> Answer:
        return SALARY.with_feedback(FeedbackTarget("salary for lead backend", "salary",
                                                   ("Lead Back End Engineer",), answer_id))

    mine = render_card(asked("0123456789abcdef"))
    drawn = json.dumps(mine)
    theirs = render_card(asked("fedcba9876543210"))

    def rated(card: dict) -> set[str]:
        presses = [read_press(action["data"]) for block in card["body"] if block.get("id") == FEEDBACK_BLOCK_ID
                   for action in block["items"][1]["actions"]]
        return {press.target.answer_id for press in presses if press}

    assert json.dumps(mine) == drawn
    assert rated(mine) == {"0123456789abcdef"} and rated(theirs) == {"fedcba9876543210"}
    assert text_blocks(mine) == text_blocks(theirs)
