"""A Google Docs document downloaded as a web page: every run is a `<span class="c1">` styled by a
`<style>` block of classes, so bold and size live in classes, not tags. Before the page is read,
a class's bold becomes `<b>`, and a paragraph all in large text (the document's title, set in 20pt
rather than as a Heading) becomes an `<h1>`. Reviewers' comments (`[a]` anchors, their text
gathered at the end of the document) are the document's review, never the role's; so is a line
above the title that says the draft is internal."""

import re

from knowledge.readers.markdown import INTERNAL

_EXPORT = re.compile(r'class="[^"]*\bdoc-content\b|\blst-kix_|id="cmnt_ref\d+"|id="h\.[a-z0-9]+"')
_RULE = re.compile(r"\.(?P<name>c\d+)\{(?P<body>[^}]*)\}")
_SPAN = re.compile(r'<span class="(?P<classes>[^"]*)">(?P<text>[^<]*)</span>')
_PARAGRAPH = re.compile(r"<p\b[^>]*>(?P<inner>(?:\s*<span\b[^>]*>[^<]*</span>)+)\s*</p>")
_COMMENT_REF = re.compile(r'(?:<sup>)?<a href="#cmnt\d+" id="cmnt_ref\d+">[^<]*</a>(?:</sup>)?')
_COMMENT = re.compile(r'<div\b[^>]*>\s*(?:<p\b[^>]*>\s*<a href="#cmnt_ref\d+" id="cmnt\d+">.*?</p>\s*)+</div>', re.S)
_COMMENT_PARAGRAPH = re.compile(r'<p\b[^>]*>\s*<a href="#cmnt_ref\d+" id="cmnt\d+">.*?</p>', re.S)
_ANY_SPAN = re.compile(r"</?span\b[^>]*>")
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")
_SIZE = re.compile(r"font-size\s*:\s*(?P<size>\d+(?:\.\d+)?)pt")
# Text this large (in points) set alone in a paragraph is the document's title; body text is 10–12pt.
TITLE_POINTS = 18


def is_export(text: str) -> bool:
    return bool(_EXPORT.search(text[:200_000]))


def plain(text: str) -> str:
    """The export with its comments gone and its classes' bold and title size as tags."""
    text = _COMMENT_REF.sub("", _COMMENT.sub("", text))
    text = _COMMENT_PARAGRAPH.sub("", text)
    bold, large = set(), set()
    for rule in _RULE.finditer(text):
        if _BOLD.search(rule.group("body")):
            bold.add(rule.group("name"))
        size = _SIZE.search(rule.group("body"))
        if size and float(size.group("size")) >= TITLE_POINTS:
            large.add(rule.group("name"))

    def title(match: re.Match) -> str:
        spans = list(_SPAN.finditer(match.group("inner")))
        words = "".join(s.group("text") for s in spans).strip()
        if words and all(set(s.group("classes").split()) & large for s in spans if s.group("text").strip()):
            return f"<h1>{words}</h1>"
        return match.group(0)

    def span(match: re.Match) -> str:
        if set(match.group("classes").split()) & bold and match.group("text").strip():
            return f'<span class="{match.group("classes")}"><b>{match.group("text")}</b></span>'
        return match.group(0)

    text = _SPAN.sub(span, _PARAGRAPH.sub(title, text))
    heading = text.find("<h1>")
    if heading > 0:  # "INTERNAL DRAFT v2 – do not share link" above the title: the document's, not the role's
        head = _PARAGRAPH.sub(lambda m: "" if INTERNAL.search(m.group(0)) else m.group(0), text[:heading])
        text = head + text[heading:]
    return _ANY_SPAN.sub("", text)  # one run split over spans is one run, not a row of chips
