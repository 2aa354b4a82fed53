"""The extractor version is a setting: articles stamped with another version are read again."""

from __future__ import annotations

from storyline.config import StorylineConfig, load_config
from storyline.extract.stage import EXTRACTOR_VERSION
from storyline.model import Article, Provenance, article_id_for
from storyline.run import extract_figures
from storyline.store import open_store


def test_extract_reads_again_what_another_version_read(tmp_path):
    texts = ["The army sent 10,000 troops to the border on Monday.", "Prices rose 12% last year, the bank said."]
    with open_store(tmp_path / "s.db") as store:
        for t in texts:
            store.save_article(Article(id=article_id_for(t), text=t, provenance=Provenance("m.txt", "text", "")))
        assert extract_figures(store, StorylineConfig()).articles == 2
        assert extract_figures(store, StorylineConfig()).articles == 0
        newer = load_config(env={"STORYLINE_EXTRACTOR_VERSION": "figures-next"})
        assert store.outdated_extractions(newer.extractor_version) == 2
        again = extract_figures(store, newer)
        assert (again.articles, again.figures) == (2, 2)
        assert store.outdated_extractions("figures-next") == 0
        assert {r[0] for r in store.conn.execute("SELECT version FROM extractions")} == {"figures-next"}
        assert EXTRACTOR_VERSION == StorylineConfig().extractor_version
