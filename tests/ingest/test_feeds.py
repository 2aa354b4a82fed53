"""The RSS/Atom reader: entry bodies, metadata hints, linked pages, and what is not a feed."""

from __future__ import annotations

import socket

import httpx
import pytest

from storyline.config import StorylineConfig
from storyline.ingest import feeds
from storyline.ingest.fetch import Fetcher
from storyline.model import RawDocument, Rejected

CONFIG = StorylineConfig()
BODY = " ".join(["Officials said about 10,000 troops had moved to the border region."] * 8)
assert len(BODY) > feeds.MIN_BODY_CHARS


def rss(items: str, title: str = "The Daily Ledger") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{title}</title><link>https://ledger.test/</link>
{items}
</channel></rss>""".encode()


def item(title="Troops move", link="https://ledger.test/a", description="A teaser.",
         content: str | None = BODY, date="Tue, 12 Nov 2024 10:00:00 GMT",
         author="<dc:creator>Ana Lima</dc:creator>") -> str:
    encoded = f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>" if content else ""
    return (f"<item><title>{title}</title><link>{link}</link><description>{description}</description>"
            f"{encoded}<pubDate>{date}</pubDate>{author}</item>")


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title><id>urn:wire</id><updated>2024-11-13T09:00:00Z</updated>
  <entry>
    <title>Casualty figures disputed</title><id>urn:wire:1</id>
    <link rel="alternate" href="https://wire.test/1"/>
    <published>2024-11-12T08:30:00+01:00</published>
    <updated>2024-11-13T09:00:00Z</updated>
    <author><name>Sam Okafor</name></author>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content>
  </entry>
</feed>""".encode()


def read(data: bytes, source: str = "/feeds/ledger.xml", fetcher=None):
    return list(feeds.read(source, data, CONFIG, fetcher=fetcher))


def test_rss_entry_with_content_encoded():
    [doc] = read(rss(item()))
    assert isinstance(doc, RawDocument)
    assert doc.kind == "html"
    assert (doc.provenance.source, doc.provenance.format, doc.provenance.member) == (
        "/feeds/ledger.xml", "rss", "entry 1")
    assert doc.hints == {
        "title": "Troops move",
        "url": "https://ledger.test/a",
        "published": "2024-11-12T10:00:00+00:00",
        "author": "Ana Lima",
        "outlet": "The Daily Ledger",
    }
    page = doc.data.decode()
    assert page.startswith("<!DOCTYPE html>")
    assert BODY in page
    assert "<title>Troops move</title>" in page
    assert "A teaser." not in page       # the body, not the teaser


def test_atom_entry_with_content_and_dates():
    [doc] = read(ATOM)
    assert doc.provenance.member == "entry 1"
    assert doc.hints["published"] == "2024-11-12T07:30:00+00:00"
    assert doc.hints["updated"] == "2024-11-13T09:00:00+00:00"
    assert doc.hints["author"] == "Sam Okafor"
    assert doc.hints["outlet"] == "Atom Wire"
    assert doc.hints["url"] == "https://wire.test/1"
    assert BODY in doc.data.decode()


def test_entries_are_numbered_from_one():
    docs = read(rss(item(title="One") + item(title="Two", link="https://ledger.test/b")))
    assert [d.provenance.member for d in docs] == ["entry 1", "entry 2"]
    assert [d.hints["title"] for d in docs] == ["One", "Two"]
    assert docs[0].provenance.sha256 != docs[1].provenance.sha256


@pytest.mark.parametrize("description, used", [
    (BODY, True),                 # a summary long enough to be the article
    ("A teaser of one line.", False),
])
def test_summary_is_the_body_only_when_long(description, used):
    [out] = read(rss(item(content=None, description=description)))
    if used:
        assert isinstance(out, RawDocument)
        assert BODY in out.data.decode()
    else:
        assert isinstance(out, Rejected)
        assert out.reason == "no_text"
        assert out.source == "/feeds/ledger.xml (entry 1)"
        assert "https://ledger.test/a" in out.detail and "URL" in out.detail


def test_plain_text_content_is_escaped():
    text = BODY + " Prices <rose> & fell."
    data = f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>x</title><id>1</id><updated>2024-11-13T09:00:00Z</updated>
<content type="text">{text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</content>
</entry></feed>""".encode()
    [doc] = read(data)
    assert "Prices &lt;rose&gt; &amp; fell." in doc.data.decode()


def test_missing_metadata_leaves_hints_out():
    [doc] = read(rss(item(date="", author="", link=""), title=""))
    assert set(doc.hints) == {"title"}


def test_relative_links_resolve_against_a_feed_url():
    [doc] = read(rss(item(link="/2024/story")), source="https://ledger.test/feed.xml")
    assert doc.hints["url"] == "https://ledger.test/2024/story"


# -- entries without a body: the linked page is fetched --------------------------------------

def fetcher_for(routes: dict[str, httpx.Response]) -> tuple[Fetcher, list[str]]:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        asked.append(str(request.url))
        return routes.get(str(request.url), httpx.Response(404))

    fetcher = Fetcher(StorylineConfig(fetch_rate=0), transport=httpx.MockTransport(handler),
                      resolver=lambda host: ["93.184.216.34"], sleep=lambda s: None)
    return fetcher, asked


def test_entry_without_body_fetches_its_link():
    page = b"<html><head><title>Page</title></head><body><p>The full story.</p></body></html>"
    fetcher, asked = fetcher_for({"https://ledger.test/a": httpx.Response(
        200, content=page, headers={"content-type": "text/html; charset=utf-8"})})
    [doc] = read(rss(item(content=None)), fetcher=fetcher)
    assert asked == ["https://ledger.test/a"]
    assert doc.data == page
    assert (doc.provenance.source, doc.provenance.format) == ("https://ledger.test/a", "url")
    assert doc.hints["outlet"] == "The Daily Ledger"
    assert doc.hints["published"] == "2024-11-12T10:00:00+00:00"
    assert doc.hints["url"] == "https://ledger.test/a"


def test_entry_with_body_is_not_fetched():
    fetcher, asked = fetcher_for({})
    [doc] = read(rss(item()), fetcher=fetcher)
    assert isinstance(doc, RawDocument)
    assert asked == []


def test_failed_fetch_of_a_link_is_a_reject_with_the_fetch_reason():
    fetcher, _ = fetcher_for({})
    [out] = read(rss(item(content=None)), fetcher=fetcher)
    assert isinstance(out, Rejected)
    assert (out.source, out.reason) == ("https://ledger.test/a", "http_404")


def test_link_to_a_private_address_is_refused():
    def resolve(host):
        if host == "ledger.test":
            return ["10.0.0.9"]
        raise socket.gaierror("no")

    fetcher = Fetcher(CONFIG, transport=httpx.MockTransport(lambda r: httpx.Response(200)),
                      resolver=resolve)
    [out] = read(rss(item(content=None)), fetcher=fetcher)
    assert out.reason == "blocked_address"


def test_entry_without_body_or_link():
    [out] = read(rss(item(content=None, link="")))
    assert out.reason == "no_text"
    assert "no link" in out.detail


# -- not a feed ---------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"this is not xml at all",
    b"<html><head><title>A page</title></head><body><p>Hello</p></body></html>",
    b'{"json": true}',
    b"<?xml version='1.0'?><note><to>Tove</to></note>",
    b"\x00\x01\x02binary",
    b"/etc/passwd",            # feedparser would open a string as a file name; we never let it
    b"http://169.254.169.254/latest/meta-data/",   # ...or fetch it as a URL
])
def test_not_a_feed(data):
    [out] = read(data)
    assert isinstance(out, Rejected)
    assert out.reason == "not_a_feed"
    assert out.source == "/feeds/ledger.xml"
    assert "RSS or Atom" in out.detail


def test_feed_with_no_entries():
    [out] = read(rss(""))
    assert out.reason == "empty_feed"


def test_malformed_feed_with_entries_is_read_leniently():
    data = rss(item()).replace(b"</channel></rss>", b"")  # cut off the closing tags
    [doc] = read(data)
    assert isinstance(doc, RawDocument)


def test_rss_mailbox_author_gives_the_name():
    from storyline.clean.cleaner import clean_document

    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
    <item><title>T</title><link>https://desk.example/a</link><author>desk@desk.example (Olena Marchuk)</author>
    <description><![CDATA[<p>""" + b"A long enough body about troops in the region, said officials. " * 10 + b"""</p>]]></description>
    </item></channel></rss>"""
    [doc] = read(rss)
    assert clean_document(doc, StorylineConfig()).author.value == "Olena Marchuk"


# -- a fetched page's own title and site name beat the feed's ----------------------------------

PAGE_BODY = "<p>" + " ".join(["The council said the bridge would reopen in spring after repairs."] * 6) + "</p>"


def _fetched_article(head: str, top: str = ""):
    from storyline.clean.cleaner import clean_document

    page = f"<html><head>{head}</head><body>{top}<article>{PAGE_BODY}</article></body></html>".encode()
    fetcher, _ = fetcher_for({"https://ledger.test/a": httpx.Response(
        200, content=page, headers={"content-type": "text/html; charset=utf-8"})})
    [doc] = read(rss(item(title="Feed teaser title", content=None), title="Ledger: all stories"),
                 fetcher=fetcher)
    return clean_document(doc, CONFIG)


def test_a_fetched_page_s_own_title_and_site_name_win_over_the_feed_s():
    art = _fetched_article('<meta property="og:title" content="Bridge to reopen in spring">'
                           '<meta property="og:site_name" content="The Daily Ledger">')
    assert (art.title.value, art.title.origin) == ("Bridge to reopen in spring", "meta")
    assert (art.outlet.value, art.outlet.origin) == ("The Daily Ledger", "meta")
    # what the feed said is kept, in the note of the value that was preferred
    assert "Feed teaser title" in art.title.detail and "Ledger: all stories" in art.outlet.detail
    assert art.published.value.startswith("2024-11-12")  # the feed's date still fills the gap


def test_the_feed_s_title_and_entry_title_fill_what_the_page_does_not_state():
    art = _fetched_article("")
    assert (art.title.value, art.outlet.value) == ("Feed teaser title", "Ledger: all stories")
    assert "not used" not in art.title.detail


def test_an_entry_with_its_own_body_keeps_the_feed_s_titles():
    from storyline.clean.cleaner import clean_document

    [doc] = read(rss(item(title="Troops move"), title="Wire desk"))
    art = clean_document(doc, CONFIG)
    assert (art.title.value, art.title.origin, art.outlet.value) == ("Troops move", "feed", "Wire desk")


@pytest.mark.parametrize("head, top", [
    # a <title> often adds the site's name, and an <h1> may be the site's logo: the feed's entry
    # title, the headline itself, is kept over them
    ("<title>Bridge to reopen in spring | The Daily Ledger</title>", ""),
    ("", "<h1>The Daily Ledger</h1>"),
])
def test_the_entry_title_beats_a_page_s_title_element_or_heading(head, top):
    art = _fetched_article(head, top)
    assert art.title.value == "Feed teaser title" and "not used" not in (art.title.detail or "")
