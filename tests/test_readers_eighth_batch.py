"""An eighth batch of shapes other organisations keep their openings in (the shapes of
tests/documents/real8/): a PowerPoint "we're hiring" deck, an OpenDocument spreadsheet, AsciiDoc,
reStructuredText, LaTeX, HR-as-code YAML, a calendar event, a Slack channel export, a Notion page's
internal toggle and a posting sent from a phone. Each fixture here is written for its shape, not
copied from real8."""

import io
import json
import zipfile

import pytest

from knowledge import sections as S
from knowledge.parse import DocumentError
from knowledge.readers import read
from knowledge.readers.detect import EXTENSIONS
from tests.readings import field, items, only_read, roles_read



def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for path, text in parts.items():
            package.writestr(path, text)
    return buffer.getvalue()


# -- a PowerPoint deck, a slide per role ----------------------------------------------------------
_SLIDE_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')


def _shape(kind: str | None, paragraphs: list[tuple[str, str]]) -> str:
    """A text box: each paragraph ("bullet" / "bold" / "plain", text)."""
    ph = f'<p:nvPr><p:ph type="{kind}"/></p:nvPr>' if kind else "<p:nvPr/>"
    body = ""
    for how, text in paragraphs:
        # "master": no paragraph properties, bulleted (or not) as the slide master says
        bullet = '<a:pPr><a:buChar char="•"/></a:pPr>' if how == "bullet" else "" if how == "master" \
            else "<a:pPr><a:buNone/></a:pPr>"
        bold = ' b="1"' if how == "bold" else ""
        body += f'<a:p>{bullet}<a:r><a:rPr lang="en-GB"{bold}/><a:t>{text}</a:t></a:r></a:p>'
    return f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Box"/><p:cNvSpPr/>{ph}</p:nvSpPr><p:txBody>{body}</p:txBody></p:sp>'


def _slide(title: str, body: list[tuple[str, str]], footer: str = "Oakmere Libraries · oakmere.example") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:sld {_SLIDE_NS}><p:cSld><p:spTree>'
            f'{_shape("title", [("bold", title)])}{_shape("body", body)}{_shape("ftr", [("plain", footer)])}'
            f'{_shape("sldNum", [("plain", "2")])}</p:spTree></p:cSld></p:sld>')


def _deck(slides: list[str]) -> bytes:
    ids = "".join(f'<p:sldId id="{256 + n}" r:id="rId{n + 1}"/>' for n in range(len(slides)))
    rels = "".join(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/slide" Target="slides/slide{n + 1}.xml"/>' for n in range(len(slides)))
    parts = {"ppt/presentation.xml": f'<?xml version="1.0"?><p:presentation {_SLIDE_NS}><p:sldIdLst>{ids}'
                                     '</p:sldIdLst></p:presentation>',
             "ppt/_rels/presentation.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                                                f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>'}
    # the slides' parts are stored out of order: the deck's list is the order
    for n in reversed(range(len(slides))):
        parts[f"ppt/slides/slide{n + 1}.xml"] = slides[n]
    return _zip(parts)


DECK = _deck([
    _slide("Join Oakmere Libraries", [("plain", "Winter recruitment 2027")]),
    _slide("Library Assistant", [("bold", "£12.45 per hour"), ("plain", "📍 Oakmere Central Library"),
                                 ("bold", "What you’ll do"), ("bullet", "Issue and return books at the counter"),
                                 ("bullet", "Run Rhyme Time for under-fives"),
                                 ("bold", "You’ll need"), ("bullet", "Friendly customer service experience")]),
    _slide("Mobile Library Driver", [("bold", "£26,100 per annum"), ("plain", "📍 Depot: Hartwell Road"),
                                     ("bold", "Essential"), ("bullet", "Category C1 licence")]),
    _slide("Why join us?", [("bullet", "Free library card for the family"), ("bullet", "Local government pension")]),
    _slide("How to apply", [("bold", "Closing date: 14 February 2027"),
                            ("plain", "Apply at oakmere.example/jobs")]),
])


def test_a_deck_with_a_slide_per_role_is_a_role_a_slide_sharing_the_other_slides():
    """The recruiter's deck: each role slide is a role with its own pay, place and sections; the
    "Why join us?" and "How to apply" slides are every role's; the footer is the template's."""
    roles = roles_read(DECK, "winter-hiring.pptx")
    assert set(roles) == {"Library Assistant", "Mobile Library Driver"}
    assistant, driver = roles["Library Assistant"], roles["Mobile Library Driver"]
    assert assistant.salary.minimum == 12.45 and driver.salary.minimum == 26_100
    assert items(assistant, S.KEY_RESPONSIBILITIES) == ["Issue and return books at the counter",
                                                       "Run Rhyme Time for under-fives"]
    assert items(driver, S.REQUIREMENTS) == ["Category C1 licence"]
    assert "Local government pension" in items(driver, S.PERKS)
    assert any("14 February 2027" in i.text for i in driver.items)
    assert not any("oakmere.example ·" in i.text or i.text == "2" for i in assistant.items)


def test_a_deck_telling_one_role_over_its_slides_is_one_role():
    deck = _deck([_slide("Archivist", [("plain", "Oakmere Record Office")]),
                  _slide("The role", [("bullet", "Catalogue the county's parish records")]),
                  _slide("Requirements", [("master", "A postgraduate qualification in archives"),
                                          ("master", "Reading Latin")])])
    archivist = only_read(deck, "archivist.pptx")
    assert archivist.title == "Archivist"
    # the master bullets a content placeholder's paragraphs: items, however short
    assert items(archivist, S.REQUIREMENTS) == ["A postgraduate qualification in archives", "Reading Latin"]


def test_a_damaged_deck_is_refused_with_the_reason():
    with pytest.raises(DocumentError, match="broken.pptx"):
        read(b"PK\x03\x04 not really a zip", "broken.pptx")


# -- an OpenDocument spreadsheet --------------------------------------------------------------
def _cell(text: str = "", repeat: int = 1) -> str:
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n")) if text else ""
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-cell{times}>{paragraphs}</table:table-cell>"


def _sheet(name: str, rows: list[list[str]]) -> str:
    body = "".join("<table:table-row>" + "".join(_cell(c) for c in row) + _cell(repeat=1000) + "</table:table-row>"
                   for row in rows)
    padding = f'<table:table-row table:number-rows-repeated="1048000">{_cell(repeat=1024)}</table:table-row>'
    return f'<table:table table:name="{name}">{body}{padding}</table:table>'


def _ods(*sheets: str) -> bytes:
    content = ('<?xml version="1.0"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'{"".join(sheets)}</office:spreadsheet></office:body></office:document-content>')
    return _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content})


def test_an_ods_sheet_with_german_headers_is_a_role_a_row_sharing_its_benefits_sheet():
    """A Calc tracker padded to a million rows: a header row in German, a role per row, a cell of
    several paragraphs a list; the "Benefits" sheet is every role's."""
    data = _ods(_sheet("Stellen", [
        ["Bergbahnen Alpin AG – Offene Stellen"], [],
        ["Position", "Standort", "Lohn", "Aufgaben", "Anforderungen"],
        ["Pistenfahrer", "Davos", "CHF 5'100 x 13", "• Pisten präparieren\n• Nachtschichten", "• Fahrausweis C"],
        ["Kassierer/in", "Klosters", "CHF 27.80 pro Stunde", "• Tickets verkaufen", "• Freundlich"]]),
        _sheet("Benefits", [["Ski pass", "Free season pass"], ["Meals", "Staff canteen"]]))
    roles = roles_read(data, "stellen.ods")
    assert set(roles) == {"Pistenfahrer", "Kassierer/in"}
    groomer = roles["Pistenfahrer"]
    assert groomer.salary.currency == "CHF" and groomer.salary.minimum == 5100
    assert items(groomer, S.LOCATION) == ["Davos"]
    assert items(groomer, S.KEY_RESPONSIBILITIES) == ["Pisten präparieren", "Nachtschichten"]
    assert "Ski pass: Free season pass" in items(roles["Kassierer/in"], S.PERKS)


# -- AsciiDoc -----------------------------------------------------------------------------------
ASCIIDOC = """= Ferry Deckhand
Tidewater Ferries <crew@tidewater.example>
v2.0, 2026-10-01
:location: Oban, Argyll
:rate: £13.90 per hour
:closing: 30 January 2027

{rate}, rotating shifts on the island routes.

[cols="1,2"]
|===
|Closes |{closing}
|===

== Duties
* Moor and cast off the vessel
* Guide cars onto the car deck

== Essential
* STCW basic safety training

NOTE: We pay for your ENG1 medical.
"""


def test_an_asciidoc_page_reads_its_attributes_where_they_are_used_and_as_fields():
    deckhand = only_read(ASCIIDOC, "deckhand.adoc")
    assert deckhand.title == "Ferry Deckhand"
    assert deckhand.salary.minimum == 13.9
    assert items(deckhand, S.LOCATION) == ["Oban, Argyll"]
    assert field(deckhand, "Closes") == "30 January 2027"
    assert items(deckhand, S.KEY_RESPONSIBILITIES) == ["Moor and cast off the vessel", "Guide cars onto the car deck"]
    assert items(deckhand, S.REQUIREMENTS)[0] == "STCW basic safety training"
    assert not any("{" in i.text or "|===" in i.text or "NOTE:" in i.text for i in deckhand.items)


# -- reStructuredText -----------------------------------------------------------------------------
RST = """.. _careers-glaciologist:

.. meta::
   :description: a vacancy

###################
Field Glaciologist
###################

:Location: Tromsø, Norway
:Salary: NOK 620 000 per year
:Updated: |today|

Duties
======

#. Maintain the automatic weather stations
#. Lead the spring field campaign

Requirements
============

- PhD in glaciology or a
  related field

.. note::

   Experience with ground-penetrating radar is an advantage.

+-------------+---------------------+
| Item        | Detail              |
+=============+=====================+
| Field days  | 60 days a year      |
+-------------+---------------------+
"""


def test_a_restructuredtext_page_reads_its_field_list_directives_and_grid_table():
    glaciologist = only_read(RST, "glaciologist.rst")
    assert glaciologist.title == "Field Glaciologist"
    assert items(glaciologist, S.LOCATION) == ["Tromsø, Norway"]
    assert glaciologist.salary.minimum == 620_000
    assert items(glaciologist, S.KEY_RESPONSIBILITIES) == ["Maintain the automatic weather stations",
                                                          "Lead the spring field campaign"]
    assert "PhD in glaciology or a related field" in items(glaciologist, S.REQUIREMENTS)
    texts = [i.text for i in glaciologist.items]
    assert "Experience with ground-penetrating radar is an advantage." in texts
    assert any("Field days: 60 days a year" in t for t in texts)
    assert not any(".. " in t or "|today|" in t or "+---" in t or "description" in t for t in texts)


# -- LaTeX ----------------------------------------------------------------------------------------
LATEX = r"""% a comment with a salary £1 that is no text
\documentclass{article}
\newcommand{\keyfact}[2]{\textbf{#1:} #2\\}
\begin{document}
\begin{center}
{\small Harbourside Sixth Form}\\
{\Large\textbf{Teacher of Chemistry}}
\end{center}
\keyfact{Salary}{£34,500 -- £41,000 per annum}
\keyfact{Location}{Falmouth}
\section*{Responsibilities}
\begin{itemize}
  \item Teach A-level chemistry to Years 12 and 13
  \item Run the practical endorsement \& lab safety
\end{itemize}
\subsection*{Desirable}
\begin{itemize}\item Experience as an exam marker\end{itemize}
\end{document}
"""


def test_a_latex_advert_expands_its_own_macros_and_takes_its_largest_line_as_the_title():
    chemist = only_read(LATEX, "chemistry.tex")
    assert chemist.title == "Teacher of Chemistry"
    assert (chemist.salary.minimum, chemist.salary.maximum) == (34_500, 41_000)
    assert items(chemist, S.LOCATION) == ["Falmouth"]
    assert items(chemist, S.KEY_RESPONSIBILITIES) == ["Teach A-level chemistry to Years 12 and 13",
                                                     "Run the practical endorsement & lab safety"]
    assert items(chemist, S.NICE_TO_HAVE) == ["Experience as an exam marker"]
    assert not any("\\" in i.text or "£1 " in i.text for i in chemist.items)


def test_a_latex_macro_that_never_ends_is_refused_not_hung():
    with pytest.raises(DocumentError, match="loop.tex"):
        read(b"\\newcommand{\\again}{\\again}\\begin{document}\\again\\end{document}", "loop.tex")


# -- HR-as-code YAML ------------------------------------------------------------------------------
YAML = """# roles/stores.yaml - rendered to the careers site by CI
defaults: &defaults
  company: Pennant Hardware
  benefits:
    - 20% staff discount
  how_to_apply: Apply in any store or online.

roles:
  - <<: *defaults
    title: Store Supervisor
    location: {store: Truro, county: Cornwall}
    pay: {range: "£26,000 – £28,000 per year", bonus: quarterly}
    requirements:
      - Retail supervisory experience
  - <<: *defaults
    title: Weekend Sales Assistant
    pay: "£12.21 per hour"
    closing_date: 2027-01-31
"""


def test_an_hr_as_code_yaml_file_is_a_role_each_with_its_defaults_merged():
    roles = roles_read(YAML, "stores.yaml")
    assert set(roles) == {"Store Supervisor", "Weekend Sales Assistant"}
    supervisor, weekend = roles["Store Supervisor"], roles["Weekend Sales Assistant"]
    assert supervisor.salary.minimum == 26_000 and weekend.salary.minimum == 12.21
    assert items(supervisor, S.LOCATION) == ["Truro, Cornwall"]
    assert items(weekend, S.PERKS) == ["20% staff discount"]
    assert field(weekend, "Company") == "Pennant Hardware"
    assert field(weekend, "Closing date") == "2027-01-31"
    assert field(supervisor, "Pay bonus") == "quarterly"


def test_a_yaml_alias_bomb_is_refused_with_the_reason():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]\n" for n in range(6))
    with pytest.raises(DocumentError, match="aliases"):
        read(bomb.encode(), "bomb.yaml")


def test_a_yaml_file_with_no_job_in_it_says_so():
    with pytest.raises(DocumentError, match="no job"):
        read(b"name_of_the_ci_pipeline: deploy\nsteps: [build, test]\n", "ci.yml")


# -- a calendar event -----------------------------------------------------------------------------
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "SUMMARY:Careers fair – Brindle Bakery\r\n"
       "DTSTART:20270305T100000Z\r\n"
       "LOCATION:Brindle Bakery\\, 4 Mill Lane\\, Kendal\r\n"
       "DESCRIPTION:Role: Night Baker\\n\\nPay: £13.20 per hour plus night prem\r\n"
       " ium\\n\\nWhat you'll do\\n- Mix and bake the morning bread\\n- Clean the \r\n"
       " ovens\\n\\nRequirements\\n- Happy to work 10pm–6am\r\n"
       "BEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_event_whose_description_is_the_advert_is_a_role():
    """Lines folded inside words are one again; the description's escapes are its line breaks and
    commas; the event's place and date are facts of their own."""
    baker = only_read(ICS, "careers-fair.ics")
    assert baker.title == "Night Baker"
    assert baker.salary.minimum == 13.2 and "night premium" in f"{baker.salary.text} {baker.salary.note}"
    assert items(baker, S.KEY_RESPONSIBILITIES) == ["Mix and bake the morning bread", "Clean the ovens"]
    texts = [i.text for i in baker.items]
    assert any("Brindle Bakery, 4 Mill Lane, Kendal" in t for t in texts)
    assert any("5 March 2027" in t for t in texts)
    assert not any("Reminder" in t for t in texts)


def test_a_calendar_with_no_event_is_refused_with_the_reason():
    with pytest.raises(DocumentError, match="no event"):
        read(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "empty.ics")


# -- a Slack channel export -----------------------------------------------------------------------
def _message(text: str, ts: str, user: str = "U1", **more) -> dict:
    return {"type": "message", "text": text, "user": user, "ts": ts, **more}


SLACK = [
    {"type": "message", "subtype": "channel_join", "ts": "1.0", "user": "U9", "text": "<@U9> has joined the channel"},
    _message(":rocket: *Job: Warehouse Team Leader* :rocket:\nWe're growing &amp; hiring!\n\n"
             "• Pay: £31,000 per year\n• Site: Doncaster DC\n\n*What you'll do*\n• Lead a team of 12 pickers\n"
             "• Plan the shift with <@U2>\n\nApply via <https://jobs.example/wtl|our careers page>",
             "2.0", user_profile={"real_name": "Priya Shah"}, thread_ts="2.0", reply_count=2),
    _message("Is it nights?", "3.0", user="U3", thread_ts="2.0"),
    _message("Days only – 6am to 2pm, Monday to Friday.", "4.0", thread_ts="2.0"),
    _message("Morning all :wave:", "5.0", user="U4"),
]


def test_a_job_posted_in_a_slack_channel_export_is_a_role_with_the_posters_answers():
    leader = only_read(json.dumps(SLACK), "jobs-2027-01-04.json")
    assert leader.title == "Warehouse Team Leader"
    assert leader.salary.minimum == 31_000
    assert items(leader, S.KEY_RESPONSIBILITIES)[0] == "Lead a team of 12 pickers"
    texts = [i.text for i in leader.items]
    assert "Days only – 6am to 2pm, Monday to Friday." in texts
    assert not any("Is it nights?" in t or "Morning all" in t or ":rocket:" in t or "&amp;" in t for t in texts)
    assert any("our careers page (https://jobs.example/wtl)" in t for t in texts)


def test_a_slack_export_with_no_posting_is_refused_with_the_reason():
    chatter = [_message("Lunch at 1?", "1.0"), _message("Sure :thumbsup:", "2.0", user="U2")]
    with pytest.raises(DocumentError, match="no job posted"):
        read(json.dumps(chatter).encode(), "random.json")


# -- a Notion page's internal toggle ----------------------------------------------------------------
NOTION = """<html><body><article class="page"><header><h1 class="page-title">Dental Receptionist</h1>
<table class="properties"><tbody><tr><th>Salary</th><td>£24,000 per year</td></tr></tbody></table></header>
<div class="page-body"><h2>You'll need</h2><ul><li>Reception experience</li></ul>
<ul class="toggle"><li><details><summary>Internal – panel notes</summary><p>Can go to £27,500. Do not share.</p>
</details></li></ul></div></article></body></html>"""


def test_a_notion_toggle_marked_internal_is_never_read_as_the_posting():
    receptionist = only_read(NOTION, "Dental Receptionist 1a2b.html")
    assert receptionist.salary.minimum == 24_000
    assert not any("27,500" in i.text for i in receptionist.items)


# -- a posting sent from a phone ----------------------------------------------------------------
PHONE = """Harrow Lane Nurseries
Sent from my Galaxy

can someone put this on
the noticeboard ta

-----

Assistant Nursery
Manager

£27,000 a year, 40 hrs
a week, Monday to Friday

Must haves:
- Level 3 in early years
and 2 years in a nursery

Cheers J
"""


def test_a_posting_sent_from_a_phone_reads_its_broken_title_and_skips_the_note_and_sign_off():
    manager = only_read(PHONE, "nursery.txt")
    assert manager.title == "Assistant Nursery Manager"
    assert manager.salary.minimum == 27_000  # stated bare under the title
    texts = [i.text for i in manager.items]
    assert not any("noticeboard" in t or "Cheers" in t or "Galaxy" in t for t in texts)
    assert items(manager, S.REQUIREMENTS) == ["Level 3 in early years and 2 years in a nursery"]


def test_every_new_kind_is_found_in_a_folder_by_its_extension():
    assert {EXTENSIONS[e] for e in (".pptx", ".ods", ".adoc", ".rst", ".tex", ".yaml", ".yml", ".ics")} == {
        "pptx", "ods", "asciidoc", "rst", "latex", "yaml", "ics"}


# -- an Indeed XML feed ---------------------------------------------------------------------------
def _job(title: str, education: str, description: str) -> str:
    return (f"<job><title><![CDATA[{title}]]></title><company><![CDATA[Larkfield Foods]]></company>"
            "<city><![CDATA[Dayton]]></city><state><![CDATA[OH]]></state><country><![CDATA[US]]></country>"
            f"<education><![CDATA[{education}]]></education><jobtype><![CDATA[parttime]]></jobtype>"
            f"<description><![CDATA[{description}]]></description><email><![CDATA[]]></email></job>")


INDEED = ('<?xml version="1.0" encoding="utf-8"?><source><publisher>Larkfield Foods</publisher>'
          "<lastBuildDate>Mon, 04 Jan 2027 06:00:00 GMT</lastBuildDate>"
          + _job("Line Cook", "None required", "<p><strong>What you'll do</strong></p><ul><li>Prep the grill</li></ul>")
          + _job("Shift Baker", "High school diploma", "<p><strong>What you'll do</strong></p><ul><li>Bake rolls</li></ul>")
          + "</source>")


def test_every_job_of_an_indeed_feed_is_a_role_with_the_feeds_own_fields():
    """An Indeed <source> names its publisher before its <job>s: every job is read, not the first, and
    the feed's own fields (education, job type, state) are the role's."""
    roles = roles_read(INDEED, "indeed.xml")
    assert set(roles) == {"Line Cook", "Shift Baker"}
    baker = roles["Shift Baker"]
    assert items(baker, S.EDUCATION_MINIMUM) == ["High school diploma"]
    assert items(baker, S.LOCATION) == ["Dayton, OH, US"]
    assert items(baker, S.KEY_RESPONSIBILITIES) == ["Bake rolls"]


# -- a careers page printed to PDF by the browser ---------------------------------------------------
def _printed_page(path) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(0, 4, "05/01/2027, 14:02 Kennel Assistant | Careers | Barkley Kennels", new_x="LMARGIN", new_y="NEXT")
        if page == 1:
            pdf.set_font("Helvetica", "", 9)
            for line in ("Skip to main content", "Barkley Kennels   Home   About   Careers   Contact",
                         "Home » Careers » Kennel Assistant"):
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "B", 20)
            pdf.cell(0, 10, "Kennel Assistant", new_x="LMARGIN", new_y="NEXT")
            body = [("B", 13, "The role"), ("", 10, "Barkley Kennels is a family-run boarding kennel for up to 60 dogs on "
                                                    "the edge of the moor. We are looking for a kennel assistant to "
                                                    "join our small team of six, working a rota of early and late shifts."),
                    ("B", 13, "Duties"), ("", 10, "- Walk, feed and groom the dogs in our care every single day of the week"),
                    ("B", 13, "Requirements"), ("", 10, "- Happy handling large dogs")]
        else:
            body = [("B", 13, "Pay"), ("", 10, "£11.90 per hour")]
        for style, size, text in body:
            pdf.set_font("Helvetica", style, size)
            pdf.multi_cell(190, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-15)
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(0, 4, f"https://barkley.example/careers/kennel-assistant/ {page}/2")
    out = path / "printed.pdf"
    pdf.output(str(out))
    return out.read_bytes()


def test_a_page_printed_to_pdf_loses_the_browsers_header_footer_and_the_sites_menu(tmp_path):
    assistant = only_read(_printed_page(tmp_path), "printed.pdf")
    assert assistant.title == "Kennel Assistant"
    assert items(assistant, S.REQUIREMENTS) == ["Happy handling large dogs"]
    assert assistant.salary.minimum == 11.9
    texts = [i.text for i in assistant.items]
    assert not any("barkley.example/careers" in t or "14:02" in t or "Contact" in t for t in texts)


def test_a_sheets_fields_in_german_are_read_by_their_english_names_and_a_date_keeps_its_day():
    data = _ods(_sheet("Stellen", [["Position", "Arbeitsort", "Eintritt", "Pensum", "Aufgaben"],
                                   ["Koch", "Bern", "1. März 2027", "60%", "• Kochen\n• Abwaschen"]]))
    cook = only_read(data, "stellen.ods")
    assert field(cook, "Start date") == "1. März 2027"
    assert items(cook, S.EMPLOYMENT_TYPE) == ["60%"]
    assert items(cook, S.LOCATION) == ["Bern"]


def test_the_other_table_and_list_shapes_of_these_markups_are_read_too():
    """A LaTeX `tabular` of facts and a `description` list, an RST `list-table` and simple table, and
    an AsciiDoc labelled list: each a "Label: value" the posting's fields are read from."""
    latex = (r"\documentclass{article}\title{Laboratory Technician}\begin{document}\maketitle"
             "\n\\begin{tabular}{|l|l|}\\hline\nSalary & \\pounds 30,000 per annum \\\\ \\hline\nLocation & Exeter"
             " \\\\\n\\end{tabular}\n\\begin{description}\\item[Hours] 37 per week\\end{description}\n"
             "\\section*{Requirements}\n\\begin{itemize}\\item A degree in chemistry\\end{itemize}\\end{document}")
    technician = only_read(latex, "technician.tex")
    assert technician.title == "Laboratory Technician"
    assert technician.salary.text == "£30,000 per annum"
    assert items(technician, S.LOCATION) == ["Exeter"]
    rst = ("Kitchen Porter\n==============\n\n.. list-table:: Key facts\n   :header-rows: 1\n\n   * - Item\n"
           "     - Detail\n   * - Pay\n     - £11.95 per hour\n\n=========  ==========\nLocation   Penzance\n"
           "=========  ==========\n\nDuties\n------\n\n- Wash up\n")
    porter = only_read(rst, "porter.rst")
    assert porter.salary.minimum == 11.95
    assert items(porter, S.LOCATION) == ["Penzance"]
    assert items(porter, S.KEY_RESPONSIBILITIES) == ["Wash up"]
    adoc = "= Groundsperson\n\nSalary:: £25,400 per year\nLocation:: Hexham\n\nimage::mower.png[]\n\n== Duties\n\n* Mow\n"
    groundsperson = only_read(adoc, "groundsperson.adoc")
    assert groundsperson.salary.minimum == 25_400
    assert items(groundsperson, S.LOCATION) == ["Hexham"]
    assert not any("mower.png" in i.text for i in groundsperson.items)


def test_a_google_calendar_description_written_as_html_is_read_as_its_lines():
    ics = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Hiring day\r\nDESCRIPTION:<b>Role: Gardener</b><br>Pay: £1\r\n"
           " 2.50 per hour<br><br><b>Duties</b><ul><li>Mow the lawns</li><li>Prune &amp; weed</li></ul>\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    gardener = only_read(ics, "hiring-day.ics")
    assert gardener.title == "Gardener" and gardener.salary.minimum == 12.5
    assert items(gardener, S.KEY_RESPONSIBILITIES) == ["Mow the lawns", "Prune & weed"]


def test_a_job_posted_in_slack_with_no_bold_title_is_named_by_its_hiring_sentence():
    posted = [_message("We are hiring a Kitchen Porter at our Leeds site!\nPay: £12.00 per hour\nHours: 30 a week\n\n"
                       "What you will do:\n• Wash up\n• Prep veg", "1.0"), _message("nice", "2.0", user="U2")]
    porter = only_read(json.dumps(posted), "kitchen-2027-01-05.json")
    assert porter.title == "Kitchen Porter"
    assert porter.salary.minimum == 12
    assert items(porter, S.KEY_RESPONSIBILITIES) == ["Wash up", "Prep veg"]


def test_a_yaml_jobs_pay_given_as_its_parts_and_a_sheet_headed_in_french_are_read():
    analyst = only_read("jobs:\n  - job_title: Data Analyst\n    salary: {min: 50000, max: 60000, currency: GBP, "
                    "period: year}\n    responsibilities: [Build dashboards]\n", "jobs.yml")
    assert (analyst.salary.minimum, analyst.salary.maximum, analyst.salary.currency) == (50_000, 60_000, "GBP")
    roles = roles_read("Poste,Lieu,Salaire,Missions\nServeur,Lyon,1 900 € brut par mois,\"• Servir\n• Encaisser\"\n",
                   "postes.csv")
    assert set(roles) == {"Serveur"}
    assert items(roles["Serveur"], S.LOCATION) == ["Lyon"]


def test_a_slide_of_text_boxes_only_is_titled_by_its_largest_line():
    """Decks made from a blank layout have no title placeholder: the line drawn largest is the title."""
    def box(size: int, texts: list[str], bullet: bool = False) -> str:
        pr = '<a:pPr><a:buChar char="•"/></a:pPr>' if bullet else ""
        body = "".join(f'<a:p>{pr}<a:r><a:rPr sz="{size}"/><a:t>{t}</a:t></a:r></a:p>' for t in texts)
        return f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="TextBox"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>' \
               f'<p:txBody>{body}</p:txBody></p:sp>'
    slide = (f'<?xml version="1.0"?><p:sld {_SLIDE_NS}><p:cSld><p:spTree>{box(1600, ["£31,000 per annum"])}'
             f'{box(4000, ["Site Manager"])}{box(1800, ["Key responsibilities"])}'
             f'{box(1600, ["Run the depot", "Keep the fleet on the road"], bullet=True)}</p:spTree></p:cSld></p:sld>')
    manager = only_read(_deck([_slide("Careers at Ashgrove", [("plain", "Join us")]), slide]), "ashgrove.pptx")
    assert manager.title == "Site Manager"
    assert manager.salary.minimum == 31_000
    assert items(manager, S.KEY_RESPONSIBILITIES) == ["Run the depot", "Keep the fleet on the road"]


def test_an_rst_definition_list_and_an_asciidoc_block_title_are_read():
    porter = only_read("Porter\n======\n\nSalary\n   £21,000 per year\nLocation\n   Bath\n\nDuties\n------\n\n- Carry bags\n",
                   "porter.rst")
    assert porter.salary.minimum == 21_000 and items(porter, S.LOCATION) == ["Bath"]
    groundsperson = only_read("= Groundsperson\n\n.Requirements\n* A tractor licence\n* Early starts\n", "g.adoc")
    assert items(groundsperson, S.REQUIREMENTS) == ["A tractor licence", "Early starts"]


def test_a_yaml_jobs_description_written_in_markdown_gives_its_sections():
    barista = only_read("title: Barista\nlocation: Bristol\ndescription: |\n  ## About the role\n  Make great coffee.\n\n"
                    "  ## Requirements\n  - 1 year as a barista\n  - Latte art\nperks: |\n  - Free coffee\n", "barista.yaml")
    assert items(barista, S.REQUIREMENTS) == ["1 year as a barista", "Latte art"]
    assert items(barista, S.PERKS) == ["Free coffee"]
