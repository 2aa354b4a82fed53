"""HTML cleaning: main text without furniture, metadata with where it came from."""

from __future__ import annotations

import json

import pytest

from storyline.clean.html import extract_html
from storyline.clean.metadata import clean_author

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "Ukrainian forces struck a command post in the Kursk region on Wednesday, officials said.",
        "The Pentagon estimated that about 10,000 North Korean soldiers had been sent to Russia.",
        "A senior general was among the wounded, according to two Western officials briefed on the strike.",
        "Neither Moscow nor Pyongyang has commented on the reports, which could not be verified.",
    ]
)


def page(head: str = "", body: str = BODY) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">{head}
    <title>General hurt in Kursk strike | The Test Gazette</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
    <article><h1>General hurt in Kursk strike</h1>{body}</article>
    <section class="comments"><h3>Comments</h3><div class="comment"><p>First! This is fake news, wake up people.</p></div></section>
    <footer>Copyright 2024 The Test Gazette. All rights reserved.</footer></body></html>"""


def test_text_is_the_article_without_furniture():
    out = extract_html(page())
    assert out is not None
    assert "about 10,000 North Korean soldiers" in out.text
    assert out.text.count("\n\n") >= 3  # one paragraph per <p>
    for furniture in ("cookies", "Copyright", "fake news", "Sport"):
        assert furniture not in out.text


def test_meta_tags_win_and_say_where_they_came_from():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "LD headline",
                     "datePublished": "2024-11-21T08:00:00+02:00", "dateModified": "2024-11-22T10:00:00Z",
                     "author": [{"@type": "Person", "name": "Ana Pereira"}],
                     "publisher": {"@type": "Organization", "name": "The Test Gazette"}})
    head = (
        '<meta property="og:title" content="General hurt in Kursk strike">'
        '<meta property="og:site_name" content="The Test Gazette">'
        '<meta property="og:url" content="https://gazette.example/world/kursk-general">'
        f'<script type="application/ld+json">{ld}</script>'
    )
    fields = extract_html(page(head)).fields
    got = {k: (v.value, v.origin, v.detail) for k, v in fields.items()}
    assert got["title"] == ("General hurt in Kursk strike", "meta", "meta og:title")
    assert got["outlet"] == ("The Test Gazette", "meta", "meta og:site_name")
    assert got["author"] == ("Ana Pereira", "meta", "JSON-LD author")
    assert got["published"] == ("2024-11-21", "meta", "JSON-LD datePublished")
    assert got["updated"] == ("2024-11-22", "meta", "JSON-LD dateModified")
    assert got["url"][0] == "https://gazette.example/world/kursk-general"
    assert got["language"] == ("en", "meta", "<html lang>")


def test_dates_fall_back_to_htmldate_when_the_page_states_none():
    body = BODY + "<p class='date'>Published on 19 November 2024</p>"
    fields = extract_html(page(body=body)).fields
    assert fields["published"].origin == "htmldate"
    assert fields["published"].value == "2024-11-19"


def test_a_page_without_article_text_gives_empty_text():
    out = extract_html("<html><head><title>Login</title></head><body><form><input name=q></form></body></html>")
    assert out is not None and out.text == ""


@pytest.mark.parametrize(
    "raw, outlet, expected",
    [
        ("By Jane Doe", None, "Jane Doe"),
        ("Jane Doe | The Test Gazette", "The Test Gazette", "Jane Doe"),
        ("Author: John Smith", None, "John Smith"),
        ("https://gazette.example/authors/mark-twain", None, "Mark Twain"),
        ("staff", None, None),
        ("Jane Doe, gazette.com", None, "Jane Doe"),
        ("desk@borderland.example (Olena Marchuk)", None, "Olena Marchuk"),
        ("jane@gazette.example", None, None),
        ("View all posts by Ray Ansari", None, "Ray Ansari"),
        ("Keith Barry Senior Autos Reporter", None, "Keith Barry"),
        ("Sean Peek; Senior Analyst Updated Jan", None, "Sean Peek"),
        ("Written by", None, None),
        ("Posted byDamien Walter", None, "Damien Walter"),
        ("Lance Ryan (Content Manager)", None, "Lance Ryan"),
        ("By Tony Mastrangeli -", None, "Tony Mastrangeli"),
        ("Sarah Knowles MW 22 June 2020", None, "Sarah Knowles MW"),
        ("Sign In", None, None),
        ("View more posts", None, None),
        ("", None, None),
    ],
)
def test_clean_author(raw, outlet, expected):
    assert clean_author(raw, outlet=outlet) == expected


def test_a_bare_copyright_year_is_not_a_publication_date():
    body = BODY + "<p>Copyright 2019 The Test Gazette</p>"
    fields = extract_html(page(body=body).replace("Copyright 2024", "Copyright 2019")).fields
    assert "published" not in fields


@pytest.mark.parametrize("stated, published", [
    ("2024-02-30", None),  # no such day: not guessed as the first of February
    ("2024-06-31T08:00:00Z", None),
    ("0000-00-00", None),
    ("0001-01-01T00:00:00Z", None),  # a placeholder
    ("2024-13-45", None),
    ("2024-02-28", "2024-02-28"),  # a real day is kept, and no note is made
    ("2024-03-01T09:30:00+01:00", "2024-03-01"),  # a real first of the month too
])
def test_a_stated_date_that_is_no_date_is_noted_not_guessed(stated, published):
    out = extract_html(page(f'<meta property="article:published_time" content="{stated}">'))
    assert out is not None
    field = out.fields.get("published")
    assert (field.value if field else None) == published
    if published is None:
        note = out.ignored["published"]
        assert note.value is None and repr(stated) in note.detail and "article:published_time" in note.detail
    else:
        assert "published" not in out.ignored


def test_a_stated_date_that_is_no_date_leaves_a_real_one_found_elsewhere():
    # the URL gives the day: a guess that is not the broken value cut to its month stands
    out = extract_html(page('<meta property="article:published_time" content="2024-02-30">'),
                       url="https://news.example.com/2024/02/27/river-floods")
    assert out is not None
    assert out.fields["published"].value == "2024-02-27"
    assert "2024-02-30" in out.ignored["published"].detail


def test_an_ignored_stated_date_is_shown_where_the_date_would_be():
    from storyline.clean.cleaner import clean_document
    from storyline.config import StorylineConfig
    from storyline.model import Provenance, RawDocument

    html = page('<meta property="article:published_time" content="2024-02-30">').encode()
    raw = RawDocument(Provenance(source="page.html", format="html", sha256="0" * 64), html, "html")
    article = clean_document(raw, StorylineConfig())
    assert article.published.value is None
    assert "'2024-02-30' is not a plausible date; ignored" in article.published.detail
