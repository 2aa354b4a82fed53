"""Signed blocks embedded in a page: whose words they are (used by the attribution step).

A news page embeds social posts; the scraped text keeps each post's words and then its
signature, "— Name (@handle) March 3, 2021" (an image post: "A photo shared by Name (@handle)"),
on a line of its own under the post or glued to it. The post's words, figures included, are its
author's, not the outlet's. A page of readers' letters or testimonials signs each block on a line
of its own ("— Jo Marsh, Leeds"); those blocks are their signers'. A testimonial, a quotation
signed with a name and a role under it or on its line ("“...” — Jo Marsh, head of IT at a
bakery"), is its signer's even alone on the page; quotations signed on their lines by a dash and
a name alone ("“The worst pick in 30 years.” ― Tom Baker") are their signers' where a page holds
two or more.

:func:`signed_blocks` finds, on the plain text alone, each signed block: the characters of the
signed words, of the signer's name and of the whole signature (the cue).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from storyline.lang.en import REPORTING_VERBS

__all__ = ["Signed", "signed_blocks", "signer_kind"]


@dataclass(frozen=True, slots=True)
class Signed:
    """One signed block: its words ``[start, end)``, the signer's name and the signature."""

    start: int
    end: int
    name_start: int
    name_end: int
    sig_start: int
    sig_end: int
    kind: str  # "post" or "letter"


_MONTH = r"[A-Z][a-z]{2,8}\.?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[apAP]\.?[mM]\.?(?:\s+[A-Z]{2,4}\b)?)?"
#: The signature an embedded post ends with: "-- Name (@handle) May 4, 2021", "— Name
#: (@name.example.social) 4 May 2021 at 10:02 AM", "A post shared by Name (@handle) on May 4, 2021".
POST_SIGNATURE = re.compile(
    r"(?:(?:--|[—–-])|\bA (?:post|photo|video) (?:shared|posted) by)\s*([^\s()@][^()\n@]{0,60}?)\s*\(@[\w.]{1,40}?\)"
    rf"(?:\s*(?:on\s+)?(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}){_TIME}|(?=[ \t]*(?:\n|$)))")
#: The most characters a post holds (links not counted): words above it beyond that are the page's.
POST_LENGTH = 280
#: The longest text a post signature takes back on a line of words.
POST_REACH = 300
#: Verbs of telling whose past form in a paragraph above a post tells of someone's words
#: ("one reader quipped", "the club shared the news"): the page's voice, introducing the post.
_TELLING = (REPORTING_VERBS | {"share", "wonder", "react"}) - {
    "put", "count", "tally", "record", "continue", "find", "show", "predict", "forecast", "project",
    "calculate", "rate", "expect", "publish",
    # a post tells figures with these ("he posted 93 points", "added 3 goals", "recalled 500 cars")
    "post", "add", "claim", "charge", "point", "boast", "maintain", "recall"}


def _past_telling(word: str) -> bool:
    """Whether ``word`` is the past form of a verb of telling ("said", "posted", "quipped", "replied")."""
    if word in ("said", "told", "wrote"):
        return True
    if not word.endswith("ed"):
        return False
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")  # shared, posted, quipped, replied
    return any(stem in _TELLING for stem in stems)


def _tells_of_post(para: str) -> bool:
    return any(_past_telling(w) for w in re.findall(r"[a-z]+", para.lower()))


_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")

#: A letter's or a testimonial's signature, on a line of its own: a dash, a name of two to four
#: words (a title or initials in it) and, after a comma, where the writer is from or who they are.
_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Rep|Sen)\.\s)?[A-Z][a-z’'-]+(?:\s(?:[A-Z]\.|[A-Z][a-z’'-]+)){1,3}"
LETTER_SIGNATURE = re.compile(rf"^[ \t]*(?:--|[—–-])[ \t]*({_NAME})[ \t]*,[ \t]*[^\n.:;!?\"“”]{{1,60}}[ \t]*$",
                              re.MULTILINE)
#: A testimonial's signature with no dash, a line of a name and a role under a quotation.
LINE_SIGNATURE = re.compile(rf"^[ \t]*({_NAME})[ \t]*,[ \t]*[^\n.:;!?\"“”]{{1,60}}[ \t]*$", re.MULTILINE)
#: A testimonial signed on the line of its quotation: "“We cut costs by 30%.” — Jo Marsh, head of
#: IT at a bakery" (the line opens with the quotation).
QUOTE_SIGNATURE = re.compile(
    rf"^[ \t]*([\"“][^\n]*?[\"”])[ \t]*(?:--|[—–-])[ \t]*({_NAME})[ \t]*,[ \t]*[^\n.:;!?\"“”]{{1,60}}[ \t]*$",
    re.MULTILINE)
#: A quotation signed on its own line with a dash and a name alone ("“We lost 40 jobs.” ― Carla
#: Ruiz"), as a page gathering several voices signs them: the name's words may carry accents.
_BARE_NAME = r"[A-ZÀ-Þ][a-zß-ÿ’'-]+(?:\s(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zß-ÿ’'-]+)){1,3}"
NAME_SIGNED_QUOTE = re.compile(
    rf"^[ \t]*([\"“][^\n]*?[\"”])[ \t]*(?:--|[—–―-])[ \t\u00a0]*({_BARE_NAME})[ \t]*\.?[ \t]*$", re.MULTILINE)
#: Fewer signed letters than this on a page: a dash and a name at a block's end is something else
#: (the writer of the article, a list's item), unless the block is a quotation (a testimonial).
_LETTERS = 2
#: The roles of a signature that tell the page's own writer, never a testimonial's.
_WRITER_ROLE = re.compile(r"(?i)\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist)s?\b")
#: The most characters one letter's block takes back, over paragraphs.
_LETTER_REACH = 1500
_QUOTES = ("\"", "“", "”")
_SENTENCE_END = (".", "!", "?", "\"", "”", "’", ")")


def _words(text: str) -> int:
    """How many characters of ``text`` are words: its links and its edges' spaces not counted."""
    return len(_LINK.sub("", text).strip())


def _paragraph_starts(text: str, end: int, stop: int) -> list[int]:
    """Where the paragraphs above ``end`` start (nearest first), from ``stop`` on."""
    out = []
    pos = len(text[:end].rstrip())
    while pos > stop:
        start = max(text.rfind("\n", 0, pos) + 1, stop)
        if text[start:pos].strip():
            out.append(start)
        pos = len(text[:start].rstrip()) if start > stop else stop
    return out


def _post_above(text: str, line: int, stop: int) -> int:
    """Where the post signed on its own line (which starts at ``line``) starts: the paragraph
    above it (at most a post's length back), and those above that while the post stays within a
    post's length; a paragraph that ends with a colon ("X wrote:") or tells of a post ("She posted
    a photo.") is the page's, introducing the post."""
    starts = _paragraph_starts(text, line, stop)
    if not starts:
        return line
    end = len(text[:line].rstrip())
    start = starts[0] if _words(text[starts[0]:end]) <= POST_REACH else end - POST_REACH
    for below, s in zip(starts, starts[1:]):
        para = text[s:below].rstrip()
        if para.endswith(":") or _tells_of_post(para) or _words(text[s:end]) > POST_LENGTH:
            break
        start = s
    return start


def _post_on_line(text: str, line: int, sig: int, sentence_starts: list[int]) -> int:
    """Where a post signed on the line of its words starts: the whole line when it holds no more
    than a post does, else the sentences of words before the signature (links after them skipped)
    while they fit in a post, back to one that tells of someone's words or quotes someone."""
    if _words(text[line:sig]) <= POST_LENGTH:
        return line
    words = _LINK.sub(lambda m: " " * len(m.group()), text[line:sig]).rstrip()
    last = line + max(len(words) - 1, 0)
    k = bisect_right(sentence_starts, last) - 1
    if k < 0 or sentence_starts[k] < line:
        return line
    start = sentence_starts[k]
    while k > 0 and sentence_starts[k - 1] >= line:
        prev = text[sentence_starts[k - 1]:start]
        if _words(text[sentence_starts[k - 1]:sig]) > POST_LENGTH or _tells_of_post(prev) \
                or any(q in prev for q in _QUOTES):
            break
        k -= 1
        start = sentence_starts[k]
    return start


def _posts(text: str, sentence_starts: list[int]) -> list[Signed]:
    out: list[Signed] = []
    last = 0
    for m in POST_SIGNATURE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if last > line and m.start() - last <= POST_REACH:
            start = last  # a run of posts on one line: after the signature of the one before
        elif not text[line:m.start()].strip():  # a signature on a line of its own: the post is above it
            start = _post_above(text, line, last)
        else:
            start = max(_post_on_line(text, line, m.start(), sentence_starts), last)
        out.append(Signed(start, m.start(), m.start(1), m.end(1), m.start(), m.end(), "post"))
        last = m.end()
    return out


def _list_item(text: str, at: int) -> bool:
    """Whether the line at ``at`` is an item of a dashed or bulleted list."""
    return text[at:at + 2] in ("- ", "* ", "• ", "– ", "— ")


def _letters(text: str, taken: list[Signed]) -> list[Signed]:
    found = []
    lines = list(LINE_SIGNATURE.finditer(text))
    dashless = {m.start() for m in lines}
    for m in sorted([*LETTER_SIGNATURE.finditer(text), *lines], key=lambda m: m.start()):
        if any(s.sig_start <= m.start(1) < s.sig_end for s in taken):
            continue
        paras = _paragraph_starts(text, m.start(), 0)
        if m.start() in dashless and (not paras or not _quoted(text[paras[0]:m.start()])
                                      or _WRITER_ROLE.search(text[m.end(1):m.end()])):
            continue  # a line of a name and a role with no dash: only under a quotation
        below = text[m.end():].lstrip()
        if not paras or _list_item(text, paras[0]) or _list_item(below, 0):
            continue  # an item of a list, not a signature under a block
        if not text[paras[0]:m.start()].rstrip().endswith(_SENTENCE_END):
            continue  # the block above is a heading or a line of a list, no letter
        found.append((m, paras))
    if len(found) < _LETTERS:  # a lone signature: only under a quotation (a testimonial)
        found = [(m, paras) for m, paras in found if _quoted(text[paras[0]:m.start()])
                 and not _WRITER_ROLE.search(text[m.end(1):m.end()])]
        if not found:
            return []
    out = []
    prev = 0
    for m, paras in found:
        end = len(text[:m.start()].rstrip())
        start = paras[0]
        for s in paras[1:]:
            if s < prev or end - s > _LETTER_REACH or not text[s:start].rstrip().endswith(_SENTENCE_END):
                break
            start = s
        if prev == 0:
            start = paras[0]  # the first letter: only its paragraph (what is above may be the page's)
        out.append(Signed(start, end, m.start(1), m.end(1), m.start(), m.end(), "letter"))
        prev = m.end()
    return out


def _quoted(block: str) -> bool:
    """Whether ``block`` is one quotation: it opens with a quotation mark and ends with one."""
    block = block.strip()
    return len(block) > 2 and block[0] in "\"“" and block.rstrip(".,!? ")[-1:] in ("\"", "”") \
        and block.count("“") <= 1 and block.count('"') <= 2


def _quote_signed(text: str, taken: list[Signed]) -> list[Signed]:
    """Testimonials signed on the line of their quotation ("“...” — Jo Marsh, head of IT")."""
    out = []
    for m in QUOTE_SIGNATURE.finditer(text):
        if any(s.sig_start <= m.start(2) < s.sig_end for s in taken) or not _quoted(m.group(1)) \
                or _WRITER_ROLE.search(text[m.end(2):m.end()]):
            continue
        out.append(_signed_on_its_line(text, m))
    return out + _name_signed(text, taken + out)


def _signed_on_its_line(text: str, m: re.Match[str]) -> Signed:
    """The signed block of a quotation (group 1) and its signer's name (group 2) on one line: the
    signature (the cue) runs from the first mark after the quotation to the line's end."""
    gap = text[m.end(1):m.start(2)]
    sig = m.end(1) + len(gap) - len(gap.lstrip(" \t"))
    return Signed(m.start(1), m.end(1), m.start(2), m.end(2), sig, m.end(), "letter")


def _name_signed(text: str, taken: list[Signed]) -> list[Signed]:
    """Quotations signed on their own line by a dash and a name alone ("“The worst pick in 30
    years.” ― Tom Baker"), when the page holds two or more of them: a page gathering voices, each
    quotation its signer's. A lone one may be an epigraph or a title's credit, and a line that is
    no single quotation signs nothing."""
    found = [m for m in NAME_SIGNED_QUOTE.finditer(text)
             if not any(s.sig_start <= m.start(2) < s.sig_end for s in taken) and _quoted(m.group(1))]
    if len(found) < _LETTERS:
        return []
    return [_signed_on_its_line(text, m) for m in found]


def signed_blocks(text: str, sentence_starts: list[int]) -> list[Signed]:
    """Every signed block of ``text``: its embedded posts and its signed letters.

    Args:
        text: the article's text.
        sentence_starts: the first character of each of its sentences, in order.

    Returns:
        The blocks in order of their signatures.
    """
    posts = _posts(text, sentence_starts)
    letters = _letters(text, posts)
    return sorted(posts + letters + _quote_signed(text, posts + letters), key=lambda s: s.sig_start)


def signer_kind(name: str, kind: str) -> str:
    """The kind of a post's signer: a name read as a person's that holds a word in capitals
    among words that are not ("NHS Lakeside Trust", "ABC Sports Desk") is a body's."""
    words = name.split()
    caps = [w for w in words if re.fullmatch(r"[A-Z]{2,5}", w)]
    if kind == "person" and caps and len(caps) < len(words):
        return "organisation"
    return kind
