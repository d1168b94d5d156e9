"""The country a role's location field puts it in, when the field never names it.

Postings write a place as a city ("Pune (Hinjewadi Phase 2)") or with codes
("Port Ellery, ON, CA"); people ask by country ("which roles are in india",
"list the roles in canada"). The countries, their codes, their regions' codes
and their best-known cities are vocabulary, kept here as data (Canada's and
Australia's cities are the salary reader's, which reads a bare "$" by them).
"""

import re

from knowledge.readers.salary import AUSTRALIAN_PLACES, CANADIAN_PLACES, US_STATES

# country: (its ISO code, the codes of its regions as addresses write them, its cities and regions by name)
COUNTRIES = {
    "Canada": ("CA", {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"},
               set(CANADIAN_PLACES)),
    "India": ("IN", set(),
              {"pune", "chennai", "mumbai", "bengaluru", "bangalore", "hyderabad", "delhi", "new delhi", "noida",
               "gurugram", "gurgaon", "kolkata", "ahmedabad", "kochi", "coimbatore", "jaipur", "chandigarh",
               "thiruvananthapuram", "trivandrum", "indore", "nagpur", "visakhapatnam", "mysuru", "mysore"}),
    "Kenya": ("KE", set(), {"nairobi", "mombasa", "kisumu", "nakuru", "eldoret"}),
    "Brazil": ("BR", set(), {"são paulo", "sao paulo", "rio de janeiro", "recife", "belo horizonte", "curitiba",
                             "porto alegre", "salvador", "fortaleza", "brasília", "brasilia"}),
    "Singapore": ("SG", set(), {"singapore"}),
    "Netherlands": ("NL", set(), {"amsterdam", "rotterdam", "utrecht", "the hague", "eindhoven", "groningen"}),
    "Australia": ("AU", {"NSW", "QLD", "VIC", "TAS", "WA", "SA", "NT", "ACT"}, set(AUSTRALIAN_PLACES)),
    "Mexico": ("MX", set(),
               {"jalisco", "nuevo león", "nuevo leon", "guanajuato", "querétaro", "queretaro", "chihuahua", "sonora",
                "coahuila", "aguascalientes", "yucatán", "yucatan", "quintana roo", "ciudad de méxico", "cdmx",
                "guadalajara", "monterrey", "tijuana", "zapopan", "tepatitlán", "tepatitlan", "saltillo",
                "hermosillo", "toluca", "cancún", "cancun", "ciudad juárez", "ciudad juarez"}),
    # Germany's cities and states as German postings write them ("79104 Freiburg im Breisgau") and in English
    "Germany": ("DE", set(),
                {"berlin", "hamburg", "münchen", "munich", "köln", "cologne", "frankfurt", "stuttgart", "düsseldorf",
                 "dusseldorf", "leipzig", "dortmund", "essen", "bremen", "dresden", "hannover", "hanover", "nürnberg",
                 "nuremberg", "duisburg", "bochum", "wuppertal", "bielefeld", "bonn", "münster", "mannheim",
                 "karlsruhe", "augsburg", "wiesbaden", "freiburg", "heidelberg", "potsdam", "kiel", "rostock", "mainz",
                 "regensburg", "ulm", "bayern", "bavaria", "baden-württemberg", "nordrhein-westfalen", "hessen",
                 "sachsen", "niedersachsen", "schleswig-holstein", "brandenburg", "thüringen", "rheinland-pfalz",
                 "saarland", "mecklenburg-vorpommern", "sachsen-anhalt"}),
    # Ireland's cities and counties ("Clonmel, Co. Tipperary"); a county's name that is also a word or
    # a town elsewhere only with "Co." or "County" before it
    "Ireland": ("IE", set(),
                {"dublin", "cork", "galway", "limerick", "waterford", "kilkenny", "tipperary", "clonmel", "sligo",
                 "athlone", "drogheda", "dundalk", "wexford", "tralee", "killarney", "letterkenny", "castlebar",
                 "ennis", "navan", "naas", "tullamore", "portlaoise", "mullingar", "roscommon", "longford",
                 "monaghan", "carlow", "donegal", "kildare", "wicklow", "offaly", "westmeath", "leitrim", "cavan",
                 *(f"{county} {name}" for county in ("co.", "county") for name in
                   ("clare", "kerry", "mayo", "meath", "louth", "laois"))}),
    # Chinese cities as Chinese postings write them (no space around them: "深圳市南山区") and in pinyin
    "China": ("CN", set(),
              {"深圳", "东莞", "北京", "上海", "广州", "杭州", "苏州", "南京", "成都", "武汉", "西安", "天津", "重庆",
               "佛山", "宁波", "厦门", "青岛", "shenzhen", "dongguan", "beijing", "shanghai", "guangzhou",
               "hangzhou", "suzhou", "nanjing", "chengdu", "wuhan", "tianjin", "chongqing", "xiamen", "qingdao"}),
}

# Regions' codes that are also a country's or another country's region's ("NL" Newfoundland and the
# Netherlands, "WA" Washington and Western Australia, "PE" Prince Edward Island and Pernambuco): alone,
# without the country's code after them, they place nothing.
SHARED_CODES = {"NL", "WA", "SA", "NT", "PE", "AB", "CA", "IN", "YT", "NU", "VIC", "ACT", "TAS"}

# Other countries a location may name, so that a city of the same name there ("Perth, Scotland",
# "Kochi, Japan", "San Salvador, El Salvador") is not taken for one of COUNTRIES'.
OTHER_COUNTRIES = ("united states", "usa", "u.s.", "united kingdom", "uk", "england", "scotland", "wales",
                   "northern ireland", "japan", "el salvador", "france",
                   "spain", "portugal", "italy", "new zealand", "south africa", "nigeria", "philippines",
                   "indonesia", "malaysia", "pakistan", "bangladesh", "sri lanka", "uae", "united arab emirates")
_OTHER = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in OTHER_COUNTRIES) + r")(?!\w)")


def _elsewhere(code: str, country: str) -> bool:
    """Whether a code written in a location puts it outside `country`: a US state's,
    or a region's of another of COUNTRIES that no other place shares."""
    own_code, regions, _places = COUNTRIES[country]
    if code == own_code or code in regions:
        return False
    return code in US_STATES or any(code in other[1] for name, other in COUNTRIES.items()
                                    if name != country and code not in SHARED_CODES)


# Codes as words anywhere in a location ("Delhi, NY 13753").
_CODE_WORDS = re.compile(r"(?<![\w-])[A-Z]{2,3}(?![\w-])")
_PIECES = re.compile(r"[,;()\n]|\s[–—-]\s")
# Each country's cities and regions by name as one pattern, made once.
# A name in a script written without spaces has no word's edge to be told by: "深圳市" holds "深圳".
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _place(name: str) -> str:
    return re.escape(name) if _UNSPACED.search(name) else rf"(?<!\w){re.escape(name)}(?!\w)"


_PLACES = {country: re.compile("|".join(_place(p) for p in sorted(places, key=len, reverse=True)))
           for country, (_code, _regions, places) in COUNTRIES.items()}


def country_of(location: str) -> str | None:
    """The country `location` names by its code after a region's code ("Port Ellery, ON, CA"), by a
    region's code of its own ("Kelowna, BC"), or by a city or region of it ("Pune (Hinjewadi Phase 2)");
    None when it names the country itself, or nothing known."""
    pieces = [p.strip() for p in _PIECES.split(location) if p.strip()]
    codes = [p for p in pieces if p.isalpha() and p.isupper() and len(p) <= 3]
    folded = location.casefold()
    if any(country.casefold() in folded for country in COUNTRIES):
        return None  # written out: a search for it finds it
    if _OTHER.search(folded):
        return None  # another country's town of the same name
    for country, (code, regions, _places) in COUNTRIES.items():  # a city first: "Recife – PE" is no Canadian "PE"
        # unless a code after it is a US state's or another country's region's ("Delhi, NY", "Sydney, NS")
        if _PLACES[country].search(folded) and not any(_elsewhere(c, country) for c in _CODE_WORDS.findall(location)
                                                       if c != pieces[0]):
            return country
    for country, (code, regions, _places) in COUNTRIES.items():
        if any(c in regions for c in codes) and (code in codes or codes[-1] in regions - SHARED_CODES):
            return country
    return None
