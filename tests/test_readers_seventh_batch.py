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
