"""Languages: which articles the rules read, and what a run records for the others."""

from __future__ import annotations

import logging

import pytest

from storyline.config import StorylineConfig
from storyline.errors import ConfigError
from storyline.extract.figures import figures
from storyline.extract.stage import EXTRACTOR_VERSION
from storyline.lang import (
    ENGLISH,
    LANGUAGES,
    NOT_READ_STATUS,
    code_of,
    language_for,
    not_read_reason,
    register,
    vocabulary_names,
)
from storyline.lang import en as english
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.run import extract_figures, ingest
from storyline.store import open_store

# Written for these tests: a volcano evacuation told in Indonesian, French and English.
INDONESIAN = (
    "Sekitar 45.000 orang mengungsi dari desa-desa di sekitar gunung berapi setelah letusan pada hari "
    "Senin, kata pejabat badan penanggulangan bencana setempat. Mereka ditampung di sekolah dan masjid "
    "di kota terdekat sementara petugas memeriksa kerusakan rumah dan jalan. Warga diminta tidak kembali "
    "ke rumah mereka sampai status gunung diturunkan oleh pihak berwenang."
)
FRENCH = (
    "Environ 45 000 personnes ont été évacuées des villages proches du volcan après l'éruption de lundi, "
    "ont indiqué les autorités locales. Elles sont hébergées dans des écoles et des gymnases de la ville "
    "voisine pendant que les équipes évaluent les dégâts causés aux maisons et aux routes."
)
ENGLISH_TEXT = (
    "About 45,000 people fled the villages around the volcano after Monday's eruption, local disaster "
    "officials said. They are sheltering in schools and mosques in the nearest town while teams check "
    "the damage to homes and roads. Residents were told not to return until the alert level is lowered."
)


def article(text: str, language: str | None) -> Article:
    return Article(id=article_id_for(text), text=text, provenance=Provenance(f"mem-{language}.txt", "text", ""),
                   language=Field(language, "meta" if language else ""))


@pytest.mark.parametrize("value, code, read_as", [
    ("en", "en", "en"),
    ("en-GB", "en", "en"),
    ("EN_us", "en", "en"),
    (None, None, "en"),  # unknown: read as English
    ("", None, "en"),
    ("id", "id", None),
    ("fr-CA", "fr", None),
    ("de", "de", None),
])
def test_which_language_an_article_is_read_as(value, code, read_as):
    art = article("Some text.", value)
    assert code_of(art) == code
    got = language_for(code)
    assert (got.code if got else None) == read_as
    assert (not_read_reason(art) is None) == (read_as is not None)
    if read_as is None:
        assert not_read_reason(art) == f"figures not extracted: language {code}"


def test_english_rules_do_not_read_an_indonesian_number():
    # read as English, the text still gives a figure ("45.000 orang": its point read as a
    # thousands separator, what it counts and who says it read by rules of another language):
    # the gate is what keeps it out
    assert [f.quantity.low for f in figures(article(INDONESIAN, None))][:1] == [45_000.0]
    assert figures(article(INDONESIAN, "id")) == []
    assert figures(article(FRENCH, "fr")) == []
    assert [f.quantity.low for f in figures(article(ENGLISH_TEXT, "en-GB"))][:1] == [45_000.0]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.db")
    yield s
    s.close()


def test_extract_records_other_languages_once_and_goes_on(store, caplog):
    arts = [article(INDONESIAN, "id"), article(FRENCH, "fr"), article(ENGLISH_TEXT, "en-GB")]
    for a in arts:
        store.save_article(a)
    with caplog.at_level(logging.INFO, logger="storyline.parse"):
        report = extract_figures(store, StorylineConfig())
    assert (report.articles, report.failed) == (3, 0)
    assert not report.rejects  # stored and read, not rejected: the input was fine
    said = [r.getMessage() for r in caplog.records if "figures not extracted" in r.getMessage()]
    assert sorted(m.split(" (")[0] for m in said) == ["figures not extracted: language fr",
                                                     "figures not extracted: language id"]
    assert store.extraction_status() == {"ok": 1, NOT_READ_STATUS: 2}
    assert store.figures_of(arts[0].id) == [] and store.figures_of(arts[1].id) == []
    assert 45_000.0 in [f.quantity.low for f in store.figures_of(arts[2].id)]
    # recorded as extracted by this extractor: not picked up again, nothing left unfinished
    assert all(store.is_extracted(a.id, EXTRACTOR_VERSION) for a in arts)
    assert store.unextracted_ids() == []
    assert extract_figures(store, StorylineConfig()).articles == 0


def test_ingest_of_a_mixed_folder_detects_the_language_and_goes_on(tmp_path, store):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {"id.txt": INDONESIAN, "fr.txt": FRENCH, "en.txt": ENGLISH_TEXT}.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = ingest([str(folder)], store, StorylineConfig(), extract=True)
    assert report.stored == 3 and not report.failed and not report.rejected
    assert store.extraction_status() == {"ok": 1, NOT_READ_STATUS: 2}
    lows = [f.quantity.low for a in store.iter_articles() for f in store.figures_of(a.id)]
    assert 45.0 not in lows and 45_000.0 in lows
    again = ingest([str(folder)], store, StorylineConfig(), extract=True)
    assert again.stored == 0 and again.resumed == 0


def test_english_is_registered_with_its_models():
    assert LANGUAGES["en"] is ENGLISH and ENGLISH.words() is english
    assert ENGLISH.models == english.MODEL_NAMES
    assert {"REPORTING_VERBS", "UNIT_WORDS", "EVENTS", "UI_PHRASES"} <= vocabulary_names()


@pytest.mark.parametrize("code, vocabulary, message", [
    ("xx", "storyline.lang.no_such_language", "cannot be imported"),
    ("xx", "storyline.errors", "lacks"),  # a module without the English names
    ("xx-YY", "storyline.lang.en", "bare primary code"),
    ("", "storyline.lang.en", "bare primary code"),
])
def test_register_refuses_an_incomplete_language(code, vocabulary, message):
    with pytest.raises(ConfigError, match=message):
        register(code, vocabulary, "en_core_web_sm")
    assert set(LANGUAGES) == {"en"}
