"""The clean stage: raw documents become articles with clean text and sourced metadata.

- :mod:`storyline.clean.cleaner`: the stage (:class:`~storyline.clean.cleaner.ArticleCleaner`)
  and :func:`~storyline.clean.cleaner.clean_document`, which merge the parts below;
- :mod:`storyline.clean.html`: article text and metadata of HTML pages;
- :mod:`storyline.clean.plaintext`: line rules and repeated lines for plain-text scrapes;
- :mod:`storyline.clean.metadata`: meta tags, dates, authors, language;
- :mod:`storyline.clean.decode`: bytes to text with the encoding detected.
"""
