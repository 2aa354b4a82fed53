"""Ingest jobs: the token check, the upload read to disk, and the run in a background thread.

One job writes at a time (a lock), each with its own connection, so the store keeps a single
writer. A job's id is random and is its capability; finished jobs are kept in memory (the
last :data:`KEEP_JOBS`) for their progress page. How the body is read, and refused before it
is read, is :mod:`storyline.web.upload`.
"""

from __future__ import annotations

import logging
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request

from storyline import api
from storyline.config import StorylineConfig
from storyline.model import Article, Rejected
from storyline.records import reject_record
from storyline.web.core import WebError
from storyline.web.upload import UploadRefused, read_ingest_form

__all__ = ["IngestJob", "Ingester", "KEEP_JOBS", "MAX_UPLOADS", "MAX_URLS", "TOKEN_ENV", "sanitize_filename"]

log = logging.getLogger("storyline.web.app")

TOKEN_ENV = "STORYLINE_TOKEN"
#: Most files one ingest request may upload, and most URLs it may paste.
MAX_UPLOADS = 50
MAX_URLS = 200
#: Finished jobs kept in memory for their progress page.
KEEP_JOBS = 100


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class IngestJob:
    """An ingest run in a background thread, and its progress."""

    id: str
    inputs: list[str]
    labels: list[str]
    status: str = "queued"          # queued, running, done, failed
    done: int = 0                   # items finished so far (articles and rejects)
    articles: int = 0
    rejected: int = 0
    read: int | None = None         # known when the run ends: every item read, known ones too
    stored: int | None = None       # known when the run ends
    already_present: int | None = None
    figures: int | None = None
    duplicates: int | None = None
    stored_ids: list[str] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    created: str = field(default_factory=_now)
    finished: str | None = None

    def progress(self, item: Article | Rejected) -> None:
        self.done += 1
        if isinstance(item, Rejected):
            self.rejected += 1
            self.rejects.append(reject_record(item, public=True))
        else:
            self.articles += 1

    def record(self) -> dict[str, Any]:
        return {"job": self.id, "status": self.status, "inputs": self.labels, "done": self.done,
                "articles": self.articles, "read": self.read, "stored": self.stored, "already_present": self.already_present,
                "rejected": self.rejected, "figures": self.figures, "duplicates": self.duplicates,
                "stored_ids": list(self.stored_ids), "rejects": list(self.rejects), "error": self.error,
                "created": self.created, "finished": self.finished}


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def sanitize_filename(name: str | None, taken: set[str]) -> str:
    """A safe, unique file name for an upload: no folders, no leading dots, plain characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip("._")[:100] or "upload"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    candidate, n = base, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate


def _check_urls(text: str) -> list[str]:
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    if len(urls) > MAX_URLS:
        raise WebError(400, f"at most {MAX_URLS} URLs per request, got {len(urls)}; upload a URL list file instead",
                       param="urls")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
            raise WebError(400, f"not an http(s) URL: {url[:200]!r}; paste one http:// or https:// URL per line",
                           param="urls")
    return urls


_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="storyline ingest"'}


class Ingester:
    """Starts ingest jobs and remembers them; one job writes at a time."""

    def __init__(self, db_path: str, config: StorylineConfig, token: str | None,
                 fetcher: Callable[[], Any] | None, extract: bool):
        self.db_path = db_path
        self.config = config
        self.token = token or None
        self.fetcher = fetcher
        self.extract = extract
        self.jobs: dict[str, IngestJob] = {}
        self.writer = threading.Lock()
        self._lock = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self.token is None

    def refuse_if_read_only(self) -> None:
        """Raise 403 when ingest is disabled (no token configured)."""
        if self.token is None:
            raise WebError(403, "this server is read-only: ingest is disabled because no token is configured; "
                                f"restart it with {TOKEN_ENV} set to allow ingest", param="token")

    def check_header(self, authorization: str | None) -> bool:
        """True when an ``Authorization: Bearer`` header carries the token; 401 when it is wrong;
        False without the header (the token may come in the form)."""
        self.refuse_if_read_only()
        if not authorization:
            return False
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise WebError(401, "ingest needs the token: send 'Authorization: Bearer <token>' "
                                "or fill in the token field", param="token", headers=_CHALLENGE)
        self.check_token(value.strip())
        return True

    def check_token(self, given: str | None) -> None:
        """Raise 403 when read-only, 401 when ``given`` (a header's or the form's token) is missing or wrong."""
        self.refuse_if_read_only()
        assert self.token is not None
        given = (given or "").strip() or None
        if given is None:
            raise WebError(401, "ingest needs the token: send 'Authorization: Bearer <token>' "
                                "or fill in the token field (before the files)", param="token", headers=_CHALLENGE)
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise WebError(401, "the token is wrong; ingest refused", param="token", headers=_CHALLENGE)

    async def receive(self, request: Request) -> IngestJob:
        """Check the token, read the request's files to disk and its URLs, and start the job.

        Nothing of the body is read before a read-only server refuses or a header's token is
        checked; the form's token must come before its files (see :mod:`storyline.web.upload`).
        """
        authorized = self.check_header(request.headers.get("authorization"))
        folder = Path(tempfile.mkdtemp(prefix="storyline-upload-"))
        taken: set[str] = set()
        try:
            try:
                received = await read_ingest_form(
                    request, folder, authorized=authorized, check_token=self.check_token,
                    name_file=lambda name: sanitize_filename(name, taken),
                    max_request_bytes=self.config.web_max_upload_bytes,
                    max_file_bytes=self.config.max_input_bytes, max_files=MAX_UPLOADS)
            except UploadRefused as exc:
                raise WebError(exc.status, exc.message, param=exc.param) from None
            urls = _check_urls(received.urls)
            if not received.files and not urls:
                raise WebError(400, "nothing to ingest: upload files or paste URLs (one per line)", param="files")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        inputs = [str(path) for _, path in received.files] + urls
        labels = [name for name, _ in received.files] + urls
        job = IngestJob(id=secrets.token_urlsafe(12), inputs=inputs, labels=labels)
        with self._lock:
            self.jobs[job.id] = job
            for old in [j for j in self.jobs.values() if j.finished][:-KEEP_JOBS]:
                del self.jobs[old.id]
        threading.Thread(target=self._run, args=(job, folder), name=f"ingest-{job.id}", daemon=True).start()
        return job

    def _run(self, job: IngestJob, folder: Path) -> None:
        try:
            with self.writer:
                job.status = "running"
                with api.open_store(self.db_path) as store:
                    fetcher = self.fetcher() if self.fetcher else None
                    report = api.ingest(job.inputs, store, self.config, fetcher=fetcher, progress=job.progress,
                                        extract=self.extract)
            job.read, job.stored, job.already_present = report.read, report.stored, report.already_present
            job.figures, job.duplicates = report.figures, report.duplicates
            job.stored_ids = list(report.stored_ids)
            job.rejected = report.total_rejected
            job.status = "done"
        except Exception as exc:  # the job page shows it; the server goes on
            log.exception("ingest job %s failed", job.id)
            job.error = f"{type(exc).__name__}: {exc}"
            job.status = "failed"
        finally:
            job.finished = _now()
            shutil.rmtree(folder, ignore_errors=True)

    def get(self, job_id: str) -> IngestJob:
        job = self.jobs.get(job_id)
        if job is None:
            raise WebError(404, f"no ingest job {job_id!r}; jobs are kept in memory until the server restarts")
        return job
