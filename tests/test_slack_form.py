"""RoleCall reads Slack's form bodies itself (adapters/slack/form.py); what
it reads must be exactly what Bolt's reading (`parse_qsl`) gave, for any
text a client can send, or a command would be answered differently."""

from urllib.parse import parse_qsl, urlencode

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack import payload_shape
from adapters.slack.form import form_fields

# The characters that mean something in a form body, and some that are text.
FORM_ALPHABET = st.sampled_from(list("&=+%;?#/ aZ09é😀\u00a0\x00") + ["%2", "%41", "%ZZ", "%ED%A0%80", "%F0%9F"])


@given(st.lists(FORM_ALPHABET, max_size=40).map("".join))
def test_any_body_reads_as_parse_qsl_reads_it(raw):
    assert form_fields(raw) == dict(parse_qsl(raw, keep_blank_values=True))


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=30), max_size=8))
def test_an_encoded_form_reads_back_as_its_fields(fields):
    raw = urlencode(fields)
    assert form_fields(raw) == dict(parse_qsl(raw, keep_blank_values=True))


def test_a_slash_command_body_reads_as_its_fields():
    raw = "command=%2Frolecall&text=comp+for+expert+software+engineer%3F&user_id=W1&channel_id=&trigger_id"
    assert form_fields(raw) == {"command": "/rolecall", "text": "comp for expert software engineer?",
                                "user_id": "W1", "channel_id": "", "trigger_id": ""}


@given(st.dictionaries(st.sampled_from([*payload_shape.TOP, "x"]).filter(lambda name: name != "response_url"),
                       st.text(max_size=8), max_size=10))
def test_a_form_is_judged_as_the_field_by_field_check_judges_it(form):
    """Every field of a form is text: the shortcut for forms refuses what
    checking each field's type refuses (`user=W1` is not an object)."""
    expected = payload_shape._fields(form, payload_shape.TOP, "") or payload_shape._fields(form, payload_shape.MATCHED, "")
    assert payload_shape.shape_problem(form) == expected
