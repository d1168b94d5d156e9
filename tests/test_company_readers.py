"""A recruiter ingests postings that never fill in a "Company:" field; the
reader still learns whose posting it is from where postings ordinarily say so,
and takes no capitalised word for a company."""

import json

import pytest

from knowledge import sections as S
from knowledge.readers import read


def _company(text: str, name: str) -> list[str]:
    docs = read(text.encode(), name)
    return [i.text for d in docs for i in d.items if i.section == S.COMPANY and i.label == "Company"]


REQUIREMENTS = "\n## Requirements\n\n- 3+ years of experience\n- Clear writing\n"


def test_a_line_under_the_title_names_the_company_the_body_speaks_of():
    text = ("# Data Engineer\n\nBrambleworks Studio · Data team · Remote (EU) · Full-time\n\n"
            "## About the role\n\nBrambleworks makes budgeting tools for theatres." + REQUIREMENTS)
    assert _company(text, "data-engineer.md") == ["Brambleworks Studio"]


def test_a_capitals_first_line_is_spelled_as_the_body_spells_it():
    text = ("LANTERNFISH DATA\nJOB DESCRIPTION\n\nTITLE: SUPPORT ENGINEER\n\nABOUT THE ROLE\n"
            "Lanternfish Data sells weather feeds to farms.\n\nREQUIREMENTS\n* 2+ years in support\n")
    assert _company(text, "ROLE.TXT") == ["Lanternfish Data"]


def test_front_matter_organization_is_the_company():
    text = "---\ntitle: Copywriter\norganization: Saltmarsh Press\n---\n" + REQUIREMENTS
    assert _company(text, "copywriter.md") == ["Saltmarsh Press"]


def test_were_and_about_headings_name_the_company():
    were = "Account Manager\n\nHi! We're Thimbleweed. We sell sewing kits.\n\nRequirements\n- 2+ years in sales\n"
    assert _company(were, "account-manager.txt") == ["Thimbleweed"]
    about = ("# Buyer\n\n## About Orchardly\n\nWe sell fruit boxes.\n" + REQUIREMENTS)
    assert _company(about, "buyer.md") == ["Orchardly"]


def test_a_careers_page_title_names_the_company():
    page = ("<html><head><title>Tax Analyst | Careers at Quarrystone Mutual</title></head><body>"
            "<h1>Tax Analyst</h1><p>Quarrystone Mutual is a building society in Leeds.</p>"
            "<h2>Requirements</h2><ul><li>2+ years in tax</li><li>ACCA</li></ul></body></html>")
    assert _company(page, "tax-analyst.html") == ["Quarrystone Mutual"]


def test_a_lever_export_names_the_company_by_its_job_board_address():
    posting = {"text": "Courier Lead", "hostedUrl": "https://jobs.lever.co/pebbledash/1234",
               "descriptionPlain": "Pebbledash delivers groceries by bike.\n\nLead a team of riders.\n",
               "lists": [{"text": "Requirements", "content": "<li>Lead, coach and plan rides</li>"}]}
    assert _company(json.dumps([posting]), "lever.json") == ["Pebbledash"]


def test_an_email_signature_and_the_byline_agree_on_the_company():
    text = ("From: Ann Lee <ann@example.com>\nTo: TA <ta@example.com>\nSubject: FW: JD\n\nHi team,\n\n-----\n\n"
            "Claims Handler\nHeronsgate Mutual - Leeds (Hybrid) - Full-time\n\nSummary\n"
            "The Claims Handler settles motor claims.\n\nRequirements\n- 2+ years handling claims\n\n"
            "--\nAnn Lee | Senior Recruiter | Heronsgate Mutual\n")
    assert _company(text, "claims-email.txt") == ["Heronsgate Mutual"]


def test_capitalised_words_of_a_byline_that_no_sentence_speaks_of_are_no_company():
    text = ("# Security Engineer\n\nTechnology – Information Security | Charlotte, NC\n\n"
            "## About the role\n\nYou protect our apps from the Technology Center.\n" + REQUIREMENTS)
    assert _company(text, "security.md") == []


def test_a_title_at_a_company_names_it_and_keeps_the_title_plain():
    text = ("# Data Engineer at Brambleworks\n\n## About the role\n\n"
            "Brambleworks makes budgeting tools for theatres." + REQUIREMENTS)
    docs = read(text.encode(), "data-engineer.md")

    assert [d.title for d in docs] == ["Data Engineer"]
    assert _company(text, "data-engineer.md") == ["Brambleworks"]


def test_a_place_in_the_title_is_no_company():
    page = ("<html><head><title>Office Manager – Lisbon – Quarrystone Mutual</title></head><body>"
            "<h1>Office Manager – Lisbon</h1><p><strong>Location:</strong> Lisbon, Portugal (on-site)</p>"
            "<p>Quarrystone Mutual is opening an office in Lisbon.</p>"
            "<h2>Requirements</h2><ul><li>2+ years running an office</li><li>Portuguese</li></ul></body></html>")
    docs = read(page.encode(), "office-manager.html")

    assert [d.title for d in docs] == ["Office Manager"]
    assert _company(page, "office-manager.html") == ["Quarrystone Mutual"]


@pytest.mark.parametrize("sentence, company", [
    ("Join Fenwick Tiles as our next buyer.", "Fenwick Tiles"),
    ("At Fenwick Tiles, we make floors for schools.", "Fenwick Tiles"),
    ("Fenwick Tiles is hiring a buyer for its Leeds plant.", "Fenwick Tiles"),
])
def test_the_first_sentences_name_the_company(sentence, company):
    text = f"# Buyer\n\n## About the role\n\n{sentence}\n" + REQUIREMENTS
    assert _company(text, "buyer.md") == [company]


@pytest.mark.parametrize("text, name, company", [
    # a call to action in the byline, "confirmed" only by a sentence about signs
    ("Barista\n\nHelp Wanted · Leeds · Part-time\n\nCafe Aurora is a small coffee shop. Help Wanted signs are up."
     "\n\nRequirements\n- A smile\n", "barista.txt", []),
    # whom the call speaks to is no company's word
    ("# Barista\n\nHelp Our Kitchen Team · Leeds · Part-time\n\nHelp Our Kitchen Team is what you will do."
     + REQUIREMENTS, "barista.md", []),
    # a company whose name opens with such a verb, said to be one by what it does
    ("# Support Engineer\n\nHelp Scout · Support team · Remote\n\n## About the role\n\n"
     "Help Scout makes customer service software for small businesses." + REQUIREMENTS, "support.md",
     ["Help Scout"]),
])
def test_a_name_opening_with_an_imperative_is_a_company_only_when_said_to_be_one(text, name, company):
    assert _company(text, name) == company
