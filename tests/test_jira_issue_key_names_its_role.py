"""A hiring request lives in Jira; the team asks by its issue key ("closing
date for OPS-314?"), as they ask by a posting's reference code. The Jira
export's key is read as the request's reference, so the key names its role."""

from tests.postings import ask, assistant_on

JIRA = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><title>Fernmoor Jira</title>
<item>
  <title>[OPS-314] Recruit: Reservoir Keeper</title>
  <key id="5001">OPS-314</key>
  <summary>Recruit: Reservoir Keeper</summary>
  <description>&lt;h3&gt;Duties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Walk the dam crest daily&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Closing date:&lt;/b&gt; 9 February 2027&lt;/p&gt;</description>
</item></channel></rss>"""

OTHER = """# Canal Lengthsman

## Duties
- Clear the towpath

Closing date: 2 March 2027
"""


def test_the_issue_key_names_its_role(tmp_path):
    assistant = assistant_on({"ops-314.xml": JIRA, "lengthsman.md": OTHER}, tmp_path)
    try:
        _answer, text = ask(assistant, "closing date for OPS-314")
        assert "9 February 2027" in text and "2 March 2027" not in text
    finally:
        assistant.knowledge.store.dispose()
