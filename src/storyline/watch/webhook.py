"""The webhook: each cycle's changes POSTed as JSON to the URL in the settings.

Settings: ``watch_webhook_url`` (empty: no webhook), ``watch_webhook_secret``,
``watch_webhook_timeout`` and ``watch_webhook_retries``. The body is the JSON of
:func:`payload`, UTF-8, keys sorted. With a secret, the header
``X-Storyline-Signature: sha256=<hex>`` carries the HMAC-SHA256 of the exact body bytes
under the secret, so the receiver can check that the POST came from this store's watch
(compare with :func:`hmac.compare_digest`; see the README). ``X-Storyline-Delivery`` is
the cycle number: a receiver that sees it twice (a retry after a lost answer) can ignore it.

A POST that fails (connection error, timeout, 429 or 5xx) is retried with a back-off
(1 s, 2 s, 4 s ...); a 4xx other than 429 is final. The URL is the operator's own, so it
may be a private address; redirects are not followed. A webhook that fails never stops
the watch: the cycle's report says so, and the changes stay in the store. A delivery that
failed for a passing reason (no answer, 429, 5xx) stays *pending* (:attr:`WebhookResult.pending`)
and is sent again, oldest first and before the new one, by the next cycle that has
something to send (:func:`storyline.watch.cycle.deliver`), so a receiver that was down gets
every cycle's changes, in order, once it is back.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from storyline.config import StorylineConfig

__all__ = ["SIGNATURE_HEADER", "WebhookResult", "payload", "send", "sign"]

SIGNATURE_HEADER = "X-Storyline-Signature"


@dataclass(frozen=True, slots=True)
class WebhookResult:
    """How a delivery ended: ``ok``, the HTTP status (or None), attempts made, the error."""

    ok: bool
    status: int | None
    attempts: int
    error: str = ""

    @property
    def pending(self) -> bool:
        """Failed for a reason that may pass (no answer, 429, 5xx): to be sent again later.
        A refusal (another 4xx) is final."""
        return not self.ok and (self.status is None or self.status == 429 or self.status >= 500)

    def record(self) -> dict[str, Any]:
        """As kept in the cycle's summary and report."""
        return {"ok": self.ok, "status": self.status, "attempts": self.attempts, "error": self.error,
                "pending": self.pending}


def sign(secret: str, body: bytes) -> str:
    """The signature header's value of ``body``: ``sha256=`` and the hex HMAC-SHA256."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def payload(cycle: int, started: str, finished: str, changes: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON a cycle's webhook sends."""
    from storyline.watch.changes import describe

    return {"event": "storyline.changes", "cycle": cycle, "started": started, "finished": finished,
            "changes": [{**c, "summary": describe(c)} for c in changes]}


def send(config: StorylineConfig, body_obj: dict[str, Any], *, transport: httpx.BaseTransport | None = None,
         sleep: Callable[[float], None] = time.sleep) -> WebhookResult:
    """POST ``body_obj`` to ``watch_webhook_url``, signed, with retries."""
    body = json.dumps(body_obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": config.user_agent,
               "X-Storyline-Event": str(body_obj.get("event", "")),
               "X-Storyline-Delivery": str(body_obj.get("cycle", ""))}
    if config.watch_webhook_secret:
        headers[SIGNATURE_HEADER] = sign(config.watch_webhook_secret, body)
    attempts, status, error = 0, None, ""
    with httpx.Client(transport=transport, timeout=config.watch_webhook_timeout, follow_redirects=False,
                      trust_env=False) as client:
        for attempt in range(config.watch_webhook_retries + 1):
            if attempt:
                sleep(min(2.0 ** (attempt - 1), 30.0))
            attempts += 1
            try:
                response = client.post(config.watch_webhook_url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                status, error = None, f"{type(exc).__name__}: {exc}"
                continue
            status = response.status_code
            if 200 <= status < 300:
                return WebhookResult(True, status, attempts)
            error = f"the receiver answered {status}"
            if status != 429 and status < 500:
                break
    return WebhookResult(False, status, attempts, error)
