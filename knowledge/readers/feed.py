"""XML feeds of open positions (Personio's `<workzag-jobs>`, the XML exports other ATSs and job boards
publish): the elements as the JSON exports' objects and lists, then read like them
(`knowledge.readers.ats`): every object with a title and a description is a posting. Entities and
network access are never resolved."""

from collections import Counter
from itertools import islice

from lxml import etree

from knowledge.parse import DocumentError
from knowledge.readers import html as html_reader
from knowledge.readers import hr_xml, spreadsheetml, syndication, word2003
from knowledge.readers.ats import MAX_POSTINGS
from knowledge.readers.model import Document

FORMAT = "xml_feed"


def read(text: str, name: str) -> Document:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentError(f"{name}: not an XML feed that can be read ({exc})")
    if word2003.is_word_2003(root):  # a Word document saved as one XML file, not a feed
        return word2003.read(root, name)
    if spreadsheetml.is_workbook(root):  # Excel 2003's XML Spreadsheet: a role a row, as a workbook's
        return spreadsheetml.read(root, name)
    if syndication.is_feed(root):  # RSS or Atom: the channel is the feed's, each item a posting
        return syndication.read(root, name, FORMAT, MAX_POSTINGS)
    if hr_xml.openings(root):  # HR-XML / HR Open Standards: each PositionOpening a role, its parts by name
        return hr_xml.read(root, name)
    data = as_data(root)
    postings = list(islice(html_reader.json_objects(
        data, lambda item: item if html_reader.is_posting_object(item) else None), MAX_POSTINGS + 1))
    if not postings:
        raise DocumentError(f"{name}: this XML holds no job postings (elements with a title or name and a "
                            "description)")
    if len(postings) > MAX_POSTINGS:
        raise DocumentError(f"{name}: over {MAX_POSTINGS:,} postings in one file; at most {MAX_POSTINGS:,} "
                            "are read from one file (split the feed)")
    roles, warnings = [], []
    for number, posting in enumerate(postings, 1):
        doc = html_reader.read_posting_object(posting, f"{name} (posting {number})", FORMAT)
        roles.extend(doc.roles)
        warnings.extend(f"posting {number}: {w}" for w in doc.warnings)
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(warnings))


def _tag(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def as_data(root):
    """An element as JSON-like data: its text when it has no child elements (CDATA HTML kept as
    written), a list when its children are one repeated element or one element its name is the plural
    of (`<jobDescriptions><jobDescription>`), else an object of its children by name (a name repeated
    among others a list: a feed's `<publisher>` then its `<job>`s). Walked without
    recursion of ours."""
    out: dict = {}
    stack = [(root, out, None)]
    while stack:
        element, parent, key = stack.pop()
        children = [c for c in element if _tag(c)]
        if not children:
            value = (element.text or "").strip()
        else:
            tags = {_tag(c) for c in children}
            only = next(iter(tags)) if len(tags) == 1 else None
            if only and (len(children) > 1 or _tag(element).casefold() == f"{only}s".casefold()):
                value = [None] * len(children)
                stack.extend((c, value, i) for i, c in enumerate(children))
            else:
                value = {}
                counts = Counter(_tag(c) for c in children)
                for child in children:
                    name = _tag(child)
                    if counts[name] > 1:  # repeated among others (an Indeed <source>'s <job>s): a list of them
                        value.setdefault(name, [])
                        value[name].append(None)
                        stack.append((child, value[name], len(value[name]) - 1))
                        continue
                    value[name] = None
                    stack.append((child, value, name))
        if key is None and parent is out:
            out["root"] = value
        else:
            parent[key] = value
    return out["root"]
