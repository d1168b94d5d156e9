"""Edges of the tenth batch's readers: shapes an ordinary posting takes that the new readers must
leave alone (a "Job Description" heading, a field said to be internal, a facts line under the
title, a card's opening hours, hours in a numbered document, a grade before the pay, a titled
Word 2003 paragraph with a border, an unclosed MediaWiki reference, a place ending in "SA")."""

from knowledge import sections as S
from knowledge.readers import read
from tests.readings import items, only_read



def _text(doc) -> str:
    return " ".join(i.text for i in doc.items)


BAKER = """Head Baker

Job Description
We are looking for a head baker to run our night shift in Totnes.
You will plan the bake and train two apprentices.

Responsibilities
- Plan the overnight bake
- Train the apprentices

Salary: £31,000 per year
"""


def test_a_job_description_heading_opens_a_section_and_the_sentence_under_it_is_no_title():
    """"Job Description" under the title is a section heading; the role keeps its own title."""
    role = only_read(BAKER, "baker.txt")
    assert role.title == "Head Baker"
    assert "head baker to run our night shift" in _text(role)


PORTER = """Hospital Porter

Location: Exeter
Grade: Band 2 (internal only)
Salary: £23,600 per year

Responsibilities
- Move patients between wards
- Deliver samples to the lab

Requirements
- A calm manner with patients

Benefits
- NHS pension
"""


def test_a_field_said_to_be_internal_only_is_no_banner_and_the_posting_is_read():
    """"(internal only)" in a grade field does not hide the rest of the posting."""
    role = only_read(PORTER, "porter.txt")
    assert role.title == "Hospital Porter"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Move patients between wards", "Deliver samples to the lab"]
    assert "NHS pension" in _text(role) and "calm manner" in _text(role)


SURVEYOR = """Quantity Surveyor
Construction · Plymouth, UK · Full-time · On site

About the role
You will cost the new harbour wall.

Responsibilities
- Prepare the bills of quantities
"""


def test_a_facts_line_under_the_title_is_kept_not_dropped_as_a_menu():
    """A dotted line of facts under the title is the role's, its location with it."""
    role = only_read(SURVEYOR, "surveyor.txt")
    assert role.title == "Quantity Surveyor"
    assert items(role, S.LOCATION) == ["Plymouth, UK"]


CAFE = """<!doctype html><html><body><main><h1>Jobs at The Quay Cafe</h1>
<article class="job"><h2>Barista</h2><p>Part-time · £12.10 per hour</p><p>Closed Tuesdays</p>
<h3>What you'll do</h3><ul><li>Pull the espresso shots</li></ul></article>
<article class="job"><h2>Kitchen Porter</h2><p>Part-time · £11.50 per hour</p>
<h3>What you'll do</h3><ul><li>Wash the pans</li></ul></article>
<h2>How to apply</h2><p>Email your CV to jobs@quaycafe.example</p>
</main></body></html>"""


def test_a_cards_opening_days_do_not_mark_it_closed():
    """"Closed Tuesdays" on a card is the cafe's week, not a filled post: the card stays open, with
    the page's how-to-apply."""
    docs = {d.title: d for d in read(CAFE.encode(), "jobs.html")}
    barista = docs["Barista"]
    assert not any(i.label == "Status" for i in barista.items)
    assert "jobs@quaycafe.example" in _text(barista)


BRIEF = """Job Title: Transport Planner

1. THE ROLE
1.1 Model bus routes for the county.
1.2 Write the network review.

2. HOURS
37.5 hours per week, flexible.

3. REQUIREMENTS
3.1 A degree in geography or planning.
3.2 Experience of Visum.
"""


def test_hours_in_a_numbered_document_are_not_read_as_a_numbered_paragraph():
    """"37.5 hours per week" under "2. HOURS" is the text's own number, not paragraph 37.5."""
    role = only_read(BRIEF, "planner.txt")
    assert "37.5 hours per week" in _text(role)
    assert items(role, S.REQUIREMENTS) == ["A degree in geography or planning.", "Experience of Visum."]


def test_a_grade_written_with_an_r_is_no_rand_pay():
    """"Grade R4 - R5" before the pounds is a pay grade, not four to five rand."""
    from knowledge.readers import salary
    pay = salary.parse("Salary: Grade R7 - R8, £44,000 - £49,000 per annum")
    assert (pay.minimum, pay.maximum, pay.currency) == (44_000, 49_000, "GBP")
    rand = salary.parse("Salary: R18 500 per month")
    assert (rand.minimum, rand.currency) == (18_500, "ZAR")


def _w03(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n'
            '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
            + body + "</w:body></w:wordDocument>")


RULED_TITLE = _w03(
    '<w:p><w:r><w:t>Westmoor Parish Council</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:pStyle w:val="Title"/><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr></w:pPr>'
    '<w:r><w:t>Grounds Warden</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Duties</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:listPr/></w:pPr><w:r><w:t>Patrol the commons</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:listPr/></w:pPr><w:r><w:t>Repair the stiles</w:t></w:r></w:p>')


def test_a_word_2003_title_with_a_rule_under_it_is_the_roles_title_not_letterhead():
    """A Title paragraph with a bottom border names the role; the council above it is no title."""
    role = only_read(RULED_TITLE, "warden.xml")
    assert role.title == "Grounds Warden"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Patrol the commons", "Repair the stiles"]


def test_a_wiki_pages_unclosed_references_are_left_and_its_closed_ones_read():
    """A page with many "<ref>" never closed is read through: they stay as written, and a closed
    footnote after them reads as its own text in brackets, not as all the page between."""
    from knowledge.readers import mediawiki
    page = ("== Sexton ==\n* Keep the churchyard<ref>rota</ref>\n" + "<ref>x " * 3000
            + "\n* Ring the bell\n* Wind the clock<ref>weekly</ref>\n")
    text = mediawiki.as_markdown(page)
    assert "Keep the churchyard (rota)" in text and "Wind the clock (weekly)" in text
    assert text.count("<ref>x") == 3000 and "Ring the bell" in text


PICKER = """Grape Picker

We need pickers for the vintage in the Clare Valley.

Requirements
- Happy to work outdoors

Pay: $31.20 per hour

Kind regards,
Sam Hollis
Vineyard Manager
Clare SA
"""


def test_a_signatures_south_australian_town_is_no_company():
    """"Clare SA" under a signature is a town and its state, not a société anonyme; "Bodegas Altas
    S.A." or "Keller Weine AG" on a line of its own is still a company."""
    from knowledge import catalog
    role = only_read(PICKER, "picker.txt")
    texts = [i.text for i in role.items]
    assert "Clare SA" in texts
    assert catalog.named_company(["Clare SA"]) is None
    assert catalog.signed_company("Port Adelaide SA") is None
    assert catalog.signed_company("Bodegas Altas S.A.") == "Bodegas Altas S.A."
    assert catalog.signed_company("Keller Weine AG") == "Keller Weine AG"
