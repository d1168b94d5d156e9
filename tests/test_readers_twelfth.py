"""Reading the twelfth batch's shapes (tests/documents/real12): each story a document invented for it, in
the shape a team exports or saves, and what a recruiter would ask of it."""

import json

from tests.readings import field, items, only_read, roles_read
from knowledge import sections as S

SEMICOLON_CSV = ("Fjellheim Ferjer AS - summer 2027 - open positions;;;;;\n"
                 ";;;;;\n"
                 "Ref;Position;Location;Hourly pay (NOK);Duties;Requirements\n"
                 "FF-01;Deckhand;Bergen quay, berth 4;212,50;\"Moor the ferry; load cars on the ramp; "
                 "keep the deck clean\";\"Basic safety course; able to lift 25 kg; weekend shifts\"\n"
                 "FF-02;Kiosk Assistant;Bergen quay;198,75;\"Sell coffee and waffles; count the till\";"
                 "\"Norwegian or English; till experience\"\n")


def test_a_semicolon_spreadsheet_with_decimal_commas_is_a_role_per_row():
    """Excel in much of Europe saves CSV with semicolons between cells, since the comma is the decimal
    mark: the rows are roles, and the pay keeps its decimal comma as the sheet wrote it."""
    roles = roles_read(SEMICOLON_CSV, "sommer.csv")
    assert sorted(roles) == ["Deckhand", "Kiosk Assistant"]
    deckhand = roles["Deckhand"]
    assert "Moor the ferry" in items(deckhand, S.KEY_RESPONSIBILITIES)
    assert field(deckhand, "Location") == "Bergen quay, berth 4"
    assert any("212,50" in i.text for i in deckhand.items)


RECORDS = {"records": [
    {"id": "recA1b2C3d4E5f6G7", "createdTime": "2027-01-04T10:00:00.000Z", "fields": {
        "Position": "Greenhouse Technician",
        "Employer": ["Hortelã Verde Lda"],
        "Linked team": ["recT0000000000001"],
        "Location": "Odemira, Alentejo",
        "Duties": "- Check irrigation lines every morning\n- Log pest sightings in the crop app",
        "Requirements": "- Driving licence\n- One season of farm work",
        "Contact": {"id": "usr0000000000001", "name": "Rui Sardinha"}}},
    {"id": "recH8i9J0k1L2m3N4", "createdTime": "2027-01-05T10:00:00.000Z", "fields": {
        "Position": "Packhouse Lead", "Location": "Odemira, Alentejo",
        "Duties": "- Run the berry packing line\n- Train seasonal packers",
        "Requirements": "- 2 years leading a packing team"}}]}


def test_a_base_of_records_whose_fields_are_labelled_like_columns_is_a_role_per_record():
    """A no-code base's API (records, each its `fields` named as the base's columns are) is read by
    its field names: the one naming the title, the ones naming sections; a linked record's bare id is
    no fact, a one-item list is its item."""
    roles = roles_read(json.dumps(RECORDS, indent=2), "base.json")
    assert sorted(roles) == ["Greenhouse Technician", "Packhouse Lead"]
    tech = roles["Greenhouse Technician"]
    assert "Check irrigation lines every morning" in items(tech, S.KEY_RESPONSIBILITIES)
    assert "Driving licence" in items(tech, S.REQUIREMENTS)
    said = " ".join(i.text for i in tech.items)
    assert "Rui Sardinha" in said
    assert "recT0000000000001" not in said


def test_json_of_records_with_no_role_fields_is_still_refused():
    """A JSON of records that names no role (a product catalogue) is no job export: refused, not
    read as junk roles."""
    import pytest
    from knowledge.parse import DocumentError
    catalogue = {"records": [{"id": "rec1", "fields": {"Name": "Blue mug", "Price": "4.50", "Colour": "blue"}}]}
    with pytest.raises(DocumentError):
        roles_read(json.dumps(catalogue), "catalogue.json")


def _thing(kind, **data):
    return {"kind": kind, "data": data}


def _listing(*things):
    return {"kind": "Listing", "data": {"after": None, "children": list(things)}}


THREAD = [
    _listing(_thing("t3", title="[Hiring] Tile Setter – 3-month job, Ghent – €30/hour", author="gentse_tegels",
                    name="t3_abc123", selftext=(
                        "**Gentse Tegels** is a family tiling firm.\n\n**What you'd do**\n\n"
                        "* Lay floor tiles in new flats\n* Grout and seal bathrooms\n\n**Must have**\n\n"
                        "* 2+ years of tiling\n* Own hand tools\n"))),
    _listing(
        _thing("t1", author="AutoModerator", body="Never pay to apply.", name="t1_mod", replies=""),
        _thing("t1", author="tegelfan", body="Do I need Dutch? I only speak French.", name="t1_q1",
               replies=_listing(_thing("t1", author="gentse_tegels", is_submitter=True, name="t1_a1",
                                       body="French is fine. I forgot to say: a VCA safety certificate is needed.",
                                       replies="")))),
]


def test_a_reddit_thread_is_its_post_and_the_posters_own_replies():
    """A post saved as Reddit's JSON is one role, its title without the "[Hiring]" tag; what the poster
    adds in the comments is read, after the question it answers; the moderator bot's and other
    people's comments are not the posting's facts."""
    roles = roles_read(json.dumps(THREAD), "thread.json")
    assert list(roles) == ["Tile Setter"]
    doc = roles["Tile Setter"]
    assert "Lay floor tiles in new flats" in items(doc, S.KEY_RESPONSIBILITIES)
    said = " ".join(i.text for i in doc.items)
    assert "a VCA safety certificate is needed" in said
    assert "Never pay to apply" not in said


SAVED_JOB_PAGE = """<html><head><title>Noorderlicht Bakeries hiring Shift Baker | JobSite</title></head><body>
<main><h1>Shift Baker</h1>
<div class="description"><strong>What you'll do</strong><br>
<ul><li>Bake sourdough and rye from 4 a.m.</li><li>Keep the proofing logs</li></ul>
<strong>What we're looking for</strong><br>
<ul><li>Two years in a craft bakery</li><li>Food hygiene certificate</li></ul></div>
<ul class="description__job-criteria-list">
<li class="description__job-criteria-item"><h3>Seniority level</h3><span>Entry level</span></li>
<li class="description__job-criteria-item"><h3>Employment type</h3><span>Part-time</span></li>
<li class="description__job-criteria-item"><h3>Industries</h3><span>Food Production</span></li>
</ul></main></body></html>"""


def test_a_job_pages_criteria_list_is_facts_not_roles():
    """A saved job page ends with its criteria, each a small heading over its value: they are the
    role's facts (its seniority level "Entry level"), never roles of their own; and the bold line after a
    closed list is a heading of its own, not the list's last item's words."""
    roles = roles_read(SAVED_JOB_PAGE, "saved.html")
    assert list(roles) == ["Shift Baker"]
    doc = roles["Shift Baker"]
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["Bake sourdough and rye from 4 a.m.", "Keep the proofing logs"]
    assert items(doc, S.REQUIREMENTS) == ["Two years in a craft bakery", "Food hygiene certificate"]
    assert field(doc, "Seniority level") == "Entry level"
    assert field(doc, "Industries") == "Food Production"


ALERT = """From: Harbourview Clinics Careers <alerts@careers.harbourview.example>
To: Sam Ortiz <sam@example.com>
Subject: 2 new jobs match your alert
Content-Type: text/plain; charset="utf-8"

Harbourview Clinics - Careers

Hi Sam,

2 new jobs match your alert "dental".

--------------------------------------------------
Dental Nurse
Harbourview Clinics · Cork · Part-time
EUR 17.50 per hour
View job: https://careers.harbourview.example/jobs/DN-11
--------------------------------------------------
Practice Receptionist
Harbourview Clinics · Cork · Full-time
EUR 15.20 per hour. Greets patients and books appointments. No experience needed.
View job: https://careers.harbourview.example/jobs/PR-12
--------------------------------------------------

You recently viewed: Dental Nurse
Here is the full posting.

DENTAL NURSE

What you'll do
- Prepare the surgery and sterilise instruments
- Chairside support for two dentists

What you need
- Registered with the Dental Council

--------------------------------------------------
Manage alerts: https://careers.harbourview.example/alerts
"""


def test_a_job_alert_email_is_a_role_per_listing_never_its_greeting():
    """A board's alert lists its jobs between rule lines: each listing is a role, read with the full
    posting the email carries for it; "Hi Sam," is the letter's, never a title."""
    roles = roles_read(ALERT, "alert.eml")
    assert sorted(roles) == ["Dental Nurse", "Practice Receptionist"]
    assert "Prepare the surgery and sterilise instruments" in items(roles["Dental Nurse"], S.KEY_RESPONSIBILITIES)
    assert "Registered with the Dental Council" in items(roles["Dental Nurse"], S.REQUIREMENTS)
    assert "Registered with the Dental Council" not in " ".join(i.text for i in roles["Practice Receptionist"].items)
    assert field(roles["Practice Receptionist"], "company") == "Harbourview Clinics" or \
        "Harbourview Clinics" in [i.text for i in roles["Practice Receptionist"].items if i.section == S.COMPANY]


def test_a_greeting_line_is_never_a_title():
    """A note that opens with a greeting takes its title from the posting under it, not "Hi team,"."""
    note = ("Hi team,\n\nThe Anchor Hotel is hiring a Night Porter for the winter.\n\n"
            "Duties\n- Lock up at midnight\n- Answer the night bell\n")
    assert list(roles_read(note, "note.txt")) == ["Night Porter"]


def _hn_row(user, depth, text, cls="athing comtr"):
    return (f'<tr class="{cls}"><td><table><tr><td class="ind" indent="{depth}"></td><td class="default">'
            f'<span class="comhead"><a href="user?id={user}" class="hnuser">{user}</a></span><br>'
            f'<div class="comment"><div class="commtext c00">{text}</div></div></td></tr></table></td></tr>')


HN_PAGE = ("<html op=\"item\"><head><title>Kestrel Maps | Hacker News</title></head><body><table>"
           + _hn_row("kestrel_amy", 0, "Kestrel Maps | Frontend Engineer, Data Engineer | Leeds, UK or REMOTE (UK) | "
                     "Full-time | £60k–£70k (Frontend), £65k–£80k (Data)<p>We draw flood maps for councils."
                     "<p>Frontend Engineer: you&#x27;ll build the map viewer in TypeScript and WebGL."
                     "<p>Data Engineer: you&#x27;ll run the river-gauge pipelines in Airflow. We want 2+ years of Python."
                     "<p>Both roles: 30 days holiday and a cycle-to-work scheme.", "athing")
           + _hn_row("rustacean_bob", 0, "Do you sponsor visas for the Data role?")
           + _hn_row("kestrel_amy", 1, "We can sponsor a Skilled Worker visa for the Data role.")
           + _hn_row("troll99", 0, "Flood maps are a scam.")
           + "</table></body></html>")


def test_a_who_is_hiring_comment_is_a_role_per_role_its_first_line_names():
    """A Hacker News hiring comment names its roles between bars on its first line: each is a role with
    its own paragraph and its own pay, the shared paragraph every role's; the poster's reply about one
    role is that role's, other people's comments nobody's; the page is never titled from its file name."""
    roles = roles_read(HN_PAGE, "hn-comment.html")
    assert sorted(roles) == ["Data Engineer", "Frontend Engineer"]
    data, front = roles["Data Engineer"], roles["Frontend Engineer"]
    said_data = " ".join(i.text for i in data.items)
    said_front = " ".join(i.text for i in front.items)
    assert "river-gauge pipelines" in said_data and "river-gauge pipelines" not in said_front
    assert items(data, S.REQUIREMENTS) == ["We want 2+ years of Python."]
    assert "30 days holiday" in said_data and "30 days holiday" in said_front
    assert "Skilled Worker visa" in said_data and "Skilled Worker visa" not in said_front
    assert "scam" not in said_data + said_front
    assert "£65k–£80k" in said_data and "£60k–£70k" not in said_data
    assert field(data, "company") == "Kestrel Maps" or "Kestrel Maps" in said_data


CLASSIFIEDS = """THE HILLTOWN GAZETTE | CLASSIFIEDS | Page 22
==========================================================
FOR SALE
==========================================================
Mountain bike, 21 gears, $300. Call 555-0101.

==========================================================
HELP WANTED
==========================================================

   *** LINE COOK WANTED ***
   RIDGEBACK DINER LTD.

 Duties: grill and fry station, prep for breakfast service.

 Requirements: 1 yr kitchen exp.; food handler card.

 Apply in person by Jan. 9, 2027.

----------------------------------------------------------
NOTICES
----------------------------------------------------------
LOST: grey cat, answers to Pickles. Reward.
"""


def test_a_classifieds_page_is_its_jobs_column_only():
    """A newspaper page typed out as text holds cars for sale and lost cats beside its jobs: only the
    jobs column is the posting, the ad's banner its title, never the page's masthead or columns."""
    roles = roles_read(CLASSIFIEDS, "gazette.txt")
    assert list(roles) == ["Line Cook"]
    said = " ".join(i.text for i in roles["Line Cook"].items)
    assert "grill and fry station" in said
    assert "Mountain bike" not in said and "Pickles" not in said
    assert field(roles["Line Cook"], "company") == "RIDGEBACK DINER LTD." or "RIDGEBACK DINER LTD." in said


HRIS_REPORT = """HRSYS  R77              KAURI COAST COUNCIL SERVICES LTD             PAGE:    1
RUN DATE: 01/02/2027    OPEN VACANCY REPORT                          USER: HR01
--------------------------------------------------------------------------------
REQ NO    POSITION TITLE          GRADE  LOCATION
R-11      PARKS RANGER            G4     DARGAVILLE
R-12      LIBRARY ASSISTANT       G2     MANGAWHAI
--------------------------------------------------------------------------------
REQ NO       : R-11
POSITION     : PARKS RANGER
LOCATION     : DARGAVILLE DEPOT
SALARY       : NZD 58,000 - NZD 64,000 PER YEAR

DUTIES:
  1. PATROL COASTAL RESERVES
  2. MAINTAIN WALKING TRACKS
--------------------------------------------------------------------------------
REQ NO       : R-12
POSITION     : LIBRARY ASSISTANT
LOCATION     : MANGAWHAI LIBRARY
SALARY       : NZD 26.50 PER HOUR

DUTIES:
  1. ISSUE AND RETURN BOOKS
  2. RUN THE CHILDREN'S STORY HOUR
--------------------------------------------------------------------------------
APPLY AT CAREERS.KAURICOAST.EXAMPLE QUOTING REQ NO.
                         *** END OF REPORT ***
"""


def test_a_printed_requisition_report_is_a_role_per_detail_record():
    """An HRIS report in capitals lists its requisitions in a summary table, then a detail record each
    between rule lines: each record is a role with only its own pay and duties, the closing note every
    role's, the company the one the page header names."""
    roles = roles_read(HRIS_REPORT, "open-reqs.txt")
    assert sorted(roles) == ["Library Assistant", "Parks Ranger"]
    ranger, library = roles["Parks Ranger"], roles["Library Assistant"]
    assert items(ranger, S.KEY_RESPONSIBILITIES) == ["PATROL COASTAL RESERVES", "MAINTAIN WALKING TRACKS"]
    said = " ".join(i.text for i in ranger.items)
    assert "NZD 26.50" not in said and "STORY HOUR" not in said
    assert "CAREERS.KAURICOAST.EXAMPLE" in said
    assert "KAURI COAST COUNCIL SERVICES LTD" in " ".join(i.text for i in library.items)


JOBS_README = """# Jobs at Ferrule Labs

Ferrule Labs builds open-source firmware for bike computers.

## Senior Embedded Engineer, Sensors

**Location:** Remote (EU)

### What you'll work on
- Write drivers for power meters
- Cut battery drain in standby

### What we need
- 5+ years of embedded C

## Community Manager

**Location:** Ghent

### What you'll work on
- Run the forum and the monthly release notes

### What we need
- 2+ years running an online community

## Benefits (both roles)

- 30 days of holiday
"""


def test_a_jobs_readme_is_its_postings_not_a_ladder_nor_a_role_of_its_own():
    """A jobs repository's README lists two different jobs, one with "Senior" in its name: they are two
    postings (their nouns differ), not levels of one ladder, and the README's own title is no role."""
    roles = roles_read(JOBS_README, "README.md")
    assert sorted(roles) == ["Community Manager", "Senior Embedded Engineer, Sensors"]
    manager = roles["Community Manager"]
    assert "Senior Embedded Engineer, Sensors" not in " ".join(i.text for i in manager.items)
    assert "30 days of holiday" in items(manager, S.PERKS)


OUTLINE = ("1\tHarbour Lights Theatre – join our crew\n"
           "\tStage Electrician\n"
           "2\tThe role at a glance\n"
           "\tTitle: Stage Electrician\n"
           "\tLocation: Hobart, Salamanca Place\n"
           "3\tYour responsibilities\n"
           "\tRig and focus the lighting for each show\n"
           "\t\tETC Eos desk\n"
           "\t\tLED and tungsten fixtures\n"
           "\tRun the follow spots\n"
           "4\tWhat we require\n"
           "\tElectrical licence (Tasmania)\n"
           "\tWorking at heights ticket\n"
           "\tSpeaker notes: mention the internal referral bonus of $1,500 – staff only\n")


def test_a_slide_outline_is_read_without_its_speaker_notes():
    """A deck saved as an outline: slide titles head their bullets, a sub-bullet stays with the bullet it
    details, and the presenter's speaker note (an internal referral bonus) is never a fact of the role."""
    doc = only_read(OUTLINE, "deck-outline.txt")
    assert doc.title == "Stage Electrician"
    assert items(doc, S.REQUIREMENTS) == ["Electrical licence (Tasmania)", "Working at heights ticket"]
    duties = items(doc, S.KEY_RESPONSIBILITIES)
    assert duties[0] == "Rig and focus the lighting for each show: ETC Eos desk; LED and tungsten fixtures"
    assert "$1,500" not in " ".join(i.text for i in doc.items)


TWICE = """شركة الواحة للتمور
Al Waha Dates Company
━━━━━━━━━━━━━━━━━━━━
‏المسمى الوظيفي: مشرف مستودع
Job title: Warehouse Supervisor
‏الموقع: الأحساء
Location: Al Ahsa
──────────────────
‏المتطلبات
Requirements
──────────────────
‏• خبرة 3 سنوات في المستودعات
• 3 years in warehousing
‏• رخصة رافعة شوكية
• Forklift licence
"""


def test_a_notice_written_twice_is_read_in_english_once():
    """An Arabic/English notice gives each line twice, the Arabic first: the English lines are the
    role's, each item once; the box-drawing rules between sections are no items."""
    doc = only_read(TWICE, "notice.txt")
    assert doc.title == "Warehouse Supervisor"
    assert items(doc, S.REQUIREMENTS) == ["3 years in warehousing", "Forklift licence"]
    assert not any("━" in i.text or "─" in i.text for i in doc.items)


NEWSLETTER = """<html><body><table width="600"><tr><td>
<h1>Tidewater Bistro</h1>
<p>We're hiring a Pastry Chef.</p>
<p><strong>You'll be</strong></p>
<table><tr><td>&#9679;</td><td>Baking the bread and laminated doughs each morning</td></tr>
<tr><td>&#9679;</td><td>Writing the dessert menu</td></tr></table>
<p><strong>You'll need</strong></p>
<table><tr><td>&#9679;</td><td>Two years in a pastry section</td></tr></table>
<p><strong>Bonus if you have</strong></p>
<table><tr><td>&#9679;</td><td>Chocolate work</td></tr></table>
</td></tr></table></body></html>"""


def test_a_newsletters_layout_table_bullets_are_list_items_under_their_headings():
    """An email newsletter draws its lists as tables, a bullet glyph in the first cell: each row is an
    item, and the bold line after a table heads the next list instead of joining the table's last row."""
    doc = only_read(NEWSLETTER, "newsletter.html")
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["Baking the bread and laminated doughs each morning",
                                                  "Writing the dessert menu"]
    assert items(doc, S.REQUIREMENTS) == ["Two years in a pastry section"]
    assert items(doc, S.NICE_TO_HAVE) == ["Chocolate work"]
