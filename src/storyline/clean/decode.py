"""Turning the bytes of a plain-text input into text, with the encoding detected.

UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded directly; anything else is
handed to charset-normalizer. Bytes that are mostly valid UTF-8 with a few invalid
sequences are a *mixed* encoding: decoding them as a legacy code page would silently
garble the valid part, so they are refused instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import charset_normalizer

__all__ = ["DecodeFailure", "decode_text", "replace_surrogates"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """Replace lone UTF-16 surrogates (which no encoding can write, e.g. from a JSON
    ``"\\ud83d"``) with U+FFFD; return the text and how many were replaced."""
    return _SURROGATE.subn("\ufffd", text)


@dataclass(frozen=True, slots=True)
class DecodeFailure(Exception):
    """The bytes cannot be decoded faithfully; ``reason`` is ``undecodable`` or ``mixed_encoding``."""

    reason: str
    detail: str


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Raises:
        DecodeFailure: the bytes are in no encoding we can detect, or mix several. No
            other error escapes, whatever the bytes.
    """
    try:
        return _decode(data)
    except (UnicodeError, LookupError) as exc:
        raise DecodeFailure("undecodable", f"the bytes cannot be decoded faithfully ({exc})") from None


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]  # a UTF-8 mark on bytes that are not all UTF-8: sniff the rest
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeFailure("undecodable", f"starts with a UTF-16 mark but is not UTF-16: {exc}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= 3 and multibyte >= 2 * bad:
        raise DecodeFailure(
            "mixed_encoding",
            f"mostly UTF-8 but with {bad} invalid byte sequence(s); the file mixes encodings. "
            "Re-save it as UTF-8 (e.g. iconv) and ingest it again",
        )
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise DecodeFailure("undecodable", "no text encoding fits these bytes; is it a text file?")
    best = matches[0]
    # Code pages of one family often fit equally well; among equals, prefer the most used
    # one (Western European text is far more common than Central European in news scrapes).
    ties = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01]
    for preferred in _PREFERRED:
        for match in ties:
            if match.encoding == preferred:
                return _text_of(match, data), match.encoding
    return _text_of(best, data), best.encoding


def _text_of(match, data: bytes) -> str:  # type: ignore[no-untyped-def]
    """The text of a charset-normalizer match; strict decoding, as the match promised."""
    try:
        return str(match)
    except (UnicodeError, LookupError):
        return data.decode(match.encoding)


_PREFERRED = ("cp1252", "iso8859_1", "iso8859_15", "cp1251", "koi8_r", "shift_jis", "gb18030")
