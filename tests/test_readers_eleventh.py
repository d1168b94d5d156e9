"""Reading the eleventh batch's shapes (tests/documents/real11): each story a document invented for it, in
the shape a team exports or saves, and what a recruiter would ask of it."""

from tests.readings import field, items, only_read, roles_read
from knowledge import sections as S

SRT = """1\r
00:00:00,000 --> 00:00:02,500\r
[음악]\r
\r
2\r
00:00:02,700 --> 00:00:06,000\r
안녕하세요, 바다제과 인사팀입니다. 울산 공장에서\r
\r
3\r
00:00:06,200 --> 00:00:09,900\r
함께 일할 포장라인 조장을 모집합니다.\r
\r
4\r
00:00:10,100 --> 00:00:14,000\r
급여는 연봉 3,200만원이고요,\r
경력 2년 이상이면 좋습니다.\r
"""


def test_korean_subtitles_are_read_as_the_video_says_them():
    """SubRip cues are a video's words: the Korean sentence cut over two cues is one, and the role is
    the one the speaker says is being recruited."""
    doc = only_read(SRT, "recruiting-video.srt")
    assert doc.title == "포장라인 조장"
    said = " ".join(i.text for i in doc.items)
    assert "울산 공장에서 함께 일할 포장라인 조장을 모집합니다." in said
    assert "[음악]" not in said and "-->" not in said


TSV = ("职位名称\t工作地点\t薪资\t岗位职责\t任职要求\t截止日期\n"
       "嵌入式软件工程师\t杭州市滨江区\t20-30K·13薪\t1. 编写驱动程序；2. 调试电路板；3. 维护固件\t1. 本科及以上；2. 熟悉C语言\t2027-02-28\n"
       "# 导出自多维表格 2027-01-05\t\t\t\t\t\n")


def test_a_chinese_tab_separated_export_is_a_role_per_row():
    """A TSV is a CSV with tabs; its Chinese header names the title, duties and requirements, the duties
    numbered in one cell between full-width semicolons; the note padded with tabs under it is no role."""
    roles = roles_read(TSV, "zhaopin.tsv")
    assert list(roles) == ["嵌入式软件工程师"]
    doc = roles["嵌入式软件工程师"]
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["编写驱动程序", "调试电路板", "维护固件"]
    assert "熟悉C语言" in items(doc, S.REQUIREMENTS)
    assert field(doc, "Location") == "杭州市滨江区"


ORG = """#+TITLE: Fjordline Ferries – hiring
#+TODO: TODO INTERVIEWING | HIRED

* INTERVIEWING Deck Officer (relief)                            :sea:
  DEADLINE: <2027-03-01 Mon>
  :PROPERTIES:
  :LOCATION: Bergen terminal
  :SALARY:   NOK 52.000 per month
  :VISA:
  :END:
  :LOGBOOK:
  - Note taken on [2027-01-10 Sun 10:00] \\
    Budget agreed with Kari.
  :END:

** Duties
   - [ ] Keep the bridge watch on the Bergen–Stavanger route
   - [ ] Log the passage plan

# internal: can go to NOK 60.000 for the right person
"""


def test_an_org_file_is_read_as_its_headings_properties_and_lists():
    """An Org heading's TODO state and tags are no part of the title; its PROPERTIES are the role's facts
    (an empty one says nothing), its LOGBOOK and `#` comments are the recruiter's, never the posting's."""
    doc = only_read(ORG, "hiring.org")
    assert doc.title == "Deck Officer (relief)"
    assert field(doc, "Location") == "Bergen terminal"
    assert field(doc, "Closing date") == "2027-03-01"
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["Keep the bridge watch on the Bergen–Stavanger route",
                                                  "Log the passage plan"]
    said = " ".join(i.text for i in doc.items)
    assert "60.000" not in said and "Kari" not in said and "Visa" not in {i.label for i in doc.items}


TEXTILE = """{{>toc}}

h1. Vacancy: Glassblowing Technician

|_. Place of work |Old Town workshop, Tallinn|
|_. Salary |EUR 2 100 gross per month|

h2. Main duties

* Repair the lab's glassware and quartz cells
* Keep the annealing oven's log

h2. We require

* Two years at a scientific glassblower's bench

h2. An advantage

* Estonian language

h2. How to apply

Apply to "the workshop":mailto:glass@example.ee by 1 March 2027.
"""


def test_a_textile_wiki_page_is_read_as_headings_table_and_bullets():
    """Textile's `h2.` headings, `|_. label |value|` rows and `*` bullets are the posting's sections and
    facts; "Vacancy:" before the title only says it is posted; a `{{macro}}` line is the wiki's."""
    doc = only_read(TEXTILE, "glassblower.textile")
    assert doc.title == "Glassblowing Technician"
    assert field(doc, "Location") == "Old Town workshop, Tallinn"
    assert items(doc, S.REQUIREMENTS) == ["Two years at a scientific glassblower's bench"]
    assert items(doc, S.NICE_TO_HAVE) == ["Estonian language"]
    assert "toc" not in " ".join(i.text for i in doc.items)


BBCODE = """[quote="moderator"]Posts without pay will be removed.[/quote]

[size=150][b][color=red]HIRING: Bakery Driver[/color][/b][/size]

[b]Location:[/b] Davao City
[b]Salary:[/b] ₱18,000 per month

[b]Duties[/b]
[list]
[*]Deliver bread to sari-sari stores before 6 AM
[*]Collect payments and keep the route log
[/list]
Preferred [list][*]Knows the Toril area
[/list]
"""


def test_a_bbcode_forum_post_is_read_as_the_markdown_it_means():
    """A forum post's `[b]` lines are headings or labels and `[list][*]` its bullets; a short word before
    a list ("Preferred") heads it; the moderator's quote is not the post."""
    doc = only_read(BBCODE, "forum-post.txt")
    assert doc.title == "Bakery Driver"
    assert field(doc, "Location") == "Davao City"
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["Deliver bread to sari-sari stores before 6 AM",
                                                  "Collect payments and keep the route log"]
    assert items(doc, S.NICE_TO_HAVE) == ["Knows the Toril area"]
    assert "moderator" not in " ".join(i.text for i in doc.items)


def _zip(members: dict[str, str]) -> bytes:
    import io
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for path, text in members.items():
            package.writestr(path, text)
    return buffer.getvalue()


def test_a_zip_of_postings_is_each_document_read_as_its_own_file():
    """Two postings zipped together are two roles, each read by its own kind; a member whose path climbs
    out of the zip, and a zip inside the zip, are left out and said so."""
    data = _zip({"jobs/welder.md": "# Pipe Welder\n\n## Requirements\n\n- Ticketed welder\n",
                 "jobs/driver.html": "<html><body><h1>Crane Driver</h1><h2>Duties</h2><ul><li>Lift steel</li></ul>"
                                     "</body></html>",
                 "../../etc/evil.md": "# Evil Role\n\n## Duties\n\n- Escape\n",
                 "inner.zip": _zip({"x.md": "# Hidden Role\n\n## Duties\n\n- Hide\n"})})
    roles = roles_read(data, "two-postings.zip")
    assert set(roles) == {"Pipe Welder", "Crane Driver"}
    assert items(roles["Pipe Welder"], S.REQUIREMENTS) == ["Ticketed welder"]
    notes = " ".join(str(w) for doc in roles.values() for w in doc.warnings)
    assert "leads outside the zip" in notes and "a zip inside the zip" in notes


TELEGRAM = {"name": "Harbour Jobs", "type": "public_channel", "id": 5, "messages": [
    {"id": 1, "type": "service", "action": "pin_message", "text": "", "text_entities": []},
    {"id": 2, "type": "message", "from": "Harbour Jobs", "from_id": "channel5", "text": [
        "🚢 ", {"type": "bold", "text": "Now hiring – Crane Operator"}, "\n📍 North Quay, Mombasa\n\n",
        {"type": "bold", "text": "Requirements:"}, "\n• Valid crane operator licence\n• 3 years at a container port\n\n",
        {"type": "bold", "text": "Salary:"}, " KES 95,000 per month\n"],
     "text_entities": [{"type": "plain", "text": "🚢 "}]},
    {"id": 3, "type": "message", "from": "Harbour Jobs", "from_id": "channel5", "text": [
        "🧰 Dock Electrician\n📍 South Quay\n\nWhat you'll do:\n• Fix the reefer sockets\n• Test the lighting masts\n"],
     "text_entities": []}]}


def test_a_telegram_channel_export_is_a_role_a_posting():
    """Telegram's text arrays are read as one message (bold entities the title and headings); a post with no
    bold title is still a posting when a section is headed under its first line; the pin is the channel's."""
    import json
    roles = roles_read(json.dumps(TELEGRAM, ensure_ascii=False), "result.json")
    assert set(roles) == {"Crane Operator", "Dock Electrician"}
    assert items(roles["Crane Operator"], S.REQUIREMENTS) == ["Valid crane operator licence", "3 years at a container port"]
    assert items(roles["Dock Electrician"], S.KEY_RESPONSIBILITIES) == ["Fix the reefer sockets", "Test the lighting masts"]
    assert field(roles["Dock Electrician"], "Company") == "Harbour"  # the channel "Harbour Jobs" is the employer's


DISCORD = {"guild": {"id": "1", "name": "Pinewood Studio"}, "channel": {"id": "2", "name": "jobs"}, "messages": [
    {"id": "10", "type": "Default", "content": "we're hiring!", "author": {"id": "7", "isBot": False}, "embeds": [
        {"title": "We're hiring: Level Designer", "description": "**You have**\n• 2+ years building levels in Unreal",
         "fields": [{"name": "Salary", "value": "€3,900 per month"},
                    {"name": "Apply", "value": "jobs@pinewood.example – applications close March 3."}]}]},
    {"id": "11", "type": "Default", "content": "is this remote?", "author": {"id": "8", "isBot": False}, "embeds": []},
    {"id": "12", "type": "Reply", "content": "No, on site in Tampere.", "author": {"id": "7", "isBot": False},
     "embeds": [], "reference": {"messageId": "11"}},
    {"id": "13", "type": "Default", "content": "Update: applications now close **March 17**.",
     "author": {"id": "7", "isBot": False}, "embeds": []},
    {"id": "14", "type": "Default", "content": "Reminder: no DMs", "author": {"id": "9", "isBot": True}, "embeds": []}]}


def test_a_discord_export_reads_the_embed_and_the_posters_later_word():
    """A bot-style embed is the posting (its fields the facts); the poster's later messages answer about
    it, and the closing date they move replaces the embed's, which is never read."""
    import json
    doc = only_read(json.dumps(DISCORD), "jobs-channel.json")
    assert doc.title == "Level Designer"
    said = " ".join(i.text for i in doc.items)
    assert "on site in Tampere" in said and "March 17" in said and "March 3" not in said
    assert "no DMs" not in said


TRELLO = {"name": "Fernhill Bakery – Hiring", "desc": "Fernhill Bakery, 4 Mill Lane, Hebden Bridge.",
          "lists": [{"id": "L1", "name": "📋 Open"}, {"id": "L2", "name": "✅ Filled"}],
          "cards": [{"id": "C1", "name": "Night Baker", "idList": "L1", "closed": False,
                     "desc": "**Pay:** £13.10/hour\n\nBake the morning's bread from 2am."},
                    {"id": "C2", "name": "Counter Assistant", "idList": "L2", "closed": False,
                     "desc": "**Pay:** £11.44/hour\n\nServe customers at the counter."},
                    {"id": "C3", "name": "Old Role", "idList": "L1", "closed": True, "desc": "Archived."}],
          "checklists": [{"id": "K1", "idCard": "C1", "name": "Requirements",
                          "checkItems": [{"name": "Food hygiene level 2", "state": "complete"}]}],
          "actions": [{"type": "commentCard", "data": {"text": "Offer to Sam at £14", "card": {"id": "C1"}}}]}


def test_a_trello_board_is_a_role_a_card_its_list_the_status():
    """Each card is a role: its list is its status, its checklists sections, the board's description
    every card's; archived cards and the team's comments are not read."""
    import json
    roles = roles_read(json.dumps(TRELLO), "board.json")
    assert set(roles) == {"Night Baker", "Counter Assistant"}
    assert field(roles["Counter Assistant"], "Status") == "Filled"
    assert items(roles["Night Baker"], S.REQUIREMENTS) == ["Food hygiene level 2"]
    said = " ".join(i.text for i in roles["Night Baker"].items)
    assert "Mill Lane" in said and "Sam" not in said


SPREADSHEET_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Vacantes">
  <Table>
   <Column ss:Width="90"/><Column ss:Width="90"/><Column ss:Hidden="1"/><Column ss:Width="90"/>
   <Row><Cell><Data ss:Type="String">Puesto</Data></Cell><Cell><Data ss:Type="String">Sueldo</Data></Cell>
    <Cell><Data ss:Type="String">Presupuesto interno</Data></Cell><Cell><Data ss:Type="String">Requisitos</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">Chofer de Reparto</Data></Cell>
    <Cell><Data ss:Type="String">$12,000 MXN al mes</Data></Cell><Cell><Data ss:Type="String">$15,000 tope</Data></Cell>
    <Cell><Data ss:Type="String">Licencia tipo B; 1 año de experiencia; conocer la ciudad</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="String">Gerente Secreto</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Listas" ss:Visible="SheetHidden"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>
</Workbook>"""


def test_an_excel_2003_xml_spreadsheet_is_a_role_a_row_without_what_excel_hides():
    """SpreadsheetML rows are read as an .xlsx's; a hidden column (the internal budget), a hidden row and
    a hidden sheet are never read."""
    doc = only_read(SPREADSHEET_2003, "vacantes.xml")
    assert doc.title == "Chofer de Reparto"
    assert doc.salary.text == "$12,000 MXN al mes"
    assert "Licencia tipo B" in items(doc, S.REQUIREMENTS)
    assert "15,000" not in " ".join(i.text for i in doc.items)


JIRA = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><title>Acme Jira</title>
<item>
  <title>[HR-7] Recruit: Meter Reader</title>
  <key id="1">HR-7</key>
  <summary>Recruit: Meter Reader</summary>
  <description>&lt;h3&gt;Duties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Read 200 meters a day&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Closing date:&lt;/b&gt; 3 March 2027&lt;/p&gt;</description>
  <comments><comment author="Ann">&lt;p&gt;Closing date extended to &lt;b&gt;17 March 2027&lt;/b&gt;.&lt;/p&gt;</comment></comments>
  <customfields><customfield><customfieldname>Max offer (internal only)</customfieldname>
    <customfieldvalues><customfieldvalue>£29,000</customfieldvalue></customfieldvalues></customfield></customfields>
</item></channel></rss>"""


def test_a_jira_export_is_read_with_its_comments_moved_date_and_not_its_internal_fields():
    """A Jira issue's summary is the title ("Recruit:" only says what the ticket is for); a comment that
    extends the closing date replaces the description's; custom fields are the tracker's, never read."""
    doc = only_read(JIRA, "jira.xml")
    assert doc.title == "Meter Reader"
    said = " ".join(i.text for i in doc.items)
    assert "17 March 2027" in said and "3 March 2027" not in said and "29,000" not in said


BBCODE_LABELLED = """[b]HIRING: Tricycle Mechanic[/b]

[b]Location:[/b] Iloilo City

[b]Duties[/b]
[list]
[*]Fix tricycle engines and brakes
[*]Keep the parts log
[/list]

[b]Benefits:[/b] SSS, PhilHealth, free lunch on Saturdays.
[b]Schedule:[/b] Mon–Sat 7:00 AM – 4:00 PM

[b]How to apply:[/b] bring your resume to the shop on Jaro plaza.
Deadline: end of January
"""


def test_a_plain_line_under_a_bold_label_belongs_to_that_label_not_to_the_benefits_above():
    """'[b]How to apply:[/b] …' with a plain line under it opens a section: the deadline under it goes
    with how to apply, not as one more perk after 'Benefits:'."""
    doc = only_read(BBCODE_LABELLED, "mechanic-post.txt")
    perks = " ".join(i.text for i in doc.items if i.label == "Benefits" or i.section == S.PERKS)
    assert "free lunch" in perks
    assert "end of January" not in perks
    sections = {i.section for i in doc.items if "end of January" in i.text or "bring your resume" in i.text}
    assert len(sections) == 1 and S.PERKS not in sections, sections


def test_a_hiring_boards_name_before_its_purpose_is_every_cards_company():
    """'Fernhill Bakery – Hiring' names the employer and what the board is for: each card hires for
    Fernhill Bakery, so a recruiter who says the bakery's name names no topic of the role."""
    import json
    roles = roles_read(json.dumps(TRELLO), "board.json")
    assert field(roles["Night Baker"], "Company") == "Fernhill Bakery"
    untitled = roles_read(json.dumps({**TRELLO, "name": "Bakery roles"}), "board.json")
    assert field(untitled["Night Baker"], "Company") is None
