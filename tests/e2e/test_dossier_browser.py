"""The story dossiers in headless Chromium: findings, charts, hover, click, hostile text.

Opens the dossier of the seed story and of the sample corpus as a user would (a file on
disk, no server, no network), drives Debian's Chromium with Playwright for Python, and
saves screenshots under the test's ``tmp_path``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.report.demo import corpus_inputs
from storyline import api
from storyline.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


def _dossier(inputs, out: Path) -> Path:
    with open_store(":memory:") as store:
        ingest(inputs, store, StorylineConfig(), extract=True)
        return api.report(store, output=out)[2]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample_dossier(tmp_path_factory):
    return _dossier(corpus_inputs(REPO / "examples" / "kursk"), tmp_path_factory.mktemp("d") / "kursk.html")


def _open(browser, path: Path, tmp_path: Path, name: str, **viewport):
    page = browser.new_page(viewport=viewport or {"width": 1100, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=False)
    return page, requests, dialogs


def test_sample_dossier_findings_charts_hover_and_click(browser, sample_dossier, tmp_path):
    page, requests, _ = _open(browser, sample_dossier, tmp_path, "sample")
    assert all(u.startswith("file:") for u in requests), requests  # nothing from the network
    kinds = page.locator("li.finding .kind").all_text_contents()  # folded ones too
    assert {"conflict", "update", "agree", "hypothetical"} <= {k.strip().lower() for k in kinds}
    charts = page.locator("figure.chart svg")
    assert charts.count() >= 3
    # Hovering a chart point shows its sentence: the SVG <title> of the point.
    point = page.locator("figure.chart a.point").last  # on top of any point it overlaps
    point.hover()
    title = point.locator("title").text_content()
    assert " — " in title and title.rstrip().endswith((".", '"', "”"))
    page.screenshot(path=str(tmp_path / "hover.png"))
    # Clicking a finding's evidence lands on the highlighted sentence.
    link = page.locator("li.k-conflict .evidence a").first
    href = link.get_attribute("href")
    link.click()
    target = page.locator(f"mark{href}")
    assert target.count() == 1 and target.is_visible()
    assert page.evaluate("location.hash") == href
    assert page.evaluate("document.querySelector(':target').tagName") == "MARK"
    page.screenshot(path=str(tmp_path / "clicked.png"))


def test_seed_dossier(browser, shared_dir, tmp_path):
    path = _dossier([str(shared_dir / "corpus" / "seeds")], tmp_path / "seeds.html")
    page, _, _ = _open(browser, path, tmp_path, "seeds")
    text = page.locator("section[aria-labelledby=findings-h]").text_content()  # folded ones too
    assert "two orders of magnitude" in text and "hypothetical" in text.lower()
    assert page.locator("figure.chart").count() >= 1
    assert page.locator("mark").count() >= 15


def test_dossier_on_a_phone_has_no_horizontal_scroll(browser, sample_dossier, tmp_path):
    page, _, _ = _open(browser, sample_dossier, tmp_path, "phone", width=390, height=844)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1


def test_hostile_article_is_text_and_runs_nothing(browser, tmp_path):
    hostile = ("Officials said 1,200 residents left on Tuesday. <script>alert(1)</script>\n\n"
               "A witness posted <img src=x onerror=alert(2)> and <a href=\"javascript:alert(3)\">a link</a>.\n\n"
               "The mayor said 300 homes were damaged.</textarea><script>alert(4)</script>\"><svg onload=alert(5)>")
    src = tmp_path / "hostile.jsonl"
    src.write_text(json.dumps({"text": hostile, "title": "<script>alert(6)</script>", "outlet": "<b>x</b>",
                               "published": "2025-03-04"}) + "\n")
    path = _dossier([str(src)], tmp_path / "hostile.html")
    page, _, dialogs = _open(browser, path, tmp_path, "hostile")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("script").count() == 0
    assert page.locator("main img, main svg[onload], main a[href^='javascript']").count() == 0
    assert "<script>alert(1)</script>" in page.locator("main").inner_text()


def test_sample_dossier_first_three_findings_are_true(browser, sample_dossier, tmp_path):
    """The first three findings a reader sees are among those the sample corpus' README lists."""
    page, _, _ = _open(browser, sample_dossier, tmp_path, "top-findings")
    top = page.locator("section[aria-labelledby=findings-h] > ol.findings > li.finding")
    texts = [t.strip() for t in top.all_inner_texts()[:3]]
    assert len(texts) == 3
    # 1. casualties (killed or wounded) conflict by two orders of magnitude: 30, several hundred, 3,000
    assert texts[0].lower().startswith("conflict") and "casualties" in texts[0]
    assert all(v in texts[0] for v in ("at least 30", "several hundred", "3,000"))
    # 2. the early US troop estimate of about 8,000 is an earlier value, not a conflict
    assert texts[1].lower().startswith("update") and "personnel" in texts[1]
    assert "earlier value" in texts[1] and texts[1].index("about 8,000") < texts[1].index("11,000")
    # 3. another update of the troop count, from a lower value earlier to a higher one later
    assert texts[2].lower().startswith("update") and "personnel" in texts[2] and "earlier value" in texts[2]
    # none of them mixes casualty figures into the troop count
    for t in texts[1:3]:
        assert "at least 30" not in t and "more than 3,000" not in t
    # the less certain findings are folded under "more", closed
    more = page.locator("details.more")
    assert more.count() == 1 and more.get_attribute("open") is None
    folded = more.locator("li.finding").first
    assert "single" in more.text_content().lower() and not folded.is_visible()
    more.locator("> summary").click()
    folded.wait_for(state="visible", timeout=5000)


SIZES = [pytest.param({"width": 1280, "height": 900}, id="1280"), pytest.param({"width": 390, "height": 844}, id="390")]


@pytest.mark.parametrize("viewport", SIZES)
def test_key_numbers_first_and_no_local_path(browser, sample_dossier, tmp_path, viewport):
    page, _, _ = _open(browser, sample_dossier, tmp_path, f"key-{viewport['width']}", **viewport)
    first = page.evaluate("document.querySelector('main > section').className")
    assert first == "key-numbers"
    assert page.locator(".key-numbers li.card").count() >= 2
    html = page.content()
    assert str(REPO) not in html and str(sample_dossier.parent) not in html
    assert "kursk-first-clashes.txt" in html  # the input's name is still shown
    assert not page.locator("h1").inner_text().count("·")  # a headline, not a keyword list


@pytest.mark.parametrize("viewport", SIZES)
def test_tap_on_a_point_shows_its_sentence(browser, sample_dossier, tmp_path, viewport):
    page, _, _ = _open(browser, sample_dossier, tmp_path, f"tap-{viewport['width']}", **viewport)
    chart = page.locator("figure.chart").first
    chart.scroll_into_view_if_needed()
    assert not chart.locator(".point-note").first.is_visible()  # nothing shown before a tap
    box = chart.locator("a.point").last.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    note = page.locator(".point-note:target")
    note.wait_for(state="visible", timeout=5000)
    assert "“" in note.inner_text() and "Read it in the article" in note.inner_text()
    page.screenshot(path=str(tmp_path / f"tapped-{viewport['width']}.png"))
    href = note.locator("a").get_attribute("href")
    note.locator("a").click()
    assert page.evaluate("document.querySelector(':target').tagName") == "MARK"
    assert page.evaluate("location.hash") == href


_SENTENCE_BOX = """(hash) => {
  const mark = document.querySelector(hash);
  const para = mark.closest('p');
  const text = para.textContent, at = text.indexOf(mark.textContent);
  let start = Math.max(text.lastIndexOf('. ', at) + 2, 0), end = text.indexOf('. ', at);
  end = end < 0 ? text.length : end + 1;
  const range = document.createRange();
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  let pos = 0, node;
  while ((node = walker.nextNode())) {
    const len = node.textContent.length;
    if (pos <= start && start <= pos + len) range.setStart(node, start - pos);
    if (pos <= end && end <= pos + len) { range.setEnd(node, end - pos); break; }
    pos += len;
  }
  const r = range.getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, height: window.innerHeight};
}"""


@pytest.mark.parametrize("viewport", SIZES)
def test_evidence_link_lands_with_the_whole_sentence_in_view(browser, sample_dossier, tmp_path, viewport):
    page, _, _ = _open(browser, sample_dossier, tmp_path, f"evidence-{viewport['width']}", **viewport)
    for link in page.locator("li.finding .evidence a").all()[:4]:
        href = link.get_attribute("href")
        link.click()
        box = page.evaluate(_SENTENCE_BOX, href)
        assert 0 <= box["top"] and box["bottom"] <= box["height"], (href, box)
        page.go_back()
    page.screenshot(path=str(tmp_path / f"landed-{viewport['width']}.png"))


def test_each_source_keeps_one_distinct_style_across_charts(browser, sample_dossier, tmp_path):
    page, _, _ = _open(browser, sample_dossier, tmp_path, "colours")
    points = page.evaluate("""Array.from(document.querySelectorAll('figure.chart a.point')).map(
        a => [a.dataset.source.toLowerCase().replace(/^the /, ''), a.dataset.colour, a.dataset.shape])""")
    style_of: dict[str, tuple[str, str]] = {}
    for source, colour, shape in points:
        assert style_of.setdefault(source, (colour, shape)) == (colour, shape), source
    assert len(style_of) > 8  # the sample corpus needs the shape channel
    assert len(set(style_of.values())) == len(style_of)  # no two sources look alike


def test_on_a_phone_the_first_chart_is_within_two_screens(browser, sample_dossier, tmp_path):
    page, _, _ = _open(browser, sample_dossier, tmp_path, "phone-order", width=390, height=844)
    top = page.locator("figure.chart").first.bounding_box()["y"]
    assert top < 2 * 844, top
    order = page.evaluate("Array.from(document.querySelectorAll('main > section')).map(s => s.className || "
                          "s.getAttribute('aria-labelledby'))")
    assert order[:3] == ["key-numbers", "findings-h", "tracked-h"]
