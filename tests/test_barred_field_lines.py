"""A recruiter asks about one of several facts a saved careers page runs into
one line with bars between ("Union: UNISON Branch 112 | Status: Permanent |
Department: Adult Social Care"): each labelled fact is read as its own field, so
"is it unionised" gets the union and not the whole line; a table's row, whose
cells carry no labels, is still a row."""

import pytest

from knowledge.readers import html
from tests.postings import ask, assistant_on

PAGE = """<html><body>
<h1>Reablement Support Worker</h1>
<p><b>Northfold Borough Council</b> provides adult social care across the borough.</p>
<p><b>Union:</b> UNISON Branch 112 &nbsp;|&nbsp; <b>Status:</b> Permanent, 30 hours per week &nbsp;|&nbsp;
<b>Department:</b> Adult Social Care</p>
<h2>What you will do</h2>
<ul><li>Support people at home after a stay in hospital</li></ul>
<h2>What you need</h2>
<ul><li>A full driving licence and use of a car</li></ul>
</body></html>"""


def test_each_labelled_fact_of_a_barred_line_is_its_own_field():
    role = html.read(PAGE, "reablement.html").roles[0]
    fields = dict(role.facts)
    assert fields.get("Union") == "UNISON Branch 112"
    assert fields.get("Status", "").startswith("Permanent")


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reablement")
    assistant = assistant_on({"reablement.html": PAGE}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["is the reablement support worker unionised",
                                      "is the reablement support worker unionized"])
def test_whether_a_role_is_unionised_is_its_union_field(council, question):
    _answer, text = ask(council, question)
    assert "UNISON Branch 112" in text and "Adult Social Care" not in text
