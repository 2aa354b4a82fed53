"""Kept for imports of the sample corpus from its old place: see :mod:`storyline.demo`."""

from storyline.demo import ANNOTATION_FILES, DemoResult, corpus_inputs, find_corpus

__all__ = ["ANNOTATION_FILES", "DemoResult", "corpus_inputs", "find_corpus"]
