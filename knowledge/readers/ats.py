"""Applicant-tracking exports, every posting a role: Greenhouse's Job Board API (HTML-escaped
`content`, pay in cents), Lever's Postings API (`lists`, `salaryRange`) and its v1 API (the same
under `data` and `content`), BambooHR's careers API (`bamboohr`), Workable's jobs (`workable`), and other boards' JSON
(objects with a title and a description). More than `MAX_POSTINGS` postings in one file is refused:
split the export."""

import html
import re
from dataclasses import replace
from itertools import islice

from knowledge.parse import DocumentError
from knowledge.readers import bamboohr
from knowledge.readers import html as html_reader
from knowledge.readers import json_records
from knowledge.readers import salary as money
from knowledge.readers import workable
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, TEXT, Block, Document

_s = html_reader._str  # a scalar's words, "" for nothing or a container
_put = html_reader.put

GREENHOUSE, LEVER, BAMBOOHR, WORKABLE = "greenhouse", "lever", bamboohr.FORMAT, workable.FORMAT
OTHER = "ats_json"  # another board's or ATS's JSON: posting objects with a title and a description
_LEVER_SITE = re.compile(r"jobs\.(?:eu\.)?lever\.co/([A-Za-z0-9][\w-]*)/", re.I)
MAX_POSTINGS = 1_000


def kind(data) -> str | None:
    """Which export `data` (parsed JSON) is, or None."""
    if bamboohr.openings(data) is not None:
        return BAMBOOHR
    if workable.jobs(data) is not None:
        return WORKABLE
    if isinstance(data, dict) and isinstance(data.get("jobs"), list):
        jobs = [j for j in data["jobs"] if isinstance(j, dict)]
        if jobs and not any("content" in j or "absolute_url" in j for j in jobs) and \
                any(html_reader.is_posting_object(j) for j in jobs):
            return OTHER  # Ashby's {"jobs": [...]} with descriptionHtml
        return GREENHOUSE
    postings = data if isinstance(data, list) else [data]
    first = postings[0] if postings else None
    if isinstance(first, dict) and "content" in first and "title" in first:
        return GREENHOUSE
    if isinstance(first, dict) and "text" in first and ("categories" in first or "lists" in first
                                                         or "descriptionPlain" in first
                                                         or isinstance(first.get("content"), dict)):
        return LEVER
    if _postings_of(data):
        return OTHER
    return None


def json_api(data):
    """A JSON:API document (Teamtailor's API: `data[]` of `attributes` and `relationships`, the related
    locations and departments only in `included[]`) as plain posting objects: the attributes with
    snake_case keys, and each relationship as the names of what it points to ("location": "Esbjerg
    Harbour Base, Esbjerg, Denmark"). Anything else as it is."""
    if not (isinstance(data, dict) and isinstance(data.get("data"), (list, dict)) and "included" in data):
        return data
    items = data["data"] if isinstance(data["data"], list) else [data["data"]]
    included = {(i.get("type"), str(i.get("id"))): i.get("attributes") or {}
                for i in data.get("included") or [] if isinstance(i, dict)}
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("attributes"), dict):
            return data
        posting = {key.replace("-", "_"): value for key, value in item["attributes"].items()}
        for relation, link in (item.get("relationships") or {}).items():
            targets = (link or {}).get("data") if isinstance(link, dict) else None
            targets = targets if isinstance(targets, list) else [targets] if targets else []
            names = [_names(included.get((t.get("type"), str(t.get("id"))), {})) for t in targets
                     if isinstance(t, dict)]
            if any(names):
                key = {"locations": "location", "departments": "department"}.get(relation, relation)
                posting.setdefault(key.replace("-", "_"), "; ".join(n for n in names if n))
        out.append(posting)
    return out


# Lever's v1 API (the one an API key reads) keeps a posting's text under `content` and its links under
# `urls`, named otherwise than the public Postings API: v1's name -> the Postings API's.
LEVER_V1_CONTENT = {"descriptionHtml": "description", "description": "descriptionPlain", "lists": "lists",
                    "closingHtml": "additional", "closing": "additionalPlain"}
LEVER_V1_TOP = {"salaryDescriptionHtml": "salaryDescription", "salaryDescription": "salaryDescriptionPlain"}
LEVER_V1_URLS = {"show": "hostedUrl", "apply": "applyUrl"}


def lever_v1(data):
    """Lever's v1 API answer (`{"data": posting or [postings], "hasNext": …}`, each posting's text under
    `content`) as the Postings API's postings; anything else as it is."""
    inner = data.get("data") if isinstance(data, dict) and set(data) <= {"data", "hasNext", "next"} else None
    postings = inner if isinstance(inner, list) else [inner] if isinstance(inner, dict) else None
    if not postings or not all(isinstance(p, dict) and "text" in p for p in postings):
        return data
    return [_lever_v1_posting(p) if isinstance(p.get("content"), dict) else p for p in postings]


def _lever_v1_posting(posting: dict) -> dict:
    out = {k: v for k, v in posting.items() if k not in ("content", "urls", *LEVER_V1_TOP)}
    content, urls = posting["content"], posting.get("urls") if isinstance(posting.get("urls"), dict) else {}
    out.update({new: content[old] for old, new in LEVER_V1_CONTENT.items() if content.get(old) not in (None, "")})
    out.update({new: posting[old] for old, new in LEVER_V1_TOP.items() if posting.get(old) not in (None, "")})
    out.update({new: urls[old] for old, new in LEVER_V1_URLS.items() if _s(urls.get(old))})
    return out


def _names(attributes: dict) -> str:
    """What a related object is called: its name, and a place's city and country."""
    parts = [_s(attributes.get(k)) for k in ("name", "title", "city", "country")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _postings_of(data) -> list[dict]:
    """The posting objects of another board's or ATS's JSON (Ashby, Workable, SmartRecruiters,
    Recruitee, a saved JobPosting), at most `MAX_POSTINGS` + 1 looked for."""
    postings = html_reader.json_objects(data, lambda item: item if html_reader.is_posting_object(item) else None)
    return list(islice(postings, MAX_POSTINGS + 1))


def read(data, name: str) -> Document:
    owner = feed_owner(data)
    data = lever_v1(json_api(data))
    which = kind(data)
    if which is None:
        records = json_records.read(data, name)  # a base's records, their fields named as columns are
        if records is not None:
            return records
        raise DocumentError(f"{name}: this JSON is no export of job postings (Greenhouse, Lever, BambooHR, or "
                            "objects with a title and a description)")
    if which == OTHER:
        postings = _postings_of(data)
    elif which == BAMBOOHR:
        postings = bamboohr.openings(data)
    elif which == WORKABLE:
        postings = workable.jobs(data)
    else:
        postings = data["jobs"] if isinstance(data, dict) and "jobs" in data else data
    postings = postings if isinstance(postings, list) else [postings]
    if len(postings) > MAX_POSTINGS:
        raise DocumentError(f"{name}: {len(postings):,} postings in one file; at most {MAX_POSTINGS:,} "
                            "are read from one file (split the export)")
    if not postings:
        raise DocumentError(f"{name}: the export holds no postings")
    roles, warnings = [], []
    for number, posting in enumerate(postings, 1):
        if not isinstance(posting, dict):
            raise DocumentError(f"{name}: posting {number} is not an object")
        where = f"{name} (posting {number})"
        if which == OTHER:
            doc = html_reader.read_posting_object(posting, where, OTHER)
        elif which == BAMBOOHR:
            doc = bamboohr.read_opening(posting, where)
        elif which == WORKABLE:
            doc = workable.read_job(posting, where)
        else:
            doc = _greenhouse(posting, where) if which == GREENHOUSE else _lever(posting, where)
        roles.extend(doc.roles)
        warnings.extend(f"posting {number}: {w}" for w in doc.warnings)
    return Document(format=which, roles=feed_company(owned(roles, owner)), warnings=tuple(warnings))


# Where an API's answer names whose postings it lists, beside them ({"employer": {"employerName": …},
# "vacancies": […]}), and the keys of that object that hold the name.
OWNER_KEYS = ("employer", "organization", "organisation", "company", "hiringOrganization", "account", "client")
OWNER_NAME_KEYS = ("name", "employerName", "employer_name", "companyName", "company_name", "organizationName",
                   "organisationName", "displayName", "display_name", "legalName", "legal_name")


def feed_owner(data) -> str | None:
    """The organisation an API's answer says it lists postings for, at its top level, or None."""
    if not isinstance(data, dict):
        return None
    for key in OWNER_KEYS:
        value = data.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in OWNER_NAME_KEYS if _s(value.get(k))), None)
        if _s(value):
            return _s(value)
    return None


def owned(roles: list, owner: str | None) -> list:
    """Each posting that states no company given the owner the answer names beside the postings;
    the owner called as a posting's own text calls it when that is the start of its name
    ("Harbourline" for "Harbourline Event Staffing Pty Ltd"), so one company's roles stay one company."""
    if not owner:
        return roles
    for r in roles:
        said = (r.company or "").strip()
        if said and re.match(rf"{re.escape(said)}\b", owner, re.I):
            owner = said
            break
    return [r if r.company else replace(r, company=owner) for r in roles]


def feed_company(roles: list) -> tuple:
    """The roles of one feed, each posting that states no company given the one company its other
    postings state, when its own text names that company ("At Northfold Energy we operate …" beside
    "Northfold Energy is hiring an HSE Coordinator"). Several companies in one feed: none is shared."""
    companies = {r.company.strip().casefold(): r.company.strip() for r in roles if r.company and r.company.strip()}
    if len(companies) != 1:
        return tuple(roles)
    name = next(iter(companies.values()))
    said = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return tuple(replace(r, company=name) if not r.company and any(
        said.search(item) for section in r.sections for item in section.items) else r for r in roles)


def _greenhouse(job: dict, name: str) -> Document:
    fields: dict = {"title": _s(job.get("title"))}
    _put(fields, "company", job.get("company_name"))
    _put(fields, "location", job["location"].get("name") if isinstance(job.get("location"), dict) else None)
    _put(fields, "department", ", ".join(filter(None, (_s(d.get("name")) for d in job.get("departments") or []
                                                       if isinstance(d, dict)))))
    for meta in job.get("metadata") or []:
        if isinstance(meta, dict) and _s(meta.get("name")) and _s(meta.get("value")):
            label, value = _s(meta["name"]), meta["value"]
            if isinstance(value, bool):  # a yes/no field says what it answers: "Remote Eligible: yes"
                value = f"{label}: {'yes' if value else 'no'}"
            fields["employment_type" if label.lower() == "employment type" else label] = _s(value)
    for key, label in (("requisition_id", "requisition id"), ("first_published", "first published"),
                       ("updated_at", "updated"), ("absolute_url", "posting url")):
        _put(fields, label, job.get(key))
    blocks = html_reader.blocks_of(html.unescape(str(job.get("content") or "")))
    ranges = [pay for pay in job.get("pay_input_ranges") or [] if isinstance(pay, dict)]
    pays = []
    for pay in ranges:
        low, high = _cents(pay.get("min_cents")), _cents(pay.get("max_cents"))
        words = f"{low:,} - {high:,} {pay.get('currency_type') or ''}" if low and high else ""
        title = _s(pay.get("title")) or "Pay range"
        found = money.from_numbers(low, high, pay.get("currency_type"), None, f"{title}: {words}".strip())
        if found is not None:  # one range per location or level: each keeps its title
            pays.append(replace(found, label=_s(pay.get("title")) or None) if len(ranges) > 1 else found)
        blurb = [b.text for b in html_reader.blocks_of(str(pay.get("blurb") or ""))]
        blocks += [Block(HEADING, "Pay range", 2), Block(ITEM, f"{title}: {words}"), *(Block(ITEM, t) for t in blurb)]
    if pays:
        fields["salary"] = pays[0] if len(pays) == 1 else tuple(pays)
    return build(blocks, name=name, format=GREENHOUSE, fields=fields)


def _lever(posting: dict, name: str) -> Document:
    fields: dict = {"title": _s(posting.get("text"))}
    categories = posting.get("categories") if isinstance(posting.get("categories"), dict) else {}
    _put(fields, "location", categories.get("location"))
    others = [_s(x) for x in categories.get("allLocations") or [] if _s(x) != fields.get("location")]
    if others:
        fields["other locations"] = ", ".join(others)
    _put(fields, "employment_type", categories.get("commitment"))
    _put(fields, "department", ", ".join(filter(None, (_s(categories.get(k)) for k in ("department", "team")))))
    if _s(posting.get("workplaceType")):
        fields["workplace type"] = _s(posting["workplaceType"]).replace("onsite", "on-site")
    _put(fields, "country", posting.get("country"))
    for key, label in (("hostedUrl", "posting url"), ("applyUrl", "apply url"), ("reqCode", "requisition code")):
        _put(fields, label, posting.get(key))
    _put(fields, "company", _lever_company(posting))
    pay = posting.get("salaryRange")
    if isinstance(pay, dict):
        period = money.period_word(pay.get("interval"))
        words = f"{pay.get('min')} - {pay.get('max')} {pay.get('currency') or ''} {period or ''}"
        found = money.from_numbers(pay.get("min"), pay.get("max"), pay.get("currency"), period,
                                   " ".join(words.split()))
        if found is not None:
            fields["salary"] = found
    blocks: list[Block] = []
    blocks += _lever_description(posting)
    for entry in posting.get("lists") or []:
        if isinstance(entry, dict) and _s(entry.get("text")):
            blocks.append(Block(HEADING, _s(entry["text"]), 2))
            blocks += [Block(ITEM, b.text) if b.kind == TEXT else b
                       for b in html_reader.blocks_of(str(entry.get("content") or ""))]
    if _s(posting.get("salaryDescription")) or _s(posting.get("salaryDescriptionPlain")):
        blocks.append(Block(HEADING, "Compensation", 2))
        blocks += _html_or_plain(posting.get("salaryDescription"), posting.get("salaryDescriptionPlain"))
    extra = _html_or_plain(posting.get("additional"), posting.get("additionalPlain"))
    if extra and extra[0].kind != HEADING:
        blocks.append(Block(HEADING, "Additional information", 2))
    blocks += extra
    return build(blocks, name=name, format=LEVER, fields=fields)


def _lever_description(posting: dict) -> list[Block]:
    """The opening and the body once: Lever's `description` is both together,
    `descriptionBody` the body alone; older exports have only the two halves."""
    opening = _html_or_plain(posting.get("opening"), posting.get("openingPlain"))
    if _s(posting.get("descriptionBody")) or _s(posting.get("descriptionBodyPlain")):
        return opening + _html_or_plain(posting.get("descriptionBody"), posting.get("descriptionBodyPlain"))
    description = _html_or_plain(posting.get("description"), posting.get("descriptionPlain"))
    said = {" ".join(b.text.split()) for b in description}
    if opening and all(" ".join(b.text.split()) in said for b in opening):
        return description
    return opening + description


def _lever_company(posting: dict) -> str | None:
    """Lever's API names no company, but its URLs hold the board's name (jobs.lever.co/foxglove/…): the
    capitalised words of the text that begin with it ("Foxglove Robotics")."""
    match = _LEVER_SITE.search(_s(posting.get("hostedUrl")) or _s(posting.get("applyUrl")))
    if not match:
        return None
    site = match.group(1).replace("-", "").casefold()
    text = " ".join(_s(posting.get(k)) for k in ("openingPlain", "descriptionPlain", "additionalPlain"))
    for name in re.findall(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}", text):
        words = name.split()
        if any("".join(words[:k]).casefold() == site for k in range(1, len(words) + 1)):
            return name
    return None


def _html_or_plain(markup, plain) -> list[Block]:
    if _s(markup):
        return html_reader.blocks_of(str(markup))
    return [Block(TEXT, line.strip()) for line in str(plain or "").splitlines() if line.strip()]


def _cents(value) -> int | None:
    try:
        return int(value) // 100 if value not in (None, "") else None
    except (TypeError, ValueError):
        return None

