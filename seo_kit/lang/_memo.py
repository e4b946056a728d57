"""Per-word memory for the pure functions an audit calls on every word of every page.

``memo(func, bound)`` is ``func`` (one hashable argument) as a dict lookup: ``memo(f, n)(x)`` is
``f(x)``, remembered for the first ``n`` distinct arguments; later ones are worked out each time,
so the memory stays bounded and no result depends on what was seen before. A site's pages share
most of their words, so nearly every call is a hit, a few thousand per page: through ``map`` a hit
is one dict lookup in C, about 50 ns, where an ``lru_cache`` hit costs about 130 ns (timeit,
Python 3.11) for an eviction order these tables never need.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["Memo", "memo"]

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict):
    """``func``'s results by argument, filled on first use, at most ``bound`` of them."""

    __slots__ = ("bound", "func")

    def __init__(self, func: Callable, bound: int) -> None:
        super().__init__()
        self.func, self.bound = func, bound

    def __missing__(self, key):
        value = self.func(key)
        if len(self) < self.bound:
            self[key] = value
        return value


def memo(func: Callable[[K], V], bound: int) -> Callable[[K], V]:
    """``func`` remembered (see the module doc): the memo's ``__getitem__``, whose ``__self__``
    is the Memo and ``__self__.func`` the function itself."""
    return Memo(func, bound).__getitem__
