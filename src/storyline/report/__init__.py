"""Renderers: a story's dossier (HTML, Markdown, JSON), its charts, and the export writers.

They render what :mod:`storyline.views` read; none queries the store but the export writer,
which streams the articles it writes.
"""
