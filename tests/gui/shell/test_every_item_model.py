"""Every item model the app shows passes qtmodeltester, found by walking the real window.

The window is opened on a small demo firm and every sidebar page is visited (each left to
finish its load), then every QAbstractItemModel under the window — Sailplan's own models and
the ones Qt makes for combo boxes and completers alike — is checked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel

from gui.pages import PAGES
from services.demo import generate_demo
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_every_model_of_every_page_passes_the_model_tester(qtbot, qtmodeltester, store):
    generate_demo(store, size="40:120")
    window = make_window(qtbot, store)
    for spec in PAGES:
        page = window.show_page(spec.key)
        loading = getattr(page, "is_loading", None)
        if loading is not None:
            qtbot.waitUntil(lambda loading=loading: not loading(), timeout=60_000)
    window.ctx.tasks.wait()
    models = window.findChildren(QAbstractItemModel)
    ours = {type(m).__name__ for m in models if type(m).__module__.startswith("gui.")}
    assert {"CustomerTableModel", "StageColumnModel", "TargetTreeModel",
            "NavigationModel"} <= ours
    for model in models:
        qtmodeltester.check(model)
