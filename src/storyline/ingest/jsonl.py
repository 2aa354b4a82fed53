"""JSON readers: JSONL (one article per line) and JSON documents (one article or a list).

Each article is an object with ``text`` or ``html`` plus optional metadata.

Recognised keys: ``text`` or ``html`` (one is required), ``url``, ``title``, ``published``,
``updated``, ``outlet``, ``author``. A bad line is rejected with its line number and the
rest of the file is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from storyline.clean.decode import replace_surrogates
from storyline.config import StorylineConfig
from storyline.ingest.base import make_raw, reject
from storyline.model import RawDocument, Rejected

__all__ = ["HINT_KEYS", "read", "read_document"]

HINT_KEYS = ("url", "title", "published", "updated", "outlet", "author")
#: The hint that says how many invalid characters (lone surrogates) were replaced.
REPLACED_HINT = "replaced_characters"


def read(source: str, data: bytes, config: StorylineConfig) -> Iterator[RawDocument | Rejected]:
    """Read a JSONL file's articles (see the module docstring for the keys)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield reject(source, "undecodable", f"JSONL must be UTF-8 ({exc}); re-save it as UTF-8")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        member = f"line {number}"
        label = f"{source} ({member})"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield reject(label, "bad_json", f"not valid JSON ({exc.args[0]}); fix or remove the line")
            continue
        except RecursionError:
            yield reject(label, "bad_json", "JSON nested too deeply to read; an article is a flat object")
            continue
        if not isinstance(obj, dict):
            yield reject(label, "bad_json", "a line must be a JSON object with a 'text' or 'html' key")
            continue
        yield _from_object(source, "jsonl", obj, member)


def _from_object(source: str, fmt: str, obj: dict, member: str) -> RawDocument | Rejected:
    replaced = 0

    def clean(value: Any) -> str:
        nonlocal replaced
        text, n = replace_surrogates(value if isinstance(value, str) else _scalar(value))
        replaced += n
        return text

    hints = {k: clean(obj[k]) for k in HINT_KEYS if obj.get(k) not in (None, "")}
    body, kind = obj.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        body, kind = obj.get("text"), "text"
    if not isinstance(body, str) or not body.strip():
        label = f"{source} ({member})" if member else source
        return reject(label, "no_text", "the object has no non-empty 'text' or 'html' string")
    body = clean(body)
    if replaced:  # recorded with the article (storyline show --removed)
        hints[REPLACED_HINT] = str(replaced)
    return make_raw(source, fmt, body.encode("utf-8"), kind, member=member, hints=hints)


def _scalar(value: Any) -> str:
    """A non-string JSON value as text; nested values are written as JSON (never huge)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)[:1000]
    return str(value)


def read_document(source: str, data: bytes, config: StorylineConfig) -> Iterator[RawDocument | Rejected]:
    """Read a JSON file holding one article object, or a list of them."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        yield reject(source, "bad_json", f"not a valid UTF-8 JSON document ({exc}); fix the file")
        return
    items = obj if isinstance(obj, list) else [obj]
    if not any(isinstance(o, dict) and ("text" in o or "html" in o) for o in items):
        yield reject(source, "not_articles",
                     "a JSON file must hold an object with a 'text' or 'html' key, or a list of "
                     "them; this one holds other data")
        return
    for number, item in enumerate(items, start=1):
        member = f"item {number}" if isinstance(obj, list) else ""
        if not isinstance(item, dict):
            yield reject(f"{source} ({member})", "bad_json", "a list item is not a JSON object")
            continue
        yield _from_object(source, "json", item, member)
