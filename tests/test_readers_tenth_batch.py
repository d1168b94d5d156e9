"""A tenth batch of shapes other organisations keep their openings in (the shapes of
tests/documents/real10/): a scraper's JSON Lines with a repeated posting and an error line, a
staffing API's JSON, WebVTT captions of a hiring video, a MediaWiki page of `{{Vacancy}}`
templates, a page saved as MHTML and a Word 2003 XML document. Each fixture here is written for
its shape, not copied from real10."""

import json

from knowledge import sections as S
from knowledge.readers.detect import EXTENSIONS
from tests.readings import field, items, only_read, roles_read



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
    roles = roles_read(NDJSON, "scrape.jsonl")
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
        "remuneration": {"display": "$33.10 per hour", "basis": "HOUR", "currencyIso": "AUD"},
        "rosterNote": "Friday and Saturday nights, 5 to 6 hours",
        "bodyHtml": "<h3>Your shift</h3><ul><li>Take coats and bags at the door</li>"
                    "<li>Hand back items against tickets</li></ul>",
    }],
}


def test_a_staffing_apis_vacancy_is_read_by_its_headline_body_site_and_remuneration():
    """A staffing API names a posting's parts its own way (headline, bodyHtml, engagement, a site of
    venue and suburb, remuneration shown as words): read as any posting object, its roster note kept."""
    role = only_read(json.dumps(STAFFING), "vacancies.json")
    assert role.title == "Cloakroom Attendant"
    assert field(role, "Location") == "Riverside Arena, Docklands, VIC"
    assert field(role, "Employment type") == "Casual"
    assert (role.salary.minimum, role.salary.currency) == (33.1, "AUD")
    assert "Take coats and bags at the door" in _text(role)
    assert "Friday and Saturday nights, 5 to 6 hours" in _text(role)


# -- WebVTT captions of a hiring video --------------------------------------------------------
VTT = """WEBVTT
Kind: captions
Language: en-NZ

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

00:00:15.000 --> 00:00:18.000
<v Mere>We're at the packhouse on Hill Road, Havelock North.
"""


def test_webvtt_captions_are_the_spoken_posting_titled_by_the_video():
    """Timings, the header, sound cues and voice tags are no part of the posting; a sentence spoken
    over two cues is one; the video's title, without its hiring words, is the role's."""
    assert EXTENSIONS[".vtt"]
    role = only_read(VTT, "orchard.vtt")
    assert role.title == "Orchard Supervisor"
    text = _text(role)
    assert "Pay is $29.40 an hour, and you'll run a crew of twelve pickers." in text
    assert "-->" not in text and "[birdsong]" not in text and "<v" not in text and "[laughs]" not in text
    assert (role.salary.minimum, role.salary.period) == (29.4, "per hour")
    assert role.salary.currency == "NZD"  # the captions' language is New Zealand English
    assert items(role, S.LOCATION) == ["We're at the packhouse on Hill Road, Havelock North."]


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
    roles = roles_read(WIKI, "lodge-jobs.wiki")
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
    role = only_read(MHTML, "kiln.mhtml")
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
    role = only_read(WORD_2003, "advert.xml")
    assert role.title == "Weighbridge Clerk"
    assert role.salary.minimum == 23_900
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Weigh every lorry in and out", "Issue delivery tickets"]
    assert items(role, S.REQUIREMENTS) == ["Good with numbers"]
    assert "Advert 12" not in _text(role)


# -- a careers page of posting cards, one of them filled --------------------------------------
CARDS = """<!DOCTYPE html><html><head><title>Careers | Glenmorven Creamery</title></head><body>
<nav><a href="/">Home</a></nav>
<main><h1>Join the dairy</h1>
<p>Glenmorven Creamery makes cheddar and butter on Islay.</p>
<article class="vacancy"><h2>Cheesemaker</h2>
<ul><li><strong>Salary:</strong> £27,500 per annum</li><li><strong>Location:</strong> Bowmore</li></ul>
<h3>Duties</h3><ul><li>Cut and mill the curd</li><li>Turn the cheeses in store</li></ul>
<h3>Requirements</h3><ul><li>Food hygiene level 2</li></ul></article>
<article class="vacancy"><h2>Delivery Driver</h2>
<ul><li><strong>Pay:</strong> £12.80 per hour</li></ul>
<p>Drive the van to the island's shops three days a week.</p></article>
<article class="vacancy vacancy--filled"><span class="badge">Position filled</span><h2>Dairy Hand</h2>
<ul><li><strong>Salary:</strong> <s>£23,000 per annum</s></li></ul>
<p>This position has been filled.</p></article>
<section><h2>How to apply</h2><p>Email jobs@glenmorven.example with a CV.</p></section>
</main></body></html>"""


def test_a_careers_page_of_posting_cards_is_a_role_per_card_and_a_filled_one_says_so():
    """Each card is its own role with its own pay, not one role named after the page; the page's
    opening and "How to apply" hold for every card; a card badged "Position filled" is kept with
    that status, its struck-out salary not read."""
    roles = roles_read(CARDS, "careers.html")
    assert set(roles) == {"Cheesemaker", "Delivery Driver", "Dairy Hand"}
    cheese, driver, hand = roles["Cheesemaker"], roles["Delivery Driver"], roles["Dairy Hand"]
    assert cheese.salary.minimum == 27_500 and driver.salary.minimum == 12.8
    assert items(cheese, S.KEY_RESPONSIBILITIES) == ["Cut and mill the curd", "Turn the cheeses in store"]
    assert "Email jobs@glenmorven.example with a CV." in _text(driver)
    assert field(hand, "Status") == "Position filled"
    assert hand.salary is None or not hand.salary.stated
    assert "£23,000" not in _text(hand)
    assert "Email jobs@glenmorven.example" not in _text(hand)  # no applying to a filled post
    assert "'Dairy Hand' is marked position filled" in _warnings(cheese)


# -- a Japanese job board's definition lists --------------------------------------------------
JAPANESE = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>求人</title></head><body>
<main><h1>民宿 さくら</h1>
<section class="job"><h2>客室清掃 / Room Attendant</h2>
<dl><dt>給与 Salary</dt><dd>月給 20万円～22万円<br>※経験により決定</dd>
<dt>仕事内容 Duties</dt><dd>・客室の清掃<br>・Making the futons each morning</dd>
<dt>勤務地 Location</dt><dd>長野県白馬村</dd></dl></section>
<section class="job"><h2>洗い場 / Dishwasher</h2>
<dl><dt>給与 Salary</dt><dd>時給 1,100円</dd><dt>仕事内容 Duties</dt><dd>・Washing up after dinner<br>・Sweeping the kitchen</dd></dl>
</section></main></body></html>"""


def test_a_japanese_job_boards_definition_lists_are_sections_with_pay_in_man_yen():
    """Each job's <dt> over a <dd> of several lines is a section of its items, its bullets (・) taken
    off; 月給 25万円 is ¥250,000 a month and 時給 an hourly wage; a title written in Japanese and
    English is stored by its English half."""
    roles = roles_read(JAPANESE, "minshuku.html")
    assert set(roles) == {"Room Attendant", "Dishwasher"}
    room, dishes = roles["Room Attendant"], roles["Dishwasher"]
    assert (room.salary.minimum, room.salary.maximum, room.salary.currency, room.salary.period) == (
        200_000, 220_000, "JPY", "per month")
    assert (dishes.salary.minimum, dishes.salary.period) == (1_100, "per hour")
    assert items(room, S.KEY_RESPONSIBILITIES) == ["客室の清掃", "Making the futons each morning"]
    assert "客室清掃 / Room Attendant" in _text(room)  # the title as written, kept as a fact


def test_rand_written_with_an_r_is_south_african_pay():
    from knowledge.readers import salary
    pay = salary.parse("Basic salary: R21 000 – R24 500 per month, plus a housing allowance")
    assert (pay.minimum, pay.maximum, pay.currency, pay.period) == (21_000, 24_500, "ZAR", "per month")


# -- a requisition form with an internal block ------------------------------------------------
REQUISITION = """PELHAM TRUST — RECRUITMENT REQUEST (form RQ-9)
==========================================

SECTION A — ADVERT TEXT

Job Title:     Grounds Maintenance Operative
Salary:        £24,100 per annum
Location:      Pelham Park

Main duties
 * Mow and edge the lawns
 * Clear the leaf litter

------------------------------------------
SECTION B — INTERNAL USE ONLY — DO NOT PUBLISH
------------------------------------------
Reason for vacancy:   J. Smythe retiring
Approved budget:      up to £26,000 (do not disclose)
Interview panel:      A. Okafor, P. Lind
"""


def test_a_requisitions_internal_block_is_never_read():
    """A form's section marked internal use only (who is leaving, the budget ceiling, the panel) is
    not read at all, and the run says so; the advert around it is the role."""
    role = only_read(REQUISITION, "request.txt")
    assert role.title == "Grounds Maintenance Operative"
    text = _text(role)
    assert "Smythe" not in text and "£26,000" not in text and "Okafor" not in text
    assert role.salary.maximum == 24_100
    assert "a part marked internal" in _warnings(role)


# -- numbered terms of reference --------------------------------------------------------------
TOR = """HARBOUR RELIEF FUND                                   HRF/TOR/07
Coastal Livelihoods Project                                  Page 1 of 2
-------------------------------------------------------------------------

                        TERMS OF REFERENCE

      Baseline Survey Consultant – Household Survey of the Coastal
                  Livelihoods Project (2027)

1. BACKGROUND

1.1 Harbour Relief Fund works with fishing villages in Sindh.

2. KEY RESPONSIBILITIES

2.1 Design the household survey and train the enumerators.

2.2 Write the baseline report in English.

-------------------------------------------------------------------------
HRF/TOR/07                                                   Page 2 of 2
-------------------------------------------------------------------------

3. DURATION, LOCATION AND REMUNERATION

3.1 Fee: USD 190 per working day.
"""


def test_numbered_terms_of_reference_are_read_by_their_numbered_sections():
    """"2. KEY RESPONSIBILITIES" is a section and "2.1 …" its items; the running header on each page
    is left out; the post is the name under "TERMS OF REFERENCE", without the assignment's qualifier
    after its dash; a daily fee is pay per day."""
    role = only_read(TOR, "tor.txt")
    assert role.title == "Baseline Survey Consultant"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Design the household survey and train the enumerators.",
                                                   "Write the baseline report in English."]
    assert "Page 2 of 2" not in _text(role)
    assert field(role, "Reference") == "HRF/TOR/07"  # the running header, as applicants quote it
    assert (role.salary.minimum, role.salary.currency, role.salary.period) == (190, "USD", "per day")


# -- a Dutch posting copied from its site -----------------------------------------------------
DUTCH = """Stichting Duinrand  |  Werken bij  |  Vacatures  |  Contact
Deze website maakt gebruik van cookies. [Akkoord]

Vacature: Gastvrouw Restaurant (Restaurant Host)
Locatie Katwijk  ·  24 uur per week  ·  Vacaturenummer 77

Over ons
Stichting Duinrand runs a beach pavilion and a restaurant in the dunes of Katwijk, open all year for walkers and families.

Wat ga je doen?
- Welcome guests and seat them
- Take reservations by phone

Wat vragen wij?
- Ervaring in de horeca

Wat bieden wij?
- Salaris: €2.600 – €2.900 bruto per maand
"""


def test_a_dutch_posting_is_titled_by_its_vacature_line_with_its_question_headings():
    """The site's menu line is no title, its cookie notice no overview; "Vacature:" names the post; the
    facts line's hours are the role's; headings asked as questions ("Wat ga je doen?") are sections."""
    role = only_read(DUTCH, "vacature.txt")
    assert role.title == "Gastvrouw Restaurant (Restaurant Host)"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Welcome guests and seat them", "Take reservations by phone"]
    assert items(role, S.REQUIREMENTS) == ["Ervaring in de horeca"]
    assert role.salary.minimum == 2_600
    assert field(role, "Employment type") == "24 uur per week"  # the hours chip of the facts line
    assert not any("cookies" in i for i in items(role, S.ABOUT))  # the site's cookie notice is no overview


# -- a GitHub issue posting a paid role -------------------------------------------------------
ISSUE = """Skip to content
Navigation Menu
tidewater / gauge

# [Hiring] Documentation Writer (contract) #88

**Open** · ana-r opened this issue on Nov 2, 2026 · 3 comments

Labels: `hiring`

---

**ana-r** commented on Nov 2, 2026 · edited

## What you'll do

- [ ] Rewrite the install guide
- [ ] Write a tutorial for new contributors

## The role

- **Rate:** €45 per hour
- **Term:** ~~3 months~~ 6 months
- **Location:** Remote within the EU

## Hiring checklist (maintainers)

- [x] Budget approved

---

**bo-k** commented on Nov 3, 2026

Is this open to students?

👍 2

---

Footer
© 2026 GitHub, Inc. · Terms · Privacy
"""


def test_a_github_issue_is_read_as_its_posting_with_the_discussion_apart():
    """The tracker's tag and number leave the title; GitHub's menus, footer, the maintainers'
    checklist, reactions and struck-out words are not read; task-list boxes leave the items; the
    later comments are kept under a heading of their own."""
    role = only_read(ISSUE, "issue.md")
    assert role.title == "Documentation Writer (contract)"
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Rewrite the install guide", "Write a tutorial for new contributors"]
    text = _text(role)
    assert "3 months" not in text and "6 months" in text
    assert "Budget approved" not in text and "Navigation Menu" not in text and "GitHub, Inc." not in text
    assert "bo-k (Nov 3, 2026): Is this open to students?" in text and "👍" not in text
    assert role.salary.minimum == 45
    assert field(role, "Location") == "Remote within the EU"  # a key fact in the role's list is where it is


# -- an API answer that names its employer beside the postings ---------------------------------
def test_an_api_answers_employer_beside_its_postings_is_every_postings_company():
    """A staffing API names whose vacancies it lists once, at its top level ({"employer":
    {"employerName": …}}): a posting whose own text never names the company is still that
    company's, and called as another posting's text calls it, so they stay one company's roles."""
    answer = {
        "employer": {"employerName": "Quayside Crew Hire Ltd", "abn": "12 345 678 901"},
        "vacancies": [
            {"headline": "Cloakroom Attendant", "engagement": "Casual",
             "bodyHtml": "<p><strong>Quayside</strong> staffs concerts on the waterfront.</p>"
                         "<ul><li>Take coats and bags at the door</li></ul>"},
            {"headline": "Glass Collector", "engagement": "Casual",
             "bodyHtml": "<p>Keep the tables clear on show nights.</p><ul><li>Collect and rack glasses</li></ul>"},
        ],
    }
    roles = roles_read(json.dumps(answer), "vacancies.json")
    assert field(roles["Glass Collector"], "Company") == "Quayside"
    assert field(roles["Cloakroom Attendant"], "Company") == "Quayside"
    answer["vacancies"][0]["bodyHtml"] = "<ul><li>Take coats and bags at the door</li></ul>"
    roles = roles_read(json.dumps(answer), "vacancies.json")
    assert field(roles["Glass Collector"], "Company") == "Quayside Crew Hire Ltd"


# -- a form whose letterhead in capitals names the organisation ----------------------------------
FORM = """FENWICK VALE HOUSING — VACANCY REQUEST AND ADVERT (form VR-7 version 3)
Printed from the HR portal on 02/02/2027

Job Title:      Voids Inspector
Salary:         £29,000 – £31,500 per annum
Location:       Gateshead depot

About us
Fenwick Vale Housing looks after 6,200 homes on both banks of the Tyne.

Main duties
 * Inspect empty homes and write the works order for each
 * Sign off the works before a new tenant moves in
"""


def test_a_forms_letterhead_in_capitals_names_the_company_beside_what_the_form_is():
    """A requisition form's first line gives the organisation in capitals and then what the form
    is, in more words than a byline's part: the name in capitals is still the company, as the
    body's own sentence about it confirms."""
    role = only_read(FORM, "vacancy-request.txt")
    assert role.title == "Voids Inspector"
    assert field(role, "Company") == "Fenwick Vale Housing"


# -- the company named in other ways: an "About us" in another language, a speaker's introduction --
GERMAN_ABOUT_US = """Stellenangebot: Elektroniker für Betriebstechnik (m/w/d)
Kellbach  ·  Vollzeit

Über uns
Stadtwerke Kellbach versorgt rund 40.000 Haushalte mit Strom, Wasser und Wärme.

Ihre Aufgaben
- Wartung der Pumpstationen und Schaltanlagen
- Rufbereitschaft im Wechsel mit dem Team

Ihr Profil
- Abgeschlossene Ausbildung als Elektroniker
"""

INTRODUCED_VTT = """WEBVTT

NOTE
Video: "Join our night crew" (1:05)

00:00:00.000 --> 00:00:04.000
<v Rawiri>Kia ora, I'm Rawiri, night manager at Hinewai Kiwifruit Packers.

00:00:04.000 --> 00:00:08.000
<v Rawiri>We need a Coolstore Supervisor to run the night shift.

00:00:08.000 --> 00:00:12.000
<v Rawiri>Pay is $30.10 an hour and you'll look after a crew of eight.
"""


def test_a_sentence_under_about_us_in_another_language_names_the_company_whatever_its_verb():
    """Under "Über uns" (as under "About us"), the sentence that opens with a name of capitalised
    words is about the employer, though its verb ("versorgt") is no English one."""
    role = only_read(GERMAN_ABOUT_US, "stelle.txt")
    assert field(role, "Company") == "Stadtwerke Kellbach"


def test_a_speaker_introducing_themselves_at_a_company_names_it():
    """A hiring video's speaker says who they are and where they work ("I'm Rawiri, night manager at
    Hinewai Kiwifruit Packers"): that is the company hiring."""
    role = only_read(INTRODUCED_VTT, "night-crew.vtt")
    assert field(role, "Company") == "Hinewai Kiwifruit Packers"
