"""Every error seo_kit raises on purpose; each message names the cause and what to do next.

    SeoKitError               root: catch this to catch them all
    ├── InputError            the article or an argument cannot be used: empty, binary or too long
    │                         text, an unsupported language (seo_kit.lang.check_lang, the one
    │                         refusal), an unknown mode or field; also a ValueError
    ├── TemplateError         a prompt template is missing, malformed or misses variables
    ├── ModelError            the model endpoint failed
    │   ├── AuthError         401/403: the key is missing or wrong
    │   ├── RateLimitError    429 after the client's retries
    │   ├── EndpointError     5xx, timeouts, refused connections
    │   └── AnswerError       the answer is empty, cut, or in the wrong language
    ├── LocalModelError       the embedded model cannot be assembled or started
    ├── RewriteCancelled      a progress callback stopped the run (Cancel); finished variants kept
    └── RewriteManyError      some briefs of rewrite_many() failed; the finished variants are
                              saved and carried in ``.variants``, the failures in ``.errors``

This module imports nothing from seo_kit: every layer may raise these.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AnswerError",
    "AuthError",
    "EndpointError",
    "InputError",
    "LocalModelError",
    "ModelError",
    "RateLimitError",
    "RewriteCancelled",
    "RewriteManyError",
    "SeoKitError",
    "TemplateError",
]


class SeoKitError(Exception):
    """Root of every error seo_kit raises on purpose."""


class InputError(SeoKitError, ValueError):
    """The text or an argument cannot be used as given (a ValueError too)."""


class TemplateError(SeoKitError):
    """A prompt template is missing, malformed or misses variables."""


class ModelError(SeoKitError):
    """The model endpoint failed."""


class AuthError(ModelError):
    """The endpoint refused the key."""


class RateLimitError(ModelError):
    """The endpoint kept answering 429."""


class EndpointError(ModelError):
    """Server error, timeout or refused connection."""


class AnswerError(ModelError):
    """The endpoint answered, but the answer cannot be used."""


class LocalModelError(SeoKitError):
    """The embedded model cannot be assembled or started."""


class RewriteCancelled(SeoKitError):
    """Raised by an `on_step` progress callback to stop a rewrite before its next model call."""


class RewriteManyError(SeoKitError):
    """Some briefs of rewrite_many() failed; the finished variants are saved and kept here.

    ``variants``: one entry per brief, in order, the Variant or None where it failed;
    ``errors``: {brief index (0-based): the exception}.
    """

    def __init__(self, variants: list[Any], errors: dict[int, BaseException]):
        self.variants = variants
        self.errors = errors
        done = sum(v is not None for v in variants)
        lines = "; ".join(f"brief {i + 1}: {type(e).__name__}: {e}" for i, e in errors.items())
        super().__init__(f"{len(errors)} of {len(variants)} rewrites failed ({lines}). The {done} "
                         "finished variants are saved in the run log and in .variants; rerun the "
                         "failed briefs (identical calls come from the cache).")
