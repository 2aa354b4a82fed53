"""The web app in headless Chromium: search, read an article, the ledger, ingest, hostile text.

uvicorn serves the app on 127.0.0.1 (a free port) in a thread; Playwright for Python drives
Debian's Chromium (``/usr/bin/chromium``; never ``playwright install``). Screenshots are
saved under each test's ``tmp_path``.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")
pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'storyline[web]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")

import uvicorn  # noqa: E402

from storyline.config import StorylineConfig  # noqa: E402
from storyline.run import ingest  # noqa: E402
from storyline.report.demo import corpus_inputs  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.web import create_app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kursk"
TOKEN = "browser-token"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
HOSTILE_TEXT = (
    "Officials in the river town said 1,200 residents were evacuated on Tuesday after the levee failed.\n\n"
    "<script>alert(1)</script> A witness posted <img src=x onerror=alert(2)> and a link "
    "<a href=\"javascript:alert(3)\">click here</a> or javascript:alert(4) beside the report.\n\n"
    "The mayor said about 300 homes were damaged. </textarea><script>alert(5)</script> "
    "\"><svg onload=alert(6)> </title><script>alert(7)</script> <iframe src=\"javascript:alert(8)\"></iframe> "
    "<style>body{display:none}</style> <textarea>\n\n"
    "Rescue crews said 45 boats were in use by the evening, according to the regional emergency office."
)
HOSTILE = {"title": "Levee <script>alert(10)</script> fails", "outlet": "<b onmouseover=alert(11)>Evil Gazette</b>",
           "url": "javascript:alert(12)", "published": "2025-03-04", "author": "<img src=x onerror=alert(13)>",
           "text": HOSTILE_TEXT}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over the sample corpus, served by uvicorn on 127.0.0.1 in a thread."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is missing")
    db = tmp_path_factory.mktemp("browser") / "web.db"
    with open_store(db) as store:
        ingest(corpus_inputs(EXAMPLES), store, StorylineConfig(db=str(db)), extract=True)
        story = max(store.stories(), key=lambda s: len(s.article_ids)).id
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db), token=TOKEN), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "story": story}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every dialog (alert, confirm...) instead of showing it."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.dialogs = []

    def on_dialog(dialog) -> None:
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


def test_search_and_open_an_article(server, page, tmp_path):
    page.goto(server["url"] + "/")
    assert page.locator("table.stories tbody tr").count() >= 1
    page.screenshot(path=str(tmp_path / "stories.png"), full_page=True)
    page.fill("#site-q", "Pentagon")
    page.click("header.site form.search button")
    page.wait_for_url(re.compile(r"/search\?q=Pentagon"))
    hits = page.locator("ol.hits > li")
    assert hits.count() >= 1
    assert page.locator("ol.hits mark").first.inner_text() == "Pentagon"
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
    hits.first.locator("a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+$"))
    marks = page.locator(".text mark[id^=fig-]")
    assert marks.count() >= 1
    title = marks.first.get_attribute("title")
    assert all(k in title for k in ("value: ", "measure: ", "source: ", "modality: "))
    marks.first.hover()
    assert page.locator("table.figures tbody tr").count() == marks.count()
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert page.dialogs == [] and page.errors == []


def test_a_finding_leads_to_its_highlighted_figure(server, page, tmp_path):
    page.goto(f"{server['url']}/stories/{server['story']}")
    assert page.locator("article.tracked").count() >= 1
    assert page.locator("li.finding").count() >= 1
    page.screenshot(path=str(tmp_path / "story.png"), full_page=True)
    page.screenshot(path=str(tmp_path / "story-top.png"))
    page.locator("section[aria-labelledby=sources-title]").screenshot(path=str(tmp_path / "story-sources.png"))
    link = page.locator("li.finding .evidence a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    target = page.locator("mark:target")
    assert target.count() == 1 and target.get_attribute("id") == href.rsplit("#", 1)[1]
    assert target.is_visible()


def test_readable_on_a_phone(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.goto(f"{server['url']}/stories/{server['story']}")
    # nothing wider than the screen but the scrollable tables
    overflow = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    pg.screenshot(path=str(tmp_path / "story-phone.png"), full_page=False)
    context.close()


def test_ingest_refused_without_the_token(server, page, tmp_path):
    upload = tmp_path / "note.txt"
    upload.write_text("A short note about 12 boats. " * 20, encoding="utf-8")
    page.goto(server["url"] + "/ingest")
    page.set_input_files("#files", str(upload))
    page.click("form.ingest button[type=submit]")
    page.wait_for_selector("section.error")
    assert "ingest needs the token" in page.locator(".message").inner_text()
    assert "401" in page.locator("h1").inner_text()
    page.screenshot(path=str(tmp_path / "ingest-refused.png"), full_page=True)
    page.goto(server["url"] + "/ingest")
    page.fill("#token", "not-the-token")
    page.set_input_files("#files", str(upload))
    page.click("form.ingest button[type=submit]")
    page.wait_for_selector("section.error")
    assert "the token is wrong" in page.locator(".message").inner_text()


def test_hostile_article_is_shown_as_text(server, page, tmp_path):
    upload = tmp_path / "hostile.jsonl"
    upload.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    page.goto(server["url"] + "/ingest")
    page.fill("#token", TOKEN)
    page.set_input_files("#files", str(upload))
    page.click("form.ingest button[type=submit]")
    page.wait_for_url(re.compile(r"/ingest/[\w-]+$"))
    page.wait_for_selector("#job-status.s-done", timeout=120_000)  # job.js polls, then reloads
    page.screenshot(path=str(tmp_path / "job.png"), full_page=True)
    page.locator("#job-results a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+$"))
    page.wait_for_load_state("load")
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)

    # the page holds no element from the text: no script, image, frame, svg, style or textarea
    counts = page.evaluate("""() => ({
        script: document.querySelectorAll('script').length,
        img: document.querySelectorAll('img').length,
        iframe: document.querySelectorAll('iframe').length,
        svg: document.querySelectorAll('svg').length,
        textarea: document.querySelectorAll('textarea').length,
        style: document.querySelectorAll('main style').length,
        jslinks: [...document.querySelectorAll('a')].filter(a => a.href.toLowerCase().startsWith('javascript:')).length,
        handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    })""")
    assert counts == {"script": 0, "img": 0, "iframe": 0, "svg": 0, "textarea": 0, "style": 0,
                      "jslinks": 0, "handlers": 0}
    text = page.locator(".text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert "</textarea><script>alert(5)</script>" in text and "javascript:alert(4)" in text
    assert page.locator("h1").inner_text() == "Levee <script>alert(10)</script> fails"
    assert page.locator(".text").is_visible()  # the <style> in the text hid nothing
    content = page.content()
    for escaped in ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                    "&lt;/textarea&gt;&lt;script&gt;alert(5)&lt;/script&gt;",
                    "&lt;b onmouseover=alert(11)&gt;Evil Gazette&lt;/b&gt;"):
        assert escaped in content
    assert page.locator(".text mark").count() >= 2  # its figures are still highlighted

    # and nowhere else either: search, figures, the stories list
    for url in ("/search?q=alert", "/figures", "/", "/search?q=%22evil%20gazette%22"):
        page.goto(server["url"] + url)
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelectorAll('script, img, iframe, svg').length") == 0, url
    page.goto(server["url"] + "/search?q=alert")
    assert page.locator("ol.hits mark").first.inner_text() == "alert"
    assert "<script>" in page.locator("ol.hits .snippet").first.inner_text()
    page.screenshot(path=str(tmp_path / "search-hostile.png"), full_page=True)
    assert page.dialogs == [], f"a script ran: {page.dialogs}"
    assert page.errors == []
