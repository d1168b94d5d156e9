"""The country a role's location field puts it in, when the field never names it.

Postings write a place as a city ("Pune (Hinjewadi Phase 2)") or with codes
("Port Ellery, ON, CA"); people ask by country ("which roles are in india",
"list the roles in canada"). The countries, their codes, their regions' codes
and their best-known cities are vocabulary, kept here as data.
"""

import re

# country: (its ISO code, the codes of its regions as addresses write them, its cities and regions by name)
COUNTRIES = {
    "Canada": ("CA", {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"},
               {"toronto", "vancouver", "montreal", "montréal", "calgary", "ottawa", "edmonton", "winnipeg", "halifax",
                "mississauga", "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba",
                "saskatchewan", "nova scotia", "new brunswick"}),
    "India": ("IN", set(),
              {"pune", "chennai", "mumbai", "bengaluru", "bangalore", "hyderabad", "delhi", "new delhi", "noida",
               "gurugram", "gurgaon", "kolkata", "ahmedabad", "kochi", "coimbatore", "jaipur", "chandigarh",
               "thiruvananthapuram", "trivandrum", "indore", "nagpur", "visakhapatnam", "mysuru", "mysore"}),
    "Kenya": ("KE", set(), {"nairobi", "mombasa", "kisumu", "nakuru", "eldoret"}),
    "Brazil": ("BR", set(), {"são paulo", "sao paulo", "rio de janeiro", "recife", "belo horizonte", "curitiba",
                             "porto alegre", "salvador", "fortaleza", "brasília", "brasilia"}),
    "Singapore": ("SG", set(), {"singapore"}),
    "Netherlands": ("NL", set(), {"amsterdam", "rotterdam", "utrecht", "the hague", "eindhoven", "groningen"}),
    "Australia": ("AU", {"NSW", "QLD", "VIC", "TAS", "WA", "SA", "NT", "ACT"},
                  {"sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart"}),
}

# Regions' codes that are also a country's or another country's region's ("NL" Newfoundland and the
# Netherlands, "WA" Washington and Western Australia, "PE" Prince Edward Island and Pernambuco): alone,
# without the country's code after them, they place nothing.
SHARED_CODES = {"NL", "WA", "SA", "NT", "PE", "AB", "CA", "IN", "YT", "NU", "VIC", "ACT", "TAS"}

_PIECES = re.compile(r"[,;()\n]|\s[–—-]\s")


def country_of(location: str) -> str | None:
    """The country `location` names by its code after a region's code ("Port Ellery, ON, CA"), by a
    region's code of its own ("Kelowna, BC"), or by a city or region of it ("Pune (Hinjewadi Phase 2)");
    None when it names the country itself, or nothing known."""
    pieces = [p.strip() for p in _PIECES.split(location) if p.strip()]
    codes = [p for p in pieces if p.isalpha() and p.isupper() and len(p) <= 3]
    folded = location.casefold()
    if any(country.casefold() in folded for country in COUNTRIES):
        return None  # written out: a search for it finds it
    for country, (_code, _regions, places) in COUNTRIES.items():  # a city first: "Recife – PE" is no Canadian "PE"
        if any(re.search(rf"(?<!\w){re.escape(place)}(?!\w)", folded) for place in places):
            return country
    for country, (code, regions, _places) in COUNTRIES.items():
        if any(c in regions for c in codes) and (code in codes or codes[-1] in regions - SHARED_CODES):
            return country
    return None
