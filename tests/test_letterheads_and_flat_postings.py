"""A recruiter ingests the everyday documents organisations write themselves: a letter-style posting
under the company's name, a Word file whose only mention of the company is in the page header, a
"we're hiring" page with two jobs whose titles are headings of the same size as their sections, a
job-board copy with the firm's registered name under the title. Each job is stored under its own
title and the company it belongs to, so "what does the Harrowgate carpenter earn" finds it."""

import io

import docx

from knowledge import sections as S
from knowledge.readers import read


def _company(doc) -> list[str]:
    return [i.text for i in doc.items if i.section == S.COMPANY and i.label == "Company"]


def _texts(doc, section: str) -> list[str]:
    return [i.text for i in doc.items if i.section == section]


LETTER = """HARROWGATE JOINERY LTD
SITE CARPENTER – FULL TIME

Location: Unit 4, Quarry Lane, Skipton

THE ROLE
You will hang doors, fit kitchens and second-fix new homes across the Dales.

WHAT YOU'LL DO
• Second-fix carpentry on new-build sites
• Hang internal doors and fit skirting
• Keep the site van stocked

WHAT YOU BRING
• NVQ Level 2 in Site Carpentry
• CSCS card

PAY
£17.50 per hour
"""


def test_a_company_name_above_the_job_is_the_company_and_the_job_is_the_title():
    [doc] = read(LETTER.encode(), "harrowgate.txt")
    assert doc.title == "Site Carpenter"
    assert _company(doc) == ["Harrowgate Joinery Ltd"]
    assert any("Full Time" in i.text for i in doc.items if i.section == S.EMPLOYMENT_TYPE)


TWO_JOBS = """Tarnside Creamery Ltd
Mill Road, Kirkby Stephen CA17 1AA
We are recruiting for two roles this spring.

CHEESEMAKER
Salary: £26,000 per year
Reporting to: Dairy Manager

The role
• Make our territorial cheeses to recipe
• Turn and grade the maturing stock

About you
• Experience in a food production environment
• Happy to start at 5am

FARM SHOP ASSISTANT (SEASONAL)
Pay: £12.10 per hour
Reporting to: Shop Manager

The role
• Serve customers and run the till
• Keep the deli counter stocked

About you
• Friendly and reliable
• Available at weekends

Benefits for everyone
• Staff discount of 25%
• Free cheese every month

How to apply
Email your CV to jobs@tarnside.example stating which role you are applying for.
"""


def test_job_titles_as_big_as_their_sections_are_separate_postings_of_the_company():
    docs = read(TWO_JOBS.encode(), "tarnside.txt")
    assert [d.title for d in docs] == ["Cheesemaker", "Farm Shop Assistant (Seasonal)"]
    cheese, shop = docs
    assert all(_company(d) == ["Tarnside Creamery Ltd"] for d in docs)
    assert cheese.salary.minimum == 26000 and shop.salary.minimum == 12.10
    assert "Serve customers and run the till" not in " ".join(i.text for i in cheese.items)
    assert any("Staff discount" in t for t in _texts(shop, S.PERKS))
    assert any("Staff discount" in t for t in _texts(cheese, S.PERKS))


HIRING_PAGE = """# Fellhead Boat Trips – we're hiring!

Fellhead Boat Trips runs lake cruises from Pooley Bridge with four boats and a crew of twelve.

## Deckhand (Casual)

- Pay: £12.50 per hour
- Reports to: the skipper

## What you'll do

- Moor and cast off the boat
- Help passengers aboard

## What you'll need

- Able to swim
- Friendly with visitors

## Booking Office Supervisor

- Salary: £27,000 per year
- Reports to: Operations Manager

## What you'll do

- Run the booking office and its rota
- Answer calls and emails

## What you'll need

- Two years running a small team

## How to apply

Email crew@fellhead.example.
"""


def test_a_hiring_page_names_its_company_and_each_job_is_a_role():
    docs = read(HIRING_PAGE.encode(), "fellhead.md")
    assert [d.title for d in docs] == ["Deckhand (Casual)", "Booking Office Supervisor"]
    assert all(_company(d) == ["Fellhead Boat Trips"] for d in docs)


def test_a_registered_name_under_the_title_is_the_company():
    text = ("Conveyancing Assistant\nBramley & Stott Solicitors LLP\nLeeds LS1\n\n"
            "We are a friendly firm in central Leeds.\n\nKey duties\n- Open and close files\n- Run ID checks\n\n"
            "About you\n- A year in a law firm\n")
    [doc] = read(text.encode(), "indeed.txt")
    assert doc.title == "Conveyancing Assistant"
    assert _company(doc) == ["Bramley & Stott Solicitors LLP"]


def test_a_letterhead_with_its_address_names_the_company():
    text = ("# Seeblick Klinik GmbH · Uferweg 3 · 88131 Lindau\n\n# Two posts in our kitchen\n\n"
            "## Cook\n\n### Your tasks\n- Cook lunches for 200 patients\n\n### Your profile\n- Trained cook\n\n"
            "## Kitchen Porter\n\n### Your tasks\n- Wash up\n\n### Your profile\n- Reliable\n")
    docs = read(text.encode(), "klinik.md")
    assert [d.title for d in docs] == ["Cook", "Kitchen Porter"]
    assert all(_company(d) == ["Seeblick Klinik GmbH"] for d in docs)


def test_a_word_file_names_its_company_in_the_page_header_only():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Millbeck Housing    Job Description    MB-0212"
    document.sections[0].footer.paragraphs[0].text = "Millbeck Housing is a registered provider of social housing."
    document.add_heading("Voids Surveyor", 1)
    document.add_paragraph("You will inspect empty homes and order the repairs they need before re-letting.")
    document.add_heading("Key responsibilities", 2)
    document.add_paragraph("Inspect void properties", style="List Bullet")
    document.add_paragraph("Order repairs from contractors", style="List Bullet")
    document.add_heading("Requirements", 2)
    document.add_paragraph("Experience surveying domestic property", style="List Bullet")
    document.add_heading("How to apply", 2)
    document.add_paragraph("Apply with the form at www.millbeckhousing.example/jobs by 9 March.")
    buffer = io.BytesIO()
    document.save(buffer)
    [doc] = read(buffer.getvalue(), "voids-surveyor.docx")
    assert doc.title == "Voids Surveyor"
    assert _company(doc) == ["Millbeck Housing"]


def test_a_careers_site_name_is_the_company_without_the_word_careers():
    page = ("<html><head><title>Van Driver</title>"
            '<meta property="og:site_name" content="Bakkerij Smit careers"></head><body>'
            "<h1>Van Driver</h1><h2>What you'll do</h2><ul><li>Deliver bread to shops</li><li>Load the van</li></ul>"
            "<h2>What we ask</h2><ul><li>Driving licence B</li></ul></body></html>")
    [doc] = read(page.encode(), "van-driver.html")
    assert _company(doc) == ["Bakkerij Smit"]


TABLE_PAGE = """# Jobs at Kestrel Ferries

Kestrel Ferries GmbH runs ferries on the Bodensee.

| Job | Crew | Salary (gross/year) | Status |
|-----|------|---------------------|--------|
| Ship's Engineer | Engine | €58,000 – €64,000 | Open |
| Ticket Clerk | Shore | €14 per hour | Open |
| Captain | Bridge | €80,000 – €90,000 | **Filled** |

## Ship's Engineer

**What you'll do**
- Keep the engines running

**What we ask**
- Marine engineering certificate

## Ticket Clerk

**What you'll do**
- Sell tickets at the pier

**What we ask**
- Friendly manner

## Captain

> **This position has been filled.**
"""


def test_a_table_of_jobs_gives_each_job_its_own_pay_and_status():
    docs = {d.title: d for d in read(TABLE_PAGE.encode(), "jobs.md")}
    assert set(docs) == {"Ship's Engineer", "Ticket Clerk", "Captain"}
    engineer, clerk, captain = docs["Ship's Engineer"], docs["Ticket Clerk"], docs["Captain"]
    assert (engineer.salary.minimum, engineer.salary.maximum, engineer.salary.period) == (58000, 64000, "per year")
    assert (clerk.salary.minimum, clerk.salary.period) == (14, "per hour")
    assert any(i.label == "Status" and i.text == "Filled" for i in captain.items)
    assert not any(i.label == " name" for d in docs.values() for i in d.items)
