"""Plain-text cleaning: article text and metadata out of text that was already scraped.

Scraped text keeps the page furniture the scraper did not know to drop: navigation
("Skip to content"), newsletter forms ("Subscribe", "* indicates required" ten times),
teasers of other articles, a news-feed clock, an author bio. This module removes such
lines by rules over each line and its neighbours, and lines that repeat across the files
of one outlet (:func:`repeated_lines`; the caller groups files with :func:`outlet_key`),
and reads metadata from the lines that state it: a headline (``title``), a byline
(``author``, with its date as ``published``), a "Source: X" line (``outlet``), a date
prefix or date line (``published``).

Every removed line is kept as a :class:`~storyline.model.RemovedLine` with the name of
the rule that removed it, so a user can see what went and why:

``repeated``  the line occurs in other files of the same outlet;
``ui``        navigation, sharing, newsletter and page-widget words;
``form``      a form speaking to the reader ("Enter your email...", "Thank you for signing up");
``teaser``    a link to another article ("Also Read | ..."), or a headline with its summary
              after the article has ended, or a line outside the article's body;
``clock``     a time or date alone on a line (a news-feed clock, a dateline);
``short``     a short line without sentence punctuation that is not a heading of the article;
``bio``       an author-bio paragraph ("I am X, a journalist...", "X is a writer who...");
``byline``    "By X", "by X November 22, 2024 2:13 AM 1 min read": author metadata;
``credit``    "Source: X" (outlet metadata) or a photo credit;
``title``     the headline, which becomes ``title`` metadata and is not repeated in the text;
``date``      a date prefix or line, which becomes ``published`` metadata.

Design choice: **the title is metadata** and is not kept in the body, so that the text
holds the article only (extraction, duplicates and offsets see no headline). The
sentence-safety rule is that a line ending with sentence punctuation is only removed by
a rule that names it as furniture (a form, a bio, a teaser block, a repeated line), never
for its length.

All functions are pure: no I/O, same input, same output.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.dates import MONTH_PATTERN, MONTHS, latest_full_date, text_dates
from storyline.lang.en import (  # the English words these rules read
    BIO_CUE as _BIO_CUE,
)
from storyline.lang.en import (
    BIO_FIRST as _BIO_FIRST,
)
from storyline.lang.en import (
    BIO_THIRD as _BIO_THIRD,
)
from storyline.lang.en import (
    COMMENTS_HEADER as _COMMENTS_HEADER,
)
from storyline.lang.en import (
    COOKIE_NOTICE as _COOKIE_NOTICE,
)
from storyline.lang.en import (
    FORM_TOPIC as _FORM_TOPIC,
)
from storyline.lang.en import (
    FORM_VOICE as _FORM_VOICE,
)
from storyline.lang.en import (
    PHOTO_CREDIT as _PHOTO_CREDIT,
)
from storyline.lang.en import (
    SECTION_MARKER as _SECTION_MARKER,
)
from storyline.lang.en import (
    TEASER_PREFIX as _TEASER_PREFIX,
)
from storyline.lang.en import (
    UI_PHRASES as _UI_PHRASES,
)
from storyline.model import Field, RemovedLine, normalise_text

__all__ = [
    "CleanedText",
    "clean_plaintext",
    "normalise_line",
    "outlet_key",
    "repeated_lines",
]


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The result of cleaning one plain-text scrape.

    Attributes:
        text: the article body, one paragraph per kept line, separated by ``"\\n\\n"``.
        removed: every removed line, in input order, with its 1-based line number and rule.
        title, author, outlet, published: metadata read from text lines (origin ``text``,
            the detail names the line); ``published`` is an ISO date.
    """

    text: str
    removed: tuple[RemovedLine, ...] = ()
    title: Field = Field()
    author: Field = Field()
    outlet: Field = Field()
    published: Field = Field()


# --------------------------------------------------------------------------- line tests

_QUOTES = "\"'“”‘’«»„「」『』"
_SENTENCE_END = re.compile(r"[.!?…。！？][" + _QUOTES + r")\]）]*$|[" + _QUOTES + r"]$")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def normalise_line(line: str) -> str:
    """A line as compared for repetition: NFC, whitespace folded, trimmed, case folded."""
    return normalise_text(line).casefold()


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip()))


_UI = re.compile(
    r"^[\s•·|>»«<›‹→←▶►✓✔×*#/\-–—:]*(?:" + _UI_PHRASES.replace("\n", "") + r")"
    r"[\s•·|>»«<›‹→←▶►✓✔×*#/\-–—:.!()\d]*$",
    re.I,
)
# A copyright or rights line.
_RIGHTS = re.compile(r"(?:^|\s)(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved", re.I)
_URL_LINE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_CRUMBS = re.compile(r"^[^.!?]{0,200}(?:\s[|»›>/•·]\s[^.!?]{1,60}){2,}$")
# A time alone on a line, a relative time, a "N min read".
_CLOCK = re.compile(
    r"^\W*(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?"
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?\s*m\.?)?(?:\s*[A-Z]{2,4})?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?\s*m\.?(?:\s*[A-Z]{2,4})?"
    r"|\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago"
    r"|just\s+now|yesterday|today|\d+\s+min(?:ute)?s?\s+read)\W*$",
    re.I,
)
# "By X", "by Sonya Bandouil November 22, 2024 2:13 AM 1 min read", "Written by X | Reuters".
_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:de|da|van|von|der|den|le|la|al|el|bin|ibn|dos|du|di|del)\b)"
_BYLINE = re.compile(
    r"^\W*(?i:by|written\s+by|posted\s+by|reported\s+by|words\s+by|story\s+by|text\s+by|"
    r"reporting\s+by|author:?|authors:?|von)\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}){{0,3}})"
    r"(?P<rest>.*)$",
)
# "Source: Krone", "Sources: AP, Reuters", "Via: X" — the outlet the text came from.
_SOURCE_LINE = re.compile(
    r"^\W*(?:source|sources|quelle|via|fuente|from)\s*:\s*(?P<outlet>[^.!?]{1,80}?)[^\w.!?]*$", re.I
)
# A date prefix at the start of a text: "date 2024-11-21 ...", "Published: Nov 22, 2024 ...".
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated)\s*:?\s*"
    r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{MONTH_PATTERN}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+(?:19|20)\d\d)\b\s*[|,:–—-]?\s*",
    re.I,
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\.?,?"
_TIME = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?\s*m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?"
_FURNITURE_WORDS = re.compile(
    rf"\b(?:{_WEEKDAY}|{_TIME}|\d+\s+min(?:ute)?s?\s+read|read|updated|published|posted|on|at|"
    r"last|ist|gmt|utc|et|bst|cet|edt|est|pst|pdt|share|comments?)\b|\d+",
    re.I,
)


def _is_date_line(line: str) -> bool:
    """Whether the line is a date (and time) with nothing else than furniture words."""
    spans = text_dates(line)
    if not spans:
        return False
    rest = line
    for s, e, _ in reversed(spans):
        rest = rest[:s] + " " + rest[e:]
    rest = _FURNITURE_WORDS.sub(" ", rest)
    return not _words(rest)


def _is_headline(line: str) -> bool:
    """A line shaped like a headline: 3 to 25 words, no full stop at its end, capitalised."""
    words = _words(line)
    if not 3 <= len(words) <= 25 or len(line) > 200:
        return False
    stripped = line.strip().lstrip(_QUOTES)
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    return not re.search(r"[.,;:…]$", line.rstrip(_QUOTES + " "))


# Function words of the languages scrapes come in most (en, de, fr, es, pt, it, nl).
_FUNCTION_WORDS = frozenset("""
a an the and or but of to in on at for with by from as is are was were be been that this it
he she they we you his her their its not no have has had will would can could which who
der die das und oder ein eine ist sind war zu mit von auf für im nicht sich dem den des
le la les et ou un une des du est sont dans pour avec sur pas que qui au aux ce
el los las y o en es son con por para del al que se lo su no una
o os as e ou um uma em é são com por para do da dos das que se no na não
il lo gli e o un una di da in è sono con per che si non del della
de het een en of is zijn met voor op dat niet van
""".split())


def _is_good(line: str) -> bool:
    """A line that reads as article prose: a sentence, or a long line of mostly lowercase words.

    Scrapes lose the full stop of a paragraph now and then; a line of 15 words or more that
    is not title-cased reads as prose all the same.
    """
    if _ends_sentence(line):
        return True
    words = _words(line)
    if len(words) < 15:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    function = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    # Prose has function words; a tag cloud or a list of names has none.
    return capitalised / len(words) < 0.4 and function / len(words) >= 0.15


# --------------------------------------------------------------------------- public API


def outlet_key(text: str, fallback: str) -> str:
    """The key that groups the files of one outlet, for :func:`repeated_lines`.

    A "Source: X" or credit line names the outlet (``source:x``); otherwise the fallback
    (the caller passes the folder holding the file) is used.
    """
    for line in text.splitlines():
        m = _SOURCE_LINE.match(line.strip())
        if m and len(_words(m["outlet"])) <= 6:
            return "source:" + normalise_line(m["outlet"])
    return fallback


def repeated_lines(texts: Iterable[str], min_files: int = 2) -> frozenset[str]:
    """The normalised lines (:func:`normalise_line`) found in at least ``min_files`` texts.

    Give it the texts of ONE outlet only: a line shared by two outlets is a wire copy, which
    is content. A line repeated within one text counts once.
    """
    df: Counter[str] = Counter()
    for text in texts:
        df.update({normalise_line(line) for line in text.splitlines() if line.strip()})
    return frozenset(line for line, n in df.items() if n >= min_files)


@dataclass(slots=True)
class _Line:
    no: int
    text: str
    rule: str | None = None  # why it is removed, None while kept
    blank_before: bool = False


def clean_plaintext(text: str, *, repeated: frozenset[str] = frozenset()) -> CleanedText:
    """Clean a plain-text scrape: article body, removed lines with rules, metadata.

    Args:
        text: the scraped text; lines are split on any newline.
        repeated: normalised lines that repeat across files of this text's outlet
            (from :func:`repeated_lines`); they are removed with the rule ``repeated``.

    Returns:
        A :class:`CleanedText`; ``text`` has one paragraph per kept line.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[_Line] = []
    blank = False
    for no, raw in enumerate(raw_lines, start=1):
        stripped = unicodedata.normalize("NFC", raw).strip().replace("\u00a0", " ")
        if not stripped:
            blank = True
            continue
        lines.append(_Line(no, re.sub(r"[ \t]+", " ", stripped), blank_before=blank))
        blank = False
    meta: dict[str, Field] = {}
    removed_extra: list[RemovedLine] = []

    def put(key: str, value: str | None, detail: str) -> None:
        if value and key not in meta:
            meta[key] = Field(value, "text", detail)

    # A date prefix on the first line is metadata; the rest of the line stays.
    if lines:
        first = lines[0]
        m = _DATE_PREFIX.match(first.text)
        if m and m.end() < len(first.text):
            iso = latest_full_date(m["date"])
            if iso:
                put("published", iso, f"line {first.no}: date prefix {m.group(0).strip()!r}")
            removed_extra.append(RemovedLine(first.no, m.group(0).strip(), "date"))
            first.text = first.text[m.end():].strip()

    _apply_line_rules(lines, repeated, put)
    _apply_context_rules(lines)
    _drop_comments(lines)
    _confine_to_body(lines)
    _take_title(lines, put)

    kept = [ln.text for ln in lines if ln.rule is None]
    removed = sorted(
        removed_extra + [RemovedLine(ln.no, ln.text, ln.rule) for ln in lines if ln.rule],
        key=lambda r: r.line_no,
    )
    return CleanedText(
        text="\n\n".join(kept),
        removed=tuple(removed),
        title=meta.get("title", Field()),
        author=meta.get("author", Field()),
        outlet=meta.get("outlet", Field()),
        published=meta.get("published", Field()),
    )


def _line_rule(line: str) -> str | None:
    """The rule that removes this line on its own, or None."""
    words = _words(line)
    n = len(words)
    if _UI.match(line) and n <= 12:
        return "ui"
    if n <= 30 and _RIGHTS.search(line):
        return "ui"
    if _CLOCK.match(line):
        return "clock"
    m = _SOURCE_LINE.match(line)
    if m and len(_words(m["outlet"])) <= 6:
        return "credit"
    if _PHOTO_CREDIT.match(line) and n <= 25:
        return "credit"
    m = _BYLINE.match(line)
    if m and n <= 25 and _byline_rest_ok(m["rest"]):
        return "byline"
    if n <= 25 and _is_date_line(line):
        return "clock"
    if _URL_LINE.match(line):
        return "teaser"
    if _TEASER_PREFIX.match(line) and n <= 30 and not _ends_sentence(line.rstrip(" ”\"")[-1:] + "x"):
        return "teaser"
    if n <= 40 and _FORM_TOPIC.search(line) and _FORM_VOICE.search(line) and not _is_quote(line):
        return "form"
    if n <= 150 and _COOKIE_NOTICE.search(line) and not _is_quote(line):
        return "form"
    if ((_BIO_FIRST.match(line) or (_BIO_THIRD.match(line) and _BIO_CUE.search(line)))
            and n >= 8 and not _is_quote(line)):
        return "bio"
    return None


def _is_quote(line: str) -> bool:
    """Whether the line quotes someone: it holds quotation marks or a speech verb."""
    return bool(re.search(r"[“”«»\"]|\b(?:said|says|told|according\s+to)\b", line))


def _apply_line_rules(lines: list[_Line], repeated: frozenset[str], put) -> None:
    """Rules that judge a line on its own, plus metadata lines and repeated lines."""
    # Repeated lines are boilerplate unless they are most of the text's prose: then the
    # file is another copy of an article of the outlet, which duplicate detection links.
    if repeated:
        prose = [ln for ln in lines if _is_good(ln.text) and len(_words(ln.text)) >= 8]
        hit = [ln for ln in prose if normalise_line(ln.text) in repeated]
        spare_prose = len(prose) > 0 and len(hit) * 2 > len(prose)
    else:
        spare_prose = False
    for ln in lines:
        line = ln.text
        m = _SOURCE_LINE.match(line)
        if m and len(_words(m["outlet"])) <= 6:
            put("outlet", m["outlet"].strip(), f"line {ln.no}: {line!r}")
        m = _BYLINE.match(line)
        rule = _line_rule(line)
        if rule == "byline" and m:
            put("author", _byline_name(m["name"]), f"line {ln.no}: {line!r}")
            iso = latest_full_date(line)
            if iso:
                put("published", iso, f"line {ln.no}: {line!r}")
        elif rule == "clock" and text_dates(line):
            put("published", latest_full_date(line), f"line {ln.no}: {line!r}")
        if rule is None and normalise_line(line) in repeated:
            if not (spare_prose and _is_good(line) and len(_words(line)) >= 8):
                rule = "repeated"
        ln.rule = rule


def _byline_rest_ok(rest: str) -> bool:
    """Whether what follows a byline's names is furniture: dates, times, "| Reuters".

    "By Monday, 40 people had left." is a sentence: lowercase words follow the "name".
    """
    for s_, e, _ in reversed(text_dates(rest)):
        rest = rest[:s_] + " " + rest[e:]
    rest = _FURNITURE_WORDS.sub(" ", rest)
    words = _words(rest)
    return len(words) <= 6 and all(w[:1].isupper() or w[:1] == "@" for w in words)


def _byline_name(name: str) -> str:
    """The author names of a byline, without trailing month names or stray words."""
    tokens = name.split()
    while tokens and tokens[-1].rstrip(".,").lower() in MONTHS:
        tokens.pop()
    return " ".join(tokens).strip(" ,&")


def _apply_context_rules(lines: list[_Line]) -> None:
    """Rules that need the neighbours: short lines, teaser blocks, the body's extent."""
    live = [ln for ln in lines if ln.rule is None]
    if not live:
        return
    good = [_is_good(ln.text) for ln in live]

    # Short lines without sentence punctuation are kept only as headings inside the body:
    # a kept sentence before them and one after them.
    for i, ln in enumerate(live):
        if good[i]:
            continue
        before = any(good[j] for j in range(max(0, i - 2), i))
        after = any(good[j] for j in range(i + 1, min(len(live), i + 3)))
        if not (before and after):
            ln.rule = "short"

    # A related-article block after the body: a long headline with one or two summary
    # paragraphs, followed by a section marker ("News Feed", "MORE NEWS", "Related").
    for i, ln in enumerate(lines):
        if ln.rule not in (None, "short") or len(_words(ln.text)) < 7 or not _is_headline(ln.text):
            continue
        j = i + 1
        summary: list[_Line] = []
        while j < len(lines) and len(summary) < 3 and lines[j].rule is None and _is_good(lines[j].text):
            summary.append(lines[j])
            j += 1
        if 1 <= len(summary) <= 2 and j < len(lines) and _is_marker_line(lines[j]):
            for block_line in (ln, *summary):
                block_line.rule = "teaser"

    # After a section marker that follows the body, what comes until the end is other
    # articles (headlines with summaries), as long as no run of three prose lines resumes.
    for i, ln in enumerate(lines):
        if not _is_marker_line(ln):
            continue
        body_before = sum(1 for b in lines[:i] if b.rule is None and _is_good(b.text)
                          and len(_words(b.text)) >= 8)
        if body_before < 3:
            continue
        rest = lines[i + 1:]
        run = longest = 0
        for r in rest:
            if r.rule is None and _is_good(r.text):
                run += 1
                longest = max(longest, run)
            else:
                run = 0
        if longest <= 2:
            for r in rest:
                if r.rule is None:
                    r.rule = "teaser"
            return


def _is_marker_line(ln: _Line) -> bool:
    """A removed widget line that opens a list of other articles ("More news", "Related")."""
    return ln.rule == "ui" and bool(_SECTION_MARKER.search(ln.text))


_COMMENT_SIGNAL = re.compile(
    r"^\W*(?:[^\s].{0,40}\s(?:says|said|wrote|writes|replied|commented)(?:\s+on\b.*)?:"
    r"|reply|like|report|flag|\d+\s+(?:likes?|points?|replies)|log\s+in\s+to\s+reply|"
    r"\d+\s*(?:s|m|h|d|w|mins?|hours?|days?|weeks?|months?|years?)\s+ago|permalink)\W*$",
    re.I,
)


def _drop_comments(lines: list[_Line]) -> None:
    """Reader comments after the article: from a comments header to the end of the text.

    The header ("34 responses to ...", "Leave a Reply", "Comments") must come after some
    body prose and be followed by comment furniture ("X says:", "Reply", "2 hours ago").
    """
    for i, ln in enumerate(lines):
        if not _COMMENTS_HEADER.match(ln.text):
            continue
        body_before = sum(1 for b in lines[:i] if b.rule is None and _is_good(b.text)
                          and len(_words(b.text)) >= 8)
        signals = sum(1 for r in lines[i + 1:] if _COMMENT_SIGNAL.match(r.text))
        if body_before >= 2 and signals >= 2:
            for r in lines[i:]:
                if r.rule is None or r.rule == "short":
                    r.rule = "comments"
            return


def _confine_to_body(lines: list[_Line]) -> None:
    """Keep the article body: the largest block of prose and the blocks close to it.

    Kept lines form blocks, split where two or more removed lines come between them. The
    block with the most prose words is the body's core; a neighbouring block joins it when
    at most 3 lines separate them, or at most 12 when it is itself substantial (two prose
    lines and 50 words). Kept lines in other blocks are teasers of other articles,
    promotions and notices scattered around the page ("outside").
    """
    blocks: list[list[_Line]] = []
    gaps: list[float] = []  # cost of the removed lines before each block
    gap = 0.0
    for ln in lines:
        if ln.rule is not None:
            # Cells of a table or list inside the article ("Pos", "Player", "56") are short
            # lines too; they separate less than a headline or a widget does.
            tiny = ln.rule == "short" and len(_words(ln.text)) <= 3
            gap += 0.34 if tiny else 1.0
            continue
        if blocks and gap <= 1:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
            gaps.append(gap)
        gap = 0.0
    if len(blocks) < 2:
        return

    def weight(block: list[_Line]) -> int:
        # A line counts at most 100 words: one huge line (a page's hidden copy of the
        # article, a cookie notice) must not outweigh a body of many paragraphs.
        return sum(min(100, len(_words(b.text))) for b in block if _is_good(b.text))

    def substantial(block: list[_Line]) -> bool:
        return sum(1 for b in block if _is_good(b.text)) >= 2 and weight(block) >= 50

    weights = [weight(b) for b in blocks]
    core = max(range(len(blocks)), key=lambda k: (weights[k], -k))
    lo = hi = core
    while lo > 0 and (gaps[lo] <= 3 or (gaps[lo] <= 12 and substantial(blocks[lo - 1]))):
        lo -= 1
    while hi + 1 < len(blocks) and (gaps[hi + 1] <= 3 or
                                    (gaps[hi + 1] <= 12 and substantial(blocks[hi + 1]))):
        hi += 1
    for k, block in enumerate(blocks):
        if not lo <= k <= hi:
            for ln in block:
                ln.rule = "outside"


def _take_title(lines: list[_Line], put) -> None:
    """Make the headline title metadata: the nearest headline-shaped line before the body.

    It is looked for among the 8 lines before the first kept line, skipping bylines, dates
    and other removed furniture; a text that starts with its body has no title.
    """
    first = next((k for k, ln in enumerate(lines) if ln.rule is None), None)
    if first is None:
        return
    for ln in reversed(lines[max(0, first - 8):first]):
        # A headline can also be "repeated": other files of the outlet link to the article
        # in their related-posts lists, but right above the body it is this file's title.
        if ln.rule in ("short", "outside", "repeated") and _is_headline(ln.text):
            put("title", ln.text, f"line {ln.no}: the headline before the body")
            ln.rule = "title"
            return
