"""The running app's garbage-collector policy: long-lived data is kept out of full collections.

CPython's full (generation 2) collection walks every container object the process holds, with
the GIL held, so whichever thread triggers it — usually the task worker, allocating rows while
it reads — stops the GUI thread for the whole walk. On the large demo firm the pages hold
some 350,000 such objects (100,000 customer rows and their sort keys, the board's cards, …) and
one full collection took 200–600 ms of CPU, several times per page load, while finding nothing
to free (the data is alive, and cycles are rare).

So once a result has reached its page (and once at start-up) everything alive is moved to the
permanent generation with :func:`gc.freeze`: later collections walk only what was allocated
since, and stay short (after a large read the result is frozen without a collection first:
walking it costs the GUI thread more than the few cycles it could free). Frozen objects are
still freed by reference counting as usual; only a
reference *cycle* among them waits until :func:`release`, which the page host calls when it
deletes its pages (a language switch, a replaced database: the pages' own cycles). A collection
of the young generations before each freeze keeps the loader's short-lived cycles (compiled
statements) from being frozen with the data.

While a page's data is read on the worker, automatic collection is paused (:func:`pause`)
until the result has reached the page and been frozen (:func:`resume` after :func:`settle`):
the rows a large read builds (100,000 customers) would otherwise trigger several full
collections on the worker, each stopping the GUI thread for up to 150 ms, only to find the rows
alive. Only reads pause it (page loads), never imports or backups, whose garbage must go.

Only the real application turns this on (:func:`start` in ``gui.app.run_gui``); tests, which
count on ``gc.collect()`` reaching everything, leave it off.

Module sources are not kept either (:func:`keep_no_sources`). PySide6 looks at every module
imported after it for ``from __feature__ import`` by reading its source with
:func:`inspect.getsource`, which leaves every line of it in :mod:`linecache` for good: after a
visit of every page of the large demo firm (SQLAlchemy, the pages, matplotlib for the Plans
chart) that was 43 MB of source text nobody reads again, a tenth of the process.
"""

from __future__ import annotations

import gc
import linecache
import sys
import threading
from types import ModuleType
from typing import Any

_active = False
_paused = 0
_pause_lock = threading.Lock()


def start() -> None:
    """Turn the policy on and freeze what start-up built (modules, mappers, the window)."""
    global _active
    _active = True
    gc.collect(1)
    gc.freeze()


YOUNG_WALK_LIMIT = 20_000
"""Above this many young objects the collection before a freeze is skipped (see settle)."""


def settle() -> None:
    """After a page received its data: freeze what is alive now (no-op unless started).

    The young generations are collected first only when they are small: after a large read
    they hold the result itself (100,000 customer rows), and walking it stopped the GUI thread
    for 100–200 ms only to find nothing (measured on the large demo: no garbage at all after
    the customer list, at most a few hundred objects after any page). Those few are frozen
    with the data and freed at the next :func:`release`.
    """
    if _active:
        if gc.get_count()[0] < YOUNG_WALK_LIMIT:
            gc.collect(1)
        gc.freeze()


def pause() -> None:
    """A page's read starts on the worker: no automatic collection until :func:`resume`."""
    global _paused
    if not _active:
        return
    with _pause_lock:
        _paused += 1
        gc.disable()


def resume() -> None:
    """A read paused by :func:`pause` has reached its page (and :func:`settle` froze it)."""
    global _paused
    with _pause_lock:
        if _paused == 0:
            return
        _paused -= 1
        if _paused == 0:
            gc.enable()


def release() -> None:
    """Pages were deleted: let the next full collection reach everything again."""
    if _active:
        gc.unfreeze()


def stop() -> None:
    """Turn the policy off; every object is collectable again."""
    global _active, _paused
    _active = False
    with _pause_lock:
        if _paused:
            _paused = 0
            gc.enable()
    gc.unfreeze()


def active() -> bool:
    """Whether the policy is on."""
    return _active


def keep_no_sources() -> None:
    """Make PySide6's look at each imported module read its source without caching it, and
    forget the sources read so far. Called when the application object is made (no other
    thread reads ``linecache`` yet). Without PySide6's hook (another version) it does nothing.
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - a private hook
    linecache.clearcache()


def _uses_pyside(module: ModuleType) -> bool:
    """PySide6's test — does the module's source name PySide6 — on a source not kept."""
    spec = getattr(module, "__spec__", None)
    loader: Any = getattr(module, "__loader__", None)
    try:
        source = loader.get_source(spec.name if spec else module.__name__)
    except Exception:  # no loader, no source (an extension module): as PySide6 on TypeError
        return False
    return isinstance(source, str) and "PySide6" in source
