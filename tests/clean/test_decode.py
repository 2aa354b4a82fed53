"""Decoding plain-text bytes: common encodings detected, mixed encodings refused."""

from __future__ import annotations

import pytest

from storyline.clean.decode import DecodeFailure, decode_text

SAMPLE = ("Les troupes nord-coréennes déployées près de Koursk, a déclaré le ministère. "
          "Selon les services de renseignement, environ 12 000 soldats sont arrivés en Russie, "
          "et l'état-major a confirmé les pertes.")


@pytest.mark.parametrize(
    "data, encoding_prefix",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("cp1252"), "cp125"),
        (SAMPLE.encode("latin-1"), ""),
    ],
)
def test_common_encodings_round_trip(data, encoding_prefix):
    text, encoding = decode_text(data)
    assert text == SAMPLE
    assert encoding.replace("_", "-").startswith(encoding_prefix)


def test_cyrillic_in_a_legacy_code_page_is_detected():
    text = "Северокорейские военные прибыли в Курскую область, сообщила разведка. " * 3
    decoded, _ = decode_text(text.encode("cp1251"))
    assert decoded == text


def test_mixed_encodings_are_refused_not_garbled():
    mixed = "Déjà vu — résumé naïve. ".encode("utf-8") * 5 + "Cr\u00e8me".encode("latin-1")
    with pytest.raises(DecodeFailure) as info:
        decode_text(mixed)
    assert info.value.reason == "mixed_encoding" and "UTF-8" in info.value.detail
