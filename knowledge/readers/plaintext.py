"""Plain-text postings: headings are known section names, lines ending in a colon, lines in capitals,
or a short line before a list; the first line is the title unless a "Title:" line says otherwise. A
forwarded email's headers and signature are skipped with a warning."""

import re
from dataclasses import replace

from knowledge.parse import DocumentError
from knowledge.readers import bilingual, box_table, chat, classifieds, correction, headings, internal, linkedin, numbered, phone_paste, report_records, several_postings, slide_outline, tear_offs, whatsapp
from knowledge.readers.build import build
from knowledge.readers.model import HEADING, ITEM, TEXT, Block, Document

FORMAT = "plain_text"
# Bullets as typed or pasted: dashes, dots, squares, arrows, ticks and stars.
_BULLET = re.compile(r"^\s*(?:[-–—*•◦▪‣●○■□►▸▹➤➢→✓✔☑★☆◆◇♦❖✦⁃∙·]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w &/'’#-]{0,30}?)\s*:\s+(?P<value>\S.*)$")  # "Job #: 4471" too
_EMAIL_HEADER = re.compile(r"^(?:from|to|cc|subject|date|sent):\s", re.I)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|_{3,}|={3,})\s*$|^-+\s*(?:forwarded|original) message\s*-+$|"
                        r"^\s*begin forwarded message:?\s*$", re.I)
# The sign-off that ends an email's message ("Thanks,", "Kind regards,"): what follows is its signature.
_SIGN_OFF = re.compile(r"^\s*(?:thanks|thank you|many thanks|kind regards|best regards|warm regards|regards|best|"
                       r"cheers|sincerely)[,.!]?\s*$", re.I)
# A reply's quoted lines ("> Part-time Bookkeeper"), any depth.
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
# An email whose posting is quoted has at least this many quoted lines; fewer are a quoted remark.
MIN_QUOTED_LINES = 8
MAX_HEADING_WORDS = 10
# A sentence ending in a colon that names a section ("… you will:") heads the list under it.
MAX_LEAD_IN_WORDS = 16


def read(text: str, name: str) -> Document:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    exported = whatsapp.postings(lines)
    if exported is not None:
        return _chat_export(*exported, name)
    lines, hidden = internal.without_internal(lines)
    lines = tear_offs.folded(lines)  # a flyer's tear-off tabs: one contact, not a run of copies
    listed = report_records.records(lines)
    if listed is not None:  # a program's report of requisitions: a role per detail record
        docs = [read("\n".join(record), name) for record in listed]
        return Document(format=FORMAT, roles=tuple(r for d in docs for r in d.roles),
                        warnings=tuple(hidden) + tuple(w for d in docs for w in d.warnings))
    parts = several_postings.postings(lines)
    if parts is not None:  # a bulletin's boxed postings, a flyer's trades: a role per posting
        docs = [read("\n".join(part), name) for part in parts]
        return Document(format=FORMAT, roles=tuple(r for d in docs for r in d.roles),
                        warnings=tuple(hidden) + tuple(w for d in docs for w in d.warnings))
    lines, twins = bilingual.english_lines(lines)  # a notice written twice: its English lines
    hidden = hidden + twins
    if slide_outline.is_outline(lines):  # a deck's outline: slide titles over bullets, no speaker notes
        lines, noted = slide_outline.as_text(lines)
        hidden = hidden + noted
    column = classifieds.jobs_column(lines)
    if column is not None:  # a newspaper's classifieds page: its jobs column only
        lines, skipped = column
        hidden = hidden + skipped
    signature = _signature(lines)
    lines, warnings = _unwrap_email(lines)
    warnings = hidden + warnings
    lines, phoned, sent = phone_paste.from_phone(lines)
    warnings += sent
    post = linkedin.feed_post(lines)
    if post is not None:
        lines, posted = post
        warnings += posted
        parts = numbered_roles(lines)
        if len(parts) > 1:  # "1) Solar PV Installer …", "2) Electrical Improver …": each read on its own
            docs = [read("\n".join(part), name) for part in parts]
            return Document(format=FORMAT, roles=tuple(r for d in docs for r in d.roles),
                            warnings=tuple(warnings) + tuple(w for d in docs for w in d.warnings))
    lines, fields, copied = linkedin.unwrap(lines)
    warnings += copied
    if not fields:
        lines, fields, pasted = chat.unwrap(lines)
        warnings += pasted
    code = numbered.reference(lines)
    if code:
        fields.setdefault("reference", code)
    lines = numbered.rewritten(numbered.without_running_headers(_without_menu(lines)))
    lines = label_value_pairs(_noted_pairs(_rejoined(_without_page_chrome(box_table.rewritten(lines)))))
    lines, site = _site_line(lines)
    lines, quoted = _quoted_title(lines)
    letterhead: tuple[str, ...] = ()
    if not quoted and "title" not in fields:
        lines, quoted, letterhead = numbered.kind_title(lines)
    if quoted:
        fields["title"] = quoted
    for n, line in enumerate(lines[:20] if "title" not in fields else ()):
        bullet = _BULLET.match(line)  # "- title: Analytics Engineer" among a manager's notes
        label = _LABEL.match(bullet.group("text").strip() if bullet else line.strip())
        if label and headings.fold(label.group("label")) in TITLE_LABELS:
            fields["title"] = label.group("value").strip()
            # the line above a "Job title:" line at the top is the letterhead's organisation, no title
            letterhead = tuple(t.strip() for t in lines[:n] if t.strip())[:1]
            break
    return build(blocks(lines, title_line="title" not in fields), name=name, format=FORMAT, fields=fields,
                 warnings=warnings, hints=(*signature, *site, *letterhead, *phoned))


# A line naming the role: "Job title: …", "Post title: …".
TITLE_LABELS = ("title", "job title", "position", "post title", "post", "role title", "job role", "vacancy title",
                # "Vacature: Teamleider …", "Stellenangebot: …": the posting's name after the word for one
                "vacancy", "vacature", "stellenangebot", "stelle", "offre d emploi", "poste", "vacante", "vaga")


def _chat_export(parts: list[list[str]], skipped: int, name: str) -> Document:
    """A chat export's postings, each read on its own; the company one of them names is the others'
    too (a group's openings are one employer's), when only one is named."""
    if not parts:
        raise DocumentError(f"{name}: a WhatsApp chat export with no posting in it (a message with a *bold* "
                            "title over the role's details)")
    docs = [read("\n".join(part), name) for part in parts]
    roles = [role for doc in docs for role in doc.roles]
    named = {role.company for role in roles if role.company}
    if len(named) == 1:
        roles = [role if role.company else replace(role, company=next(iter(named))) for role in roles]
    roles = [role if role.location else replace(role, location=_place_named(role.title, roles)) for role in roles]
    notes = [f"{skipped} chat messages that are no posting (greetings, questions, replies) were skipped"] if skipped else []
    return Document(format=FORMAT, roles=tuple(roles), warnings=tuple(notes) + tuple(w for d in docs for w in d.warnings))


def _place_named(title: str, roles: list) -> str | None:
    """The place a posting's title ends in ("Inventory Controller – Bhiwandi") when another posting of
    the chat is there ("Vadpe, Bhiwandi (Thane district)"): a place, not a specialism."""
    parts = re.split(r"\s+[–—-]\s+", title)
    tail = parts[-1].strip() if len(parts) > 1 else ""
    return tail if tail and any(r.location and re.search(rf"\b{re.escape(tail)}\b", r.location, re.I)
                                for r in roles) else None


# A role a post announces among others, numbered: "🔧 1) Solar PV Installer (Roofer / Mounting) – self-employed".
_NUMBERED_ROLE = re.compile(r"^\W*?\s*(?P<n>\d)[.)]\s+(?P<title>[A-Z][^:.!?]{2,80}?)(?:\s+[–—-]\s+(?P<terms>[^:]{2,60}))?$")


def numbered_roles(lines: list[str]) -> list[list[str]]:
    """The lines of each role a post numbers 1), 2), …: its title, its terms as the employment type, the
    post's opening lines, its own lines up to the next, and the poster's replies (`linkedin.REPLIES`),
    which may be about any of them. One part when there are not two."""
    starts = [i for i, line in enumerate(lines) if _NUMBERED_ROLE.match(line.strip())]
    numbers = [int(_NUMBERED_ROLE.match(lines[i].strip()).group("n")) for i in starts]
    if len(starts) < 2 or numbers != list(range(1, len(starts) + 1)):
        return [lines]
    replies = next((i for i, line in enumerate(lines) if line.strip() == linkedin.REPLIES), len(lines))
    opening = [line.strip() for line in lines[:starts[0]] if line.strip()]
    parts = []
    for k, at in enumerate(starts):
        match = _NUMBERED_ROLE.match(lines[at].strip())
        end = starts[k + 1] if k + 1 < len(starts) else replies
        terms = [f"Employment type: {match.group('terms').strip()}"] if match.group("terms") else []
        parts.append([match.group("title").strip(), *terms, "", *opening, "",
                      *(chat.iconed(line.strip()) for line in lines[at + 1:end]), "", *lines[replies:]])
    return parts


# A page copied as text begins with its site's chrome: "Skip to main content" and the lines up to
# the first blank one (the site's banner and menu); its buttons ("Share", "Print", "Apply") are lines
# of their own before the posting's first section.
_SKIP_LINK = re.compile(r"^\s*skip to (?:the )?(?:main )?content\s*$", re.I)
# "Home › Careers › Registered Veterinary Nurse": a page's trail of links, two separators or more.
_BREADCRUMBS = re.compile(r"(?:^|\s)[^›»]{1,40}(?:\s+[›»]\s+[^›»]{1,80}){2,}$")
_BUTTON = re.compile(r"^\s*(?:share|print|save|apply|apply now|sign in|log in|menu|search|email)\s*$", re.I)
MAX_CHROME_LINES = 30


# A site's menu copied above a posting: short links in one line, between bars or bullets
# ("Zorggroep Veenhof  |  Werken bij  |  Vacatures  |  Contact"), at least this many. Between dots
# or bullets only above the title: under it, "Engineering · Manchester, UK · Full-time · Hybrid" is
# the role's facts. The blank before a bar is tried from its first character only: from each, a long
# run of spaces in any of the first lines was re-read to its end once per space.
MIN_MENU_LINKS = 4
MAX_MENU_LINK_WORDS = 3
_MENU_BAR = re.compile(r"(?<!\s)\s+[|·•]\s+")


def _without_menu(lines: list[str]) -> list[str]:
    """The lines without a site's menu line near the top: it is neither the title nor the posting."""
    def menu(line: str) -> bool:
        links = [t for t in _MENU_BAR.split(line.strip()) if t]
        return len(links) >= MIN_MENU_LINKS and all(len(t.split()) <= MAX_MENU_LINK_WORDS and not any(
            ch.isdigit() for ch in t) for t in links)
    out: list[str] = []
    above_title = True  # only chrome so far: a line of "·" links here is a menu, under the title facts
    for i, line in enumerate(lines):
        if i < MAX_CHROME_LINES and menu(line) and (above_title or "|" in line):
            continue
        if line.strip() and not (_SKIP_LINK.match(line) or _BUTTON.match(line)):
            above_title = False
        out.append(line)
    return out


def _without_page_chrome(lines: list[str]) -> list[str]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _SKIP_LINK.match(lines[first]):
        return lines
    blank = next((i for i, line in enumerate(lines[first:first + MAX_CHROME_LINES], first) if not line.strip()),
                 None)
    if blank is None:  # no blank line under the menu (a page printed to PDF): the chrome ends at its breadcrumbs
        blank = next((i for i in range(min(first + MAX_CHROME_LINES, len(lines)) - 1, first, -1)
                      if _BREADCRUMBS.search(lines[i].strip())), first)
    rest = lines[blank + 1:]
    section = next((i for i, line in enumerate(rest) if headings.facet(line.strip())), len(rest))
    return [line for i, line in enumerate(rest) if i >= section or not _BUTTON.match(line)]


# A page's site name copied above the posting: "University of Thornleigh - Jobs", "Careers at Ardleigh".
_SITE_WORDS = (r"(?:jobs|careers|vacancies|job (?:board|search|vacancies)|current (?:vacancies|openings)|job opportunities|"
               r"recruitment|open positions?|vacancy|now hiring|we(?:'|’)?re hiring|vaga aberta|vagas abertas|"
               r"oferta de empleo|vacante|offre d'emploi|stellenangebot)")
_SITE = re.compile(rf"^(?P<name>[^:]{{2,60}}?)\s+[-–—|:·]\s+{_SITE_WORDS}(?:\s*/\s*{_SITE_WORDS})*$|"
                   r"^(?:jobs|careers|vacancies|working) (?:at|@|with) (?P<at>.{2,60})$", re.I)


def _site_line(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The lines without a site name above the posting (it is no title), and that name (it may be
    the employer's)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    match = _SITE.match(lines[first].strip()) if first is not None else None
    if match is None or not any(line.strip() for line in lines[first + 1:]):
        return lines, ()
    return lines[first + 1:], (match.group("name") or match.group("at"),)


_QUOTED_TITLE = re.compile(r"^\s*[“\"](?P<title>[^“”\"]{3,100})[”\"]\s*$")
# A title in quotation marks comes within this many lines of the top (under a reference line).
MAX_QUOTED_TITLE_LINE = 3


def _quoted_title(lines: list[str]) -> tuple[list[str], str | None]:
    """A title set in quotation marks on a line of its own near the top ("“Bilingual Customer Support
    Agent”" under a reference line): the title, and the lines without it."""
    texts = [i for i, line in enumerate(lines) if line.strip()][:MAX_QUOTED_TITLE_LINE]
    found = next((i for i in texts if _QUOTED_TITLE.match(lines[i])), None)
    if found is None:
        return lines, None
    return lines[:found] + lines[found + 1:], _QUOTED_TITLE.match(lines[found]).group("title").strip()


# A file is hard-wrapped (an email, a text editor's 72 columns) when at least
# this share of its lines reach close to its widest line, and that is narrow.
WRAPPED_SHARE, WRAP_WIDTH, WRAP_SLACK = 0.3, 100, 0.75


def _rejoined(lines: list[str]) -> list[str]:
    """A hard-wrapped file's paragraphs and bullets as one line each: a line reaching near the wrap
    width goes on in the next, unless that starts a bullet or a label after a sentence or a label ("Location:
    Leicester" under "Job Title: Warehouse Associate"), or is blank."""
    texts = [line.rstrip() for line in lines if line.strip()]
    width = max((len(t) for t in texts), default=0)
    if not texts or width > WRAP_WIDTH:
        return lines
    near = [t for t in texts if len(t) >= WRAP_SLACK * width]
    if len(near) < WRAPPED_SHARE * len(texts) or len(near) < 3:
        return lines
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        ended = previous.rstrip().endswith((".", "!", "?", ":"))
        # a bullet's hanging indent: "   appointments kept" under " * Produce … fix and" goes on with it,
        # however short the line before (a word too long for the line's end wrapped early)
        bullet = _BULLET.match(previous)
        hanging = bullet is not None and line.strip() and len(line) - len(line.lstrip()) == bullet.start("text")
        if hanging and not _BULLET.match(line):
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        elif (line.strip() and previous.strip() and len(previous) >= WRAP_SLACK * width
                and not _BULLET.match(line)
                and not ((ended or _LABEL.match(previous.strip())) and _LABEL.match(line.strip()))
                and not previous.rstrip().endswith(":")):
            # "six-" / "week cycles": a word the wrap broke at its hyphen is one word again
            joint = "" if re.search(r"[a-z]-$", previous.rstrip()) else " "
            out[-1] = f"{previous.rstrip()}{joint}{line.strip()}"
        else:
            out.append(line)
    return out


# A page's key facts copied as text, each label on one line and its value on the next with no blank
# line between (NHS Jobs, Workday): a run of at least this many short lines, in pairs.
MIN_PAIRED_LINES = 6
MAX_PAIR_LABEL_WORDS, MAX_PAIR_VALUE_WORDS = 5, 10
# ... where at least this many labels are known fields or sections and no value is one.
MIN_KNOWN_LABELS = 2
# The title and a line under it before a document's first pairs.
MAX_TITLE_LINES = 2


def _runs(lines: list[str], in_run, rewrite) -> list[str]:
    """`lines` with each run of consecutive lines that `in_run` accepts (by their
    stripped text) replaced by `rewrite(run, lines_before)`; the others as they are."""
    out, run = [], []
    for line in lines:
        if in_run(line.strip()):
            run.append(line)
            continue
        out.extend(rewrite(run, out) if run else ())
        run.clear()
        out.append(line)
    out.extend(rewrite(run, out) if run else ())
    return out


def label_value_pairs(lines: list[str]) -> list[str]:
    """"Salary" / "£29,970 - £36,483 per annum" as "Salary: £29,970 - £36,483 per annum"."""

    def rewrite(run: list[str], out: list[str]) -> list[str]:
        # At the top of the document the title (and a line under it) may open the run: the pairs
        # then start at the first known label.
        starts = range(MAX_TITLE_LINES + 1) if not any(line.strip() for line in out) else (0,)
        for start in starts:
            if start and headings.facet(run[start] if start < len(run) else "") is None:
                continue
            pairs = run[start:]
            labels, values = pairs[0::2], pairs[1::2]
            if (len(pairs) >= MIN_PAIRED_LINES and len(pairs) % 2 == 0
                    and all(len(v.split()) <= MAX_PAIR_VALUE_WORDS for v in values)
                    and all(len(k.split()) <= MAX_PAIR_LABEL_WORDS and not _LABEL.match(k) for k in labels)
                    and sum(headings.facet(k) is not None for k in labels) >= MIN_KNOWN_LABELS
                    and not any(headings.facet(v) is not None for v in values)
                    and (start == 0 and len(starts) == 1 or headings.facet(labels[0]) is not None)):
                return run[:start] + [f"{k.strip()}: {v.strip()}" for k, v in zip(labels, values)]
        return list(run)

    return _runs(lines, lambda text: bool(text) and not _BULLET.match(text) and len(text.split()) <= MAX_PAIR_VALUE_WORDS
                 and not text.endswith((".", "!", "?", ":")), rewrite)


# The same pairs with a page's notes among them (USAJOBS: "Salary" / "$86,962 - $113,047 per year" /
# "Salary shown includes locality pay …", "Location" / "1 vacancy in the following location:" /
# "Vicksburg, MS"): a sentence after a value is its note, a sentence ending in a colon between a label
# and its value leads in to it. Both are said with the value, in brackets.
MAX_NOTED_VALUE_WORDS, MIN_NOTE_WORDS = 16, 4
MIN_NOTED_PAIRS = 3


def _noted_pairs(lines: list[str]) -> list[str]:
    """Runs of label lines over value lines, with notes among them, as "Label: value (note)" lines; runs
    with no note are left to `label_value_pairs`, anything else as it is."""

    def rewrite(run: list[str], _out: list[str]) -> list[str]:
        for skip in (0, 1):  # a section heading over the pairs ("Overview") stays a heading
            if skip and (len(run) < 2 or headings.facet(run[0].strip()) is None):
                continue
            paired = _read_noted_pairs([line.strip() for line in run[skip:]])
            if paired is not None:
                return run[:skip] + paired
        return list(run)

    return _runs(lines, lambda text: bool(text) and not _BULLET.match(text), rewrite)


def _is_pair_label(text: str) -> bool:
    return (0 < len(text.rstrip(":").split()) <= MAX_PAIR_LABEL_WORDS and not _LABEL.match(text)
            and not text.endswith((".", ",", ";", "!", "?")) and not text.rstrip(":").endswith(":"))


def _read_noted_pairs(run: list[str]) -> list[str] | None:
    pairs: list[tuple[str, str, list[str]]] = []
    noted, i = False, 0
    while i < len(run):
        one = _LABEL.match(run[i])
        if one and len(one.group("label").split()) <= MAX_PAIR_LABEL_WORDS:
            pairs.append((one.group("label"), one.group("value"), []))  # "Salary: …" on one line
            i += 1
        elif _is_pair_label(run[i]) and i + 1 < len(run):
            label, notes, i = run[i].rstrip(":").strip(), [], i + 1
            if run[i].endswith(":") and len(run[i].split()) <= MAX_LEAD_IN_WORDS and i + 1 < len(run) \
                    and not run[i + 1].endswith(":"):
                notes.append(run[i].rstrip(":").strip())  # "1 vacancy in the following location:"
                i += 1
            value = run[i]
            if len(value.split()) > MAX_NOTED_VALUE_WORDS or headings.facet(value) is not None or _LABEL.match(value):
                return None
            pairs.append((label, value, notes))
            i += 1
        elif pairs and run[i].endswith((".", "!", "?")) and len(run[i].split()) >= MIN_NOTE_WORDS:
            pairs[-1][2].append(run[i])  # "Salary shown includes locality pay for Rest of U.S."
            i += 1
        else:
            return None
        noted = noted or bool(pairs and pairs[-1][2])
    known = sum(headings.facet(label) is not None for label, _value, _notes in pairs)
    if not noted or len(pairs) < MIN_NOTED_PAIRS or known < MIN_KNOWN_LABELS:
        return None
    return [f"{label}: {value}" + "".join(f" ({note})" for note in notes) for label, value, notes in pairs]


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def _signature(lines: list[str]) -> tuple[str, ...]:
    """An email's signature ("Tamsin Okafor | Senior Recruiter | Ridgeway Insurance"):
    not about the role, but it may name the hiring company (not when the posting is quoted: the
    first signature is then the forwarder's, an agency's)."""
    if not _EMAIL_HEADER.match(next((line for line in lines if line.strip()), "")) or \
            sum(1 for line in lines if _QUOTED.match(line)) >= MIN_QUOTED_LINES:
        return ()
    end = next((i for i, line in enumerate(lines) if line.strip() in ("--", "-- ")), None)
    return tuple(line.strip() for line in lines[end + 1: end + 3] if line.strip()) if end is not None else ()


def _unwrap_email(lines: list[str]) -> tuple[list[str], list[str]]:
    first = next((line for line in lines if line.strip()), "")
    if not _EMAIL_HEADER.match(first):
        return lines, []
    if len(_quote(lines, 1)) >= MIN_QUOTED_LINES and not _has_own_posting(lines):
        # a brief pasted into a reply or forward: the quote is the posting, at the depth a reply
        # to the forward of it ("> Is this good to go?" over ">> Night Shift Supervisor") put it
        depth = 1
        while len(_quote(lines, depth + 1)) >= MIN_QUOTED_LINES and not _has_own_posting(_quote(lines, depth)):
            depth += 1
        posting = _without_lead_in(_without_message_header(_quote(lines, depth)))
        newer = "\n".join(line for line in lines if not re.match(r"^\s*(?:>[ \t]?){%d}" % depth, line))
        posting, changed = correction.applied(posting, correction.corrections(newer))
        return posting, ["the email's headers, messages and signatures around the quoted posting were skipped "
                         "(not about the role)", *changed]
    warnings = []
    start = next((i for i, line in enumerate(lines) if _SEPARATOR.match(line)), None)
    if start is not None:
        told = _cover_facts(lines[:start])
        lines = lines[start + 1:]
        while lines and (not lines[0].strip() or _EMAIL_HEADER.match(lines[0])):
            lines = lines[1:]  # the forwarded message's own From: / Sent: / Subject: lines
        if told and lines:
            lines = lines[:1] + told + lines[1:]  # under the posting's title, as its fields
        kept = f" (kept what it says of the role: {', '.join(t.split(':')[0] for t in told)})" if told else ""
        warnings.append(f"the email's headers and greeting before the posting were skipped (not about the role){kept}")
    end = next((i for i, line in enumerate(lines) if line.strip() in ("--", "-- ") or _SIGN_OFF.match(line)), None)
    if end is not None:
        lines = lines[:end]
        warnings.append("the email's signature and footer after the posting were skipped (not about the role)")
    return lines, warnings


def _without_message_header(lines: list[str]) -> list[str]:
    """A quoted message without its own "-----Original Message-----" and From: / Sent: / Subject: lines."""
    start = 0
    while start < len(lines) and (not lines[start].strip() or _SEPARATOR.match(lines[start])
                                  or _EMAIL_HEADER.match(lines[start])):
        start += 1
    return lines[start:] if start < len(lines) else lines


# A title framed by rule lines ("=====" above and below) comes this near the top of a quoted draft,
# after a lead-in note to its reader ("Colin, draft ad below. OK to go?").
MAX_LEAD_IN_LINES = 4


def _without_lead_in(lines: list[str]) -> list[str]:
    """A quoted draft from its first rule line on, when a short note stands before a title framed by
    rule lines: the note is the letter's, the framed line the title."""
    rules = [i for i, line in enumerate(lines[:MAX_LEAD_IN_LINES + 4]) if _RULE_LINE.match(line)]
    if len(rules) >= 2 and 0 < rules[0] <= MAX_LEAD_IN_LINES and rules[1] - rules[0] <= 3:
        return [line for i, line in enumerate(lines) if i >= rules[0] and i not in rules[:2]]
    return lines


_RULE_LINE = re.compile(r"^\s*(?:={5,}|-{5,}|\*{5,}|_{5,})\s*$")


# A cover note's sentence stating a fact of the role the posting below it leaves out:
# "Hiring manager is Greg Lindqvist (Payroll Manager)."
_COVER_FACT = re.compile(r"(?:^|[.!?]\s+)(?:the\s+|our\s+)?(?P<label>hiring manager|line manager|reporting line|"
                         r"start date|closing date)\s+(?:is|will be)\s+(?P<value>[^.!?]+?)\s*(?:[.!?](?:\s|$)|$)", re.I)


def _cover_facts(lines: list[str]) -> list[str]:
    """What the message above a forwarded posting says of the role, as "Label: value" lines."""
    text = " ".join(line.strip() for line in lines if not _EMAIL_HEADER.match(line))
    return [f"{m.group('label').capitalize()}: {m.group('value').strip()}" for m in _COVER_FACT.finditer(text)]


def _quote(lines: list[str], depth: int) -> list[str]:
    """The lines quoted at least `depth` deep, without that many quote marks."""
    marks = re.compile(r"^\s*(?:>[ \t]?){%d}" % depth)
    return [marks.sub("", line, count=1) for line in lines if marks.match(line)]


# An email whose own (unquoted) lines hold this many section headings has its posting there,
# above a quoted reply ("> a few notes from the panel"), not in the quote.
MIN_OWN_HEADINGS = 2


def _has_own_posting(lines: list[str]) -> bool:
    own = (line.strip().rstrip(":") for line in lines if line.strip() and not _QUOTED.match(line))
    return sum(1 for text in own if len(text.split()) <= MAX_LABEL_WORDS and headings.facet(text)) >= MIN_OWN_HEADINGS


# A letter's greeting ("Hi Jordan,", "Dear all"): never a posting's title.
GREETING = re.compile(r"^(?:hi|hello|hey|dear|morning|good (?:morning|afternoon))\b[^.!?]{0,40}[,!]?$", re.I)


def blocks(lines: list[str], title_line: bool = True) -> list[Block]:
    out: list[Block] = []
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    for n, (i, text) in enumerate(texts):
        after = texts[n + 1][1] if n + 1 < len(texts) else ""
        bullet = _BULLET.match(text)
        if title_line and n == 0 and len(text.split()) <= 14 and not _LABEL.match(text) and not GREETING.match(text):
            out.append(Block(HEADING, text, 1))
        elif bullet:
            out.append(Block(ITEM, bullet.group("text").strip()))
        elif _is_heading(text, after) or _is_stacked_label(lines, i):
            out.append(Block(HEADING, text.rstrip(":").strip(), 2))
        elif lines[i][:1] in (" ", "\t") and out and out[-1].kind == ITEM:
            out[-1] = Block(ITEM, f"{out[-1].text} {text}")  # a wrapped bullet
        else:
            out.append(Block(TEXT, text))
    return out


# A page copied as text with each label on its own line above its value (Civil Service Jobs:
# "Job grade" / "Senior Executive Officer"): a short line opening a paragraph is its label.
MAX_LABEL_WORDS = 5


def _is_stacked_label(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    opens = i == 0 or not lines[i - 1].strip()
    goes_on = i + 1 < len(lines) and bool(lines[i + 1].strip())
    return (opens and goes_on and len(text.split()) <= MAX_LABEL_WORDS and text[:1].isupper()
            and not text.endswith((".", ",", ";", "!", "?")) and not _LABEL.match(text)
            and not _BULLET.match(text) and not any(ch.isdigit() for ch in text))


def _is_heading(text: str, after: str) -> bool:
    words = text.split()
    if text.endswith(":") and len(words) <= MAX_LEAD_IN_WORDS and headings.facet(text) is not None:
        return True  # "As a Policy Adviser in the Coastal Flood Funding team you will:"
    if text.endswith("?") and len(words) <= 6 and headings.facet(text) is not None:
        return True  # a heading asked as a question: "Wat ga je doen?", "Interesse?"
    if len(words) > MAX_HEADING_WORDS or _LABEL.match(text) or text.endswith((".", ",", ";", "!", "?")):
        return False
    if text.endswith(":") or headings.facet(text) is not None and len(words) <= 6:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 2:
        return True
    return len(words) <= 6 and bool(_BULLET.match(after))
