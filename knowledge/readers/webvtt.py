"""WebVTT captions (`.vtt`) of a recruiting video: the words spoken are the posting. Cue timings,
cue numbers, the header, NOTE and STYLE blocks and sound cues ("[music]") are no part of it; a
voice tag (`<v Aroha>`) names who speaks. The cues of one speaker run on into sentences, each a
paragraph, so a sentence cut over two cues ("Pay is $31.50 an hour, plus a night allowance") is read
whole. The role's title is the video's ("Video: \"Now hiring: Packhouse Shift Lead\"" in a NOTE), or
what the speakers say they are hiring.

SubRip subtitles (`.srt`) are the same cues with no header (a number over each timing, a comma before
the milliseconds), so they are read here as captions with no NOTE; a sentence of Korean, Chinese or
Japanese ends at its full stop whatever letter follows."""

import re

from knowledge.parse import DocumentError
from knowledge.readers import headings
from knowledge.readers.build import build
from knowledge.readers.model import TEXT, Block, Document

FORMAT, SRT = "webvtt", "srt"
_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]*)>", re.I)
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{1,2}:[\d:.]+>", re.I)
_SOUND = re.compile(r"\[[^\]]{1,40}\]|♪+")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*(?=[A-Z\"“\[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])")
# A NOTE line naming the video, and the hiring words its title may open with.
_VIDEO = re.compile(r"^(?:video|title)\s*:\s*[\"“]?(?P<title>[^\"”(]+?)[\"”]?\s*(?:\(|[-–—]\s|$)", re.I)
_HIRING_PREFIX = re.compile(r"^(?:now hiring|we(?:'re| are) hiring|hiring|join us(?: as)?|vacancy|job)\s*[:!–—-]\s*",
                            re.I)


# "…생산라인 반장을 모집합니다" (Korean: "we are recruiting a production line lead"), "招聘硬件工程师" (Chinese):
# what the speakers say they are hiring, in the languages whose sentences name it before or after the verb.
_SPOKEN_HIRING = (re.compile(r"(?P<title>[\uac00-\ud7a3\w]+(?: [\uac00-\ud7a3\w]+)?)[을를] (?:모집|채용)합니다"),
                  re.compile(r"(?:招聘|诚聘|招募)(?P<title>[\u4e00-\u9fff\w]{2,12})"))


def read_srt(text: str, name: str) -> Document:
    """SubRip subtitles: WebVTT's cues with no header line."""
    if not re.search(_TIMING.pattern, text, re.M):
        raise DocumentError(f"{name}: not SubRip subtitles (no cue timing like 00:00:01,000 --> 00:00:03,000)")
    return read("WEBVTT\n\n" + text.lstrip("\ufeff"), name, format=SRT)


# The dollar of the region a caption file's language names (`Language: en-NZ`).
REGION_DOLLARS = {"NZ": "NZD", "AU": "AUD", "CA": "CAD", "SG": "SGD", "HK": "HKD", "US": "USD"}


def read(text: str, name: str, format: str = FORMAT) -> Document:
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
    if not title:
        title = next((m.group("title") for p in paragraphs for pattern in _SPOKEN_HIRING
                      if (m := pattern.search(p))), None)
    fields = {"title": title} if title else {}
    language = next((h.split(":", 1)[1].strip() for h in header if h.lower().startswith("language:")), "")
    region = language.split("-")[-1].upper() if "-" in language else ""
    if region in REGION_DOLLARS:  # "Language: en-NZ": the "$" spoken of is New Zealand's
        fields["currency"] = REGION_DOLLARS[region]
    return build(blocks, name=name, format=format, fields=fields, hints=tuple(n.strip() for n in notes))


def _add_cue(runs: list, cue: list[str]) -> None:
    for line in cue:
        voice = _VOICE.search(line)
        speaker = voice.group(1).strip() if voice else (runs[-1][0] if runs else "")
        words = " ".join(_SOUND.sub(_sound_or_heading, _TAG.sub("", line)).split())
        if not words:
            continue
        if runs and runs[-1][0] == speaker:
            runs[-1][1].append(words)
        else:
            runs.append((speaker, [words]))


def _sound_or_heading(found: re.Match) -> str:
    """A bracketed cue is a sound ("[음악]", "[music]"), dropped, unless it names a section of a
    posting ("[자격 요건]": requirements), which the sentences after it are about (`prose`)."""
    return found.group() if found.group().startswith("[") and headings.facet(found.group()[1:-1]) else " "
