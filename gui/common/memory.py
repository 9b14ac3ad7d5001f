"""The running app's garbage-collector policy: long-lived data is kept out of full collections.

CPython's full (generation 2) collection walks every container object the process holds, with
the GIL held, so whichever thread triggers it — usually the task worker, allocating rows while
it reads — stops the GUI thread for the whole walk. On the large demo firm the pages hold
some 350,000 such objects (100,000 customer rows and their sort keys, the board's cards, …) and
one full collection took 200–600 ms of CPU, several times per page load, while finding nothing
to free (the data is alive, and cycles are rare).

So once a result has reached its page (and once at start-up) everything alive is moved to the
permanent generation with :func:`gc.freeze`: later collections walk only what was allocated
since, and stay short. Frozen objects are still freed by reference counting as usual; only a
reference *cycle* among them waits until :func:`release`, which the page host calls when it
deletes its pages (a language switch, a replaced database: the pages' own cycles). A collection
of the young generations before each freeze keeps the loader's short-lived cycles (compiled
statements) from being frozen with the data.

Only the real application turns this on (:func:`start` in ``gui.app.run_gui``); tests, which
count on ``gc.collect()`` reaching everything, leave it off.

Collections run on the GUI thread only (:func:`collect_on_gui_thread`). CPython runs an
automatic collection in whichever thread happens to allocate past the threshold; when that is
the task worker or the page preloader and the garbage holds a deleted page's widgets, their C++
objects are destroyed off the GUI thread, which Qt does not allow (a crash at a random moment).
So the automatic collector is switched off and a timer on the GUI thread runs the same
generational collections when the same thresholds are passed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_active = False
_collector: GuiThreadCollector | None = None

#: How often the GUI thread looks whether a collection is due (CPython's own thresholds decide).
CHECK_MS = 500


def start() -> None:
    """Turn the policy on and freeze what start-up built (modules, mappers, the window)."""
    global _active
    _active = True
    gc.collect(1)
    gc.freeze()


def settle() -> None:
    """After a page received its data: freeze what is alive now (no-op unless started)."""
    if _active:
        gc.collect(1)
        gc.freeze()


def release() -> None:
    """Pages were deleted: let the next full collection reach everything again."""
    if _active:
        gc.unfreeze()


def stop() -> None:
    """Turn the policy off; every object is collectable again."""
    global _active
    _active = False
    gc.unfreeze()


def active() -> bool:
    """Whether the policy is on."""
    return _active


class GuiThreadCollector(QObject):
    """Runs CPython's generational collections from a GUI-thread timer, never from a worker."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is passed; returns it (None if none)."""
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self.threshold
        if count0 <= limit0:
            return None
        generation = 2 if count1 > limit1 and count2 > limit2 else 1 if count1 > limit1 else 0
        gc.collect(generation)
        return generation


def collect_on_gui_thread(parent: QObject | None = None) -> GuiThreadCollector:
    """Switch the automatic collector off; collect from a GUI-thread timer instead.

    Call on the GUI thread; :func:`stop_collecting` switches the automatic collector back on.
    """
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(parent)
        gc.disable()
        _collector.timer.start()
    return _collector


def stop_collecting() -> None:
    """Back to CPython's automatic collector (at exit, with no worker left running)."""
    global _collector
    if _collector is not None:
        _collector.timer.stop()
        _collector.deleteLater()
        _collector = None
    gc.enable()
