"""A plain-text posting wrapped at a fixed width, as a form's export or an e-mail is: a bullet that
goes on in a line indented under its text is one bullet, however short the line before it."""

from knowledge import sections as S
from tests.readings import items, only_read

GROUNDS = """Grounds Maintenance Operative

About the role
You will keep the parks, verges and cemeteries of the district tidy and safe
through the year, working in a crew of four with a tipper van and ride-on
mowers, and you will report damage or hazards to the area supervisor daily.

Main responsibilities
 * Mow, strim and edge grass areas to the programme, keeping verges clear
   for drivers and walkers
 * Empty litter and dog bins on the town routes and record missed
   collections
 * Prune shrubs and hedges out of the nesting season
 * Check play areas weekly and log their
   defects
 * Help with winter gritting when rostered

About you
 * A full driving licence
"""


def test_a_short_wrapped_line_under_a_bullet_is_the_rest_of_that_bullet():
    """"defects", indented under "Check play areas …", finishes that duty, though the line it goes on
    from stops short of the wrap width (its next word was long): it is no heading."""
    role = only_read(GROUNDS, "grounds.txt")
    duties = items(role, S.KEY_RESPONSIBILITIES)
    assert "Check play areas weekly and log their defects" in duties
    assert "Help with winter gritting when rostered" in duties
    assert "Empty litter and dog bins on the town routes and record missed collections" in duties
