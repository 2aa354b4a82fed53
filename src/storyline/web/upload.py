"""The body of an ingest request, read only as far as it is allowed, straight to disk.

FastAPI's ``File()`` parameters read and spool the whole body before the endpoint runs, so
a server would store 300 MB from anyone before it could say 403. Here the app decides what
it can from the headers, and :func:`read_ingest_form` reads the body as it goes:

1. a read-only server (no token configured) refuses before reading anything (403, the app);
2. an ``Authorization`` header is checked before reading anything (401, the app);
3. a ``Content-Length`` above ``web_max_upload_bytes`` is refused before reading (413);
4. the body is parsed as it streams in (``python-multipart``): the ``token`` field must come
   before the first file (the ingest form puts it first), else the request is refused at
   the first file part (401); each file is written to disk as it arrives, refused past
   ``max_input_bytes`` and the whole body past ``web_max_upload_bytes`` (413), whether or
   not a length was announced.

A urlencoded body (URLs only, no files) is small and read whole, up to :data:`MAX_FIELD_BYTES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import parse_qs

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

__all__ = ["MAX_FIELD_BYTES", "Received", "UploadRefused", "read_ingest_form"]

#: The most a form field (the token, the pasted URLs) or a urlencoded body may hold.
MAX_FIELD_BYTES = 1_000_000


@dataclass
class Received:
    """What an ingest request sent: the files saved (name, path) and the pasted URLs."""

    files: list[tuple[str, Path]] = field(default_factory=list)
    urls: str = ""


class UploadRefused(Exception):
    """The request is refused: an HTTP status, a sentence, the parameter at fault."""

    def __init__(self, status: int, message: str, param: str):
        super().__init__(message)
        self.status, self.message, self.param = status, message, param


@dataclass
class _Part:
    name: str = ""
    filename: str | None = None
    headers: dict[bytes, bytes] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)
    out: IO[bytes] | None = None
    path: Path | None = None
    size: int = 0


async def read_ingest_form(request: Request, folder: Path, *, authorized: bool,
                           check_token: Callable[[str | None], None], name_file: Callable[[str | None], str],
                           max_request_bytes: int, max_file_bytes: int, max_files: int) -> Received:
    """Read an ingest request's form into ``folder``, checking the token as early as it can.

    The caller has refused a read-only server and checked an ``Authorization`` header
    (``authorized``) before calling: nothing of the body is read before that.

    Args:
        request: the request, its body not read yet.
        folder: where uploaded files are written.
        authorized: the request's header carried the right token.
        check_token: raises when the form's token (None: no token sent) is not the right one;
            called as soon as the ``token`` field ends, or at the first file when it has not come.
        name_file: a safe, unique file name for an upload's name.
        max_request_bytes: the most the whole body may hold.
        max_file_bytes: the most one file may hold.
        max_files: the most files one request may upload.

    Returns:
        The saved files and the pasted URLs.

    Raises:
        UploadRefused: too large, too many files, or a malformed body; whatever ``check_token`` raises.
    """
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_request_bytes:
        raise UploadRefused(413, f"the request announces {int(length):,} bytes, more than web_max_upload_bytes "
                                 f"({max_request_bytes:,}); send fewer or smaller files", "files")
    media, params = parse_options_header(request.headers.get("content-type", ""))
    if media == b"application/x-www-form-urlencoded":
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FIELD_BYTES:
                raise UploadRefused(413, f"a form without files may hold at most {MAX_FIELD_BYTES:,} bytes", "urls")
        fields = parse_qs(body.decode("utf-8", "replace"))
        if not authorized:
            check_token((fields.get("token") or [None])[0])
        return Received(urls=(fields.get("urls") or [""])[0])
    if media != b"multipart/form-data" or b"boundary" not in params:
        raise UploadRefused(415, "send the files as multipart/form-data (a form with enctype=multipart/form-data)",
                            "files")
    return await _read_multipart(request, folder, params[b"boundary"], authorized=authorized,
                                 check_token=check_token, name_file=name_file, max_request_bytes=max_request_bytes,
                                 max_file_bytes=max_file_bytes, max_files=max_files)


async def _read_multipart(request: Request, folder: Path, boundary: bytes, *, authorized: bool,
                          check_token: Callable[[str | None], None], name_file: Callable[[str | None], str],
                          max_request_bytes: int, max_file_bytes: int, max_files: int) -> Received:
    received = Received()
    events: list[tuple[str, object]] = []
    current = _Part()
    header_field = bytearray()
    header_value = bytearray()

    def on_part_begin() -> None:
        nonlocal current
        current = _Part()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        current.headers[bytes(header_field).lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        _, options = parse_options_header(current.headers.get(b"content-disposition", b""))
        current.name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        current.filename = filename.decode("utf-8", "replace") if filename is not None else None
        events.append(("begin", current))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        events.append(("data", (current, bytes(data[start:end]))))

    def on_part_end() -> None:
        events.append(("end", current))

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished,
        "on_part_data": on_part_data, "on_part_end": on_part_end,
    })
    total = 0
    open_files: list[IO[bytes]] = []
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > max_request_bytes:
                raise UploadRefused(413, f"the request is larger than web_max_upload_bytes ({max_request_bytes:,} "
                                         "bytes); send fewer or smaller files", "files")
            try:
                parser.write(chunk)
            except FormParserError:
                raise UploadRefused(400, "the multipart body is malformed", "files") from None
            for kind, payload in events:
                if kind == "begin":
                    part = payload
                    assert isinstance(part, _Part)
                    if part.filename is None or not part.filename:
                        continue  # a field, or the empty file input of a form sent without files
                    if not authorized:
                        check_token(None)  # the files came before the token: refused unread
                    if len(received.files) >= max_files:
                        raise UploadRefused(400, f"at most {max_files} files per request", "files")
                    name = name_file(part.filename)
                    part.path = folder / name
                    part.out = await run_in_threadpool(part.path.open, "wb")
                    open_files.append(part.out)
                    received.files.append((name, part.path))
                elif kind == "data":
                    part, data = payload  # type: ignore[misc]
                    if part.out is not None:
                        part.size += len(data)
                        if part.size > max_file_bytes:
                            raise UploadRefused(413, f"{part.path.name} is larger than max_input_bytes "
                                                     f"({max_file_bytes:,} bytes)", "files")
                        await run_in_threadpool(part.out.write, data)
                    elif part.filename is None:
                        part.data += data
                        if len(part.data) > MAX_FIELD_BYTES:
                            raise UploadRefused(413, f"the field {part.name!r} holds more than {MAX_FIELD_BYTES:,} "
                                                     "bytes", part.name or "files")
                else:
                    part = payload
                    assert isinstance(part, _Part)
                    if part.out is not None:
                        await run_in_threadpool(part.out.close)
                    elif part.filename is None and part.name == "token" and not authorized:
                        check_token(part.data.decode("utf-8", "replace"))
                        authorized = True
                    elif part.filename is None and part.name == "urls":
                        received.urls += ("\n" if received.urls else "") + part.data.decode("utf-8", "replace")
            events.clear()
        parser.finalize()
    finally:
        for out in open_files:
            out.close()
    if not authorized:
        check_token(None)
    return received
