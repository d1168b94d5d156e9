"""A job description sent as an email and saved raw (.eml, RFC 822): the headers (Received, Message-ID,
MIME) are never the role's; its body is, decoded from quoted-printable or base64 by the standard
library's `email` package, soft line breaks joined. The text/plain part is read as plain text; a
message with only HTML is read as a page. The letter around a forwarded description is not the role's:
the greeting and its lead-in (up to a rule line framing the description), and the sign-off with the
signature and disclaimer under it. A manager's notes saying the role reports "to me" name the sender."""

import email
import email.policy
import re

from knowledge.parse import DocumentError
from knowledge.readers import html, job_alert, plaintext
from knowledge.readers.model import Document


def read(text: str, name: str) -> Document:
    message = email.message_from_string(text.lstrip("\ufeff"), policy=email.policy.default)
    if not message.keys():
        return plaintext.read(text, name)  # no headers: a .eml that is just the text of one
    try:
        plain = message.get_body(("plain",))
        markup = message.get_body(("html",))
        if plain is not None:
            listed = job_alert.postings(plain.get_content().splitlines())
            if listed is not None:  # a board's alert: each listing a role
                docs = [plaintext.read("\n".join(lines), name) for lines in listed]
                return Document(format=docs[0].format, roles=tuple(r for d in docs for r in d.roles),
                                warnings=tuple(w for d in docs for w in d.warnings))
            return plaintext.read(_sender_named(letter_body(plain.get_content()), _sender(message)), name)
        if markup is not None:
            return html.read(_html_text(markup), name)
    except (LookupError, ValueError) as exc:  # an unknown charset, a damaged encoding
        raise DocumentError(f"{name}: the email's body cannot be decoded ({exc})")
    raise DocumentError(f"{name}: an email with no text or HTML body")


# A hiring manager's notes for a posting say the role is theirs in the first person ("reports to me (Sr.
# Manager, Data)", "you'd report to me"): the "me" is the message's sender, who is who the role reports to.
_REPORTS_TO_ME = re.compile(r"\b(?P<verb>report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to)\s+me\b", re.I)


def _sender(message) -> str | None:
    """The From header's display name ("Dana Whitcomb <dana@…>"), or None when it gives only an address."""
    sender = message.get("From")
    name = getattr(sender, "addresses", ()) and sender.addresses[0].display_name
    return name.strip() or None if name else None


def _sender_named(text: str, sender: str | None) -> str:
    return _REPORTS_TO_ME.sub(lambda m: f"{m.group('verb')} {sender}", text) if sender else text


def _html_text(part) -> str:
    """An HTML part's text. A browser's MHTML save names no charset on its part (the page's own
    <meta charset> says it): its bytes are then read as UTF-8, Windows-1252 if they are not."""
    if part.get_param("charset") is not None:
        return part.get_content()
    data = part.get_payload(decode=True) or b""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_GREETING = plaintext.GREETING
_RULE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
_SIGN_OFF = re.compile(r"^(?:thanks|many thanks|thank you|best|best wishes|best regards|kind regards|regards|"
                       r"cheers|all the best)[,.!]?$", re.I)
# A greeting's lead-in runs at most this many lines before the rule that frames the description.
MAX_LEAD_IN = 20


def letter_body(text: str) -> str:
    """The description inside a letter: no greeting, lead-in, rule lines, sign-off or signature."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and _GREETING.match(lines[first].strip()):
        rule = next((i for i, line in enumerate(lines[first:first + MAX_LEAD_IN], first) if _RULE.match(line)), None)
        lines = lines[rule + 1 if rule is not None else first + 1:]
    end = next((i for i, line in enumerate(lines) if _SIGN_OFF.match(line.strip())), None)
    if end is not None and end > len(lines) // 3:  # a sign-off, not a "Thanks!" heading near the top
        lines = lines[:end]
    return "\n".join(line for line in lines if not _RULE.match(line))
