"""A recruiter asks about postings of the eleventh batch's kinds (an Org-mode file, a Textile wiki page, a
Jira export whose comment moves the closing date, a Discord channel) in the words people type: the
newer closing date is the one answered, and what the recruiter's own notes say never is."""

import json

import pytest

from tests.postings import ask, assistant_on

ORG = """#+TITLE: Kettle Point Quarry – hiring

* TODO Shotfirer                                                  :quarry:
  :PROPERTIES:
  :LOCATION: Kettle Point Quarry, Caithness
  :SALARY:   £41,200 per year
  :END:

** Duties
   - Design and fire blasts on the upper benches
   - Keep the explosives store register

** Requirements
   - Shotfirer certificate (quarries)

# internal: could stretch to £45,000 – do not publish
"""

TEXTILE = """h1. Vacancy: Herbarium Curator

|_. Place of work |Botanic Garden, Olomouc|
|_. Salary |CZK 41 000 gross per month|

h2. Main duties

* Mount and catalogue the moss collection
"""

JIRA = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><title>Fenwater Jira</title>
<item>
  <title>[REQ-12] Recruit: Lock Keeper</title>
  <key id="12">REQ-12</key>
  <summary>Recruit: Lock Keeper</summary>
  <description>&lt;p&gt;&lt;b&gt;Closing date:&lt;/b&gt; 5 February 2027&lt;/p&gt;
&lt;h3&gt;Duties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Open and close the tidal sluices on the Fen drain&lt;/li&gt;&lt;/ul&gt;</description>
  <comments><comment author="Lee">&lt;p&gt;Closing date extended to &lt;b&gt;19 February 2027&lt;/b&gt;.&lt;/p&gt;</comment></comments>
</item></channel></rss>"""

DISCORD = {"guild": {"id": "1", "name": "Aurora Forge"}, "channel": {"id": "2", "name": "jobs"}, "messages": [
    {"id": "1", "type": "Default", "content": "", "author": {"id": "5", "isBot": False}, "embeds": [
        {"title": "We're hiring: Technical Artist", "description": "**You have**\n• Shaders in Unity\n• Houdini",
         "fields": [{"name": "Salary", "value": "€3,800–€4,600 per month"}]}]}]}


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eleventh")
    assistant = assistant_on({"quarry.org": ORG, "herbarium.textile": TEXTILE, "jira.xml": JIRA,
                              "jobs.json": json.dumps(DISCORD)}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_an_org_files_pay_is_its_property_and_never_its_internal_comment(recruiter):
    _answer, text = ask(recruiter, "shotfirer salary")
    assert "£41,200" in text and "£45,000" not in text


def test_a_textile_pages_place_of_work_is_where_the_job_is(recruiter):
    _answer, text = ask(recruiter, "where is the herbarium curator based")
    assert "Olomouc" in text


def test_the_closing_date_a_jira_comment_moved_is_the_one_answered(recruiter):
    _answer, text = ask(recruiter, "closing date for the lock keeper")
    assert "19 February 2027" in text and "5 February 2027" not in text


def test_a_discord_servers_name_finds_its_posting(recruiter):
    _answer, text = ask(recruiter, "technical artist salary at aurora forge")
    assert "€3,800" in text
