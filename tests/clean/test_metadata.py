"""Language detection: a confident guess wins; an unsure one defers to a declared language."""

from __future__ import annotations

import pytest

from storyline.clean.metadata import detect_language


ENGLISH_NEWS = ("At least 33 people were killed in the flood, the police said on Monday. "
                "Rescue teams searched the valley for a second day as the river kept rising.")
GERMAN_NEWS = ("Mindestens 33 Menschen sind bei dem Hochwasser ums Leben gekommen, teilte die Polizei "
               "am Montag mit. Die Rettungskräfte suchten den zweiten Tag in Folge das Tal ab.")
# invented words: no language fits, so any guess is unsure
NO_LANGUAGE = ("Feni feni sulravi reklinost daktorvenmi rekmi rekzu nikalin mipezu vimimar borpesul "
               "sulrarektal lorekra ostgrafe. Rakafe linborraost venmizu daktorvenmi zumiven zumarsulrek.")


@pytest.mark.parametrize("text, declared, value, origin", [
    (ENGLISH_NEWS, None, "en", "detector"),
    (GERMAN_NEWS, None, "de", "detector"),
    (GERMAN_NEWS, "en", "de", "detector"),  # a confident detection beats a declaration
    (NO_LANGUAGE, "fr", "fr", "meta"),  # ... nor overrides a declaration
    ("too short", "de", "de", "meta"),
    ("too short", None, "en", "default"),
])
def test_detect_language(text, declared, value, origin):
    got = detect_language(text, declared=declared)
    assert (got.value, got.origin) == (value, origin)


def test_an_unsure_guess_is_kept_when_nothing_is_declared():
    got = detect_language(NO_LANGUAGE)
    assert got.origin == "detector" and got.value != "en"
    assert float(got.detail.rsplit("p=", 1)[1]) < 0.9
