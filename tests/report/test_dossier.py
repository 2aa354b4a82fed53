"""The HTML dossier: self-contained, escaped, with metadata provenance."""

from __future__ import annotations

import re

from storyline.report.html import render_dossier

HOSTILE = (
    "Officials said 10,000 troops arrived. <script>alert('x')</script>\n\n"
    "<img src=x onerror=alert(1)> and <a href=\"javascript:alert(2)\">a link</a>\n\n"
    "</textarea></title><svg onload=alert(3)>"
)


def test_article_text_and_metadata_are_escaped(article_factory):
    article = article_factory(HOSTILE, title="<b>Title</b>", outlet="Evil & Co <i>", author='"quoted"')
    page = render_dossier([article], title="Test <dossier>")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<svg onload" not in page
    assert 'href="javascript:' not in page
    assert "&lt;b&gt;Title&lt;/b&gt;" in page and "Evil &amp; Co &lt;i&gt;" in page
    assert "<title>Test &lt;dossier&gt;</title>" in page


def test_page_is_self_contained(article_factory):
    page = render_dossier([article_factory("Some text about troops.")], title="t")
    # Nothing is loaded from elsewhere: no external scripts, styles, images or fonts.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "default-src 'none'" in page


def test_provenance_and_paragraphs_are_shown(article_factory):
    article = article_factory("First paragraph.\n\nSecond paragraph.", published="2024-11-21", outlet="Gazette")
    page = render_dossier([article], title="t")
    assert "<p>First paragraph.</p>" in page and "<p>Second paragraph.</p>" in page
    assert "2024-11-21 – 2024-11-21" in page
    assert "json field &#39;published&#39;" in page


def _figure(article, text):
    from storyline.model import Attribution, Figure, Quantity, Source

    start = article.text.index(text)
    return Figure(article.id, Quantity(text, start, start + len(text), 10000, 10000, True), "troops",
                  "personnel", Attribution((Source("<b>the Pentagon</b>", "government", "said"),)),
                  "asserted", 0, len(article.text))


def test_figures_are_highlighted_at_their_offsets_and_listed(article_factory):
    from storyline.report.html import paragraph_segments

    article = article_factory("Intro line.\n\nThe <i>Pentagon</i> said about 10,000 troops came.\n\nEnd.")
    fig = _figure(article, "about 10,000")
    paras = paragraph_segments(article.text, [fig])
    assert [[t for t, _ in runs] for runs in paras] == [
        ["Intro line."], ["The <i>Pentagon</i> said ", "about 10,000", " troops came."], ["End."]]
    assert paras[1][1][1] is fig
    page = render_dossier([article], title="t", figures={article.id: [fig]})
    assert f'<mark id="f-{article.id}-{fig.quantity.start}"' in page
    assert ">about 10,000</mark>" in page and "The &lt;i&gt;Pentagon&lt;/i&gt; said" in page
    assert "&lt;b&gt;the Pentagon&lt;/b&gt;" in page and "<b>the Pentagon" not in page
    assert "~10,000" in page  # the interval, as a person reads it


def _dossier_of(rows, tmp_path):
    """The HTML dossier of JSON Lines ``rows``, ingested and reported through the CLI with its defaults."""
    import json

    from click.testing import CliRunner

    from storyline.cli import cli

    src = tmp_path / "port.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    db, out = str(tmp_path / "s.db"), tmp_path / "d.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(src), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["report", "--db", db, "-o", str(out)]).exit_code == 0
    return out.read_text()


def test_a_tracked_figure_with_no_counted_value_lists_its_excluded_ones_cleanly(tmp_path):
    """A tracked figure whose every value is hypothetical is listed without a stray leading
    separator ("; 800 (not counted: hypothetical)")."""
    body = ("The port authority said on {day} that {n} containers were stuck at the quay after the strike "
            "began. Union leaders said the backlog would grow by 800 containers a day if the talks failed. ") * 3
    rows = [{"url": "https://example.org/p1", "title": "Port strike strands containers", "published": "2024-05-06",
             "outlet": "Gazette", "text": body.format(day="Monday", n="4,200")},
            {"url": "https://example.org/p2", "title": "Port strike backlog grows", "published": "2024-05-08",
             "outlet": "Courier", "text": body.format(day="Wednesday", n="4,900")}]
    page = _dossier_of(rows, tmp_path)
    assert "(not counted: hypothetical)" in page
    assert "<td>; " not in page and "<td>\n          ; " not in page


def test_a_lone_figure_is_shown_with_its_sentence_and_a_tracked_figure_of_several_with_its_summary(tmp_path):
    """In the table of tracked figures without a chart, a tracked figure of one value shows the
    sentence it was read in (escaped), not a summary that repeats the value three times; one of
    several values keeps its summary."""
    body = ("The port authority said on {day} that {n} containers were stuck at the quay after the strike "
            "began. ") * 3
    rows = [{"url": "https://example.org/p1", "title": "Port strike strands containers", "published": "2024-05-06",
             "outlet": "Gazette", "text": body.format(day="Monday", n="4,200")
             + "The old quay has 14 <cranes> & a tug, the harbour master said."},
            {"url": "https://example.org/p2", "title": "Port strike backlog grows",  # undated: no chart
             "outlet": "Courier", "text": body.format(day="Monday", n="4,900")}]
    page = _dossier_of(rows, tmp_path)
    table = page[page.index('id="other-tracked"'):]
    table = table[:table.index("</table>")]
    crane_row = next(r for r in table.split("<tr") if "14</a>" in r)
    assert "<q>The old quay has 14 &lt;cranes&gt; &amp; a tug, the harbour master said.</q>" in crane_row
    assert "reported range" not in crane_row
    container_row = next(r for r in table.split("<tr") if "4,200</a>" in r)
    assert "reported range" in container_row and "<q>" not in container_row
