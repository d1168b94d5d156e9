"""The world regions a role's location puts it in, when people ask by region.

Recruiters ask "jobs based in APAC", "anything in EMEA?", "roles in Latin
America"; postings write a city and a country ("Leipzig, Germany") or a city
alone ("Pune"). A region is the countries in it: a role is in a region when
its location names one of them, written out or known by its city or region
codes (`bot.countries.country_of`). The regions and their countries are
vocabulary, kept here as data; which roles are where comes from the
documents' location facts alone.
"""

import re

from bot.countries import country_of

_EUROPE = ("germany", "france", "spain", "portugal", "italy", "netherlands", "belgium", "luxembourg", "ireland",
           "united kingdom", "uk", "england", "scotland", "wales", "northern ireland", "switzerland", "austria",
           "poland", "czech republic", "czechia", "slovakia", "hungary", "romania", "bulgaria", "greece", "croatia",
           "slovenia", "serbia", "denmark", "sweden", "norway", "finland", "iceland", "estonia", "latvia",
           "lithuania", "ukraine", "malta", "cyprus")
_MIDDLE_EAST = ("united arab emirates", "uae", "saudi arabia", "qatar", "israel", "turkey", "jordan", "bahrain",
                "kuwait", "oman", "lebanon")
_AFRICA = ("south africa", "nigeria", "kenya", "egypt", "morocco", "ghana", "ethiopia", "rwanda", "tanzania",
           "uganda", "senegal", "tunisia")
_ASIA = ("singapore", "japan", "china", "hong kong", "taiwan", "south korea", "korea", "india", "indonesia",
         "malaysia", "philippines", "thailand", "vietnam", "pakistan", "bangladesh", "sri lanka")
_OCEANIA = ("australia", "new zealand")
_LATIN_AMERICA = ("mexico", "brazil", "argentina", "chile", "colombia", "peru", "uruguay", "costa rica", "ecuador",
                  "guatemala", "panama", "venezuela", "bolivia", "paraguay", "dominican republic", "el salvador")
_NORTH_AMERICA = ("united states", "usa", "canada", "mexico")

# region: (the words people ask it by, its countries)
REGIONS = {
    "EMEA": (("emea",), _EUROPE + _MIDDLE_EAST + _AFRICA),
    "Europe": (("europe", "european"), _EUROPE),
    "APAC": (("apac", "asia pacific", "asia-pacific", "apj"), _ASIA + _OCEANIA),
    "Asia": (("asia",), _ASIA),
    "Middle East": (("middle east",), _MIDDLE_EAST),
    "Africa": (("africa",), _AFRICA),
    "LATAM": (("latam", "latin america", "south america"), _LATIN_AMERICA),
    "North America": (("north america",), _NORTH_AMERICA),
    "Americas": (("americas", "the americas"), _NORTH_AMERICA + _LATIN_AMERICA),
}
_COUNTRY = {region: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True))
                               + r")(?!\w)") for region, (_asked, countries) in REGIONS.items()}


def regions_of(location: str) -> list[str]:
    """The regions whose countries `location` names, written out ("Leipzig, Germany")
    or by a city or codes of it ("Pune", "Port Ellery, ON, CA")."""
    folded = location.casefold()
    country = country_of(location)
    said = f"{folded} {country.casefold()}" if country else folded
    return [region for region in REGIONS if _COUNTRY[region].search(said)]


def asked_by(region: str) -> tuple[str, ...]:
    """The words people ask `region` by ("apac", "asia pacific")."""
    return REGIONS[region][0]
