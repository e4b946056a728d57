"""Errors seo_kit raises; each message says what to do next.

    SeoKitError
    ├── InputError            the article or an argument cannot be used (empty, binary, too long…)
    ├── TemplateError         a prompt template is malformed or misses variables
    ├── ModelError            the model endpoint failed
    │   ├── AuthError         401/403: the key is missing or wrong
    │   ├── RateLimitError    429 after retries
    │   ├── EndpointError     5xx, timeouts, refused connections
    │   └── AnswerError       the answer is empty, cut, or in the wrong language
    └── LocalModelError       the embedded model cannot be assembled or started
"""

from __future__ import annotations


class SeoKitError(Exception):
    """Root of every error seo_kit raises on purpose."""


class InputError(SeoKitError, ValueError):
    """The text or an argument cannot be used as given."""


class TemplateError(SeoKitError):
    """A prompt template is malformed or misses variables."""


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
