"""Newline-delimited JSON (`.jsonl`, `.ndjson`): what a scraper or a board's bulk export writes, one
posting object a line. Each line is read like one object of a JSON export (`knowledge.readers.ats`);
a line that is no JSON, or an object that is only a scraper's error record, is named and passed over,
and the same posting scraped twice (from two boards) is read once, since a bad or repeated line says
nothing against the postings beside it."""

import json

from knowledge.parse import DocumentError
from knowledge.readers import ats
from knowledge.readers import html as html_reader
from knowledge.readers.model import Document

FORMAT = "ndjson"
# The keys a scraper's record of a failed fetch carries instead of a posting.
ERROR_KEYS = ("error", "errors", "error_message", "status_error")
# A posting's identity when two lines may be one posting from two sources: its title, company and text
# (the URL, source and scrape time differ from board to board).
SAME_POSTING_KEYS = ("title", "company", "location") + html_reader.DESCRIPTION_KEYS


def read(text: str, name: str) -> Document:
    postings, warnings, seen = [], [], {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:
            warnings.append(f"line {number} is not JSON ({exc}): skipped")
            continue
        if not html_reader.is_posting_object(item):
            error = next((html_reader._str(item.get(k)) for k in ERROR_KEYS if isinstance(item, dict)
                          and html_reader._str(item.get(k))), None)
            warnings.append(f"line {number} is no posting" + (f" (the scraper's error: {error})" if error else
                                                              " (no title and description)") + ": skipped")
            continue
        identity = tuple(" ".join(str(item.get(k) or "").split()).casefold() for k in SAME_POSTING_KEYS)
        if identity in seen:
            warnings.append(f"line {number} repeats the posting of line {seen[identity]} "
                            f"({html_reader._str(item.get('title'))}): read once")
            continue
        seen[identity] = number
        postings.append(item)
    if not postings:
        raise DocumentError(f"{name}: no line of this JSON Lines file is a job posting"
                            + (f" ({warnings[0]})" if warnings else ""))
    document = ats.read(postings, name)
    return Document(format=FORMAT, roles=document.roles, warnings=(*warnings, *document.warnings))
