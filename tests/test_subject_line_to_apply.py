"""A recruiter asks how to apply and what subject line to use. The posting
(a chat post, its list running on) says it under the requirements: "Send your
CV to jobs@… with subject HK-0311". "Subject line" asks how to apply, it
names no role; and the line that says what to send where is how to apply,
whatever heading it fell under."""

from tests.postings import ask, assistant_on

CONCIERGE = """# Guest Services Concierge

## Duties
- Keep the front desk overnight

## Requirements
- Two years on a hotel front desk
- Send your CV to jobs@larchmont-hotel.example with subject HK-0311

## Location
Larchmont Hotel, Harbour Street
"""

LINE_COOK = """# Line Cook

## Duties
- Work the grill line
"""


def test_subject_line_asks_how_to_apply_and_finds_the_send_your_cv_line(tmp_path):
    assistant = assistant_on({"concierge.md": CONCIERGE, "cook.md": LINE_COOK}, tmp_path)
    try:
        _answer, text = ask(assistant, "how to apply guest services larchmont, what subject line")
        assert "jobs@larchmont-hotel.example" in text and "HK-0311" in text
    finally:
        assistant.knowledge.store.dispose()


def test_the_send_your_cv_line_is_how_to_apply_under_any_heading(tmp_path):
    assistant = assistant_on({"concierge.md": CONCIERGE, "cook.md": LINE_COOK}, tmp_path)
    try:
        answer, text = ask(assistant, "how do i apply for the guest services concierge")
        assert answer.title.endswith("how to apply"), text  # the line itself, not the requirements it sits in
        assert "jobs@larchmont-hotel.example" in text and "Two years on a hotel front desk" not in text
    finally:
        assistant.knowledge.store.dispose()
