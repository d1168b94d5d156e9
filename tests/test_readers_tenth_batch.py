"""A tenth batch of shapes other organisations keep their openings in (the shapes of
tests/documents/real10/): a scraper's JSON Lines with a repeated posting and an error line, a
staffing API's JSON, WebVTT captions of a hiring video, a MediaWiki page of `{{Vacancy}}`
templates, a page saved as MHTML and a Word 2003 XML document. Each fixture here is written for
its shape, not copied from real10."""

import json

from knowledge import sections as S
from knowledge.readers import read
from knowledge.readers.detect import EXTENSIONS
from tests.readings import field, items


def _roles(data: bytes | str, name: str) -> dict:
    raw = data.encode() if isinstance(data, str) else data
    return {doc.title: doc for doc in read(raw, name)}


def _only(data: bytes | str, name: str):
    roles = _roles(data, name)
    assert len(roles) == 1, list(roles)
    return next(iter(roles.values()))


def _text(doc) -> str:
    return " ".join(i.text for i in doc.items)


def _warnings(doc) -> str:
    return " ".join(w.message for w in doc.warnings)


# -- a scraper's JSON Lines -------------------------------------------------------------------
def _line(**posting) -> str:
    return json.dumps(posting)


NDJSON = "\n".join([
    _line(source="boardone", title="Ferry Deckhand", company="Sound Ferries Ltd", location="Oban",
          salary_raw="£26,000 - £28,500 per annum",
          description_html="<p><b>Duties</b></p><ul><li>Moor the vessel</li><li>Load cars on the ramp</li></ul>"),
    _line(source="boardtwo", title="Ferry Deckhand", company="Sound Ferries Ltd", location="Oban",
          salary_raw="£26,000 - £28,500 per annum",
          description_html="<p><b>Duties</b></p><ul><li>Moor the vessel</li><li>Load cars on the ramp</li></ul>"),
    '{"source": "boardone", "title": "Ticket Clerk", "description_html": "<p>Sell tick',
    _line(source="boardone", url="https://boardone.example/9", title=None, error="HTTP 404 Not Found"),
    _line(source="boardone", title="Marine Engineer", company="Sound Ferries Ltd", location="Oban",
          salary_raw="£41,000 per annum", description_html="<p>Keep the diesels running.</p>"),
])


def test_a_scrapers_json_lines_are_a_role_per_posting_read_once_and_bad_lines_are_named():
    """A line a posting; the same posting scraped from two boards is one role, said once; a line cut
    short and a scraper's error record are named with their line and passed over, not the file."""
    assert EXTENSIONS[".jsonl"] == EXTENSIONS[".ndjson"]
    roles = _roles(NDJSON, "scrape.jsonl")
    assert set(roles) == {"Ferry Deckhand", "Marine Engineer"}
    deckhand = roles["Ferry Deckhand"]
    assert items(deckhand, S.KEY_RESPONSIBILITIES) == ["Moor the vessel", "Load cars on the ramp"]
    assert (deckhand.salary.minimum, deckhand.salary.maximum, deckhand.salary.currency) == (26_000, 28_500, "GBP")
    said = " ".join(_warnings(d) for d in roles.values())
    assert "line 2 repeats the posting of line 1" in said
    assert "line 3 is not JSON" in said and "line 4 is no posting (the scraper's error: HTTP 404 Not Found)" in said


# -- a shift-staffing API's JSON --------------------------------------------------------------
STAFFING = {
    "apiVersion": "1.0",
    "employer": {"employerName": "Quayside Crews Ltd"},
    "vacancies": [{
        "vacancyRef": "QC-77", "headline": "Cloakroom Attendant", "engagement": "Casual",
        "site": {"venue": "Riverside Arena", "suburb": "Docklands", "state": "VIC"},
        "remuneration": {"display": "A$33.10 per hour", "basis": "HOUR", "currencyIso": "AUD"},
        "rosterNote": "Friday and Saturday nights, 5 to 6 hours",
        "bodyHtml": "<h3>Your shift</h3><ul><li>Take coats and bags at the door</li>"
                    "<li>Hand back items against tickets</li></ul>",
    }],
}


def test_a_staffing_apis_vacancy_is_read_by_its_headline_body_site_and_remuneration():
    """A staffing API names a posting's parts its own way (headline, bodyHtml, engagement, a site of
    venue and suburb, remuneration shown as words): read as any posting object, its roster note kept."""
    role = _only(json.dumps(STAFFING), "vacancies.json")
    assert role.title == "Cloakroom Attendant"
    assert field(role, "Location") == "Riverside Arena, Docklands, VIC"
    assert field(role, "Employment type") == "Casual"
    assert (role.salary.minimum, role.salary.currency) == (33.1, "AUD")
    assert "Take coats and bags at the door" in _text(role)
    assert "Friday and Saturday nights, 5 to 6 hours" in _text(role)


# -- WebVTT captions of a hiring video --------------------------------------------------------
VTT = """WEBVTT
Kind: captions

NOTE
Video: "We're hiring: Orchard Supervisor" (1:30)

00:00:00.000 --> 00:00:03.000
[birdsong]

00:00:03.000 --> 00:00:07.500
<v Mere>Kia ora, we're Hillcrest Orchards and we need
an Orchard Supervisor for the apple harvest.

00:00:07.500 --> 00:00:12.000
<v Mere>Pay is $29.40 an hour, and you'll run a crew
of twelve pickers.

00:00:12.000 --> 00:00:15.000
<v Tom>I've picked here ten years. [laughs]
"""


def test_webvtt_captions_are_the_spoken_posting_titled_by_the_video():
    """Timings, the header, sound cues and voice tags are no part of the posting; a sentence spoken
    over two cues is one; the video's title, without its hiring words, is the role's."""
    assert EXTENSIONS[".vtt"]
    role = _only(VTT, "orchard.vtt")
    assert role.title == "Orchard Supervisor"
    text = _text(role)
    assert "Pay is $29.40 an hour, and you'll run a crew of twelve pickers." in text
    assert "-->" not in text and "[birdsong]" not in text and "<v" not in text and "[laughs]" not in text
    assert (role.salary.minimum, role.salary.period) == (29.4, "per hour")


# -- a MediaWiki page of vacancies ------------------------------------------------------------
WIKI = """{{Infobox page
| owner = Lodge office
}}
__TOC__
'''Brae Lodge''' is a hill lodge run by the [[Cairn Trust|Cairn Trust]].

== Lodge Warden ==
{{Vacancy
| title    = Lodge Warden
| salary   = £24,500 per year
| location = Brae Lodge, Glen Cluanie
}}
=== Duties ===
* Open and close the lodge each day
* Keep the bunk rooms clean<ref>Linen is sent out weekly.</ref>

=== Qualifications ===
{| class="wikitable"
! Required !! Desirable
|-
| Outdoor first aid || Gaelic
|}

== Hill Path Ranger ==
{{Vacancy
| title  = Hill Path Ranger
| salary = £27,000 per year
}}
=== Duties ===
* Repair drainage on the hill paths
* Survey erosion each spring

[[Category:Jobs]]
----
''This page was last edited on 1 December 2026.''
"""


def test_a_mediawiki_page_is_a_role_per_vacancy_section_with_its_template_fields():
    """`== Role ==` cuts the page into roles; a `{{Vacancy}}` template's fields are the role's
    salary and place; an infobox, `__TOC__`, categories and the footer are the wiki's own; a
    wikitable of Required / Desirable columns is a section per column."""
    roles = _roles(WIKI, "lodge-jobs.wiki")
    assert set(roles) == {"Lodge Warden", "Hill Path Ranger"}
    warden, ranger = roles["Lodge Warden"], roles["Hill Path Ranger"]
    assert (warden.salary.minimum, warden.salary.currency) == (24_500, "GBP")
    assert ranger.salary.minimum == 27_000
    assert field(warden, "Location") == "Brae Lodge, Glen Cluanie"
    assert items(warden, S.KEY_RESPONSIBILITIES)[0] == "Open and close the lodge each day"
    assert "Outdoor first aid" in items(warden, S.REQUIREMENTS) and "Gaelic" in items(warden, S.NICE_TO_HAVE)
    assert "Linen is sent out weekly." in _text(warden)
    text = _text(warden) + _text(ranger)
    assert "__TOC__" not in text and "Category" not in text and "last edited" not in text and "owner" not in text


# -- a page saved as MHTML --------------------------------------------------------------------
MHTML = """From: <Saved by Blink>
Subject: Kiln Operator | Careers
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----B"

------B
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable

<html><body><main><h1>Kiln Operator</h1><p>Salary: =C2=A328,000 per year</p>
<h2>Responsibilities</h2><ul><li>Load and fire the tunnel kiln</li><li>Log firing curves</li></ul>
<h2>Requirements</h2><ul><li>Forklift licence</li></ul></main></body></html>
------B
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgo=
------B--
"""


def test_a_page_saved_as_mhtml_is_read_as_its_html_part():
    """A browser's one-file save is a MIME message: its HTML part, decoded from quoted-printable,
    is the page; images beside it are not read."""
    assert EXTENSIONS[".mhtml"] == EXTENSIONS[".mht"]
    role = _only(MHTML, "kiln.mhtml")
    assert role.title == "Kiln Operator"
    assert role.salary.minimum == 28_000 and role.salary.currency == "GBP"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Load and fire the tunnel kiln", "Log firing curves"]


# -- Word 2003 XML ----------------------------------------------------------------------------
def _w(text: str, style: str = "", listed: bool = False, bold_split: bool = False) -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:listPr><w:ilvl w:val=\"0\"/></w:listPr>"
                                                                 if listed else "")
    runs = (f"<w:r><w:t>{text[:5]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{text[5:]}</w:t></w:r>"
            if bold_split else f"<w:r><w:t>{text}</w:t></w:r>")
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


WORD_2003 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
             '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
             '<o:DocumentProperties xmlns:o="urn:schemas-microsoft-com:office:office"><o:Title>Advert 12</o:Title>'
             '</o:DocumentProperties><w:body>'
             + _w("HALLAM QUARRIES LTD") + _w("Job Title: Weighbridge Clerk", bold_split=True)
             + _w("Salary: £23,900 per annum")
             + _w("Main Duties", "Heading2") + _w("Weigh every lorry in and out", listed=True)
             + _w("Issue delivery tickets", listed=True)
             + _w("Requirements", "Heading2") + _w("Good with numbers", listed=True)
             + "</w:body></w:wordDocument>")


def test_a_word_2003_xml_document_is_read_by_its_paragraphs_styles_and_lists():
    """WordprocessingML 2003 is one XML file: its runs are joined as written, heading styles are
    headings, `w:listPr` paragraphs items; the letterhead above "Job Title:" is not the title, and
    the document's properties are not the role's."""
    role = _only(WORD_2003, "advert.xml")
    assert role.title == "Weighbridge Clerk"
    assert role.salary.minimum == 23_900
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Weigh every lorry in and out", "Issue delivery tickets"]
    assert items(role, S.REQUIREMENTS) == ["Good with numbers"]
    assert "Advert 12" not in _text(role)
