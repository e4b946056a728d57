"""Where each character of a folded paragraph came from in the raw input, kept as runs.

A paragraph read by the injection detector (``seo_kit.score.injection.hidden``) is mostly raw
text copied as it is: its characters' raw offsets go up one by one. An entity (``&amp;``) or a
folded character stands for several raw characters or becomes several characters, all with one
offset. ``Origins`` keeps one run per copied stretch or reference, (text position, raw offset,
step 1 or 0), instead of one Python int per character, and answers ``origins[i]`` by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import repeat

__all__ = ["Origins", "Run"]

Run = tuple[int, int, int]  # (text position, raw offset there, step: 1 copied text, 0 one reference)


class Origins(Sequence[int]):
    """``origins[i]``: the raw offset of character ``i`` of a text of ``length`` characters, from
    runs sorted by text position, the first at 0. Equal to the tuple of the offsets it holds."""

    __slots__ = ("_length", "_positions", "_runs")

    def __init__(self, runs: list[Run], length: int) -> None:
        self._runs = runs
        self._positions = [run[0] for run in runs]
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, stride = index.indices(self._length)
            if stride != 1:
                return tuple(self)[index]
            return self.window(start, stop)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("origin index out of range")
        position, raw, step = self._runs[bisect_right(self._positions, index) - 1]
        return raw + step * (index - position)

    def __iter__(self) -> Iterator[int]:
        if not self._runs:
            return
        ends = [*self._positions[1:], self._length]
        for (position, raw, step), end in zip(self._runs, ends, strict=True):
            yield from range(raw, raw + end - position) if step else repeat(raw, end - position)

    def __eq__(self, other) -> bool:
        if isinstance(other, (Origins, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Origins({self._runs!r}, {self._length})"

    def runs_between(self, start: int, end: int, at: int = 0) -> list[Run]:
        """The runs of characters [start, end), their text positions moved to start at ``at``."""
        runs: list[Run] = []
        k = max(0, bisect_right(self._positions, start) - 1)
        while k < len(self._runs) and self._runs[k][0] < end:
            position, raw, step = self._runs[k]
            first = max(position, start)
            runs.append((first - start + at, raw + step * (first - position), step))
            k += 1
        return runs

    def window(self, start: int, end: int) -> Origins:
        """The origins of characters [start, end) of the text, as a text of their own."""
        return Origins(self.runs_between(start, end), max(0, end - start))
