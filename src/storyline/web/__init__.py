"""The web UI and JSON API (``storyline serve``): the store, read live, in a browser.

:func:`create_app` builds the FastAPI application, :func:`serve` runs it with uvicorn; see
:mod:`storyline.web.app` for the routes and the security rules and how the app is put
together from its pages, JSON API routes, ingest jobs and guard, and
:mod:`storyline.web.upload` for how an ingest body is read. Needs the ``web`` extra:
``pip install 'storyline[web]'``.
"""

from storyline.web.app import create_app, serve

__all__ = ["create_app", "serve"]
