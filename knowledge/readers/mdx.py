"""MDX pages (Docusaurus, Nextra, Astro): Markdown with JSX in it. Sites keep a posting's facts in a
component's props (`<JobMeta salary="£27,400" location="Kendal" />`), its sections inside tabs
(`<TabItem label="What you'll need">`), and notes in admonitions (`:::info Closing soon`). Markdown
alone reads none of that: `plain_markdown` turns props into fields, a wrapping component's label into
a heading, admonitions into sections of their own, and drops the imports and closing tags."""

import re

# Props that say how a component looks or links, never a fact about the role.
PRESENTATION_PROPS = {"href", "to", "src", "alt", "id", "key", "value", "default", "classname", "class", "style",
                      "variant", "type", "icon", "target", "rel", "size", "color", "width", "height", "slug",
                      "groupid", "queryString".casefold(), "lazy", "label", "title", "heading", "summary"}
# Props naming the section a wrapping component holds (a tab's label, a details' summary).
HEADING_PROPS = ("label", "title", "heading", "summary")
_FENCE = re.compile(r"^(?:```|~~~).*?^(?:```|~~~)[ \t]*$", re.M | re.S)
# An import ends at its module's quoted name; an export at a line ending ";" or "}", or a blank line.
_ESM = re.compile(r"^import\s(?:[^'\"\n]|\n(?![ \t]*\n))*?['\"][^'\"\n]*['\"][ \t]*;?[ \t]*$"
                  r"|^export\s(?:[^\n]|\n(?![ \t]*\n))*?(?:[;}][ \t]*$|(?=\n[ \t]*\n)|\Z)", re.M)
_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
# A component is named in PascalCase (<JobMeta>, <Tabs.Item>); <P ALIGN=…> is old HTML, not JSX.
_OPEN = re.compile(r"<(?P<name>[A-Z][a-z][\w.]*)(?=[\s/>])")
_CLOSE = re.compile(r"</[A-Z][a-z][\w.]*\s*>")
_PROP = re.compile(r"""(?P<name>[A-Za-z_][\w-]*)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|"""
                   r"""\{\s*(?:"(?P<edq>[^"]*)"|'(?P<esq>[^']*)'|`(?P<bt>[^`$]*)`|(?P<num>-?\d[\d.,]*))\s*\}|"""
                   r"""(?P<expr>\{)))?""")
_ADMONITION = re.compile(r"^:::(?P<kind>[A-Za-z]+)(?:\[(?P<bracket>[^\]]*)\]|[ \t]+(?P<title>\S.*?))?[ \t]*$")
_ADMONITION_END = re.compile(r"^:::[ \t]*$")
_ATX = re.compile(r"^(#{1,6})\s")
# A page's sections are at this level when it has no heading above the component.
DEFAULT_LEVEL = 2


def is_mdx(text: str, name: str) -> bool:
    """An .mdx page, or Markdown with an import line or a capitalised JSX component in it."""
    return name.lower().endswith(".mdx") or bool(re.search(r"^import\s.+\sfrom\s", text, re.M)) \
        or bool(re.search(r"^<[A-Z][a-z][\w.]*[\s/>]", text, re.M))


def plain_markdown(body: str) -> tuple[str, list[tuple[str, str]]]:
    """(the page as plain Markdown, the (label, value) facts its components' props state)."""
    out, facts, at = [], [], 0
    for fence in _FENCE.finditer(body):  # code is shown as written
        out.append(_plain(body[at:fence.start()], facts, "".join(out)))
        out.append(fence.group(0))
        at = fence.end()
    out.append(_plain(body[at:], facts, "".join(out)))
    return "".join(out), facts


def _plain(text: str, facts: list[tuple[str, str]], before: str) -> str:
    text = _COMMENT.sub("", _ESM.sub("", text))
    text = _admonitions(text, before)
    out, at = [], 0
    for match in _OPEN.finditer(text):
        if match.start() < at:
            continue
        end = _tag_end(text, match.end())
        if end is None:
            continue
        props = _props(text[match.end():end])
        wraps = not text[:end].rstrip().endswith("/")
        out.append(text[at:match.start()])
        facts.extend((_words(k), v) for k, v in props.items() if k.casefold() not in PRESENTATION_PROPS)
        heading = next((props[k] for k in HEADING_PROPS if props.get(k)), None) if wraps else None
        if heading:
            level = min(max(_last_level(before + "".join(out)), 1) + 1, 6)
            out.append(f"\n\n{'#' * level} {heading}\n\n")
        else:
            out.append("\n")
        at = end + 1
    out.append(text[at:])
    return _CLOSE.sub("\n", "".join(out))


def _admonitions(text: str, before: str) -> str:
    """`:::info Closing soon` … `:::` as a section headed "Closing soon" (or "Info"), at the level of
    the section it sits in, so its text is not read as that section's."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _ADMONITION_END.match(line):
            lines[i] = ""
            continue
        match = _ADMONITION.match(line)
        if match:
            title = match.group("bracket") or match.group("title") or match.group("kind").capitalize()
            level = _last_level(before + "\n".join(lines[:i])) or DEFAULT_LEVEL
            lines[i] = f"{'#' * level} {title.strip()}\n"
    return "\n".join(lines)


def _tag_end(text: str, at: int) -> int | None:
    """Where the tag opened before `at` ends (its '>'), past quoted strings and {expressions}."""
    quote, depth = None, 0
    for i in range(at, len(text)):
        ch = text[i]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'`":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        elif ch == ">" and not depth:
            return i
    return None


def _brace_end(source: str, at: int) -> int:
    """Where the {expression} opened at `at` closes (the end of `source` if it never does)."""
    depth = 0
    for i in range(at, len(source)):
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        if depth == 0:
            return i
    return len(source)


def _props(source: str) -> dict[str, str]:
    """A tag's props with a written value ("…", {'…'}, {`…`}, {42}); expressions are code, skipped."""
    props: dict[str, str] = {}
    at = 0
    while at < len(source):
        match = _PROP.search(source, at)
        if match is None:
            break
        if match.group("expr"):  # {() => …}: skip to its closing brace
            at = _brace_end(source, match.end() - 1) + 1
            continue
        value = next((match.group(g) for g in ("dq", "sq", "edq", "esq", "bt", "num") if match.group(g)), None)
        if value is not None and value.strip():
            props[match.group("name")] = " ".join(value.split())
        at = match.end()
    return props


def _words(prop: str) -> str:
    """A prop's name as a field's label: "reportsTo" -> "reports to", "closing_date" -> "closing date"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]", " ", prop).lower()


def _last_level(text: str) -> int:
    """The level of the last ATX heading in `text`; 0 when there is none."""
    levels = [len(m.group(1)) for m in (_ATX.match(line) for line in text.split("\n")) if m]
    return levels[-1] if levels else 0
