"""Fixtures shared by every test: a fresh in-memory store, article factories, shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.config import StorylineConfig
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.store import open_store

# A worker of pytest-xdist (``make test`` runs one per core) is given the terminal size of the
# run that started it in COLUMNS and LINES; the commands the tests run write to a pipe, as a
# user's piped command does, where neither is set.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.pop("COLUMNS", None)
    os.environ.pop("LINES", None)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "kursk"


@pytest.fixture
def fresh_store():
    """An empty, migrated store in memory."""
    store = open_store(":memory:")
    yield store
    store.close()


@pytest.fixture
def config(tmp_path) -> StorylineConfig:
    """Default settings with the store in a temporary folder."""
    return StorylineConfig(db=str(tmp_path / "test.db"))


@pytest.fixture
def article_factory():
    """Make an article from a text, with optional metadata values."""

    def make(text: str, source: str = "/tmp/a.txt", **meta: str) -> Article:
        fields = {k: Field(v, "json", f"json field {k!r}") for k, v in meta.items()}
        prov = Provenance(source=source, format="text", sha256="0" * 64)
        return Article(id=article_id_for(text), text=text, provenance=prov, **fields)

    return make


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder of the project checkout; tests using it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not present (the project's shared data lives beside the clone)")
    return SHARED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is missing")
    return EXAMPLES


@pytest.fixture
def poison_figures(monkeypatch):
    """Make figure extraction raise on every article whose text holds ``marker`` (a bug to
    isolate); ``monkeypatch.undo()`` fixes it again."""
    from storyline.extract import stage as extract_stage

    def poison(marker: str) -> None:
        real = extract_stage.figures

        def figures(article, doc=None, **kw):
            if marker in article.text:
                raise KeyError("an extractor bug")
            return real(article, doc, **kw)

        monkeypatch.setattr(extract_stage, "figures", figures)

    return poison


def load_benchmark(name: str):
    """The module ``benchmarks/<name>.py``, imported by path (benchmarks are scripts, not a package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(f"storyline_bench_{name}", REPO / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)
    spec.loader.exec_module(mod)
    return mod


def check_pinned(shared: Path, hashes: dict[str, str], remeasure: str) -> None:
    """Skip when a pinned file is absent; fail when one changed since its floors were measured
    (so a floor never drops silently with its data). ``remeasure`` says how to pin again."""
    import hashlib

    for rel, digest in hashes.items():
        path = shared / rel
        if not path.is_file():
            pytest.skip(f"{rel} is absent from the shared data")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, \
            f"{rel} changed: re-measure with {remeasure} and pin new floors and hash"
