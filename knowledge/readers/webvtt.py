"""WebVTT captions (`.vtt`) of a recruiting video: the words spoken are the posting. Cue timings,
cue numbers, the header, NOTE and STYLE blocks and sound cues ("[music]") are no part of it; a
voice tag (`<v Aroha>`) names who speaks. The cues of one speaker run on into sentences, each a
paragraph, so a sentence cut over two cues ("Pay is $31.50 an hour, plus a night allowance") is read
whole. The role's title is the video's ("Video: \"Now hiring: Packhouse Shift Lead\"" in a NOTE), or
what the speakers say they are hiring."""

import re

from knowledge.parse import DocumentError
from knowledge.readers.build import build
from knowledge.readers.model import TEXT, Block, Document

FORMAT = "webvtt"
_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]*)>", re.I)
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{1,2}:[\d:.]+>", re.I)
_SOUND = re.compile(r"\[[^\]]{1,40}\]|♪+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# A NOTE line naming the video, and the hiring words its title may open with.
_VIDEO = re.compile(r"^(?:video|title)\s*:\s*[\"“]?(?P<title>[^\"”(]+?)[\"”]?\s*(?:\(|[-–—]\s|$)", re.I)
_HIRING_PREFIX = re.compile(r"^(?:now hiring|we(?:'re| are) hiring|hiring|join us(?: as)?|vacancy|job)\s*[:!–—-]\s*",
                            re.I)


# The dollar of the region a caption file's language names (`Language: en-NZ`).
REGION_DOLLARS = {"NZ": "NZD", "AU": "AUD", "CA": "CAD", "SG": "SGD", "HK": "HKD", "US": "USD"}


def read(text: str, name: str) -> Document:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        raise DocumentError(f"{name}: not WebVTT captions (no WEBVTT line first)")
    title, header, notes = None, [], []
    runs: list[tuple[str, list[str]]] = []  # (speaker, words), a run per change of speaker
    block: list[str] = []
    for line in [*lines[1:], ""]:
        if line.strip():
            block.append(line)
            continue
        if not block:
            continue
        first, block = block[0], block
        if first.startswith(("NOTE", "STYLE", "REGION")):
            notes += block[1:] if first.strip() in ("NOTE", "STYLE", "REGION") else [first[4:], *block[1:]]
        elif any(_TIMING.match(b) for b in block[:2]):
            cue = block[next(i for i, b in enumerate(block) if _TIMING.match(b)) + 1:]
            _add_cue(runs, cue)
        elif not runs:
            header += block  # "Kind: captions", "Language: en-NZ"
        block = []
    for note in notes:
        found = _VIDEO.match(note.strip())
        if found:
            title = _HIRING_PREFIX.sub("", found.group("title").strip()) or None
    paragraphs = [s for _, words in runs for s in _SENTENCE.split(" ".join(words)) if s.strip()]
    if not paragraphs:
        raise DocumentError(f"{name}: the captions have no spoken words")
    blocks = [Block(TEXT, p) for p in paragraphs]
    fields = {"title": title} if title else {}
    language = next((h.split(":", 1)[1].strip() for h in header if h.lower().startswith("language:")), "")
    region = language.split("-")[-1].upper() if "-" in language else ""
    if region in REGION_DOLLARS:  # "Language: en-NZ": the "$" spoken of is New Zealand's
        fields["currency"] = REGION_DOLLARS[region]
    return build(blocks, name=name, format=FORMAT, fields=fields, hints=tuple(n.strip() for n in notes))


def _add_cue(runs: list, cue: list[str]) -> None:
    for line in cue:
        voice = _VOICE.search(line)
        speaker = voice.group(1).strip() if voice else (runs[-1][0] if runs else "")
        words = " ".join(_SOUND.sub(" ", _TAG.sub("", line)).split())
        if not words:
            continue
        if runs and runs[-1][0] == speaker:
            runs[-1][1].append(words)
        else:
            runs.append((speaker, [words]))
