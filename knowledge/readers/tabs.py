"""A page that shows its parts in tabs (ARIA `role=tablist` / `role=tabpanel`, Bootstrap's `.tab-pane`
opened by a link to its id): only one panel shows at a time, and each panel's name is on its tab, not in
it. A careers page with a vacancy per tab, or a posting whose benefits are in a tab, would otherwise read
as one run of text: each panel gets its tab's name as a heading, and the tab strip, which is navigation,
is dropped."""

import html

from selectolax.lexbor import LexborHTMLParser, SelectolaxError

# Heading tags, and the level a panel's name takes when the panel has none of them.
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
DEFAULT_LEVEL = 2
# A tab's name is a few words ("HGV Class 1 Driver (Nights)", "Benefits"); a longer one is no name.
MAX_TAB_WORDS = 12


def label_panels(tree) -> int:
    """Give each tab panel its tab's name as a heading above its content, and drop the tab strips;
    how many panels were named."""
    named = 0
    for panel in tree.css("[role=tabpanel], .tab-pane[id]"):
        label = _tab_name(tree, panel)
        if not label or len(label.split()) > MAX_TAB_WORDS:
            continue
        _drop_repeated_name(panel, label)
        levels = [int(node.tag[1]) for node in panel.css(", ".join(_HEADING_TAGS))]
        level = max(min(levels) - 1, 1) if levels else DEFAULT_LEVEL
        heading = LexborHTMLParser(f"<h{level}>{html.escape(label)}</h{level}>").css_first(f"h{level}")
        if panel.first_child is not None:
            panel.first_child.insert_before(heading)
        else:
            panel.insert_child(heading)
        named += 1
    if named:
        for strip in tree.css("[role=tablist]"):
            strip.decompose()
    return named


def _tab_name(tree, panel) -> str:
    """The words on the tab that opens `panel`: the element its `aria-labelledby` names, else a tab
    whose `aria-controls` or link points at its id. An id no selector can name (a line break in it)
    names no tab."""
    try:
        return _named(tree, panel)
    except SelectolaxError:
        return ""


def _named(tree, panel) -> str:
    labelled = (panel.attributes.get("aria-labelledby") or "").split()
    for ident in labelled:
        node = tree.css_first(f'[id="{_quoted(ident)}"]')
        if node is not None and _words(node):
            return _words(node)
    ident = panel.attributes.get("id")
    if not ident:
        return ""
    for node in tree.css(f'[aria-controls="{_quoted(ident)}"], a[href="#{_quoted(ident)}"]'):
        if _words(node):
            return _words(node)
    return ""


def _drop_repeated_name(panel, label: str) -> None:
    """A panel that repeats its tab's name as its first line (NEOGOV's "tab-pane-title"): that line
    goes, the heading says it."""
    for node in panel.traverse():
        if node is panel or node.tag == "-text":
            continue
        if not any(inner.mem_id != node.mem_id for inner in node.css(_BLOCKISH)):
            if _words(node) == label:
                node.decompose()
            return


_BLOCKISH = "p, div, ul, ol, li, table, h1, h2, h3, h4, h5, h6"


def _words(node) -> str:
    return " ".join((node.text() or "").split())


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
