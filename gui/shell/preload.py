"""Import the sidebar pages' modules on a background thread once the window is up.

A page's module is imported on its first visit (start-up stays light), and on the large demo
firm that import — its widgets, item models and the services behind them, compiled from source
when there is no byte-code cache — stopped the GUI thread for 100–500 ms on the click. Importing
them in the background right after start-up moves that work off the GUI thread: the thread runs
Python byte code, so the GUI thread gets the GIL back every switch interval, and a page visited
later finds its module ready. Nothing here creates a widget or touches the database; a module
that fails to import is left for the page host, which reports it on the visit.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterable

from gui.pages import PageSpec

log = logging.getLogger(__name__)


class PagePreloader(threading.Thread):
    """Imports ``module`` of each ``"module:Class"`` factory in order; :meth:`stop` ends it."""

    def __init__(self, specs: Iterable[PageSpec]):
        super().__init__(name="sailplan-page-preload", daemon=True)
        self.modules = [spec.factory.partition(":")[0] for spec in specs if spec.factory]
        self._halt = threading.Event()

    def run(self) -> None:
        for name in self.modules:
            if self._halt.is_set():
                return
            try:
                module = importlib.import_module(name)
                # A page that builds parts of itself later (the Orders page's tabs) names
                # their modules in PRELOAD_MODULES: they are imported here too.
                for part in getattr(module, "PRELOAD_MODULES", ()):
                    if self._halt.is_set():
                        return
                    importlib.import_module(part)
            except Exception:  # reported by the page host when the page is visited
                log.debug("preloading %s failed", name, exc_info=True)

    def stop(self, timeout: float = 10.0) -> None:
        """Import no further module and wait for the current one."""
        self._halt.set()
        if self.is_alive():
            self.join(timeout)


def preload_pages(specs: Iterable[PageSpec]) -> PagePreloader:
    """Start importing the pages' modules in the background; the started thread."""
    thread = PagePreloader(specs)
    thread.start()
    return thread
