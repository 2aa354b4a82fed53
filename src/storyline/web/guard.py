"""The guard of every request, and the one place errors are answered.

:class:`Guard` (ASGI middleware) gives every request an id, refuses any ``Host`` but our own
names (a 400, against DNS rebinding) and puts the security headers on every response.
:func:`install_error_handlers` renders every error the same way: HTML for pages, JSON
``{"error", "status", "param"}`` for ``/api/`` and ``/openapi.json``, whatever raised; a
server error (500) is logged with its traceback under the request id, which the answer shows.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.config import StorylineConfig
from storyline.errors import NotFound, StoreError, StorylineError
from storyline.web.core import SECURITY_HEADERS, Web, WebError, is_api, not_found

__all__ = ["LOCAL_HOSTS", "Guard", "allowed_hosts", "install_error_handlers"]

log = logging.getLogger("storyline.web.app")

#: Host names always answered to: the loopback ones.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _host_name(value: str | None) -> str | None:
    """The host name of a ``Host`` header without its port (``[::1]:8000`` -> ``::1``), lower-cased."""
    if not value:
        return None
    value = value.strip().lower()
    if value.startswith("["):
        name, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return name
    name, colon, port = value.rpartition(":")
    if not colon:
        name = value
    elif not port.isdigit():
        return None
    return name.rstrip(".") or None


def allowed_hosts(config: StorylineConfig, hosts: Iterable[str] = ()) -> frozenset[str] | None:
    """The host names the server answers to (None: any): the loopback names, ``hosts`` (the
    address it listens on, unless a wildcard) and the ``web_hosts`` setting."""
    names = set(LOCAL_HOSTS)
    for host in [*hosts, *config.web_hosts.split(",")]:
        host = host.strip().lower()
        if host == "*":
            return None
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if host and host not in ("0.0.0.0", "::"):
            names.add(host.rstrip("."))
    return frozenset(names)


class Guard:
    """ASGI middleware: a request id for every request, the ``Host`` allow-list (a 400 for any
    other name, against DNS rebinding), and the security headers on every response."""

    def __init__(self, app: Any, hosts: frozenset[str] | None, refuse: Callable[[Request, str], Response]):
        self.app = app
        self.hosts = hosts
        self.refuse = refuse

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(6)
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers["X-Request-ID"] = request_id
            await send(message)

        if self.hosts is not None:
            request = Request(scope)
            raw = request.headers.get("host")
            if _host_name(raw) not in self.hosts:
                response = self.refuse(request, raw or "")
                await response(scope, receive, send_secured)
                return
        await self.app(scope, receive, send_secured)


def _request_id(request: Request) -> str:
    return getattr(request.state, "request_id", None) or secrets.token_hex(6)


# -- one place for errors ------------------------------------------------------------------

def install_error_handlers(app: FastAPI, web: Web, hosts: frozenset[str] | None) -> None:
    """Answer every error of ``app`` in one way (see the module docstring), and guard it."""

    def error_response(request: Request, status: int, message: str, param: str | None = None,
                       headers: dict[str, str] | None = None, request_id: str | None = None) -> Response:
        if is_api(request):
            body: dict[str, Any] = {"error": message, "status": status, "param": param}
            if request_id:
                body["request_id"] = request_id
            return JSONResponse(body, status_code=status, headers=headers)
        return web.render("error.html.j2", status=status, headers=headers, status_code=status, message=message,
                          param=param, title=f"Error {status}", q=request.query_params.get("q", ""),
                          request_id=request_id)

    def server_error_response(request: Request, exc: BaseException, message: str) -> Response:
        """A 500: logged with its traceback and a request id, which the answer shows."""
        request_id = _request_id(request)
        log.error("request %s: %s %s failed", request_id, request.method, request.url.path, exc_info=exc)
        response = error_response(request, 500, f"{message}; the server log has the details under request id "
                                                f"{request_id}", request_id=request_id)
        # Answered outside the middleware (by Starlette's ServerErrorMiddleware): set its headers here.
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers["X-Request-ID"] = request_id
        return response

    def foreign_host(request: Request, host: str) -> Response:
        return error_response(request, 400, f"this server does not answer to the host name {host[:100]!r}; "
                                            "open it as http://127.0.0.1 or http://localhost, or add the name "
                                            "to the web_hosts setting", param="host")

    app.add_middleware(Guard, hosts=hosts, refuse=foreign_host)

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.message, exc.param, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = (f"no API endpoint {request.url.path}; the endpoints are listed at /docs" if is_api(request)
                       else f"nothing at {request.url.path}; the stories are at / and the API is described at /docs")
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body", "header")]
        param = loc[0] if loc else None
        msg = first.get("msg", "invalid")
        message = f"parameter {param!r}: {msg}" if param else f"invalid request: {msg}"
        if first.get("input") is not None and not isinstance(first.get("input"), (dict, list)):
            message += f" (got {str(first['input'])[:100]!r})"
        return error_response(request, 422, message, param)

    @app.exception_handler(StorylineError)
    async def _storyline_error(request: Request, exc: StorylineError) -> Response:
        if isinstance(exc, NotFound):
            err = not_found(exc)
            return error_response(request, err.status, err.message)
        if isinstance(exc, StoreError):
            return server_error_response(request, exc, f"StoreError: {exc}")
        return error_response(request, 400, f"{type(exc).__name__}: {exc}")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Response:
        return server_error_response(request, exc, f"internal error ({type(exc).__name__})")
