"""Bytes to text in the encodings postings are really saved in: UTF-8, UTF-16/32 with a byte-order mark
(Windows "Unicode"), and Windows-1252 ("ANSI"). The empty, size, binary and control-character checks
are `knowledge.parse.decode`'s, on the decoded text."""

import codecs

from knowledge.parse import DocumentError, decode as decode_utf8

# Longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The single-byte encoding tried when a file is not UTF-8: a superset of
# Latin-1's printable characters, and what Windows means by "ANSI" in the
# English- and Western-European-speaking offices postings come from.
FALLBACK = "cp1252"
# UTF-16 with no mark (some exports and pipes drop it): text in a Latin script has a NUL as the high byte
# of nearly every character, at odd places little-endian, even ones big-endian. At least this share of the
# high bytes NUL, and at most `MAX_LOW_NULS` of the others, in the first `SAMPLE` bytes: a third, since
# Greek or Cyrillic letters have no NUL high byte while their spaces, digits and punctuation do; a NUL
# low byte is rare in text (U+0100, U+0200…) and half of them in UTF-32.
MIN_HIGH_NULS, MAX_LOW_NULS, SAMPLE = 0.3, 0.05, 8192


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, a note naming the encoding when it was not UTF-8)."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: the file starts with a {codec.upper()} byte-order mark but is "
                                    f"not {codec.upper()} text ({exc.reason} at byte {exc.start})")
            return decode_utf8(text.lstrip("\ufeff").encode("utf-8"), name), f"read as {codec.upper()} text"
    codec = _utf16_without_mark(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: the file looks like {codec.upper()} text with no byte-order mark but "
                                f"is not ({exc.reason} at byte {exc.start}); save it as UTF-8")
        return decode_utf8(text.encode("utf-8"), name), f"read as {codec.upper()} text (no byte-order mark)"
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in data:
            raise DocumentError(f"{name}: the file is binary, not text")
        try:
            text = data.decode(FALLBACK)
        except UnicodeDecodeError:
            raise DocumentError(f"{name}: the file is neither UTF-8 nor Windows-1252 text "
                                f"({exc.reason} at byte {exc.start}); save it as UTF-8")
        return decode_utf8(text.encode("utf-8"), name), "not UTF-8: read as Windows-1252 text"
    return decode_utf8(data, name), None


def _utf16_without_mark(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the NUL bytes of `data` sit where UTF-16 text puts them; None
    for anything else (UTF-8, a binary file, UTF-32)."""
    sample = data[:SAMPLE - SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= MIN_HIGH_NULS * len(high) and low.count(0) <= MAX_LOW_NULS * len(low):
            return codec
    return None
