"""A rep who signs in to a team file sees only their scope in the window: their customers,
the pool and the unassigned ones in Customers, the deals of those on the board."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from gui.app import run_gui
from gui.main_window import MainWindow
from gui.team.signin_dialog import SignInDialog
from services.setup import open_store
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.gui.team.test_sign_in import _guarded, _top
from tests.unit.team.scope_fixtures import PASSWORD, VISIBLE, make_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_rep_signed_in_sees_only_their_scope(qapp, db_path: Path):
    with open_store(db_path) as store:
        make_firm(store)
    seen: dict[str, Any] = {}
    step = {"n": 0}

    def step_through() -> None:
        dialog = _top(SignInDialog)
        window = _top(MainWindow)
        if step["n"] == 0 and isinstance(dialog, SignInDialog):
            dialog.user.setText("zhangsan")
            dialog.password.setText(PASSWORD)
            dialog.try_sign_in()
            step["n"] = 1
        elif step["n"] == 1 and isinstance(window, MainWindow) and window.ready \
                and window.host.current_key is not None:
            page = window.show_page("customers")
            seen["page"] = page
            step["n"] = 2
        elif step["n"] == 2 and isinstance(window, MainWindow):
            customers = seen["page"]
            if not customers.loading and customers.model.rows:
                seen["customers"] = {r.name.split("-", 1)[1] for r in customers.model.rows}
                board = window.show_page("pipeline")
                seen["board"] = board
                step["n"] = 3
        elif step["n"] == 3 and isinstance(window, MainWindow):
            cards = getattr(seen["board"], "cards", None)
            if cards:
                seen["deals"] = {c.name.split("-", 1)[1] for c in cards}
                window.close()
                return
        QTimer.singleShot(20, poll)

    poll = _guarded(step_through, seen)
    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    assert run_gui(args) == 0, seen
    assert seen["customers"] == VISIBLE["zhangsan"]
    assert seen["deals"] == VISIBLE["zhangsan"]
