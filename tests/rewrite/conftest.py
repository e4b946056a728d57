"""Fixtures of the rewrite tests: the seed article as a rewrite reads it, and a scripted server
that answers every step like a small model would."""

from __future__ import annotations

import pytest
from french_writer import FrenchWriter
from seed_article import REQUEST

from seo_kit.rewrite.inputs import Article, read_article


@pytest.fixture
def article() -> Article:
    """The seed article (notebooks/data/article_request.txt), its request line skipped."""
    return read_article(REQUEST, skip_first_line=True)


@pytest.fixture
def writer(scripted_server) -> FrenchWriter:
    """The FrenchWriter (tests/french_writer.py) answering every request of ``scripted_server``."""
    scripted_server.responder = writer = FrenchWriter()
    return writer
