"""Lines of a careers page with several postings that reach past their own posting: a sentence saying
it holds for both (or all) of the positions, and an application line quoting each posting's
reference number. Each posting is asked about alone, so each must hold what is said of it."""

from tests.readings import roles_read

HUTS = """# Vacancies at Tarnhollow Field Centre

Tarnhollow Field Centre runs residential courses in the fells.

## Outdoor Instructor

Reference: TFC-41

Lead gorge walks and climbing sessions for school groups.

### Duties
* Lead gorge walks
* Run climbing sessions

### Requirements
* Mountain Leader award

## Centre Chef

Reference: TFC-42

Cook for up to 60 guests in the centre's kitchen.

### Duties
* Cook breakfast and dinner for up to 60 guests
* Order food from local suppliers

### Requirements
* Food hygiene level 3

A bunk in the staff cottage is free for both positions, with meals on duty days.

## How to apply
Email jobs@tarnhollow.example quoting the reference (TFC-41 or TFC-42).
"""


def _said(doc) -> str:
    return " ".join(i.text for i in doc.items)


def test_a_line_for_both_positions_is_read_with_each_posting():
    """The staff cottage said 'for both positions' under the chef's posting is the instructor's too."""
    roles = roles_read(HUTS, "tarnhollow.md")
    assert set(roles) >= {"Outdoor Instructor", "Centre Chef"}
    for title in ("Outdoor Instructor", "Centre Chef"):
        assert "staff cottage is free for both positions" in _said(roles[title]), title


def test_an_application_line_quoting_every_posting_s_reference_quotes_each_posting_its_own():
    """'quoting the reference (TFC-41 or TFC-42)' reads, for the instructor, with TFC-41 alone."""
    roles = roles_read(HUTS, "tarnhollow.md")
    instructor, chef = _said(roles["Outdoor Instructor"]), _said(roles["Centre Chef"])
    assert "quoting the reference (TFC-41)" in instructor and "TFC-42" not in instructor
    assert "quoting the reference (TFC-42)" in chef and "TFC-41" not in chef


BAKERY = """<html><body><main>
<h1>Work at Copperloaf Bakery</h1>
<p>Copperloaf Bakery bakes sourdough for cafés across Hexham.</p>
<article class="job" id="baker">
  <h2>Night Baker</h2>
  <ul class="job-meta"><li><strong>Location:</strong> Hexham</li><li><strong>Salary:</strong> £25,900 per annum</li></ul>
  <p>Mix, shape and bake the overnight sourdough run.</p>
  <h3>What you'll do</h3>
  <ul><li>Shape 400 loaves a night</li><li>Run the deck ovens</li></ul>
</article>
<article class="job job--filled" id="driver">
  <span class="badge">Position filled</span>
  <h2>Delivery Driver</h2>
  <ul class="job-meta"><li><strong>Location:</strong> Hexham</li><li><strong>Salary:</strong> £23,100 per annum</li></ul>
  <p class="notice">This position has been filled – thanks to all who applied.</p>
</article>
<h2>How to apply</h2>
<p>Email bake@copperloaf.example by 20 March 2027.</p>
</main></body></html>
"""


def test_a_filled_card_s_notice_is_also_its_hiring_process():
    """"Can I still apply" asks the hiring process: a filled card's notice says it there too."""
    from knowledge import sections as S
    driver = roles_read(BAKERY, "copperloaf.html")["Delivery Driver"]
    assert [i.text for i in driver.items if i.section == S.HIRING_PROCESS] == [
        "This position has been filled – thanks to all who applied."]
