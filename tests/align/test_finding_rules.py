"""The named steps of :func:`storyline.align.findings.findings`, one table each (positive and
negative rows), and the thresholds they read from the settings.

Every sentence is written for the test: each report is one article saying "<source> said <n>
people were arrested in the city", so that all reports are one tracked figure and each row
exercises one step.
"""

from __future__ import annotations

import pytest

from storyline.align.figures import canonical_articles
from storyline.align.findings import (
    BUILT_IN_RULES,
    against_main_band,
    band_findings,
    change_over_time,
    conflict,
    excluded_figures,
    finding_context,
    findings,
    folded,
    ledger,
    main_band,
    main_band_agreement,
    one_band_agreement,
    partial_update,
    party_revisions,
    single_source,
)
from storyline.align.params import DEFAULT, AlignParams
from storyline.config import StorylineConfig, load_config
from storyline.model import (
    Article,
    Attribution,
    Field,
    Figure,
    Provenance,
    Quantity,
    Source,
)
from storyline.records import tracked_records

D1, D2, D4, D30 = "2024-11-08", "2024-11-09", "2024-11-11", "2024-12-08"
_N = iter(range(10**6))


def _report_article(value: int, date: str, source: str, modality: str = "asserted") -> tuple[Article, Figure]:
    text = f"{source.capitalize()} said {value} people were arrested in the city."
    art = Article(id=f"r{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                  published=Field(date, "json"))
    start = text.index(f" {value} ") + 1
    q = Quantity(str(value), start, start + len(str(value)), float(value), float(value))
    fig = Figure(art.id, q, "people arrested", "arrested", Attribution((Source(source, "organisation", "said"),)),
                 modality, 0, len(text))
    return art, fig


def _ctx(rows, params: AlignParams = DEFAULT):
    """The finding context of the one tracked figure of ``rows`` ((value, date, source[, modality]))."""
    pairs = [_report_article(*row) for row in rows]
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts, params=params)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    return finding_context(led.tracked[0], arts, canonical_articles(None), params)


ONE = [(12, D1, "the police")]
AGREE = [(12, D1, "the police"), (12, D1, "the mayor")]
TWO_SAY_TWO = [(5, D1, "officials"), (9, D1, "the governor")]
MAIN_AND_LONE = [(12, D1, "the police"), (12, D1, "the mayor"), (12, D1, "medics"), (40, D1, "a witness")]
SMALL_MAIN = [(12, D1, "the police"), (12, D1, "the mayor"), (40, D1, "a witness")]
RISE = [(50, D1, "officials"), (500, D4, "the governor")]


def _kinds(found):
    return [f.kind for f in found]


@pytest.mark.parametrize("rows, kinds", [
    (ONE, ["single"]),
    (AGREE, []),  # two articles: not single
    (TWO_SAY_TWO, []),
])
def test_single_source(rows, kinds):
    assert _kinds(single_source(_ctx(rows))) == kinds


@pytest.mark.parametrize("copies, tail", [
    (0, None),  # nothing copies it: nothing to say of copies
    (1, "; the article copying it confirms nothing"),
    (2, "; the 2 articles copying it confirm nothing"),
])
def test_a_single_source_names_its_copies_only_when_there_are_some(copies, tail):
    pairs = [_report_article(12, D1, "the police") for _ in range(copies + 1)]
    arts = {a.id: a for a, _ in pairs}
    original = pairs[0][0].id
    led = ledger("s", [f for _, f in pairs], arts, duplicates={a.id: original for a, _ in pairs[1:]})
    [single] = [f for f in led.findings if f.kind == "single"]
    assert single.sentence.endswith(tail) if tail else "confirm" not in single.sentence
    assert len(single.figures) == copies + 1  # the copies stay the evidence


@pytest.mark.parametrize("rows, kinds", [
    (AGREE, ["agree"]),
    (ONE, []),  # one article: single, not agreement
    (TWO_SAY_TWO, []),  # two bands
])
def test_one_band_agreement(rows, kinds):
    assert _kinds(one_band_agreement(_ctx(rows))) == kinds


@pytest.mark.parametrize("rows, single, agree, n_figures", [
    # a hypothetical figure of another article that gives the same value supports the agreement
    ([(12, D1, "the police"), (12, D1, "the mayor", "hypothetical")], [], ["agree"], 2),
    ([(12, D1, "the police"), (12, D1, "the mayor", "forecast")], [], ["agree"], 2),
    # a negated one may deny it: no support
    ([(12, D1, "the police"), (12, D1, "the mayor", "negated")], ["single"], [], 0),
    # another value: no support
    ([(12, D1, "the police"), (40, D1, "the mayor", "hypothetical")], ["single"], [], 0),
    # no counted figure, two articles give one value as a forecast: they agree on it
    ([(2, D1, "the ministry", "forecast"), (2, D2, "officials", "forecast")], [], ["agree"], 2),
    ([(2, D1, "the ministry", "forecast"), (5, D2, "officials", "forecast")], [], [], 0),
])
def test_hypothetical_or_forecast_figures_support_an_agreement(rows, single, agree, n_figures):
    ctx = _ctx(rows)
    assert _kinds(single_source(ctx)) == single
    found = one_band_agreement(ctx)
    assert _kinds(found) == agree
    assert sum(len(f.figures) for f in found) == n_figures
    if found and len({r[3] if len(r) > 3 else "asserted" for r in rows}) > 1:
        assert "stated as" in found[0].sentence


@pytest.mark.parametrize("bound, low, high, supports", [
    ("more than 10", 10.0, None, False),  # a bound alone: any larger value meets it, it gives none
    ("between 11 and 13", 11.0, 13.0, True),  # a range that holds the value gives it
])
def test_only_a_bounded_hypothetical_figure_supports_an_agreement(bound, low, high, supports):
    pairs = [_report_article(12, D1, "the police"), _report_article(12, D1, "the mayor")]
    text = f"If {bound} people were arrested in the city, the council would meet."
    art = Article(id=f"r{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                  published=Field(D1, "json"))
    start = text.index(bound)
    q = Quantity(bound, start, start + len(bound), low, high)
    pairs.append((art, Figure(art.id, q, "people arrested", "arrested",
                              Attribution((Source("the council", "organisation", "said"),)), "hypothetical",
                              0, len(text))))
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    [found] = one_band_agreement(finding_context(led.tracked[0], arts, canonical_articles(None), DEFAULT))
    assert len(found.figures) == (3 if supports else 2)
    assert ("stated as hypothetical" in found.sentence) is supports


def _said(source: str, qtext: str, low: float, high: float, approx: bool | None = None) -> tuple[Article, Figure]:
    text = f"{source.capitalize()} said {qtext} people were arrested in the city."
    art = Article(id=f"r{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                  published=Field(D1, "json"))
    start = text.index(qtext)
    q = Quantity(qtext, start, start + len(qtext), low, high, approx=low != high if approx is None else approx)
    return art, Figure(art.id, q, "people arrested", "arrested", Attribution((Source(source, "organisation", "said"),)),
                       "asserted", 0, len(text))


@pytest.mark.parametrize("reports, agree", [
    # a vague amount meets many values, and two alike agree on little: it confirms none
    ([("the police", "three", 3, 3), ("the mayor", "several", 2, 9), ("medics", "several", 2, 9)], False),
    ([("the police", "several", 2, 9), ("the mayor", "a few", 2, 5)], False),
    ([("the police", "dozens of", 24, 99), ("the mayor", "dozens of", 24, 99)], False),
    # two articles give the value: the vague one beside them is listed
    ([("the police", "12", 12, 12), ("the mayor", "12", 12, 12), ("medics", "several", 2, 20)], True),
    ([("the police", "about 12", 11, 13), ("the mayor", "12", 12, 12)], True),
])
def test_an_agreement_needs_two_articles_that_give_its_value(reports, agree):
    pairs = [_said(*r) for r in reports]
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    ctx = finding_context(led.tracked[0], arts, canonical_articles(None), DEFAULT)
    assert len(ctx.bands) == 1
    assert _kinds(one_band_agreement(ctx)) == (["agree"] if agree else [])


@pytest.mark.parametrize("rows, main_values", [
    (MAIN_AND_LONE, [12, 12, 12]),
    (SMALL_MAIN, [12, 12]),
    (TWO_SAY_TWO, []),  # one article each: no value is confirmed more than another
    ([(5, D1, "a"), (5, D1, "b"), (9, D1, "c"), (9, D1, "d")], []),  # a tie
])
def test_main_band(rows, main_values):
    assert [r.figure.quantity.low for r in main_band(_ctx(rows).bands)] == main_values


@pytest.mark.parametrize("rows, kinds", [
    (MAIN_AND_LONE, ["agree"]),
    (TWO_SAY_TWO, []),
])
def test_main_band_agreement(rows, kinds):
    ctx = _ctx(rows)
    assert _kinds(main_band_agreement(ctx, main_band(ctx.bands))) == kinds


@pytest.mark.parametrize("rows, kinds, n_conflicting", [
    (MAIN_AND_LONE, ["outlier"], 0),  # one source against three articles
    (SMALL_MAIN, [], 1),  # against two articles only: left to conflict
    ([(12, D1, "the police"), (12, D1, "the mayor"), (30, D30, "the police")], ["update"], 0),  # a month later
    # a later value, and another of its day that time does not explain against it: they disagree
    ([*MAIN_AND_LONE[:3], (19, D4, "the governor"), (60, D4, "a volunteer group")], [], 2),
    ([*MAIN_AND_LONE[:3], (19, D4, "the governor")], ["update"], 0),  # the later value alone
    ([*MAIN_AND_LONE[:3], (19, D4, "the governor"), (19, D4, "a volunteer group")], ["update"], 0),  # one band
])
def test_against_main_band(rows, kinds, n_conflicting):
    ctx = _ctx(rows)
    main = main_band(ctx.bands)
    found, conflicting = against_main_band(ctx, main, [b for b in ctx.bands if b is not main])
    assert (_kinds(found), len(conflicting)) == (kinds, n_conflicting)


def _with_past(rows, past: int, phrase: str = "in 2022", value: str = "2022"):
    """The context of ``rows`` where the report at ``past`` is dated by its sentence (``phrase``,
    a year resolved to ``value``): by default two years before its article."""
    from dataclasses import replace

    from storyline.dates import TimeRef

    pairs = [_report_article(*row) for row in rows]
    art, fig = pairs[past]
    text = art.text.replace(" in the city.", f" in the city {phrase}.")
    at = text.index(phrase)
    art = replace(art, text=text)
    fig = replace(fig, sentence_end=len(text), refers_to=TimeRef(phrase, at, at + len(phrase), value, "year", True))
    pairs[past] = (art, fig)
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts)
    assert len(led.tracked) == 1
    return finding_context(led.tracked[0], arts, canonical_articles(None), DEFAULT)


@pytest.mark.parametrize("past, kinds, n_conflicting", [
    (None, ["outlier"], 0),  # one source against three articles of the day
    (2, [], 1),  # one of the three speaks of two years before: two articles only, left to conflict
    (3, [], 1),  # the lone value is the past one: no outlier (and no side in a conflict either)
])
def test_an_outlier_stands_against_present_reports_only(past, kinds, n_conflicting):
    ctx = _ctx(MAIN_AND_LONE) if past is None else _with_past(MAIN_AND_LONE, past)
    main = main_band(ctx.bands)
    found, conflicting = against_main_band(ctx, main, [b for b in ctx.bands if b is not main])
    assert (_kinds(found), len(conflicting)) == (kinds, n_conflicting)
    if found:
        assert "other 3 reports" in found[0].sentence


@pytest.mark.parametrize("phrase, value, kinds, n_conflicting", [
    # "this year" reaches the article's day: the report is present, one of the three the lone value stands against
    ("this year", D1[:4], ["outlier"], 0),
    ("in 2022", "2022", [], 1),  # two years before: two articles only, left to conflict
])
def test_the_article_year_is_not_long_before_it(phrase, value, kinds, n_conflicting):
    ctx = _with_past(MAIN_AND_LONE, 2, phrase, value)
    main = main_band(ctx.bands)
    found, conflicting = against_main_band(ctx, main, [b for b in ctx.bands if b is not main])
    assert (_kinds(found), len(conflicting)) == (kinds, n_conflicting)


@pytest.mark.parametrize("rows, kinds, n_conflicting", [
    (RISE, ["update"], 0),  # tenfold in three days: time explains it
    ([(30, D1, "officials"), (3000, D2, "the governor")], [], 2),  # a hundredfold in a day: it does not
    (TWO_SAY_TWO, [], 2),  # same day
])
def test_change_over_time(rows, kinds, n_conflicting):
    ctx = _ctx(rows)
    found, conflicting = change_over_time(ctx, ctx.bands)
    assert (_kinds(found), len(conflicting)) == (kinds, n_conflicting)


@pytest.mark.parametrize("rows, kinds, n_cited", [
    (TWO_SAY_TWO, ["conflict"], 2),
    ([(5, D1, "officials"), (9, D1, "officials")], [], 0),  # one source does not conflict with itself
    # two values told in turn, months apart: no news cycle holds both sides
    ([(5, "2024-01-10", "officials"), (9, "2024-03-12", "the governor"), (5, "2024-05-14", "the police"),
      (9, "2024-07-16", "the mayor")], [], 0),
    # the sides of one cycle disagree; a report a month away is no side of it
    ([(5, D1, "officials"), (9, D2, "the governor"), (5, D30, "the police")], ["conflict"], 2),
])
def test_conflict(rows, kinds, n_cited):
    ctx = _ctx(rows)
    group = sorted((r for b in ctx.bands for r in b), key=lambda r: r.point)
    found = conflict(ctx, group)
    assert _kinds(found) == kinds
    assert sum(len(f.figures) for f in found) == n_cited


@pytest.mark.parametrize("rows, kinds, n_conflicting", [
    (MAIN_AND_LONE, ["outlier"], 0),
    # the main value told a month before and a month after the lone one: nothing of its cycle to stand against
    ([(12, "2024-11-08", "the police"), (12, "2024-11-08", "the mayor"), (12, "2025-01-08", "medics"),
      (12, "2025-01-09", "the governor"), (40, D30, "a witness")], [], 1),
])
def test_an_outlier_stands_against_reports_of_its_news_cycle(rows, kinds, n_conflicting):
    ctx = _ctx(rows)
    main = main_band(ctx.bands)
    found, conflicting = against_main_band(ctx, main, [b for b in ctx.bands if b is not main])
    assert (_kinds(found), len(conflicting)) == (kinds, n_conflicting)


@pytest.mark.parametrize("rows, chain", [
    ([(30, D1, "officials"), (3000, D2, "the governor")], [30, 3000]),  # rises with time
    (TWO_SAY_TWO, []),  # same day: no order in time
])
def test_partial_update(rows, chain):
    ctx = _ctx(rows)
    group = sorted((r for b in ctx.bands for r in b), key=lambda r: r.point)
    found, run = partial_update(ctx, group)
    assert [r.figure.quantity.low for r in run] == chain
    assert _kinds(found) == (["update"] if chain else [])


UKRAINE_REVISES = [(200, D1, "Ukrainian officials"), (1000, D2, "Ukraine's army")]


@pytest.mark.parametrize("rows, chain, revised", [
    (UKRAINE_REVISES, [], [[200, 1000]]),  # one party's sources, 200 then 1,000
    (UKRAINE_REVISES, [200, 1000], []),  # the same run as the partial update: said once
    ([(200, D1, "Ukrainian officials")], [], []),  # one report: nothing revised
    ([(200, D1, "Ukrainian officials"), (220, D2, "Ukraine's army")], [], []),  # one band: no revision
    # two values of one party for one day are two things, not a revision
    ([(200, D1, "Ukrainian officials"), (1000, D1, "Ukraine's army")], [], []),
])
def test_party_revisions(rows, chain, revised):
    ctx = _ctx(rows)
    group = sorted((r for b in ctx.bands for r in b), key=lambda r: r.point)
    run = [r for r in group if r.figure.quantity.low in chain]
    found = party_revisions(ctx, group, run)
    assert [[r.figure.quantity.low for r in _reports_of(f, ctx)] for f in found] == revised


def _reports_of(finding, ctx):
    by_fig = {id(r.figure): r for r in ctx.reports}
    return [by_fig[id(f)] for f in finding.figures]


@pytest.mark.parametrize("rows, kinds", [
    ([*AGREE, (90, D1, "a rumour", "hypothetical")], ["hypothetical"]),
    (AGREE, []),
])
def test_excluded_figures(rows, kinds):
    assert _kinds(excluded_figures(_ctx(rows))) == kinds


@pytest.mark.parametrize("rows, kinds", [
    (MAIN_AND_LONE, ["agree", "outlier"]),
    (SMALL_MAIN, ["agree", "conflict"]),
    (RISE, ["update"]),
    (ONE, []),
    # two sides, each given by two articles: each side agrees within itself, and they conflict
    ([(5, D1, "officials"), (5, D1, "the mayor"), (9, D1, "the governor"), (9, D1, "medics")],
     ["agree", "agree", "conflict"]),
])
def test_band_findings(rows, kinds):
    assert _kinds(band_findings(_ctx(rows))) == kinds


@pytest.mark.parametrize("rows", [ONE, AGREE, TWO_SAY_TWO, MAIN_AND_LONE, SMALL_MAIN, RISE])
def test_findings_is_its_steps_in_order(rows):
    ctx = _ctx(rows)
    assert findings(ctx.tf, ctx.articles) == [f for rule in BUILT_IN_RULES for f in rule(ctx)]


# ------------------------------------------------------------------ thresholds as settings

def test_align_params_are_read_from_the_settings():
    assert AlignParams.from_config(StorylineConfig()) == DEFAULT
    cfg = load_config(env={"STORYLINE_ALIGN_MIN_MAIN": "4", "STORYLINE_ALIGN_FOLD_BELOW": "0.2"})
    params = AlignParams.from_config(cfg)
    assert (params.min_main, params.fold_below, params.band_ratio) == (4, 0.2, DEFAULT.band_ratio)


@pytest.mark.parametrize("changes, kinds", [
    ({}, ["agree", "outlier"]),
    ({"min_main": 4}, ["agree", "conflict"]),  # three articles are no longer enough for an outlier
])
def test_min_main_decides_outlier_or_conflict(changes, kinds):
    params = AlignParams(**changes)
    assert _kinds(band_findings(_ctx(MAIN_AND_LONE, params))) == kinds


@pytest.mark.parametrize("band_ratio, bands", [(1.2, 2), (2.5, 1)])
def test_band_ratio_decides_what_agrees(band_ratio, bands):
    rows = [(10000, D1, "the police"), (20000, D1, "the mayor")]  # round numbers: estimates
    assert len(_ctx(rows, AlignParams(band_ratio=band_ratio)).bands) == bands


@pytest.mark.parametrize("fold_below, folded_single", [(0.5, True), (0.2, False)])
def test_fold_below_is_carried_by_the_ledger(fold_below, folded_single):
    art, fig = _report_article(12, D1, "the police")
    led = ledger("s", [fig], {art.id: art}, params=AlignParams(fold_below=fold_below))
    [rec] = tracked_records(led, {art.id: art})
    assert [f["folded"] for f in rec["findings"]] == [folded_single]
    assert folded(led.findings[0], led.params) is folded_single


def test_an_agreement_in_several_units_gives_its_range_in_one():
    # "a week" and "nine days" agree (a whole week rounds to half a week): the range is in days
    from storyline.align.findings import ledger as build

    a = Article(id="u1", text="The review took a week, officials said.", provenance=Provenance("/x", "text", "0" * 64),
                published=Field(D1, "json"))
    b = Article(id="u2", text="The review took nine days, the agency said.",
                provenance=Provenance("/x", "text", "0" * 64), published=Field(D1, "json"))
    b2 = Article(id="u3", text="The review took nine days, a lawyer said.",
                 provenance=Provenance("/x", "text", "0" * 64), published=Field(D1, "json"))

    def fig(art, qtext, v, unit, src):
        i = art.text.index(qtext)
        return Figure(art.id, Quantity(qtext, i, i + len(qtext), v, v, unit=unit), "duration", "duration",
                      Attribution((Source(src, "organisation", "said"),)), "asserted", 0, len(art.text))

    figs = [fig(a, "a week", 1.0, "week", "officials"), fig(b, "nine days", 9.0, "day", "the agency"),
            fig(b2, "nine days", 9.0, "day", "a lawyer")]
    led = build("s", figs, {x.id: x for x in (a, b, b2)})
    [agree] = [f for f in led.findings if f.kind == "agree"]
    assert "7–9" in agree.sentence, agree.sentence


def _ctx_said(reports):
    pairs = [_said(*r) for r in reports]
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    return led, finding_context(led.tracked[0], arts, canonical_articles(None), DEFAULT)


@pytest.mark.parametrize("reports, band_values, sides, agreeing", [
    # an open bound meets both values: it is no evidence that they agree, and takes no side
    ([("the police", "60", 60, 60), ("the mayor", "more than 60", 60, None), ("medics", "90", 90, 90)],
     [{"60", "more than 60"}, {"90"}], {"60", "90"}, []),
    # so is a range that holds both
    ([("the police", "60", 60, 60), ("the mayor", "60 to 90", 60, 90), ("medics", "90", 90, 90)],
     [{"60", "60 to 90"}, {"90"}], {"60", "90"}, []),
    # a third value each is within rounding of does not join them either: the two it is nearer agree
    ([("the police", "about 10,000", 10000, 10000, True), ("the mayor", "about 12,000", 12000, 12000, True),
      ("medics", "about 14,000", 14000, 14000, True)],
     [{"about 10,000"}, {"about 12,000", "about 14,000"}], {"about 10,000", "about 12,000", "about 14,000"},
     [{"about 12,000", "about 14,000"}]),
    # values within rounding of each other stay one band with the open bound
    ([("the police", "60", 60, 60), ("the mayor", "more than 60", 60, None), ("medics", "61", 61, 61)],
     [{"60", "more than 60", "61"}], None, [{"60", "more than 60", "61"}]),
])
def test_an_open_bound_or_a_third_value_never_joins_two_values_that_differ(reports, band_values, sides, agreeing):
    led, ctx = _ctx_said(reports)
    assert [{r.text for r in b} for b in ctx.bands] == band_values
    assert [{f.quantity.text for f in a.figures} for a in led.findings if a.kind == "agree"] == agreeing
    conflicts = [{f.quantity.text for f in c.figures} for c in led.findings if c.kind == "conflict"]
    assert conflicts == ([sides] if sides else [])


def test_an_open_bound_beside_two_values_confirms_neither():
    # two sources give 60 and one of them adds nothing: the open bound does not make 60 the
    # confirmed value against 90
    _, ctx = _ctx_said([("the police", "60", 60, 60), ("the mayor", "more than 60", 60, None),
                        ("medics", "90", 90, 90)])
    assert main_band(ctx.bands, ctx.params) == []
    _, ctx = _ctx_said([("the police", "60", 60, 60), ("the mayor", "60", 60, 60), ("medics", "90", 90, 90)])
    assert {r.text for r in main_band(ctx.bands, ctx.params)} == {"60"}


def test_an_agreement_with_an_open_bound_gives_the_values_stated():
    _, ctx = _ctx_said([("the police", "90", 90, 90), ("the mayor", "more than 60", 60, None),
                        ("medics", "90", 90, 90)])
    [agree] = one_band_agreement(ctx)
    assert "about 90" in agree.sentence and "60–90" not in agree.sentence, agree.sentence


def test_an_outlier_is_not_set_against_an_open_bound_that_holds_it():
    # "at least 12" holds 14 too: the lone 14 stands against the three that say 12, not four
    led, ctx = _ctx_said([("the police", "12", 12, 12), ("the mayor", "12", 12, 12), ("medics", "12", 12, 12),
                          ("the governor", "at least 12", 12, None), ("a witness", "14", 14, 14)])
    [outlier] = [f for f in led.findings if f.kind == "outlier"]
    assert "at least 12" not in {f.quantity.text for f in outlier.figures}
    assert "other 3 reports" in outlier.sentence, outlier.sentence


def _tenure_ctx(rows):
    """The finding context of reports "<source> said the coach left after <n> <unit>": lengths
    of time, one tracked figure; ``rows`` are (n, unit, date, source)."""
    pairs = []
    for n, unit, date, source in rows:
        text = f"{source.capitalize()} said the coach left after {n} {unit}."
        art = Article(id=f"r{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                      published=Field(date, "json"))
        start = text.index(f" {n} ") + 1
        end = start + len(str(n))
        q = Quantity(text[start:end], start, end, float(n), float(n))
        head = unit.rstrip("s")
        pairs.append((art, Figure(art.id, q, unit, head, Attribution((Source(source, "organisation", "said"),)),
                                  "asserted", 0, len(text))))
    arts = {a.id: a for a, _ in pairs}
    led = ledger("s", [f for _, f in pairs], arts)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    return finding_context(led.tracked[0], arts, canonical_articles(None), DEFAULT)


@pytest.mark.parametrize("rows, kinds", [
    # a length of time grows no faster than the time between the reports: four seasons, then six
    # a month later, are two tenures, not one that went on
    ([(4, "seasons", D1, "officials"), (6, "seasons", D30, "the club")], []),
    ([(4, "seasons", D1, "officials"), (7, "seasons", D30, "the club")], []),
    # within one unit of rounding and the time between, it may be one length told again
    ([(4, "seasons", D1, "officials"), (5, "seasons", D30, "the club")], ["update"]),
])
def test_a_length_of_time_grows_no_faster_than_time(rows, kinds):
    ctx = _tenure_ctx(rows)
    found, _ = change_over_time(ctx, ctx.bands)
    assert _kinds(found) == kinds


@pytest.mark.parametrize("lone, kinds", [
    (42, []),  # inside the values the others give (40 to 50): not far from them
    (50, []),
    (90, ["outlier"]),  # beyond the highest
    (20, ["outlier"]),  # below the lowest
])
def test_an_outlier_lies_outside_the_values_it_stands_against(lone, kinds):
    rows = [(40, D1, "the police"), (50, D1, "the mayor"), (50, D1, "medics"), (lone, D1, "a witness")]
    ctx = _ctx(rows)
    main = [r for r in ctx.reports if r.source != "a witness"]
    others = [[r for r in ctx.reports if r.source == "a witness"]]
    found, _ = against_main_band(ctx, main, others)
    assert _kinds(found) == kinds
    for f in found:
        assert "factor of 1.0" not in f.sentence


@pytest.mark.parametrize("lo, hi, unit, text", [
    (52596.0, 52596.0, "year", "6 years"),  # six years, held in hours, told in the figure's unit
    (24.0, 72.0, "day", "1–3 days"),
    (1.0, 1.0, None, "1"),
    (185000.0, 200000.0, "USD", "185,000–200,000"),  # money reads as its reports do
])
def test_the_values_an_outlier_stands_against_read_in_the_figures_unit(lo, hi, unit, text):
    from storyline.align.findings import _span
    assert _span(lo, hi, unit) == text


def _one_article(reports, date: str = D1):
    """One article of ``reports`` ((value, source or None)): a sentence each, "<source> said <n>
    people were arrested in the city" (the article's own voice when the source is None)."""
    sentences = [f"{(src or 'Reports').capitalize()} said {v} people were arrested in the city." for v, src in reports]
    text = " ".join(sentences)
    art = Article(id=f"r{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                  published=Field(date, "json"))
    figs, at = [], 0
    for (v, src), sentence in zip(reports, sentences, strict=True):
        start = text.index(f" {v} ", at) + 1
        q = Quantity(str(v), start, start + len(str(v)), float(v), float(v))
        sources = (Source(src, "person", "said"),) if src else ()
        figs.append(Figure(art.id, q, "people arrested", "arrested", Attribution(sources), "asserted",
                           at, at + len(sentence)))
        at += len(sentence) + 1
    return art, figs


@pytest.mark.parametrize("reports", [
    # one article naming a source, then by its role ("Dana Reyes, a nurse" ... "the nurse"): one
    # person, and the names an article gives its sources do not tell two people from one
    [(12, "Dana Reyes, a nurse at the clinic"), (12, "the nurse")],
    [(12, "the police"), (12, None)],
])
def test_one_article_naming_two_sources_is_still_a_single_source(reports):
    art, figs = _one_article(reports)
    led = ledger("s", figs, {art.id: art})
    assert [f.kind for f in led.findings if f.kind in ("agree", "single")] == ["single"]


@pytest.mark.parametrize("reports, band_values, conflict_sides", [
    # a source's range and its two ends told alone, one by that source too: the range quoted in part
    ([("the mayor", "10 to 15", 10, 15), ("the mayor", "15", 15, 15), ("medics", "10", 10, 10)],
     [{"10", "10 to 15", "15"}], None),
    # a range of a source that gives neither end alone: the two values may disagree
    ([("the police", "10", 10, 10), ("the mayor", "10 to 15", 10, 15), ("medics", "15", 15, 15)],
     [{"10", "10 to 15"}, {"15"}], {"10", "15"}),
    # values that are not the range's ends: two bands, as without the range
    ([("the mayor", "10 to 20", 10, 20), ("the mayor", "15", 15, 15), ("medics", "10", 10, 10)],
     [{"10", "10 to 20"}, {"15"}], {"10", "15"}),
])
def test_the_ends_of_a_range_quoted_alone_are_one_band(reports, band_values, conflict_sides):
    led, ctx = _ctx_said(reports)
    assert [{r.text for r in b} for b in ctx.bands] == band_values
    conflicts = [{f.quantity.text for f in c.figures} for c in led.findings if c.kind == "conflict"]
    assert conflicts == ([conflict_sides] if conflict_sides else [])
