"""The dossier page: its title, what comes first, charts and their styles, links."""

from __future__ import annotations

import pytest

from storyline.model import Attribution, Figure, Quantity, Source, TrackedFigure
from storyline.report.chart import PALETTE, chart_for, charts_for, source_styles
from storyline.views import central_article
from storyline.report.html import render_dossier, split_sentence


def _fig(article, text, low, high=None, source=None, modality="asserted"):
    start = article.text.index(text)
    chain = (Source(source, "government", "said"),) if source else ()
    return Figure(article.id, Quantity(text, start, start + len(text), low, low if high is None else high),
                  "troops", "personnel", Attribution(chain), modality, 0, len(article.text))


@pytest.fixture
def two_days(article_factory):
    a = article_factory("The Pentagon said 10,000 troops came. Up to 100,000 may follow.",
                        published="2024-11-12", outlet="Gazette")
    b = article_factory("Kyiv said 12,000 troops came.", published="2024-11-20", outlet="Courier")
    return a, b


def _tracked(figures, excluded=()):
    return TrackedFigure("s:troops", "s", "troops", "personnel", None, None, tuple(figures), tuple(excluded))


def test_a_single_dated_value_gets_no_chart(two_days):
    a, b = two_days
    one = _tracked([_fig(a, "10,000", 10000, source="the Pentagon")])
    assert chart_for(one, {a.id: a, b.id: b}) is None
    two = _tracked([_fig(a, "10,000", 10000, source="the Pentagon"), _fig(b, "12,000", 12000, source="Kyiv")])
    assert chart_for(two, {a.id: a, b.id: b}) is not None


def test_excluded_values_do_not_set_the_scale(two_days):
    a, b = two_days
    counted = [_fig(a, "10,000", 10000, source="the Pentagon"), _fig(b, "12,000", 12000, source="Kyiv")]
    hypothetical = _fig(a, "Up to 100,000", None, 100000, modality="hypothetical")
    chart = chart_for(_tracked(counted, [(hypothetical, "hypothetical")]), {a.id: a, b.id: b})
    assert not chart.log and max(float(t.replace("k", "e3").replace(",", "")) for _, t in chart.y_ticks) < 20000
    excluded = [m for m in chart.markers if m.excluded]
    assert len(excluded) == 1 and excluded[0].off_scale and chart.plot[1] <= excluded[0].y


def test_one_style_per_source_across_charts_with_shapes_beyond_eight(article_factory):
    names = [f"Source {i}" for i in range(12)]
    styles = source_styles(names + ["the Pentagon", "The Pentagon"])
    assert len(styles) == 13 and len(set(styles.values())) == 13
    assert {s.shape for s in styles.values()} >= {"circle", "square"}
    assert [s.colour for s in styles.values()][:8] == list(PALETTE)
    a = article_factory("The Pentagon said 10,000 troops came. The Pentagon said 500 were hurt.",
                        published="2024-11-12")
    b = article_factory("the Pentagon said 12,000 troops came, and 700 were hurt.", published="2024-11-20")
    arts = {a.id: a, b.id: b}
    troops = _tracked([_fig(a, "10,000", 10000, source="The Pentagon"), _fig(b, "12,000", 12000, source="the Pentagon")])
    hurt = TrackedFigure("s:hurt", "s", "hurt", "injured", None, None,
                         (_fig(a, "500", 500, source="The Pentagon"), _fig(b, "700", 700, source="the Pentagon")))
    charts = charts_for([troops, hurt], arts)
    looks = {(m.colour, m.shape) for c in charts.values() for m in c.markers}
    assert len(looks) == 1 and all(len(c.legend) == 1 for c in charts.values())  # one source, one look


def test_central_article_gives_the_title(article_factory):
    a = article_factory("First text.", title="Seed", published="2024-11-01")
    b = article_factory("Second text.", title="The hub headline", published="2024-11-02")
    c = article_factory("Third text.", title="Leaf", published="2024-11-03")
    members = [{"article_id": a.id, "neighbour": b.id, "score": 0.5},
               {"article_id": b.id, "neighbour": None, "score": 0.0},
               {"article_id": c.id, "neighbour": b.id, "score": 0.6}]
    assert central_article([a, b, c], members).title.value == "The hub headline"
    assert central_article([a, b, c], members, copies={b.id}).title.value != "The hub headline"


def test_original_urls_are_links_and_only_web_ones(article_factory):
    good = article_factory("Text one.", url="https://example.org/news/1")
    bad = article_factory("Text two.", url="javascript:alert(1)")
    page = render_dossier([good, bad], title="t")
    assert 'href="https://example.org/news/1"' in page
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page  # shown as text


@pytest.mark.parametrize("sentence, head, tail", [
    ("short: 1 (A) → 2 (B)", "short: 1 (A) → 2 (B)", ""),
    ("X casualties: sources differ by two orders of magnitude — " + "at least 30 (A), " * 10,
     "X casualties: sources differ by two orders of magnitude:", "at least 30 (A), " * 10),
    ("X personnel: an earlier value, not a conflict: " + "8,000 (A) → " * 12,
     "X personnel: an earlier value, not a conflict:", "8,000 (A) → " * 12),
])
def test_long_findings_fold_who_said_what(sentence, head, tail):
    assert split_sentence(sentence) == (head, tail)


def test_a_likely_misprint_stays_in_the_claim_of_a_long_finding():
    """The note that two values may be one misprinted is what the conflict finds: it stays in
    the part shown, and the list of who said what is folded."""
    from storyline.align.findings import findings
    from storyline.model import Article, Attribution, Field, Figure, Provenance, Quantity, Source, TrackedFigure

    texts = {"The river carried 4,200 tonnes of silt last year, the survey office said in its yearly report.": "4,200",
             "The river carried 42,000 tonnes of silt last year, the water board told reporters at its spring meeting.": "42,000"}
    figs = []
    for k, (text, qtext) in enumerate(texts.items()):
        art = Article(id=f"m{k}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                      published=Field("2024-11-20", "json"))
        at = text.index(qtext)
        value = float(qtext.replace(",", ""))
        src = ("the survey office", "the water board")[k]
        figs.append((art, Figure(art.id, Quantity(qtext, at, at + len(qtext), value, value, unit="t"), "silt",
                                 "silt", Attribution((Source(src, "organisation", "said"),)), "asserted", 0,
                                 len(text))))
    tf = TrackedFigure(id="s:silt", story_id="s", label="silt carried", measure_head="silt", unit="t", party=None,
                       figures=tuple(f for _, f in figs))
    found = [f for f in findings(tf, {a.id: a for a, _ in figs}) if f.kind == "conflict"]
    assert len(found) == 1
    head, tail = split_sentence(found[0].sentence + " " + "and more words " * 8, tf.label)
    assert "misprint" in head and "misprint" not in tail and "4,200" in tail



@pytest.mark.parametrize("label, rest, head, tail", [
    # a label with a colon of its own and a claim without one: kept whole, never cut in the label
    ("percent (%): county voters", ": 3 reports from 3 independent articles broadly agree on 50–67, "
     + "highest two-thirds (A, 2024-03-02); " * 4, None, ""),
    # the claim's own colon is still the cut
    ("percent (%): county voters", ": an earlier value, not a conflict: " + "8 (A) → " * 20,
     "percent (%): county voters: an earlier value, not a conflict:", "8 (A) → " * 20),
    ("deaths: of the quake", " — " + "at least 30 (A), " * 12,
     "deaths: of the quake:", "at least 30 (A), " * 12),
])
def test_a_long_finding_is_never_cut_inside_its_label(label, rest, head, tail):
    sentence = label + rest
    assert split_sentence(sentence, label) == (head or sentence, tail)


def _timed(article, text, low, unit):
    start = article.text.index(text)
    return Figure(article.id, Quantity(text, start, start + len(text), low, low, unit=unit),
                  "wait", "duration", Attribution(), "asserted", 0, len(article.text))


def test_values_told_in_another_unit_are_charted_and_ranged_in_the_tracked_figures_unit(article_factory):
    from storyline.records import range_text

    a = article_factory("The wait lasted 12 years.", published="2024-11-12")
    b = article_factory("The wait lasted 4,383 days.", published="2024-11-20")
    c = article_factory("The wait lasted 11 years.", published="2024-11-21")
    figs = [_timed(a, "12 years", 12, "year"), _timed(b, "4,383 days", 4383, "day"), _timed(c, "11 years", 11, "year")]
    tf = TrackedFigure("s:wait", "s", "wait", "duration", "year", None, tuple(figs), ())
    assert range_text(tf) == "11–12 years"
    chart = chart_for(tf, {x.id: x for x in (a, b, c)})
    assert not chart.log
    ticks = [float(t.replace(",", "")) for _, t in chart.y_ticks]
    assert max(ticks) < 100 and max(ticks) >= 12
    # the marker of the days sits with the years, not off the scale
    [days] = [m for m in chart.markers if m.value == "4,383 days"]
    [years] = [m for m in chart.markers if m.value == "12 years"]
    assert not days.off_scale and abs(days.y - years.y) < 1


@pytest.mark.parametrize("text, low, unit, into, expected", [
    ("4,383 days", 4383, "day", "year", (12.0, 12.0)),
    ("90 minutes", 90, "minute", "hour", (1.5, 1.5)),
    ("3 miles", 3, "mi", "km", (4.83, 4.83)),
    # the same unit, another dimension, or no unit: as told
    ("12 years", 12, "year", "year", (12, 12)),
    ("40 kg", 40, "kg", "year", (40, 40)),
    ("40", 40, None, "year", (40, 40)),
    ("40 years", 40, "year", None, (40, 40)),
])
def test_interval_in_a_unit(text, low, unit, into, expected):
    from storyline.align.measure import interval_in

    assert interval_in(Quantity(text, 0, len(text), low, low, unit=unit), into) == expected


@pytest.mark.parametrize("lo, hi, ticks", [
    # the highest value between two ticks: one tick more, above it, so no point sits on the edge
    (0, 13.8, [0, 5, 10, 15]),
    (9.35, 13.65, [9, 10, 11, 12, 13, 14]),
    (100, 2450, [0, 500, 1000, 1500, 2000, 2500]),
    # the highest value on a tick: none past it
    (0, 15, [0, 5, 10, 15]),
    (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
])
def test_the_last_tick_lies_at_or_above_the_highest_value(lo, hi, ticks):
    from storyline.report.chart import _nice_ticks

    assert _nice_ticks(lo, hi, False) == pytest.approx(ticks)


def test_markers_of_one_value_on_one_day_sit_side_by_side_inside_the_plot(article_factory):
    arts = [article_factory(f"Officials said 40 people were hurt ({i}).", published=d, outlet=f"Outlet {i}")
            for i, d in enumerate(["2024-11-01"] + ["2024-11-09"] * 9)]
    figs = [_fig(a, "40", 40, source=f"Officer {i}") for i, a in enumerate(arts)]
    chart = chart_for(_tracked(figs), {a.id: a for a in arts})
    left, top, right, bottom = chart.plot
    last = sorted(m.x for m in chart.markers if m.day == "2024-11-09")
    assert len(last) == 9 and len(set(last)) == 9  # none hides another
    assert all(left < x < right for x in (m.x for m in chart.markers))
    assert last[-1] <= right - 6 and min(b - a for a, b in zip(last, last[1:])) > 5
