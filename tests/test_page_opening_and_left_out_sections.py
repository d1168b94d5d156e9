"""A recruiter loads a page of two vacancies that opens under a heading of its own words ("Two vacancies
in our kennels" / who the employer is) and ends with a section no posting owns ("Getting here"). The
opening is kept as what each posting says about its employer, so "how big is the hospital" is answered;
the section that fits no posting is named in the ingest report, not lost unseen."""

from knowledge.readers import read

PAGE = """# Harrowgate Veterinary Hospital

## Two vacancies in our wards

Harrowgate Veterinary Hospital is a 24-hour small-animal hospital in Ripon with a team of 40 vets.

## Veterinary Nurse

### Your tasks

- Monitor anaesthesia and recovery

### Your profile

- RCVS-registered veterinary nurse

## Kennel Assistant

### Your tasks

- Clean and prepare kennels

### Your profile

- Calm handling of dogs and cats

## Getting here

Bus 36 stops outside the main gate every twenty minutes.
"""


def _read():
    return read(PAGE.encode(), "harrowgate-two-vacancies.md")


def test_the_pages_opening_is_about_the_employer_of_each_posting():
    docs = _read()
    assert len(docs) == 2, [d.title for d in docs]
    for doc in docs:
        told = [i.text for i in doc.items if i.section == "about_the_company"]
        assert any("team of 40 vets" in t for t in told), (doc.title, doc.items)


def test_a_section_no_posting_owns_is_named_in_the_report():
    messages = [w.message for d in _read() for w in d.warnings]
    assert any("'Getting here' belongs to none of the postings" in m for m in messages), messages
