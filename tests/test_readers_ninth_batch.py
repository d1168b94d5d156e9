"""A ninth batch of shapes other organisations keep their openings in (the shapes of
tests/documents/real9/): an RSS or Atom jobs feed, an HR-XML PositionOpening, a bare JSON-LD
`@graph`, TOML, a forwarded e-mail whose reply corrects the quoted advert, French section names, a
Confluence storage-format page, a Google Docs export with reviewer comments, a pay grade resolved
in the page's own step table, and a person specification whose Essential / Desirable columns hold
ticks. Each fixture here is written for its shape, not copied from real9."""

import json

from knowledge import sections as S
from tests.readings import field, items, only_read, roles_read



# -- an RSS 2.0 jobs feed ---------------------------------------------------------------------
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Pellow Harbour Museum – Jobs</title>
    <link>https://pellow.example/jobs</link>
    <description>Vacancies at Pellow Harbour Museum, an equal opportunity employer.</description>
    <item>
      <title>Visitor Host (Weekends)</title>
      <link>https://pellow.example/jobs/7</link>
      <pubDate>Tue, 01 Dec 2026 09:00:00 +0000</pubDate>
      <category>Part-Time</category>
      <description><![CDATA[<p><strong>Pay:</strong> &pound;12.40/hour<br/><strong>Hours:</strong> 16 hours/week</p>
<h3>What you&#8217;ll do</h3><ul><li>Welcome visitors at the quay gate</li><li>Run the gift shop till</li></ul>
<h3>Nice to have</h3><ul><li>Cornish or Breton</li></ul>]]></description>
    </item>
    <item>
      <title>Collections Conservator</title>
      <link>https://pellow.example/jobs/8</link>
      <description><![CDATA[<p><strong>Salary:</strong> &pound;31,000 &ndash; &pound;34,500 a year</p>
<h3>Responsibilities</h3><ul><li>Treat the ship models and sailcloth</li></ul>
<h3>Requirements</h3><ul><li>MA in conservation</li></ul>]]></description>
    </item>
  </channel>
</rss>"""


def test_an_rss_feed_is_a_role_per_item_and_its_channel_is_no_posting():
    """The channel's own title and description describe the feed; each `item` is one posting, its
    HTML in CDATA read as a page, the employer named by the channel's title."""
    roles = roles_read(RSS, "jobs.xml")
    assert set(roles) == {"Visitor Host (Weekends)", "Collections Conservator"}
    host, conservator = roles["Visitor Host (Weekends)"], roles["Collections Conservator"]
    assert (host.salary.minimum, host.salary.period) == (12.4, "per hour")
    assert conservator.salary.maximum == 34_500
    assert items(host, S.KEY_RESPONSIBILITIES) == ["Welcome visitors at the quay gate", "Run the gift shop till"]
    assert items(host, S.NICE_TO_HAVE) == ["Cornish or Breton"]
    assert field(host, "Company") == "Pellow Harbour Museum"
    assert "Part-Time" in " ".join(i.text for i in host.items)


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Careers at Tolvaddon Bakery</title>
  <entry>
    <title>Night Baker</title>
    <link href="https://tolvaddon.example/jobs/baker"/>
    <updated>2026-11-30T08:00:00Z</updated>
    <content type="html">&lt;h2&gt;Duties&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Bake the morning bread&lt;/li&gt;&lt;/ul&gt;
&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Food hygiene level 2&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>"""


def test_an_atom_feed_is_a_role_per_entry():
    baker = only_read(ATOM, "feed.xml")
    assert baker.title == "Night Baker"
    assert items(baker, S.REQUIREMENTS) == ["Food hygiene level 2"]
    assert field(baker, "Company") == "Tolvaddon Bakery"


# -- HR-XML / HR Open Standards PositionOpening ------------------------------------------------
HR_XML = """<?xml version="1.0" encoding="UTF-8"?>
<PositionOpening xmlns="http://ns.hr-xml.org/2007-04-15">
  <PositionRecordInfo><Id><IdValue name="VacancyNumber">VAC-118</IdValue></Id>
    <Status validFrom="2026-11-01" validTo="2026-12-31">Active</Status></PositionRecordInfo>
  <PositionProfile>
    <PositionDateInfo><StartDate>2027-02-01</StartDate></PositionDateInfo>
    <Organization><OrganizationName>Hogeschool Drechtmond</OrganizationName>
      <OrganizationalUnit><Name>Library Services</Name></OrganizationalUnit></Organization>
    <PositionDetail>
      <PhysicalLocation><PostalAddress><CountryCode>NL</CountryCode><Municipality>Dordrecht</Municipality>
        </PostalAddress></PhysicalLocation>
      <PositionTitle>Information Specialist</PositionTitle>
      <PositionClassification>Permanent</PositionClassification>
      <PositionSchedule>28 hours per week</PositionSchedule>
      <Competency name="Systematic literature searching" required="true"/>
      <Competency name="German" required="false"/>
      <RemunerationPackage>
        <BasePay currencyType="EUR" baseInterval="Monthly">
          <BasePayAmountMin>3100.00</BasePayAmountMin><BasePayAmountMax>4400.00</BasePayAmountMax>
        </BasePay>
        <Benefits><Other>Year-end bonus of 8.3%</Other></Benefits>
        <RemunerationComment>Scale 9: &#8364; 3.100,00 &#8211; &#8364; 4.400,00 gross per month.</RemunerationComment>
      </RemunerationPackage>
    </PositionDetail>
    <FormattedPositionDescription><Name>Tasks</Name>
      <Value>&lt;ul&gt;&lt;li&gt;Teach students to search databases&lt;/li&gt;&lt;li&gt;Run the repository&lt;/li&gt;&lt;/ul&gt;</Value>
    </FormattedPositionDescription>
    <FormattedPositionDescription><Name>Nice to have</Name>
      <Value>&lt;p&gt;Experience with &amp;ldquo;EndNote&amp;rdquo;&lt;/p&gt;</Value>
    </FormattedPositionDescription>
    <HowToApply><Comment>Apply before 31 December 2026 with a CV.</Comment></HowToApply>
  </PositionProfile>
</PositionOpening>"""


def test_an_hr_xml_position_opening_is_one_role_with_its_structured_parts():
    """PositionTitle names the role; the organisation, place, schedule, pay (the comment as worded,
    its numbers from BasePay), required and optional competencies, the formatted descriptions
    (entity-escaped HTML under their names) and how to apply each land in their place."""
    role = only_read(HR_XML, "vacancy.xml")
    assert role.title == "Information Specialist"
    assert field(role, "Company") == "Hogeschool Drechtmond"
    assert "Dordrecht" in field(role, "Location")
    assert (role.salary.minimum, role.salary.maximum, role.salary.currency, role.salary.period) == \
        (3100, 4400, "EUR", "per month")
    assert "3.100,00" in role.salary.text
    assert "Systematic literature searching" in items(role, S.REQUIREMENTS)
    assert "German" in items(role, S.NICE_TO_HAVE)
    assert "Experience with “EndNote”" in items(role, S.NICE_TO_HAVE)
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Teach students to search databases", "Run the repository"]
    assert "Year-end bonus of 8.3%" in items(role, S.PERKS)
    assert any("31 December 2026" in i.text for i in role.items if i.heading == "How to apply")
    assert "28 hours per week" in " ".join(i.text for i in role.items)


# -- TOML with a list of roles -----------------------------------------------------------------
TOML = '''# careers.toml -- rendered by the site build
[company]
name = "Penhallow Ferries Ltd"
[company.benefits]
all = ["Free travel on our crossings", "Pension 6%"]

[[roles]]
title = "Deckhand"
closing = 2027-02-01
site = "Fowey quay"
  [roles.pay]
  min = 26000
  max = 28000
  display = "£26,000 – £28,000 a year + tide allowance £900"
  [roles.text]
  duties = ["Handle mooring lines", "Keep the car deck clear"]
  good_to_have = ["RYA Day Skipper"]

[[roles]]
title = "Booking Clerk"
site = "Fowey office"
remote = false   # the ticket desk needs them in person
  [roles.text]
  duties = ["Answer the booking line"]
'''


def test_a_toml_file_of_roles_is_a_role_per_table_with_the_company_shared():
    """`[[roles]]` tables are the roles; the `[company]` table is no role but every role's company and
    benefits; a pay table's displayed text is the pay as worded; a text table's lists are the role's
    sections; a line's trailing comment is a fact of that line's key."""
    roles = roles_read(TOML, "careers.toml")
    assert set(roles) == {"Deckhand", "Booking Clerk"}
    deckhand, clerk = roles["Deckhand"], roles["Booking Clerk"]
    assert field(deckhand, "Company") == "Penhallow Ferries Ltd"
    assert (deckhand.salary.minimum, deckhand.salary.maximum) == (26_000, 28_000)
    assert "£900" in deckhand.salary.text
    assert items(deckhand, S.KEY_RESPONSIBILITIES) == ["Handle mooring lines", "Keep the car deck clear"]
    assert items(deckhand, S.NICE_TO_HAVE) == ["RYA Day Skipper"]
    assert "Free travel on our crossings" in items(clerk, S.PERKS)
    assert "Fowey quay" in field(deckhand, "Location")
    assert "2027-02-01" in " ".join(i.text for i in deckhand.items)
    assert "the ticket desk needs them in person" in " ".join(i.text for i in clerk.items)
    assert not any("careers.toml" in i.text for i in clerk.items)


# -- a forwarded e-mail whose reply corrects the quoted advert ---------------------------------
FORWARD = """From: Nia Roberts <nia@glaslyn.example>
Sent: 03 December 2026 10:02
To: Jobs <jobs@glaslyn.example>
Subject: FW: Steel Fixer - Porthmadog bypass

Hi team, please post this today. Dai agreed the rate below - it's £240 a day in his reply, NOT the £220 in my draft.

Thanks
Nia

-----Original Message-----
From: Dai Hughes
Sent: 02 December 2026 18:10
Subject: RE: Steel Fixer - Porthmadog bypass

Fine, but make it £240 per day not £220. Rest is good.

> -----Original Message-----
> From: Nia Roberts
> Sent: 02 December 2026 16:00
> Subject: Steel Fixer - Porthmadog bypass
>
> Dai, draft advert below. OK?
>
> ==============================
> STEEL FIXER - PORTHMADOG BYPASS
> ==============================
>
> Rate: £220 per day, CIS
> Location: Porthmadog bypass, Gwynedd
>
> The job
> - Fix rebar for the bridge abutments
> - Read bar bending schedules
> - Tie and check starter bars
>
> Must have
> - CSCS Blue Card
> - 3+ years steel fixing on civils
"""


def test_a_forwarded_advert_is_read_with_the_newer_messages_correction_of_its_pay():
    """The posting is the quoted draft, titled by its framed title line (not by the quote's
    "Original Message" header or the lead-in note above it); the reply above it says the rate
    changed, and the newer statement wins."""
    role = only_read(FORWARD, "steel-fixer.txt")
    assert role.title.casefold() == "steel fixer"  # its place is the location line's
    assert role.salary.minimum == 240
    assert "£240 per day" in role.salary.text
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Fix rebar for the bridge abutments", "Read bar bending schedules",
                                                "Tie and check starter bars"]
    assert not any("draft advert" in i.text for i in role.items)
    assert any("£220" in w.message for w in role.warnings)


# -- a Confluence page in storage format --------------------------------------------------------
CONFLUENCE = """<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Internal: do not share the budget column.</p></ac:rich-text-body></ac:structured-macro>
<h1>Hiring tracker – spring</h1>
<table><tbody>
<tr><th><p>Req</p></th><th><p>Role</p></th><th><p>Pay (advertised)</p></th><th><p>Internal budget</p></th><th><p>Status</p></th></tr>
<tr><td><p>KT-101</p></td><td><p>Data Analyst</p></td><td><p>€48,000 – €55,000</p></td><td><p>€60,000 max</p></td><td><p><ac:structured-macro ac:name="status"><ac:parameter ac:name="title">OPEN</ac:parameter></ac:structured-macro></p></td></tr>
<tr><td><p>KT-102</p></td><td><p>Office Manager</p></td><td><p>€38,000</p></td><td><p>-</p></td><td><p><ac:structured-macro ac:name="status"><ac:parameter ac:name="title">FILLED</ac:parameter></ac:structured-macro></p></td></tr>
</tbody></table>
<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">JD – Data Analyst – KT-101</ac:parameter><ac:rich-text-body>
<p><strong>Location:</strong> Cork, hybrid</p>
<p><strong>Responsibilities</strong></p><ul><li><p>Build the weekly sales dashboards</p></li></ul>
<p><strong>Must have</strong></p><ul><li><p>SQL</p></li></ul>
</ac:rich-text-body></ac:structured-macro>
<ac:task-list><ac:task><ac:task-body>Post the analyst req on LinkedIn</ac:task-body></ac:task></ac:task-list>
<p><strong>Referrals:</strong> €1,500 for the analyst role, €500 for the office manager role.</p>"""


def test_a_confluence_page_is_a_role_per_requisition_without_its_internal_parts():
    """Storage format's macros are read for what they show: an expand's title is its role's title
    (without "JD –" and the req id), a status lozenge its word; the tracker table's rows give each
    role its facts (a row with no JD is still a role), but not an internal column; the info panel
    marked internal and the task list are the team's, never the role's; a shared sentence naming
    each role's part gives each role only its own."""
    roles = roles_read(CONFLUENCE, "tracker.html")
    assert set(roles) == {"Data Analyst", "Office Manager"}
    analyst, manager = roles["Data Analyst"], roles["Office Manager"]
    assert analyst.salary.maximum == 55_000
    assert items(analyst, S.KEY_RESPONSIBILITIES) == ["Build the weekly sales dashboards"]
    assert items(analyst, S.REQUIREMENTS) == ["SQL"]
    text = " ".join(i.text for i in analyst.items)
    assert "60,000" not in text and "budget" not in text and "LinkedIn" not in text
    assert "€1,500" in text and "€500" not in text
    assert "FILLED" in " ".join(i.text for i in manager.items)


# -- a SharePoint page whose pay is a grade in the page's own step table ------------------------
SHAREPOINT = """<!DOCTYPE html>
<!-- saved from url=(0060)https://town.sharepoint.com/sites/HR/SitePages/Posting.aspx -->
<html><head><title>Posting 77 - Human Resources</title></head><body><form>
<div id="suiteBar"><span>SharePoint</span><a href="#">Sign In</a></div>
<h1 id="pageTitle"><a href="/sites/HR">Human Resources</a> › <span>Site Pages</span> › <span>Posting 77</span></h1>
<div id="sideNavBox"><ul><li><a href="#">Home</a></li><li><a href="#">Current Openings</a></li></ul></div>
<div id="contentBox"><div class="ExternalClass1">
<p><strong>PARKS MAINTENANCE WORKER</strong></p>
<table><tbody><tr><td>\u200b<strong>Location</strong></td><td>\u200bRiverside Depot, Ashby, OR</td></tr>
<tr><td>\u200b<strong>Salary Grade</strong></td><td>\u200bAFSCME Grade 9 (see the pay table below)</td></tr></tbody></table>
<p>\u200b<strong>ESSENTIAL FUNCTIONS</strong></p>
<ul><li>Mows and edges the town parks</li><li>Repairs benches and playground equipment</li><li>Clears storm debris</li></ul>
<p>\u200b<strong>DESIRABLE</strong></p><ul><li>Pesticide applicator licence</li></ul>
<p>\u200b<strong>PAY TABLE – HOURLY RATES</strong></p>
<table><tbody><tr><th>Grade</th><th>Step 1</th><th>Step 2</th><th>Step 3</th></tr>
<tr><td>8</td><td>$19.10</td><td>$20.05</td><td>$21.05</td></tr>
<tr><td>9</td><td>$20.40</td><td>$21.42</td><td>$22.49</td></tr>
<tr><td>10</td><td>$21.80</td><td>$22.89</td><td>$24.03</td></tr></tbody></table>
<p>\u200b<strong>BENEFITS</strong></p><p>PERS retirement and 11 paid holidays.</p>
</div></div></form></body></html>"""


def test_a_pay_grade_is_resolved_in_the_pages_own_step_table():
    """A SharePoint page's breadcrumb heading, suite bar and navigation are no part of the posting;
    zero-width spaces do not hide headings; the pay is "Grade 9" of the page's step table: its
    first to last step, not another grade's amounts."""
    role = only_read(SHAREPOINT, "Posting.aspx")
    assert role.title.casefold() == "parks maintenance worker"
    assert (role.salary.minimum, role.salary.maximum, role.salary.period) == (20.40, 22.49, "per hour")
    assert "$20.40" in role.salary.text and "$22.49" in role.salary.text
    assert items(role, S.NICE_TO_HAVE) == ["Pesticide applicator licence"]
    text = " ".join(i.text for i in role.items)
    assert "Sign In" not in text and "Current Openings" not in text and "$19.10" not in role.salary.text


# -- one Markdown file of several roles, each with a header-less facts table ---------------------
MARKDOWN_ROLES = """# Lakeside Clinics — Vacancies

**Posted:** 1 December 2026 · **Closing date for both:** 20 December 2026

---

## 1. Community Nurse

| | |
|---|---|
| **Duty station** | Jinja clinic |
| **Salary** | £2,100 per month |

### Key responsibilities
- Run the antenatal clinic
- Visit patients at home
- Keep the immunisation register

### Added advantage
- Midwifery certificate

---

## 2. Pharmacy Technician

| | |
|---|---|
| **Duty station** | Entebbe clinic |
| **Salary** | £1,700 per month |

### Key responsibilities
- Dispense prescriptions
- Order stock
- Check expiry dates

### Added advantage
- Cold-chain training
"""


def test_several_roles_in_one_markdown_file_keep_their_facts_tables_and_the_pages_deadline():
    """A header-less two-column table ("| | |") is each role's facts, "Duty station" its place and
    "Added advantage" its nice-to-haves; the page's own facts line (the closing date for all of
    them) is every role's."""
    roles = roles_read(MARKDOWN_ROLES, "vacancies.md")
    assert set(roles) == {"Community Nurse", "Pharmacy Technician"}
    nurse, tech = roles["Community Nurse"], roles["Pharmacy Technician"]
    assert field(nurse, "Location") == "Jinja clinic"
    assert field(tech, "Location") == "Entebbe clinic"
    assert nurse.salary.minimum == 2_100 and tech.salary.minimum == 1_700
    assert items(nurse, S.NICE_TO_HAVE) == ["Midwifery certificate"]
    assert any("20 December 2026" in i.text for i in tech.items)


# -- a Google Docs "Download as web page" export -----------------------------------------------
GDOCS = ('<html><head><style type="text/css">.c1{font-weight:400;font-size:11pt}.c3{font-weight:700;font-size:11pt}'
         '.c5{font-weight:700;font-size:22pt}.c11{font-style:italic}</style></head><body class="c9 doc-content">'
         '<p class="c2"><span class="c11">DRAFT for review - internal, do not share</span></p>'
         '<p class="c2"><span class="c5">Head Gardener</span></p>'
         '<p class="c2"><span class="c1">Trelowarren Estate &middot; Cornwall</span></p>'
         '<table><tr><td><p><span class="c3">Salary</span></p></td><td><p><span class="c1">&pound;29,000 a year</span>'
         '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p></td></tr></table>'
         '<h2 id="h.x1"><span class="c3">What you will do</span></h2><ul class="lst-kix_ab-0">'
         '<li><span class="c1">Run the walled garden</span></li><li><span class="c1">Lead two gardeners</span></li>'
         '<li><span class="c1">Plan the glasshouse year</span></li></ul>'
         '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c1">Could we say up to 31k? - Jo</span></p></div>'
         '</body></html>')


def test_a_google_docs_export_is_titled_by_its_large_text_and_its_comments_are_not_facts():
    """The export styles by classes, not tags: a paragraph of large bold text is the title, a bold
    class a label; a reviewer's comment (its anchor and its text at the end) and the internal
    draft line above the title are no part of the role."""
    role = only_read(GDOCS, "head-gardener.html")
    assert role.title == "Head Gardener"
    assert role.salary.minimum == 29_000
    text = " ".join(i.text for i in role.items) + role.salary.text
    assert "31k" not in text and "[a]" not in text and "DRAFT" not in text
    assert items(role, S.KEY_RESPONSIBILITIES)[0] == "Run the walled garden"


# -- a person specification drawn with box characters, ticks marking the column -----------------
PERSON_SPEC = """WILLOWBROOK DAY NURSERY
==========================================================================

Post title:   Nursery Room Leader
Salary:       £26,400 per annum

MAIN DUTIES
 1. Lead the toddler room team of four
 2. Plan the EYFS activities each week
 3. Keep the learning journals up to date

PERSON SPECIFICATION
┌────┬───────────────────────────────────┬───────────┬───────────┬──────────┐
│ No │ Criteria                          │ Essential │ Desirable │ Assessed │
├────┼───────────────────────────────────┼───────────┼───────────┼──────────┤
│    │ QUALIFICATIONS                    │           │           │          │
│ 1  │ Level 3 in early years            │     ✓     │           │ A        │
│ 2  │ Paediatric first aid certificate, │           │     ✓     │ A        │
│    │ current                           │           │           │          │
├────┼───────────────────────────────────┼───────────┼───────────┼──────────┤
│    │ EXPERIENCE                        │           │           │          │
│ 3  │ Two years leading a room          │     ✓     │           │ A / I    │
└────┴───────────────────────────────────┴───────────┴───────────┴──────────┘

WHAT WE OFFER
- 28 days' holiday
"""


def test_a_box_drawn_person_specification_reads_essential_and_desirable_by_the_tick():
    """The "Post title:" line names the role; the box-drawn table's criteria (wrapped over two rows
    inside a cell, under group rows) are essential or desirable by which column holds the tick, and
    the "No" and "Assessed" columns are no criteria."""
    role = only_read(PERSON_SPEC, "room-leader.txt")
    assert role.title == "Nursery Room Leader"
    assert items(role, S.REQUIREMENTS) == ["Level 3 in early years", "Two years leading a room"]
    assert items(role, S.NICE_TO_HAVE) == ["Paediatric first aid certificate, current"]
    assert "Lead the toddler room team of four" in items(role, S.KEY_RESPONSIBILITIES)


# -- a Windows-1252 text whose title is the quoted line under a letterhead -----------------------
CP1252 = ("CAF\xc9 S\xc3O JO\xc3O LTDA. \x96 VAGA ABERTA / OPEN POSITION\r\n"
          "Ref. CSJ-0042   |   Publicada em 02/12/2026\r\n\r\n"
          "\x93Barista (English/Portuguese)\x94\r\n\r\n"
          "We\x92re opening a second caf\xe9 in Olinda.\r\n\r\n"
          "PAY\r\n\x95 Salary: R$ 2.400,00 per month (CLT)\r\n\r\n"
          "WHAT YOU\x92LL DO\r\n\x95 Pull espresso shots\r\n\x95 Run the till\r\n\x95 Clean the grinders\r\n").encode("latin-1")


def test_a_quoted_title_under_a_letterhead_names_the_role_not_the_letterhead():
    """The first line is the employer and "Open position" (in two languages): the letterhead, whose
    name may be the company; the reference line is no title; the line in quotation marks is."""
    role = only_read(CP1252, "barista.txt")
    assert role.title == "Barista (English/Portuguese)"
    assert "Pull espresso shots" in items(role, S.KEY_RESPONSIBILITIES)


# -- a bare JSON-LD @graph: postings point to their employer by @id ----------------------------
JSONLD = json.dumps({"@context": "https://schema.org", "@graph": [
    {"@type": "Organization", "@id": "https://quarry.example/#org", "name": "Penrose Quarry Trust"},
    {"@type": "WebSite", "@id": "https://quarry.example/#site", "name": "Careers"},
    {"@type": "JobPosting", "title": "Shot Firer", "hiringOrganization": {"@id": "https://quarry.example/#org"},
     "identifier": {"@type": "PropertyValue", "name": "Req", "value": "PQ-17"},
     "workHours": "Four 10-hour days", "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
                                                    "value": {"minValue": 19.5, "maxValue": 21, "unitText": "HOUR"}},
     "description": "<p><strong>Rate:</strong> £19.50 – £21.00 per hour</p><h3>Duties</h3><ul><li>Design blasts</li>"
                    "<li>Keep the explosives register</li><li>Brief the face crew</li></ul>"
                    "<h3>Assets</h3><ul><li>HNC in quarrying</li></ul>"}]})


def test_a_json_ld_graph_resolves_its_references_and_keeps_hours_and_the_worded_pay():
    """A posting's `hiringOrganization` given only as an `@id` is the graph's node of that id; its
    `workHours` and `identifier` are facts; the pay is said as the description words it; "Assets"
    are nice-to-haves."""
    role = only_read(JSONLD, "jobs.jsonld")
    assert field(role, "Company") == "Penrose Quarry Trust"
    assert "Four 10-hour days" in " ".join(i.text for i in role.items)
    assert "PQ-17" in " ".join(i.text for i in role.items)
    assert "£19.50" in role.salary.text
    assert items(role, S.NICE_TO_HAVE) == ["HNC in quarrying"]


# -- a Personio-style API response whose section names are French ------------------------------
FRENCH = json.dumps({"success": True, "data": [{"type": "Position", "attributes": {
    "name": "Oyster Farm Hand", "office": "Arcachon", "salary": {"visible": False},
    "jobDescriptions": [
        {"name": "La maison", "value": "<p>A family oyster farm on the Arcachon basin since 1962.</p>"},
        {"name": "Missions", "value": "<ul><li>Turn the oyster bags</li><li>Grade the oysters</li>"
                                      "<li>Load the barge</li></ul>"},
        {"name": "Profil recherché", "value": "<ul><li>Boat licence</li></ul>"},
        {"name": "Atouts", "value": "<ul><li>Some French</li></ul>"},
        {"name": "Conditions", "value": "<p>€13,20 gross per hour. Lodging for €120 per month.</p>"},
        {"name": "Pour postuler", "value": "<p>Write to emploi@huitres.example before 1 March.</p>"}]}}]})


def test_french_section_names_are_read_by_the_vocabulary():
    """"Missions", "Profil recherché", "Atouts", "Conditions", "La maison" and "Pour postuler" are
    headings like any other, found in the vocabulary tables: duties, requirements, nice-to-haves,
    what is offered, the company, how to apply."""
    role = only_read(FRENCH, "positions.json")
    assert items(role, S.KEY_RESPONSIBILITIES) == ["Turn the oyster bags", "Grade the oysters", "Load the barge"]
    assert items(role, S.REQUIREMENTS) == ["Boat licence"]
    assert items(role, S.NICE_TO_HAVE) == ["Some French"]
    assert any("Lodging for €120 per month" in i for i in items(role, S.PERKS))
    assert any("family oyster farm" in i for i in items(role, S.COMPANY))
    assert not any("emploi@huitres.example" in i.text for i in role.items if i.section != S.NOT_ABOUT_ROLE)
