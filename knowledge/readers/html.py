"""Saved careers and handbook pages, read with selectolax (lexbor).

schema.org `JobPosting` data (JSON-LD, microdata, or a careers app's page data) is read first; the
visible page too, without navigation, sidebars, scripts, forms and cookie banners, and it is the
body when it says more. Everything walks the tree with `traverse()`, no recursion of ours, so a
deeply nested page costs time in proportion to its size."""

import html
import json
import re
from pathlib import PurePath

from selectolax.lexbor import LexborHTMLParser

from knowledge.parse import DocumentError
from knowledge import sections as S
from knowledge.readers import cards, company as hiring, google_docs, hacker_news, headings, markdown, plaintext, salary as money, tabs
from knowledge.readers.build import DOCUMENT_KINDS, build
from knowledge.readers.model import HEADING, ITEM, ROW, TEXT, Block, Document

FORMAT = "html"
# Elements that are never the posting.
NOISE = (
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "footer",
    "button", "select", "[role=navigation]", "[role=search]", "[role=contentinfo]", "[aria-hidden=true]",
    "[id*=cookie i]", "[class*=cookie i]", "[id*=consent i]", "[class*=consent i]",
    "[class*=breadcrumb i]", "[id*=breadcrumb i]", "[class*=page-metadata i]", "[id*=sidebar i]", "[class*=sidebar i]", "[class*=mega-menu i]",
    "[class*=newsletter i]", "[class*=share i]", "[class*=megamenu i]", "[class*=utility i]",
    "[class*=filter i]", "[class*=aside i]", "[id=footer i]", "[class~=footer i]", "[class*=main-footer i]", "[class*=site-footer i]",
    "[class*=site-header i]",
    "[class*=skip-link i]", "[class*=skiplink i]", "[class*=skip-to i]",  # "Skip to Main Content"
    "[class*=back-to-jobs i]", "[class*=poweredby i]", "[class*=powered-by i]", "[id*=powered-by i]",
    "[id*=poweredby i]", "[class*=postings-btn i]",
    "a[class*=button i]", "a[class*=btn i]",  # "Apply for this job", "Email this job to a friend"
    # iCIMS portals: the portal's menu, job options and footer around the posting.
    "[class*=icims_nav i]", "[class*=icims_joboptions i]", "[class*=icims_footer i]",
    # Workday (myworkdayjobs) marks its page chrome by data-automation-id.
    "[data-automation-id=headerContainer]", "[data-automation-id=footerContainer]",
    "[data-automation-id=adventureButton]", "[data-automation-id=similarJobs]",
    # A chat channel saved as a page (Teams, Slack): the app's bars and tabs, who posted when, the
    # reactions and the box to write in are the app's, not the posting's.
    "[class*=app-bar i]", "[class*=channel-header i]", "[class*=reactions i]", "[class*=compose i]",
    "[class*=reply-box i]", "[contenteditable]", "[class*=message__author i]", "[class*=message-author i]",
    "[class*=chat i] time",
    # SharePoint: the suite bar, ribbon, Quick Launch and "Last modified … by" around the web parts.
    "[id*=suiteBar i]", "[id*=ribbon i]", "[id*=sideNavBox i]", "[class*=ms-core-navigation i]",
    "[class*=ms-metadata i]",
)
# A page as a browser saves it (scripts, inline images: 3 MB at most of those tried) is read up
# to this size, then slimmed to its readable part.
MAX_SAVED_PAGE_BYTES = 8_000_000
_PAGE_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html\b)", re.I)
# A page's own data in a script (a careers app's props) is kept up to this size.
MAX_PAGE_DATA_BYTES = 200_000
_PAGE_DATA = re.compile(rb"<script\b[^>]*application/json[^>]*>.*?</script\s*>", re.I | re.S)
# The same data assigned in a plain script ("window.__appData = {...};", Ashby).
_APP_DATA = r"window\.__(?:appData|APP_DATA|INITIAL_STATE__|initialState)\s*=\s*"
_ASSIGNED_DATA = re.compile(rb"<script\b(?![^>]*\bsrc=)[^>]*>\s*" + _APP_DATA.encode() +
                            rb"(?P<json>\{.*?\})\s*;?\s*</script\s*>", re.S)
_ASSIGNED_TEXT = re.compile(r"^\s*" + _APP_DATA + r"(?P<json>\{.*\})\s*;?\s*$", re.S)
_NEVER_READ = re.compile(rb"<script\b(?![^>]*application/(?:ld\+)?json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>"
                         rb"|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->", re.I | re.S)
_DATA_URI = re.compile(rb"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+")
# A bullet typed into a paragraph instead of a list.
_TYPED_BULLET = re.compile(r"^(?:[-–—*•◦▪‣●○■►▸·]|\d{1,2}[.)])\s+(?=\S)")
# Links back to the board, wherever a page puts them.
_BACK_LINK = re.compile(r"^\W*(?:back to (?:all )?(?:jobs|careers|openings|job board)|(?:view|see) all (?:jobs|openings))\W*$",
                        re.I)
# A <title> half that names the board or page, not the hiring company.
_BOARD_WORDS = re.compile(r"\b(?:careers?|jobs?|greenhouse|lever|workable|ashby|hiring|apply)\b", re.I)
# Job boards' own markup for a posting's fields, outside its description
# (boards.greenhouse.io's header and pay box, jobs.lever.co's category chips,
# Ashby's left pane): field -> CSS selectors, the first one found wins.
BOARD_FIELDS = (
    ("location", "#header .location, .posting-categories .location, .job__location"),
    # a board's header line naming the employer under the title (pracuj.pl's `text-employerName`)
    ("company", "#header .company-name, [data-test*=employername i], [class*=employer-name i], "
                "[class*=employername i]"),
    ("department", ".posting-categories .department"),
    ("employment_type", ".posting-categories .commitment"),
    ("workplace type", ".posting-categories .workplaceTypes"),
    ("salary", ".content-pay-transparency, .job__pay-range"),
)
# Where a page without an <h1> keeps its posting's title (a Google Docs export: the Title style's `p.title`).
# Boards with no heading at all mark it by class or id (Greenhouse's embed: `.app-title`; JazzHR: `#resumator-job-title`).
TITLES = ("h1, p.title, .posting-headline h2, [itemprop=title], [class*=job-title i], [class*=posting-title i], "
          "[class*=jobtitle i], [id*=job-title i], [id*=jobtitle i], [class*=app-title i]")
BLOCKS = {"p", "div", "section", "article", "main", "header", "ul", "ol", "dl", "dt", "dd", "table",
          "tr", "blockquote", "pre", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "address",
          "figure", "figcaption", "details", "summary", "tbody", "thead"}
BOLD = {"strong", "b"}
# The heading level of an accordion's <summary>: under the page's <h1>, over the bold lines inside it.
SUMMARY_LEVEL = 2
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
# structured field -> the heading its items go under (mapped by knowledge.readers.headings)
LISTS = (("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
         ("skills", "Skills"), ("educationRequirements", "Education requirements"),
         ("experienceRequirements", "Experience requirements"), ("jobBenefits", "Benefits"),
         ("incentiveCompensation", "Compensation"))
MAX_JSON_NODES = 100_000
# Real pages nest a few dozen elements deep; a page nested deeper than this
# is refused before it is parsed (an attack, or no page a person saved).
MAX_DEPTH = 1_000
# Elements whose end tag may be left out, and those that have none: not counted.
_UNCLOSED = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
             "colgroup", "rp", "rt", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
             "meta", "source", "track", "wbr", "param", "html", "head", "body"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")


def is_saved_page(data: bytes, name: str) -> bool:
    return PurePath(name).suffix.lower() in (".html", ".htm") or bool(_PAGE_START.match(data[:1024]))


def slimmed(data: bytes) -> bytes:
    """A saved page without what is never read (scripts but JSON and page data, styles, SVG, comments,
    `data:` URIs), which would otherwise push it past the text size limit."""
    if len(data) > MAX_SAVED_PAGE_BYTES:
        return data  # refused for its size, with the reason, when decoded
    text = data.decode("utf-8", "surrogateescape")
    if google_docs.is_export(text):  # its bold and title live in the styles slimming drops: read them first
        data = google_docs.plain(text).encode("utf-8", "surrogateescape")
    data = _ASSIGNED_DATA.sub(lambda m: b'<script type="application/json">' + m.group("json") + b"</script>"
                              if len(m.group(0)) <= MAX_PAGE_DATA_BYTES else b"", data)
    data = _PAGE_DATA.sub(lambda m: m.group(0) if len(m.group(0)) <= MAX_PAGE_DATA_BYTES else b"", data)
    return _DATA_URI.sub(b"data:", _NEVER_READ.sub(b"", data))


def read(text: str, name: str) -> Document:
    depth = nesting(text)
    if depth > MAX_DEPTH:
        raise DocumentError(f"{name}: the page nests elements {depth:,} deep; pages are read "
                            f"up to {MAX_DEPTH:,} deep")
    if google_docs.is_export(text):  # styles in classes, reviewers' comments at the end
        text = google_docs.plain(text)
    tree = LexborHTMLParser(text)
    if hacker_news.is_comment_page(tree):  # a "Who is hiring?" comment and its thread
        thread = hacker_news.read(tree, name)
        if thread is not None:
            return thread
    for heading in tree.css("h1, h2"):  # "Human Resources › Site Pages › Posting 77": where, not what
        if plaintext._BREADCRUMBS.fullmatch(" ".join(heading.text().split())):
            heading.decompose()
    warnings: list[str] = []
    posting = _json_ld(tree, warnings) or _microdata(tree) or _page_data(tree)
    fields: dict = {}
    structured: list[Block] = []
    if posting:
        fields, structured = _posting(posting)
    for label, value in _board_fields(tree) + _sidebar_fields(tree) + _criteria_fields(tree):
        fields.setdefault(label, value)
    if not fields.get("company"):
        company = _page_company(tree, fields.get("title") or _text_of(tree.css_first(TITLES)))
        if company:
            fields["company"] = company
    page = _text_of(tree.css_first("head > title"))
    root = _main_root(tree, warnings)
    if not posting:
        listed = _cards(root, name, fields, warnings, (page,) if page else ())
        if listed is not None:
            return listed
    visible = _facts_paired(_blocks(root)) if root is not None else []
    description = structured[: structured.index(None)] if None in structured else structured
    extra = structured[len(description) + 1:] if None in structured else []
    body = visible if _size(visible) > _size(description) else description
    if posting and body is visible and description:
        warnings.append("the page's own text is longer than its JobPosting description and was read instead")
    if not fields.get("title") and (title := _text_of(tree.css_first(TITLES)) or _title_shown(page, body)):
        fields["title"] = title
    return build([b for b in body if b is not None] + extra, name=name, format=FORMAT, fields=fields,
                 warnings=warnings, hints=(page,) if page else ())


def _board_fields(tree) -> list[tuple[str, str]]:
    """A job board's field chips and pay box, taken out of the page once read so they are not read
    again as the description's first lines."""
    out = []
    for label, selector in BOARD_FIELDS:
        node = tree.css_first(selector)
        if node is None:
            continue
        text = " ".join(node.text(separator=" ").split())
        text = re.sub(r"^at\s+", "", text) if label == "company" else text
        if text:
            out.append((label, text))
            node.decompose()
    return out


# Where a careers page keeps the posting's key facts beside it (Teamtailor's <dl>, BambooHR's aside of
# label / value paragraphs): read before the sidebar is dropped as chrome.
SIDEBARS = "aside, [class*=sidebar i], [id*=sidebar i]"
SIDEBAR_FIELDS = {S.LOCATION: "location", S.COMPENSATION: "salary", S.EMPLOYMENT_TYPE: "employment_type",
                  S.TEAM: "department"}
MAX_SIDEBAR_LABEL_WORDS, MAX_SIDEBAR_VALUE_WORDS = 4, 15


def _sidebar_fields(tree) -> list[tuple[str, str]]:
    """Location, pay, employment type and department from a sidebar's label line and the value line
    under it ("Compensation" / "$58,000 - $68,000 / year")."""
    out: dict[str, str] = {}
    for node in tree.css(SIDEBARS):
        lines = [" ".join(t.split()) for t in node.text(separator="\n").split("\n") if t.strip()]
        for label, value in zip(lines, lines[1:]):
            key = SIDEBAR_FIELDS.get(headings.facet(label)) if len(label.split()) <= MAX_SIDEBAR_LABEL_WORDS else None
            if key and headings.facet(value) is None and len(value.split()) <= MAX_SIDEBAR_VALUE_WORDS:
                out.setdefault(key, value)
    return list(out.items())


def _text_of(node) -> str:
    return " ".join(node.text().split()) if node is not None else ""


def _page_company(tree, title: str) -> str | None:
    """The company a saved page names besides the posting's title: `og:site_name`, or the other half of
    its `<title>` ("Quayside Analytics - Product Manager")."""
    site = tree.css_first('meta[property="og:site_name"]')
    if site is not None and _str(site.attributes.get("content")):
        # "Kooijman Fietsen careers", a careers site's name: the company's, without the board's word
        return hiring.without_board_words(_str(site.attributes.get("content")))
    page = _text_of(tree.css_first("title"))
    page = re.sub(r"^(?:job application for|apply for|careers at)\s+", "", page, flags=re.I)
    if not title or not page:
        return None
    folded = " ".join(title.casefold().split())
    for separator in (" at ", " @ ", " - ", " – ", " — ", " | "):
        if separator not in page:
            continue
        left, right = page.split(separator, 1) if separator in (" at ", " @ ") else page.rsplit(separator, 1)
        for part, other in ((right, left), (left, right)):
            if " ".join(other.casefold().split()) == folded and part.strip() and not _BOARD_WORDS.search(part):
                return part.strip()
    return None


def nesting(text: str) -> int:
    """How deep `text`'s elements nest, by their tags (one pass, no parse)."""
    depth = deepest = 0
    for closing, tag, self_closing in _TAG.findall(text):
        if self_closing or tag.lower() in _UNCLOSED:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def blocks_of(fragment: str) -> list[Block]:
    """The blocks of an HTML fragment (an ATS export's or JSON-LD description)."""
    if nesting(fragment) > MAX_DEPTH:
        raise DocumentError(f"an HTML description nests elements deeper than {MAX_DEPTH:,}")
    tree = LexborHTMLParser(f"<body>{fragment}</body>")
    return _blocks(tree.body) if tree.body is not None else []


def _size(blocks) -> int:
    return sum(len(b.text) for b in blocks if b is not None)


def _main_root(tree, warnings: list[str]):
    tabs.label_panels(tree)  # before the tab strip's buttons go with the other controls
    removed = 0
    for selector in NOISE:
        for node in tree.css(selector):
            node.decompose()
            removed += 1
    removed += _drop_forms(tree)
    for node in tree.css("details"):  # a toggle marked internal (Notion's "🔒 Internal – interview notes")
        summary = node.css_first("summary")
        if summary is not None and markdown.INTERNAL.search(summary.text()):
            node.decompose()
            warnings.append("a toggle marked internal was skipped (the team's notes, not the posting)")
    for node in tree.css("header"):
        if not _inside(node, ("main", "article")):
            node.decompose()
            removed += 1
    for node in tree.css(SITE_BANNERS):  # a site's banner as a <div> (NEOGOV's "agency-header")
        if node.css_first(TITLES) is None and node.css_first("main, article, [role=main]") is None:
            node.decompose()
            removed += 1
    for node in tree.css("[class*=hero i]"):  # a careers page's banner ("Make worlds people live in.")
        if node.css_first(TITLES) is None and not _inside(node, ("main", "article")):
            node.decompose()
            removed += 1
    if removed:
        warnings.append(f"{removed} parts of the page that are not the posting (navigation, sidebars, scripts, "
                        "forms, footers, cookie notices) were skipped")
    for node in tree.css("a"):
        if _BACK_LINK.match(" ".join(node.text().split())):
            node.decompose()
    struck = tree.css("s, strike, del")
    for node in struck:  # a closing date or salary struck through is no longer so
        node.decompose()
    if struck:
        warnings.append(f"{len(struck)} struck-out passages were not read (no longer true)")
    root = (tree.css_first("main") or tree.css_first("[role=main]") or tree.css_first("article")
            or tree.body)
    return root


def _main_blocks(tree, warnings: list[str]) -> list[Block]:
    root = _main_root(tree, warnings)
    return _facts_paired(_blocks(root)) if root is not None else []


def _applying(block: Block, blocks: list[Block]) -> bool:
    """Whether `block` is in a section of `blocks` about applying ("How to apply")."""
    heading = None
    for b in blocks:
        if b.kind == HEADING:
            heading = b
        if b is block:
            return heading is not None and headings.facet(heading.text) in (S.NOT_ABOUT_ROLE, S.HIRING_PROCESS)
    return False


def _cards(root, name: str, fields: dict, warnings: list[str], hints: tuple) -> Document | None:
    """A careers page of posting cards (`knowledge.readers.cards`): a role per card, with what the page
    says around them; None when the page has no such cards."""
    found = cards.find(root) if root is not None else []
    if not found:
        return None
    own = [(cards.title(card), cards.status(card), card.html) for card in found]
    for card in found:
        card.decompose()
    shared = cards.page_blocks(_facts_paired(_blocks(root)))
    roles, notes = [], list(warnings)
    for title, status, markup in own:
        card_fields = {k: v for k, v in fields.items() if k in ("company",)}
        card_fields["title"] = title
        if status:
            card_fields["status"] = status
            notes.append(f"'{title}' is marked {status.lower()}: kept, with its status")
        # a filled post takes who the employer is from the page, not how to apply to it
        around = [b for b in shared if not status or not _applying(b, shared)]
        blocks = _facts_paired(blocks_of(markup))
        if status:
            blocks = _notice_as_hiring_process(blocks)
        document = build([*blocks, *around], name=name, format=FORMAT, fields=card_fields, hints=hints)
        roles.extend(document.roles)
        notes.extend(document.warnings)  # the page's own sections warn once, not once per card
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(dict.fromkeys(notes)))


# A filled or closed card's sentence that says so: "This position has been filled – thank you to everyone
# who applied", "Applications have now closed".
_CLOSED_NOTICE = re.compile(r"\b(?:has|have) been filled\b|\bno longer (?:accepting|taking|open)\b|"
                            r"\bapplications? (?:are|is|have|has) (?:now )?closed\b", re.I)


def _notice_as_hiring_process(blocks: list[Block]) -> list[Block]:
    """A filled card's notice also under a hiring-process heading of its own: it is what "can I still
    apply" asks, and the page's how-to-apply, which would say it, is left out for a filled post."""
    notices = [b for b in blocks if b.kind == TEXT and _CLOSED_NOTICE.search(b.text)]
    if not notices:
        return blocks
    return blocks + [Block(HEADING, "Hiring process", 2), *notices]


# A site's banner that is no <header>: a child of <body> whose class or id says header.
SITE_BANNERS = "body > [class*=header i], body > [id*=header i]"
# A <form> is the page's controls (search, apply), unless it holds most of the page's text: ASP.NET
# and Taleo wrap the whole page, posting and all, in one form.
MAX_FORM_SHARE = 0.5


def _drop_forms(tree) -> int:
    body = len(" ".join((tree.body.text() if tree.body is not None else "").split())) or 1
    dropped = 0
    for form in tree.css("form"):
        if len(" ".join(form.text().split())) / body <= MAX_FORM_SHARE:
            form.decompose()
            dropped += 1
    return dropped


def _facts_paired(blocks: list[Block]) -> list[Block]:
    """Key facts laid out as a label line over a value line ("Salary" / "$31.42 - $40.11 Hourly", a
    NEOGOV summary of <div>s): "Label: value" lines, by the plain-text reader's rule for pairs."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == TEXT:
            run.append(block)
            continue
        if run:
            lines = plaintext.label_value_pairs([b.text for b in run])
            out.extend(run if len(lines) == len(run) else [Block(TEXT, line) for line in lines])
            run = []
        if block is not None:
            out.append(block)
    return out


def _title_shown(page: str, body: list) -> str:
    """The posting's title when no element is marked as one: the longest line of the page that its
    <title> repeats ("Job Description - Journeyman Electrician - Shipyard (2nd Shift) (26000318)", a
    Taleo page of nested tables), when the page has no heading that could be the title."""
    blocks = [b for b in body if b is not None]
    if not page or any(b.kind == HEADING and headings.facet(b.text) is None and ": " not in b.text for b in blocks):
        return ""
    folded = page.casefold()
    shown = [b.text for b in blocks if b.kind != ITEM and MIN_TITLE_WORDS <= len(b.text.split()) <= MAX_TITLE_WORDS
             and b.text.casefold() in folded and headings.facet(b.text) is None
             and headings.fold(b.text) not in DOCUMENT_KINDS]
    return max(shown, key=len, default="")


MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 12


# A row whose first cell is only a bullet glyph, as an email newsletter lays out a list.
_BULLET_CELL = re.compile(r"^[●•◦▪■◆►▸‣·*–-] \| (?P<text>[^|]+)$")


def _within(node, owner, limit: int = 60) -> bool:
    """Whether `node` is inside `owner`: the element a line began at (an <li>, a heading) still holds it."""
    parent = node.parent
    while parent is not None and limit:
        if parent == owner:
            return True
        parent, limit = parent.parent, limit - 1
    return False


# A list item that is a criterion, its label a heading and its value the words after it ("<li><h3>Seniority
# level</h3><span>Mid-Senior level</span></li>"): a fact, not a section, and never a role.
MAX_TERM_WORDS, MAX_CRITERION_WORDS = 5, 20


def _criteria_fields(tree) -> list[tuple[str, str]]:
    """The page's criteria as fields, each taken out of the page once read (else its label would head a
    section, or a card of its own)."""
    out = []
    for item in tree.css("li"):
        found = item.css("h2, h3, h4, h5, h6")
        if len(found) != 1 or found[0].parent != item or cards.is_card(item):
            continue
        words, term = " ".join(item.text().split()), " ".join(found[0].text().split())
        value = words[len(term):].strip() if words.startswith(term) else ""
        if 0 < len(term.split()) <= MAX_TERM_WORDS and value and len(words.split()) <= MAX_CRITERION_WORDS:
            out.append((term, value))
            item.decompose()
    return out


def _inside(node, tags, limit: int = 60) -> bool:
    parent = node.parent
    while parent is not None and limit:
        if parent.tag in tags:
            return True
        parent, limit = parent.parent, limit - 1
    return False


# A cell's paragraphs and list kept in its row (Confluence's <td><p>…</p></td>), in a row of data:
# two cells or more, each of at most this many of them, and no heading or table inside. Any other
# row is a page laid out in a table (an HTML email, a menu beside the posting): its lines are its own.
_CELL_BLOCKS = ("p", "div", "br", "ul", "ol", "li")
MAX_CELL_BLOCKS = 3


def _data_row(row) -> bool:
    cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
    return len(cells) > 1 and all(
        sum(1 for inner in cell.traverse() if inner.tag in _CELL_BLOCKS) <= MAX_CELL_BLOCKS
        and not any(inner.tag == "table" or inner.tag[0] == "h" and inner.tag[1:].isdigit()
                    for inner in cell.traverse() if inner is not cell and inner.tag != "-text")
        for cell in cells)


# An empty element drawn as a dot or bar between facts on one line: its class says so.
_SEPARATOR_CLASS = re.compile(r"separator|divider", re.I)


# Inline elements a bold run may wrap (JazzHR's headings: <b><u>Pay</u></b>).
_INLINE = {"u", "i", "em", "span", "a", "font", "small", "big", "mark", "ins"}
MAX_INLINE_DEPTH = 3


def _in_bold(parent) -> bool:
    """Whether text under `parent` is bold: a <strong>/<b> or bold style at most a few inline elements up."""
    for _ in range(MAX_INLINE_DEPTH):
        if parent is None:
            return False
        if parent.tag in BOLD or _BOLD_STYLE.search(parent.attributes.get("style") or ""):
            return True
        if parent.tag not in _INLINE:
            return False
        parent = parent.parent
    return False


# A bold line that is a labelled fact ("<b>Pay: $41.25/hr</b>"), not a heading.
_BOLD_FACT = re.compile(r"^[A-Za-z][\w &/'’-]{0,30}:\s+\S")
# A table cell that labels its row: marked so by its class (Taleo's "inlinelabel"), or all in bold.
_LABEL_CLASS = re.compile(r"label", re.I)
MAX_LABEL_CELL_WORDS = 5


def _label_cell(cell) -> bool:
    words = " ".join(cell.text().split())
    if not words or len(words.split()) > MAX_LABEL_CELL_WORDS:
        return False
    marked = [cell, *cell.iter()]
    if any(_LABEL_CLASS.search(node.attributes.get("class") or "") for node in marked):
        return True
    bold = cell.css_first("b, strong")
    return bold is not None and " ".join(bold.text().split()) == words


def _repeats_sibling(node) -> bool:
    """An inline element right after one of its own tag and class, both with words: chips of a facts
    line that the page draws apart with CSS alone, read apart."""
    kind = node.attributes.get("class")
    if not node.text().strip() or not kind and not _chips_alone(node):
        return False
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    return (before is not None and before.tag == node.tag and before.attributes.get("class") == kind
            and bool(before.text().strip()))


def _chips_alone(node) -> bool:
    """Whether `node`'s parent holds nothing but elements of its tag (and spaces), as a tag row does:
    "<p class=tags><span>寮あり</span><span>未経験OK</span></p>" are two tags, not one word, though
    the spans have no class of their own."""
    parent = node.parent
    if parent is None:
        return False
    children = list(parent.iter(include_text=True))
    return len(children) > 1 and all(
        c.tag == node.tag or c.tag == "-text" and not (c.text_content or "").strip() for c in children)


def _blocks(root) -> list[Block]:
    out: list[Block] = []
    line = {"kind": TEXT, "level": 0, "parts": [], "bold": 0}

    def flush():
        text = " ".join("".join(line["parts"]).split())
        if text:
            kind, level = line["kind"], line["level"]
            if kind == ROW and " | " not in text:
                kind = TEXT  # a row of one cell is a line of a page laid out in a table
            bullet = _BULLET_CELL.match(text) if kind == ROW else None
            if bullet:  # a layout table's bullet column ("● | Run the kitchen"): a list's item
                kind, text = ITEM, bullet.group("text")
            plain = len(text.replace(" ", "").rstrip(":"))
            if kind == TEXT and line["bold"] >= plain and len(text) <= 80 and not _BOLD_FACT.match(text):
                kind, level, text = HEADING, 6, text.rstrip(":").strip()
            elif kind == TEXT and _TYPED_BULLET.match(text):  # "• Run the night shift<br>• Plan labour"
                kind, text = ITEM, _TYPED_BULLET.sub("", text)
            if kind == ROW and line.get("th") and text.count(" | ") == 1:
                kind, text = TEXT, text.replace(" | ", ": ")  # a key-facts row: "<th>Location</th><td>Dublin"
            strong = " ".join("".join(line.get("strong") or []).split())
            if line.get("summary") and strong and len(strong) < len(text) and text.startswith(strong):
                # an accordion's <summary>: "<strong>Year 4 Class Teacher</strong> – full time – closing
                # date 9 January 2027": the bold words head it, the rest is said under them
                out.append(Block(HEADING, strong, level))
                out.append(Block(TEXT, text[len(strong):].strip(" –—-|·,:")))
            elif kind == TEXT and out and out[-1].kind == TEXT and line.get("dd") and out[-1].text.endswith("\0"):
                labels[len(out) - 1] = out[-1].text[:-1]
                out[-1] = Block(TEXT, f"{out[-1].text[:-1]}: {text}")
                described[len(out) - 1] = line.get("dd_at")
            else:
                out.append(Block(kind, text + ("\0" if line.get("dt") else ""), level))
                if line.get("dd_at") is not None and kind in (TEXT, ITEM):
                    described[len(out) - 1] = line["dd_at"]
        line.update(kind=TEXT, level=0, parts=[], bold=0, dt=False, dd=False, th=False, data=False, summary=False,
                    strong=[], dd_at=None, owner=None)

    labels: dict[int, str] = {}  # a "term: first line" block's term
    described: dict[int, int] = {}  # a block's <dd>, by its number
    dd: dict = {"at": None, "count": 0}
    for node in root.traverse(include_text=True):
        tag = node.tag
        if tag in BLOCKS and tag != "br":
            if tag == "dd":
                dd["count"] += 1
            elif not _inside(node, ("dd",)):
                dd["at"] = None
        if tag == "-text":
            text = node.text_content or ""
            if text.strip() and line.get("owner") is not None and not _within(node, line["owner"]):
                flush()  # words after a list or heading has closed ("</ul><strong>Nice to have</strong>"): a line of their own
            line["parts"].append(text)
            if text.strip() and dd["at"] is not None:
                line["dd_at"] = dd["at"]
            if _in_bold(node.parent):
                line["bold"] += len(text.replace(" ", "").replace("\n", "").rstrip(":"))
                line.setdefault("strong", []).append(text)
            continue
        if tag in ("td", "th"):
            if line["kind"] == ROW and "".join(line["parts"]).strip():
                line["parts"].append(" | ")
                line["th"] = line["th"] and tag != "th"  # a header row of <th>s is no label and value
            elif line["kind"] == ROW and (tag == "th" or _label_cell(node)):
                line["th"] = True  # the row's first cell is its label
            continue
        if line["kind"] == ROW and line.get("data") and tag in _CELL_BLOCKS and _inside(node, ("td", "th")):
            line["parts"].append(" ")  # a cell's paragraphs (Confluence's <td><p>…</p></td>) stay in the row
            continue
        if tag not in BLOCKS:
            if _SEPARATOR_CLASS.search(node.attributes.get("class") or "") and not node.text().strip():
                line["parts"].append(" · ")  # "Pharmacy <span class=jv-inline-separator></span> Halifax"
            elif _repeats_sibling(node) and "".join(line["parts"]).strip():
                line["parts"].append(" · ")  # chips: "<span class=meta>Daventry</span><span class=meta>Full time</span>"
            continue
        if line["kind"] == ITEM and not "".join(line["parts"]).strip() and tag in ("p", "div"):
            continue  # an item's own paragraph: <li><p>…</p></li>
        flush()
        if tag[0] == "h" and tag[1:].isdigit():
            line.update(kind=HEADING, level=int(tag[1]), owner=node)
        elif tag == "li":
            line.update(kind=ITEM, owner=node)
        elif tag == "tr":
            line.update(kind=ROW, data=_data_row(node), owner=node)
        elif tag in ("dt", "dd"):
            line[tag] = True
            dd["at"] = dd["count"] if tag == "dd" else None
        elif tag == "summary":  # an accordion's (<details>) title: each one a section, often a posting
            line.update(kind=HEADING, level=SUMMARY_LEVEL, summary=True)
    flush()
    return _described_lists([Block(b.kind, b.text.rstrip("\0"), b.level) for b in out], labels, described)


# The marks a description's lines may open with ("・Check-in", "※ by experience").
_LINE_MARK = re.compile(r"^[・•·\-–※*]\s*")


def _described_lists(blocks: list[Block], labels: dict[int, str], described: dict[int, int]) -> list[Block]:
    """A definition list's term over a description of several lines (a Japanese job board's <dt>仕事内容
    Duties</dt><dd>・…<br>・…</dd>): the term a heading, each line an item under it. A description of
    one line stays "Term: line", a fact."""
    out: list[Block] = []
    i = 0
    listed = any(described.get(i) is not None and described.get(i + 1) == described[i] and i + 1 not in labels
                 for i in labels)  # some term has several lines: every term of the list is a heading
    while i < len(blocks):
        at = described.get(i)
        j = i + 1
        while at is not None and j < len(blocks) and described.get(j) == at and j not in labels:
            j += 1
        if i in labels and (j - i > 1 or listed):
            label = labels[i]
            first = blocks[i].text[len(label) + 2:]
            out.append(Block(HEADING, label, 4))
            out.extend(Block(ITEM, _LINE_MARK.sub("", b.text)) for b in [Block(TEXT, first), *blocks[i + 1:j]])
            i = j
            continue
        out.append(blocks[i])
        i += 1
    return out


# -- schema.org JobPosting ---------------------------------------------------------
def _json_ld(tree, warnings: list[str]) -> dict | None:
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text())
        except (ValueError, RecursionError) as exc:
            warnings.append(f"a JSON-LD block cannot be read ({str(exc)[:60]}); skipped")
            continue
        found = next(json_objects(data, _job_posting), None)
        if found is not None:
            return found
    return None


def _job_posting(item: dict) -> dict | None:
    kind = item.get("@type")
    return item if kind == "JobPosting" or isinstance(kind, list) and "JobPosting" in kind else None


def json_objects(data, pick):
    """`pick(object)` of the outermost objects of a JSON document for which it is not None, depth
    first, visiting at most MAX_JSON_NODES nodes: a hostile export costs bounded time."""
    stack, seen = [data], 0
    while stack and seen < MAX_JSON_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found = pick(item)
            if found is not None:
                yield found
            else:
                stack.extend(reversed([v for v in item.values() if isinstance(v, (list, dict))]))


def _page_data(tree) -> dict | None:
    """A careers app's posting in its page data (a JSON script, or "window.__appData = …"), when the
    visible page is only a loader: the first object with a title and an HTML description, as a
    JobPosting."""
    for script in tree.css("script"):
        kind, text = (script.attributes.get("type") or "").casefold(), script.text()
        if "ld+json" in kind:
            continue
        if "json" not in kind:
            assigned = _ASSIGNED_TEXT.match(text) if len(text) <= MAX_PAGE_DATA_BYTES else None
            if assigned is None:
                continue
            text = assigned.group("json")  # "window.__appData = {...}" in a page read unslimmed
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        found = next(json_objects(data, _app_posting), None)
        if found is not None:
            owner = data.get("organization") if isinstance(data, dict) else None  # Ashby: beside the posting
            if not found.get("hiringOrganization") and isinstance(owner, dict) and _str(owner.get("name")):
                found["hiringOrganization"] = _str(owner["name"])
            return found
    return None


def _app_posting(item: dict) -> dict | None:
    """An object with a title and an HTML description, as a JobPosting."""
    described = any("<" in str(item.get(key) or "") for key in ("description", "descriptionHtml", "description_html"))
    return as_job_posting(item) if _str(item.get("title")) and described else None


# A careers app's own keys -> schema.org's, the first one present wins.
PAGE_DATA_KEYS = (("hiringOrganization", ("company_name", "companyName", "company", "subcompany")),
                  ("jobLocation", ("location", "locations", "city", "locationName", "office", "site", "venue")),
                  ("employmentType", ("employment_type", "employmentType", "employment_type_code",
                                      "typeOfEmployment", "timeType", "engagement")),
                  ("datePosted", ("published_at", "publishedAt", "created_at")))


# Where a pay object names its currency beside the words it shows.
CURRENCY_KEYS = ("currency", "currencyIso", "currency_iso", "currencyCode", "currency_code")


# A plain field that says how the work is done, kept as a section under its key's words
# ("rosterNote": "Evening and weekend shifts …"): its name says roster, schedule, shifts or hours.
NOTE_KEY = re.compile(r"roster|schedule|shifts?(?:_|$|[A-Z])|hours|working_?time|workingTime", re.I)


# The parts of a place object, in the order an address is written ({"venue": "Accor Stadium", "suburb": …}).
PLACE_PARTS = ("venue", "street", "suburb", "city", "region", "state", "country")


# A job board feed's plain fields under schema.org's names (Indeed's and other boards' XML feeds).
# (A feed's bare "experience: 6 months" is left to the description, which says what of.)
FEED_FIELDS = (("educationRequirements", ("education", "educationlevel", "education_level")),
               ("employmentType", ("jobtype", "job_type")),
               ("occupationalCategory", ("category", "jobcategory", "job_category")),
               # the posting's reference code, quoted when applying: Indeed's <referencenumber>
               ("identifier", ("referencenumber", "requisitionid", "reference", "job_reference")))


# Where other boards' and ATS APIs keep a posting's text (Ashby's
# descriptionHtml, Workable's description, a saved JobPosting's own).
DESCRIPTION_KEYS = ("description", "descriptionHtml", "description_html", "jobDescription", "job_description",
                    "content", "descriptionPlain", "description_plain", "body", "bodyHtml", "body_html")
TITLE_KEYS = ("title", "jobTitle", "job_title", "name", "text", "position", "headline")
# Where a posting object keeps its pay: a range object, or the words a board shows ("salary_raw" of a
# scraper, "remuneration": {"display": "A$310 per shift"} of a staffing API).
PAY_KEYS = ("salary", "compensation", "baseSalary", "salary_raw", "salaryText", "salary_text", "remuneration",
            "pay", "wage")


def as_job_posting(item: dict) -> dict:
    """A board's own posting object under schema.org's JobPosting names: title, description (its other
    HTML fields after it), company, place, type, date and pay."""
    title = next(_str(item[k]) for k in TITLE_KEYS if _str(item.get(k)))
    text = _description(item)
    if "<" not in text:  # plain text: its lines as paragraphs
        text = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    if item.get("@type") == "JobPosting":  # schema.org's names already
        return {**item, "title": title, "description": text}
    posting: dict = {"title": title}
    html_fields = [v if _STARTS_WITH_HEADING.match(v) else f"<h2>{html.escape(_key_words(k))}</h2>{v}"
                   for k, v in item.items() if isinstance(v, str) and k not in DESCRIPTION_KEYS and "</" in v]
    notes = [f"<h2>{html.escape(_key_words(k))}</h2><p>{html.escape(_str(v))}</p>" for k, v in item.items()
             if isinstance(v, str) and k not in DESCRIPTION_KEYS and "</" not in v and NOTE_KEY.search(k)]
    posting["description"] = "".join([text, *html_fields, *notes])
    for key, names in PAGE_DATA_KEYS:
        value = next((item[n] for n in names if item.get(n) not in (None, "", [], {})), None)
        if isinstance(value, dict) and not {"address", "addressLocality"} & set(value):
            # {"name": …}, {"label": "Full-time"}, {"city": …, "country": …, "fullLocation": …}
            value = next((_str(value[k]) for k in ("name", "label", "fullLocation") if _str(value.get(k))),
                         ", ".join(_str(value[k]) for k in PLACE_PARTS if _str(value.get(k))))
        if value not in (None, ""):
            posting[key] = value
    for key, names in FEED_FIELDS:  # a job board feed's own plain fields (Indeed's <education>, <jobtype>)
        value = next((_str(item[n]) for n in names if _str(item.get(n))), None)
        if value and key not in posting:
            posting[key] = value
    region, place = _str(item.get("state") or item.get("region")), posting.get("jobLocation")
    if region and isinstance(place, str) and region.casefold() not in place.casefold().split(", "):
        posting["jobLocation"] = f"{place}, {region}"  # Indeed: <city>Groveport</city><state>OH</state>
    country, place = _str(item.get("country")), posting.get("jobLocation")
    if country and isinstance(place, str) and country.casefold() not in place.casefold():
        posting["jobLocation"] = f"{place}, {country}"  # Recruitee: "Oudegracht 118, Utrecht" and "Netherlands"
    pay = next((item[k] for k in PAY_KEYS if item.get(k) not in (None, "", [], {})), None)
    if isinstance(pay, dict) and any(k in pay for k in ("min", "max", "value", "minValue")):
        posting["baseSalary"] = pay if "value" in pay else {"currency": pay.get("currency"), "value": {
            "minValue": pay.get("min", pay.get("minValue")), "maxValue": pay.get("max", pay.get("maxValue")),
            "unitText": pay.get("period") or pay.get("interval") or pay.get("unit") or pay.get("unitText")}}
    elif isinstance(pay, dict):  # a summary line ("$150K – $180K • Offers Equity")
        summary = next((_str(v) for v in pay.values() if money.parse(_str(v))), "")
        if summary:
            posting["baseSalary"] = summary
            # the words' "$" is the dollar the object names ({"display": "$29.85 per hour", "currencyIso": "AUD"})
            code = next((_str(pay[k]) for k in CURRENCY_KEYS if _str(pay.get(k))), None)
            if code:
                posting["salaryCurrency"] = code.upper()
    elif _str(pay):
        posting["baseSalary"] = _str(pay)
    return posting


_STARTS_WITH_HEADING = re.compile(r"^\s*<h[1-6]\b", re.I)


def _key_words(key: str) -> str:
    """A JSON key as a heading: "requirements" -> "Requirements", "jobBenefits" -> "Job benefits"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", key).capitalize()


def _description(item: dict) -> str:
    """A posting object's text: its description field, or SmartRecruiters' `jobAd` sections."""
    key = next((k for k in DESCRIPTION_KEYS if _str(item.get(k))), None)
    if key is not None:
        return str(item[key])
    sections = item.get("jobAd", {}).get("sections") if isinstance(item.get("jobAd"), dict) else None
    if isinstance(sections, dict):
        return "".join(f"<h2>{html.escape(_str(s.get('title')))}</h2>{s.get('text') or ''}"
                       for s in sections.values() if isinstance(s, dict) and _str(s.get("text")))
    for key in SECTION_LISTS:  # Personio's jobDescriptions: [{name, value}, …], a heading and its HTML each
        named = [(_str(s.get("name") or s.get("title")), s.get("value") or s.get("text") or s.get("content"))
                 for s in _list(item.get(key)) if isinstance(s, dict)]
        if any(heading and isinstance(text, str) and text.strip() for heading, text in named):
            return "".join(f"<h2>{html.escape(heading)}</h2>{text}" for heading, text in named
                           if isinstance(text, str) and text.strip())
    return ""


# Where an export keeps its description as a list of named sections.
SECTION_LISTS = ("jobDescriptions", "descriptions", "sections")


def is_posting_object(item) -> bool:
    """A JSON object that is one posting: a title and a description."""
    return isinstance(item, dict) and any(_str(item.get(k)) for k in TITLE_KEYS) and bool(_description(item))


def read_posting_object(item: dict, name: str, format: str) -> Document:
    """One posting object of a board's or ATS's JSON that is no Greenhouse or Lever export."""
    fields, structured = _posting(as_job_posting(item))
    return build([b for b in structured if b is not None], name=name, format=format, fields=fields)


def _microdata(tree) -> dict | None:
    scope = tree.css_first('[itemtype*="schema.org/JobPosting"]')
    if scope is None:
        return None
    props: dict = {}
    for node in scope.css("[itemprop]"):
        attrs = node.attributes
        value = attrs.get("content") or attrs.get("datetime")
        if value is None:
            # A description, or a list of items ("responsibilities" on a <ul>), keeps its markup:
            # its items are read one by one, not run together.
            value = node.html if attrs.get("itemprop") == "description" or node.css_first("li") is not None \
                else " ".join(node.text().split())
        for prop in (attrs.get("itemprop") or "").split():
            props.setdefault(prop, value)
    salary = {k: props.get(k) for k in ("minValue", "maxValue", "value", "unitText")}
    posting = dict(props)
    posting["baseSalary"] = {"currency": props.get("currency"), "value": salary}
    org = scope.css_first('[itemprop="hiringOrganization"] [itemprop="name"]')
    if org is not None and (org.attributes.get("content") or org.text(strip=True)):
        posting["hiringOrganization"] = {"name": org.attributes.get("content") or org.text(strip=True)}
    place = scope.css_first('[itemprop="jobLocation"]')
    if place is not None:  # its text, or the address parts boards give as <meta content>
        parts = [node.attributes.get("content") for prop in ADDRESS_PARTS
                 for node in place.css(f'[itemprop="{prop}"]')]
        posting["jobLocation"] = " ".join(place.text().split()) or ", ".join(p for p in parts if p)
    return posting


ADDRESS_PARTS = ("addressLocality", "addressRegion", "addressCountry")


def _posting(posting: dict) -> tuple[dict, list]:
    """(fields, blocks) of a JobPosting: the description's blocks, then None,
    then a heading and items per list field."""
    fields: dict = {}
    put(fields, "title", posting.get("title"))
    org = posting.get("hiringOrganization")
    put(fields, "company", org.get("name") if isinstance(org, dict) else org)
    places = [_place(p) for p in _list(posting.get("jobLocation"))]
    if str(posting.get("jobLocationType") or "").upper() == "TELECOMMUTE":
        places.append("Remote")
    if any(places):
        fields["location"] = "; ".join(p for p in places if p)
    applicants = [_place(p) for p in _list(posting.get("applicantLocationRequirements"))]
    if any(applicants):
        fields["applicant location requirements"] = "; ".join(a for a in applicants if a)
    kinds = [_key_words(str(k)) for k in _list(posting.get("employmentType"))]  # FULL_TIME, FullTime
    if kinds:
        fields["employment_type"] = ", ".join(kinds)
    pay = _base_salary(posting.get("baseSalary"), posting.get("salaryCurrency"))
    if pay is not None:
        fields["salary"] = pay
    code = posting.get("identifier")  # schema.org: text, or a PropertyValue {"name": "Acme", "value": "R-118"}
    put(fields, "reference", code.get("value") if isinstance(code, dict) else code)
    for key, label in (("datePosted", "date posted"), ("validThrough", "valid through"),
                       ("industry", "industry"), ("occupationalCategory", "occupational category"),
                       ("workHours", "work hours"), ("jobStartDate", "start date")):
        put(fields, label, posting.get(key))
    reference = posting.get("identifier")  # a PropertyValue {"name": "LRHC Posting", "value": "26-0871"}
    put(fields, "reference", reference.get("value") if isinstance(reference, dict) else reference)
    description = posting.get("description")
    if isinstance(description, str) and "&lt;" in description and "<" not in description:
        description = html.unescape(description)  # Workable's: the HTML escaped once more
    out: list = blocks_of(description) if isinstance(description, str) else []
    told = {" ".join(b.text.split()) for b in out if b.kind != HEADING}
    out.append(None)
    for key, label in LISTS:
        items = [i for value in _list(posting.get(key)) for i in _items(value)]
        items = [i for i in items if " ".join(i.split()) not in told]  # a list the description already has
        if items:
            out.append(Block(HEADING, label, 2))
            out.extend(Block(ITEM, item) for item in items)
    return fields, out


def _items(value) -> list[str]:
    if isinstance(value, dict):
        months = value.get("monthsOfExperience")
        if months not in (None, ""):
            try:
                years = float(months) / 12
                return [f"{int(float(months))} months of experience ({years:g} years)"]
            except ValueError:
                pass
        text = value.get("credentialCategory") or value.get("description") or value.get("name")
        return _items(text) if text else []
    text = _str(value)
    if not text:
        return []
    if "<" in text and ">" in text:
        return [b.text for b in blocks_of(text) if b.kind != HEADING]
    parts = [p.strip(" -•*\t") for p in re.split(r"\n+|\s*;\s+", text)]
    return [p for p in parts if p]


def _base_salary(value, currency: str | None = None):
    if not isinstance(value, dict):
        return money.parse(str(value), currency) if value else None
    currency, amount = value.get("currency"), value.get("value")
    if not isinstance(amount, dict):  # {"value": 28000, "unitText": "YEAR"}
        amount = {"value": amount, "unitText": value.get("unitText")}
    low, high = amount.get("minValue", amount.get("value")), amount.get("maxValue", amount.get("value"))
    period = money.period_word(amount.get("unitText"))
    words = f"{low or ''} - {high or ''} {currency or ''} {period or ''}".strip()
    return money.from_numbers(low, high, currency, period, " ".join(words.split()))


def _place(value) -> str:
    if isinstance(value, dict):
        address = value.get("address", value)
        if isinstance(address, dict):
            parts = [address.get(k) for k in ADDRESS_PARTS]
            parts = [p.get("name") if isinstance(p, dict) else p for p in parts]
            text = ", ".join(str(p) for p in parts if p)
            return text or _str(address.get("name") or value.get("name"))
        return _str(address or value.get("name"))
    return _str(value)


def put(fields: dict, label: str, value) -> None:
    """`fields[label]` = the value's words, when it has any."""
    if _str(value):
        fields[label] = _str(value)


def _list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _str(value) -> str:
    return " ".join(str(value).split()) if value not in (None, "") and not isinstance(value, (dict, list)) else ""
