"""A seventh batch of shapes other organisations export (the shapes of tests/documents/real7/): a
comparison sheet with a role per column, BambooHR's careers API, Lever's authenticated v1 API, a
Workable posting whose pay object names no period, and a Docusaurus MDX page whose facts sit in a
component's props. Each fixture here is written for its shape, not copied from real7."""

import json

import pytest

from knowledge import sections as S
from knowledge.parse import DocumentError
from knowledge.readers import read
from tests.readings import field, items


def _roles(text: str, name: str) -> dict:
    return {doc.title: doc for doc in read(text.encode(), name)}


# -- a sheet with a role per column ---------------------------------------------------------
SIDEWAYS = (
    "Corvel Garden Centres – summer hiring,,,\n"
    ",,,\n"
    "Field,Plant Area Assistant,Café Supervisor,\n"
    "Site,Corvel Leeds,Corvel Harrogate,\n"
    "Contract,\"Seasonal, full time\",\"Permanent, part time\",\n"
    "Pay,£12.60 per hour,\"£24,900 pro rata\",\n"
    "Responsibilities,\"• Water and price the plant benches\n• Help customers choose shrubs\",\"• Run the till and the coffee machine\n• Close the café\",\n"
    "Essential,• Happy working outdoors in all weathers,• 1 year supervising in hospitality,\n"
    "Desirable,• RHS Level 2,,\n"
    "Benefits,\"20% discount, free parking\",\"20% discount, free lunch\",\n"
    ",,,\n"
    "Notes: copy for the website comes from this sheet.,,,\n")


def test_a_sheet_with_a_role_per_column_is_a_role_a_column():
    """The field names run down the first column; each other column is a role with its own pay,
    place, sections and the company of the sheet's title line."""
    roles = _roles(SIDEWAYS, "summer-hiring.csv")
    assert set(roles) == {"Plant Area Assistant", "Café Supervisor"}
    plants, cafe = roles["Plant Area Assistant"], roles["Café Supervisor"]
    assert (plants.salary.minimum, plants.salary.period) == (12.6, "per hour")
    assert cafe.salary.minimum == 24_900
    assert items(plants, S.LOCATION) == ["Corvel Leeds"]
    assert items(cafe, S.KEY_RESPONSIBILITIES) == ["Run the till and the coffee machine", "Close the café"]
    assert items(plants, S.NICE_TO_HAVE) == ["RHS Level 2"]
    assert items(cafe, S.NICE_TO_HAVE) == []
    assert items(cafe, S.REQUIREMENTS) == ["1 year supervising in hospitality"]
    assert field(plants, "Company") == "Corvel Garden Centres"


def test_a_single_role_key_value_sheet_is_one_role():
    text = ("Job Title,Kitchen Porter\nLocation,Whitby\nPay,£11.90 an hour\nHours,30 a week\n"
            "Duties,Washing up; prep; keeping the kitchen clean\n")
    [porter] = read(text.encode(), "porter.csv")
    assert porter.title == "Kitchen Porter"
    assert porter.salary.minimum == 11.9


def test_a_sheet_of_notes_with_no_role_is_still_refused_with_the_reason():
    text = "Benefits (all roles),25 days holiday\nHow to apply,Email the store\n"
    with pytest.raises(DocumentError, match="no header row naming the role's title"):
        read(text.encode(), "notes.csv")


# -- BambooHR's careers API ------------------------------------------------------------------
def _bamboohr_detail(**opening) -> str:
    base = {"jobOpeningName": "Grants Officer", "jobOpeningStatus": "Open", "departmentLabel": "Development",
            "employmentStatusLabel": "Part-Time", "isRemote": None, "locationType": "0",
            "location": {"city": "Bristol", "state": None, "postalCode": "BS1 4DJ", "addressCountry": "United Kingdom"},
            "atsLocation": {"country": None, "state": None, "province": None, "city": None},
            "description": "<div><b>About Kestrel Arts Trust</b></div><div>Kestrel Arts Trust runs two theatres.</div>"
                           "<div><b>What you will do</b></div><ul><li>Write trust and foundation bids</li></ul>"
                           "<div><b>What you need</b></div><ul><li>At least 3 years of bid writing</li></ul>"
                           "<div><b>Nice to have</b></div><ul><li>Salesforce NPSP</li></ul>",
            "compensation": "£28,000 - £31,000 per year (pro rata)", "minimumExperience": "Experienced",
            "jobOpeningShareUrl": "https://kestrelarts.bamboohr.com/careers/12"}
    base.update(opening)
    return json.dumps({"meta": {"success": True}, "result": {"jobOpening": base}})


def test_a_bamboohr_careers_api_opening_is_a_role_with_its_place_team_and_pay():
    [grants] = read(_bamboohr_detail().encode(), "opening.json")
    assert (grants.title, grants.format) == ("Grants Officer", "bamboohr")
    assert items(grants, S.LOCATION) == ["Bristol, United Kingdom"]
    assert items(grants, S.TEAM) == ["Development"]
    assert items(grants, S.EMPLOYMENT_TYPE) == ["Part-Time"]
    assert (grants.salary.minimum, grants.salary.maximum, grants.salary.currency) == (28_000, 31_000, "GBP")
    assert items(grants, S.KEY_RESPONSIBILITIES) == ["Write trust and foundation bids"]
    assert items(grants, S.NICE_TO_HAVE) == ["Salesforce NPSP"]
    assert field(grants, "Company") == "Kestrel Arts Trust"


def test_a_remote_bamboohr_opening_says_so_in_its_location():
    [grants] = read(_bamboohr_detail(isRemote=True).encode(), "opening.json")
    assert items(grants, S.LOCATION) == ["Bristol, United Kingdom, Remote"]


def test_a_bamboohr_answer_with_no_opening_is_refused_with_the_reason():
    text = json.dumps({"meta": {"success": True}, "result": {"departments": []}})
    with pytest.raises(DocumentError, match="no export of job postings"):
        read(text.encode(), "careers.json")


# -- Lever's v1 API --------------------------------------------------------------------------
LEVER_V1 = {
    "id": "0c2d", "text": "Pastry Chef de Partie", "state": "published", "reqCode": "PK-44",
    "categories": {"team": "Kitchen", "department": "Culinary", "location": "Bath, UK", "commitment": "Full-time",
                   "allLocations": ["Bath, UK"]},
    "content": {"description": "Halden House is a 60-cover restaurant.\nYou will run the pastry section.",
                "descriptionHtml": "<div>Halden House is a 60-cover restaurant.</div><div>You will run the pastry "
                                   "section.</div>",
                "lists": [{"text": "Responsibilities", "content": "<li>Laminate doughs</li><li>Plate desserts</li>"},
                          {"text": "Requirements", "content": "<li>2+ years in pastry</li>"},
                          {"text": "Bonus points", "content": "<li>Chocolate work</li>"}],
                "closing": "We offer 28 days holiday and staff meals.",
                "closingHtml": "<div>We offer 28 days holiday and staff meals.</div>"},
    "salaryDescription": "£32,000 – £35,000 a year plus tronc.",
    "salaryDescriptionHtml": "<div>£32,000 – £35,000 a year plus tronc.</div>",
    "salaryRange": {"min": 32000, "max": 35000, "currency": "GBP", "interval": "per-year-salary"},
    "urls": {"show": "https://jobs.lever.co/haldenhouse/0c2d", "apply": "https://jobs.lever.co/haldenhouse/0c2d/apply"},
    "workplaceType": "onsite"}


@pytest.mark.parametrize("answer", [{"data": LEVER_V1}, {"data": [LEVER_V1], "hasNext": False}])
def test_a_lever_v1_api_posting_is_read_as_the_postings_api_one(answer):
    """v1 keeps the text under `content` (plain `description`, HTML `descriptionHtml`, `closing`) and
    wraps one posting, or a page of them, in `data`."""
    [chef] = read(json.dumps(answer).encode(), "posting.json")
    assert (chef.title, chef.format) == ("Pastry Chef de Partie", "lever")
    assert items(chef, S.KEY_RESPONSIBILITIES) == ["Laminate doughs", "Plate desserts"]
    assert items(chef, S.REQUIREMENTS) == ["2+ years in pastry"]
    assert items(chef, S.NICE_TO_HAVE) == ["Chocolate work"]
    assert (chef.salary.minimum, chef.salary.maximum, chef.salary.period) == (32_000, 35_000, "per year")
    assert items(chef, S.LOCATION) == ["Bath, UK"]
    assert field(chef, "Requisition code") == "PK-44"
    assert field(chef, "Company") == "Halden House"
    assert any("28 days holiday" in i.text for i in chef.items)
    assert any("60-cover restaurant" in i.text for i in chef.items)


# -- MDX: facts in a component's props, sections in tabs -----------------------------------------
MDX = """---
title: Harbour Ranger
slug: /jobs/harbour-ranger
---

import RoleFacts from '@site/src/components/RoleFacts';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

<RoleFacts
  pay="£24,100 per year"
  location='Whitby harbour'
  contract={"Fixed term, 1 May – 31 October 2026"}
  reportsTo="Harbour Master"
  onApply={() => track("apply")}
/>

:::tip Apply early
We shortlist as applications arrive.
:::

## About the role

You will patrol the harbour and help visiting boats.

<Tabs>
<TabItem value="a" label="Responsibilities" default>

- Patrol the pontoons twice a day
- Collect mooring fees

</TabItem>
<TabItem value="b" label="Essential">

- One season working on or near boats

</TabItem>
<TabItem value="c" label="Desirable">

- RYA Powerboat Level 2

</TabItem>
</Tabs>

```jsx
<RoleFacts pay="not a fact: code" />
```

<ApplyButton href="https://example.org/apply" label="Apply now" />
"""


def test_an_mdx_page_reads_its_component_props_as_fields_and_its_tabs_as_sections():
    [ranger] = read(MDX.encode(), "harbour-ranger.mdx")
    assert ranger.title == "Harbour Ranger"
    assert (ranger.salary.minimum, ranger.salary.period) == (24_100, "per year")
    assert items(ranger, S.LOCATION) == ["Whitby harbour"]
    assert "1 May – 31 October 2026" in " ".join(items(ranger, S.EMPLOYMENT_TYPE))
    assert field(ranger, "Reports to") == "Harbour Master"
    assert items(ranger, S.KEY_RESPONSIBILITIES) == ["Patrol the pontoons twice a day", "Collect mooring fees"]
    assert items(ranger, S.REQUIREMENTS) == ["One season working on or near boats"]
    assert items(ranger, S.NICE_TO_HAVE)[0] == "RYA Powerboat Level 2"
    assert not any("not a fact" in i.text for i in ranger.items if i.label)  # code is no component
    said = " ".join(i.text for i in ranger.items)
    assert "Apply now" not in said and "import" not in said and "track(" not in said
    assert "We shortlist as applications arrive." not in " ".join(items(ranger, S.ABOUT))


def test_an_mdx_file_in_a_folder_is_read(store, tmp_path):
    from knowledge import ingest_paths
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "harbour-ranger.mdx").write_text(MDX)
    report = ingest_paths(store, [folder])
    assert [d.name for d in report.documents] == ["harbour-ranger.mdx"]


# -- Workable: the text whole and in parts, pay with no period -----------------------------------
def _workable(**job) -> dict:
    parts = {"description": "<p>Tidewater Books runs three shops.</p><p><strong>Pay:</strong> $19/hr plus "
                            "commission</p><p><strong>What you'll do</strong></p><ul><li>Run the till</li></ul>",
             "requirements": "<ul><li>1 year in retail</li></ul><p><strong>Nice to have</strong></p>"
                             "<ul><li>Spanish</li></ul>",
             "benefits": "<ul><li>Staff discount</li></ul>"}
    base = {"id": "77", "title": "Bookseller", "shortcode": "AB12CD", "department": "Shops",
            "location": {"location_str": "Astoria, Oregon, United States", "telecommuting": False},
            "salary": {"salary_from": 19, "salary_to": 19, "salary_currency": "usd"},
            "employment_type": "Part-time", "experience": "Entry level",
            "full_description": parts["description"] + "<h3>Requirements</h3>" + parts["requirements"]
                                + "<h3>Benefits</h3>" + parts["benefits"], **parts}
    base.update(job)
    return base


def test_a_workable_job_is_read_once_with_its_department_and_its_pay_as_the_text_words_it():
    [seller] = read(json.dumps(_workable()).encode(), "job.json")
    assert (seller.title, seller.format) == ("Bookseller", "workable")
    assert items(seller, S.REQUIREMENTS) == ["1 year in retail"]
    assert items(seller, S.PERKS) == ["Staff discount"]
    assert items(seller, S.TEAM) == ["Shops"]
    assert (seller.salary.minimum, seller.salary.currency, seller.salary.period) == (19, "USD", "per hour")


def test_a_workable_list_whose_text_states_no_pay_keeps_the_numbers():
    job = _workable(full_description="", description="<p>Shelve books.</p><p><b>Requirements</b></p>"
                                                     "<ul><li>Love of reading</li></ul>")
    [seller] = read(json.dumps({"jobs": [job]}).encode(), "jobs.json")
    assert "1 year in retail" in items(seller, S.REQUIREMENTS)
    assert (seller.salary.minimum, seller.salary.currency) == (19, "USD")


# -- an emoji-marked German ad -------------------------------------------------------------------
EMOJI_AD = """# 🍞 Bäcker (m/w/d) – Frühschicht

**Backhaus Lindenmühle Freiburg** · Handwerksbäckerei mit 6 Filialen

📍 Freiburg-Wiehre · 🕒 ab 1. April · 📄 unbefristet

## 👋 Wer wir sind

Die Backhaus Lindenmühle ist ein Familienbetrieb in dritter Generation.

## ✅ Das bringst du mit

- Abgeschlossene Ausbildung als Bäcker/in
- Mindestens 2 Jahre Berufserfahrung in einer Backstube

## 💶 Gehalt

€2.900 brutto/Monat
"""


def test_an_emoji_ad_gives_its_pinned_place_its_bylined_company_and_its_german_years():
    [baker] = read(EMOJI_AD.encode(), "baecker.md")
    assert items(baker, S.LOCATION) == ["Freiburg-Wiehre"]
    assert field(baker, "Company") == "Backhaus Lindenmühle Freiburg"
    assert [(e.years_min, e.years_max) for e in baker.experience] == [(2, None)]


def test_an_mdx_import_with_no_blank_line_after_it_takes_nothing_else_with_it():
    text = ("import Facts from '@site/src/Facts';\n<Facts pay=\"£11 an hour\" />\n# Dog Walker\n"
            "## Responsibilities\n- Walk dogs\n")
    [walker] = read(text.encode(), "walker.mdx")
    assert walker.title == "Dog Walker"
    assert items(walker, S.KEY_RESPONSIBILITIES) == ["Walk dogs"]
    assert walker.salary.minimum == 11
