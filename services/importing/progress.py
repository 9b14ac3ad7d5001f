"""Progress and Cancel for the import steps (read, plan, commit, undo/redo).

Every long step takes ``progress(done, total)`` and ``is_cancelled()`` callables (the task
runner passes them in; the CLI passes a text reporter or nothing). A step checks
``is_cancelled()`` between chunks and raises :class:`ImportCancelled`; reading and planning
write nothing, and a cancelled commit rolls back, so a cancel never leaves half an import.
"""

from __future__ import annotations

from collections.abc import Callable

from services.core.errors import SailplanError

Progress = Callable[[int, int], None]
Check = Callable[[], bool]
EVERY = 2_000
"""Rows between two progress reports / cancel checks of a row loop."""


class ImportCancelled(SailplanError):
    """The user cancelled the import; nothing was written (a commit was rolled back)."""


def no_progress(done: int, total: int) -> None:
    """The progress reporter of a caller that shows none."""
    return None


def never() -> bool:
    """The cancel check of a caller that cannot cancel."""
    return False


def stop_if(is_cancelled: Check, what: str = "Import cancelled; nothing was written.") -> None:
    """Raise :class:`ImportCancelled` when the user asked to stop."""
    if is_cancelled():
        raise ImportCancelled(what)


class Meter:
    """One progress bar over several steps of known weights.

    ``meter.step(weight)`` returns the ``progress`` callable of the next step: its own
    ``(done, total)`` is mapped onto that step's share of the bar, so a step reports in its own
    units (rows, bytes) and the bar moves forward across all of them.
    """

    def __init__(self, progress: Progress | None, weights: list[int]):
        self._progress = progress or no_progress
        self._weights = [max(0, w) for w in weights]
        self._total = max(1, sum(self._weights))
        self._done = 0
        self._next = 0

    def step(self) -> Progress:
        """The next step's reporter (steps are taken in the order of ``weights``)."""
        start = self._done
        weight = self._weights[self._next] if self._next < len(self._weights) else 0
        self._next += 1
        self._done += weight
        total = self._total

        def report(done: int, of: int) -> None:
            share = weight if of <= 0 else weight * min(done, of) // of
            self._progress(start + share, total)

        report(0, 1)
        return report

    def finish(self) -> None:
        """Report the whole bar done."""
        self._progress(self._total, self._total)
