"""The pages' modules are imported on a background thread after start-up, failures left to the
page host, and the thread can be stopped at exit."""

from __future__ import annotations

import sys

from gui.pages import PageSpec
from gui.shell.preload import PagePreloader, preload_pages


def _spec(key: str, factory: str | None) -> PageSpec:
    return PageSpec(key, key.title(), key, factory, "")


def test_page_modules_are_imported_in_the_background_and_failures_are_skipped():
    sys.modules.pop("xml.dom.minidom", None)
    thread = preload_pages([_spec("broken", "no_such_sailplan_module:Page"),
                            _spec("coming", None),
                            _spec("minidom", "xml.dom.minidom:parseString")])
    thread.join(30)
    assert not thread.is_alive()
    assert thread.modules == ["no_such_sailplan_module", "xml.dom.minidom"]
    assert "xml.dom.minidom" in sys.modules


def test_a_stopped_preloader_imports_nothing_more():
    sys.modules.pop("xml.dom.pulldom", None)
    thread = PagePreloader([_spec("pulldom", "xml.dom.pulldom:parse")])
    thread.stop()  # before it ran: nothing to wait for
    thread.start()
    thread.join(30)
    assert "xml.dom.pulldom" not in sys.modules
