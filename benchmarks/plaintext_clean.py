"""Quality and speed of the plain-text cleaner on whole web pages turned into text.

For each page of ``../shared/datasets/scrapinghub-aeb/html/*.html.gz`` this benchmark

1. turns the whole page into plain text, as a naive scraper would: every visible text,
   one block element per line (script, style, noscript and template dropped);
2. cleans that text with :func:`storyline.clean.plaintext.clean_plaintext`, with the lines
   repeated across pages of the same domain (:func:`repeated_lines`) when a domain is
   known from the page's canonical URL (most domains have one page only, so this rarely
   matters here);
3. scores the uncleaned and the cleaned text against ``trafilatura.extract`` of the same
   HTML: bag-of-words precision, recall and F1 on lowercased ``\\w+`` tokens (multisets),
   averaged over pages.

trafilatura is only the reference here: the cleaner never sees the HTML. Run::

    .venv/bin/python benchmarks/plaintext_clean.py [--limit N] [--worst K]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from storyline.clean.plaintext import clean_plaintext, repeated_lines

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "datasets" / "scrapinghub-aeb" / "html"

_TOKEN = re.compile(r"\w+")
_DROP = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_BLOCK = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre "
    "section summary table tbody td tfoot th thead tr ul button select textarea label legend "
    "menu center".split()
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def page_text(html: bytes) -> str:
    """All visible text of a page, one block element per line (the pages are UTF-8)."""
    source = _XML_DECL.sub("", html.decode("utf-8", "replace"), count=1)
    try:
        root = lxml.html.fromstring(source)
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _WS.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK
        if block:
            flush()
        if el.text and tag:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)


def page_domain(html: bytes) -> str | None:
    """The domain of the page's canonical or og:url, when it states one."""
    m = re.search(rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', html, re.I) or \
        re.search(rb'property=["\']og:url["\'][^>]*content=["\']([^"\']+)', html, re.I)
    if not m:
        return None
    host = urlsplit(m.group(1).decode("utf-8", "replace")).hostname or ""
    return host.removeprefix("www.") or None


def bag_prf(candidate: str, reference: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of the candidate's lowercased \\w+ token multiset against the reference's."""
    cand = Counter(_TOKEN.findall(candidate.lower()))
    ref = Counter(_TOKEN.findall(reference.lower()))
    if not cand and not ref:
        return 1.0, 1.0, 1.0
    overlap = sum((cand & ref).values())
    p = overlap / sum(cand.values()) if cand else 0.0
    r = overlap / sum(ref.values()) if ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--worst", type=int, default=0, help="list the K pages with the lowest cleaned F1")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"dataset not found: {DATA}", file=sys.stderr)
        return 2
    paths = sorted(DATA.glob("*.html.gz"))
    if args.limit:
        paths = paths[: args.limit]

    t0 = time.perf_counter()
    pages = []
    for path in paths:
        html = gzip.decompress(path.read_bytes())
        ref = trafilatura.extract(html.decode("utf-8", "replace")) or ""
        pages.append((path.name[:12], page_domain(html), page_text(html), ref))
    t_prepare = time.perf_counter() - t0

    t0 = time.perf_counter()
    by_domain: dict[str, list[str]] = defaultdict(list)
    for _name, domain, text, _ref in pages:
        if domain:
            by_domain[domain].append(text)
    repeats = {d: repeated_lines(texts) for d, texts in by_domain.items() if len(texts) > 1}
    cleaned = [clean_plaintext(text, repeated=repeats.get(domain, frozenset())).text
               for _name, domain, text, _ref in pages]
    t_clean = time.perf_counter() - t0

    raw_scores = [bag_prf(text, ref) for (_n, _d, text, ref) in pages]
    clean_scores = [bag_prf(c, ref) for c, (_n, _d, _t, ref) in zip(cleaned, pages)]

    def mean(xs: list[float]) -> float:
        return sum(xs) / len(xs) if xs else 0.0

    n = len(pages)
    print(f"pages: {n} ({len(repeats)} domains with more than one page)")
    print(f"{'':10} {'F1':>6} {'P':>6} {'R':>6}")
    for label, scores in (("uncleaned", raw_scores), ("cleaned", clean_scores)):
        p, r, f = (mean([s[i] for s in scores]) for i in range(3))
        print(f"{label:10} {f:6.3f} {p:6.3f} {r:6.3f}")
    print(f"time: page text + trafilatura {t_prepare:.1f} s; "
          f"cleaning {t_clean:.2f} s ({1000 * t_clean / max(n, 1):.1f} ms/page)")
    if args.worst:
        order = sorted(range(n), key=lambda i: clean_scores[i][2])[: args.worst]
        for i in order:
            p, r, f = clean_scores[i]
            print(f"  {pages[i][0]} {pages[i][1] or '-':30} F1 {f:.3f} P {p:.3f} R {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
