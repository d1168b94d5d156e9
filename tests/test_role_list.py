"""A recruiter asks what roles RoleCall knows, in a store of many postings.

Every role is listed, not the first fifty: one line of titles per hiring
company, the companies with a single role sharing a section when there are
too many companies for one message. The list fits what Slack and Teams
accept, with nothing held back behind a "Show more" button.

The store holds 88 small postings from 52 companies, written here.
"""

import json

import pytest

from adapters.slack.buttons import Asked
from adapters.slack.render import MAX_BLOCKS, render_message
from adapters.teams.render import MAX_CARD_BYTES, render_card
from bot import ANSWER, Question, render_text
from tests.fake_slack import all_text
from tests.postings import assistant_on
from tests.test_teams_render import text_blocks

AREAS = ["Billing", "Search", "Payments", "Storage", "Identity", "Checkout", "Messaging", "Pricing", "Routing",
         "Catalog", "Reporting", "Onboarding", "Security", "Mobile", "Data", "Growth", "Support", "Logistics",
         "Fraud", "Platform", "Analytics", "Content"]
JOBS = ["Engineer", "Analyst", "Designer", "Manager"]
TREES = ["Ash", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple", "Oak", "Pine", "Rowan", "Willow", "Yew"]
PLACES = ["field", "ford", "gate", "mere"]
COMPANIES = [tree + place for place in PLACES for tree in TREES]  # 52 companies
TITLES = [f"{area} {job}" for area in AREAS for job in JOBS]  # 88 roles


def company_of(n: int) -> str:
    """The first 12 companies post four roles each, the other 40 one each."""
    return COMPANIES[n // 4] if n < 48 else COMPANIES[12 + n - 48]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    postings = {f"posting-{n}.md": f"# {title}\n\n**Company:** {company_of(n)}\n\n## Responsibilities\n"
                                    f"- Own the {title.lower()} work\n" for n, title in enumerate(TITLES)}
    assistant = assistant_on(postings, tmp_path_factory.mktemp("many-postings"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_asked_for_every_role_the_answer_lists_all_of_them_by_company(assistant):
    answer = assistant.ask(Question("what roles do you have?", platform="test"))
    text = render_text(answer)

    assert answer.kind == ANSWER and answer.intent == "list_roles"
    assert answer.title == "I know 88 roles"
    assert set(answer.roles) == set(TITLES)
    assert all(title in text for title in TITLES)
    assert "first 50" not in text
    ashfield = next(s for s in answer.sections if s.title == "Ashfield")
    assert ashfield.text == "Billing Analyst · Billing Designer · Billing Engineer · Billing Manager"
    assert "Content Manager (Yewmere)" in text  # a company with one role, in the shared section


def test_the_list_of_every_role_fits_in_one_slack_message_and_one_teams_card(assistant):
    answer = assistant.ask(Question("list all roles", platform="test"))

    message = render_message(answer, Asked("list all roles", "slack:T1:C1"))
    shown = all_text(message)
    assert len(message["blocks"]) <= MAX_BLOCKS
    assert "Show more" not in json.dumps(message) and "did not fit" not in shown
    assert all(title in shown for title in TITLES)

    card = render_card(answer)
    assert len(json.dumps(card).encode()) <= MAX_CARD_BYTES
    assert all(title in "\n".join(text_blocks(card)) for title in TITLES)
