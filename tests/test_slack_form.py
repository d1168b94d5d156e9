"""Slack's form bodies (slash commands) are read as the standard library
reads them, checked field by field, and the shortcut for forms judges them
as that check does."""

import urllib.parse

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack import payload_shape
from adapters.slack.commands import form_fields


@given(st.dictionaries(st.sampled_from([*payload_shape.TOP, "x"]).filter(lambda name: name != "response_url"),
                       st.text(max_size=8), max_size=10))
def test_a_form_is_judged_as_the_field_by_field_check_judges_it(form):
    """Every field of a form is text: the shortcut for forms refuses what
    checking each field's type refuses (`user=W1` is not an object)."""
    expected = payload_shape._fields(form, payload_shape.TOP, "") or payload_shape._fields(form, payload_shape.MATCHED, "")
    assert payload_shape.shape_problem(form) == expected


@given(st.text(alphabet="ab=&+%2Ff\u00e9\n#", max_size=40))
def test_a_form_body_is_read_field_for_field_as_parse_qsl_reads_it(body):
    """Escapes (`%2F`, broken ones like `%f`), plus signs, empty and
    repeated fields, `=` in a value: the fields RoleCall reads are
    `dict(parse_qsl(body, keep_blank_values=True))`'s."""
    assert form_fields(body) == dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
