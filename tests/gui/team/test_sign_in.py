"""A team database asks who signs in before the main window gets it: a wrong password is
refused in the dialog with the wait it costs (Sign In counts it down), the right one opens the
window signed in as that person; Cancel quits without opening anything. The user name is
remembered for the next start, never the password."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.app import run_gui
from gui.common.ui_settings import ui_settings
from gui.main_window import MainWindow
from gui.team.signin_dialog import SignInDialog, last_user_key
from services.setup import open_store
from services.team.accounts import find_account
from services.team.mode import init_team
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, restore_language_env  # noqa: F401
from tests.unit.team.team_fixtures import make_team

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
PASSWORD = "secret-pass1"


def _team_file(db_path: Path) -> None:
    with open_store(db_path) as store:
        team = make_team(store)
        init_team(store, team.owner, "wang", PASSWORD)


def _guarded(poll: Callable[[], None], seen: dict[str, object], seconds: float = 60
             ) -> Callable[[], None]:
    """``poll`` that gives up (closing every window, so run_gui returns) after an exception
    or ``seconds``, instead of leaving the test waiting forever."""
    deadline = time.monotonic() + seconds

    def guarded() -> None:
        try:
            if time.monotonic() > deadline:
                raise TimeoutError("the sign-in did not go as expected in time")
            poll()
        except Exception as exc:  # noqa: BLE001 - reported by the test's asserts
            seen["error"] = repr(exc)
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.instance().exit(3)  # type: ignore[union-attr]

    return guarded


def _top(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def test_wrong_password_waits_then_the_right_one_opens_the_window(qapp, db_path: Path):
    _team_file(db_path)
    seen: dict[str, object] = {}
    step = {"n": 0}

    def step_through() -> None:
        dialog = _top(SignInDialog)
        window = _top(MainWindow)
        if step["n"] == 0 and isinstance(dialog, SignInDialog):
            assert isinstance(window, MainWindow)
            seen["window_ready_before_sign_in"] = window.ready
            dialog.user.setText("WANG")
            dialog.password.setText("not it at all")
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in
            seen["message"] = dialog.message.text()
            seen["button"] = (dialog.sign_in_button.isEnabled(), dialog.sign_in_button.text())
            seen["password_kept"] = dialog.password.text()
            step["n"] = 1
        elif step["n"] == 1 and isinstance(dialog, SignInDialog):
            if dialog.sign_in_button.isEnabled():  # the wait is over
                seen["button_after"] = dialog.sign_in_button.text()
                dialog.password.setText(PASSWORD)
                QTest.keyClick(dialog.password, Qt.Key.Key_Return)
                step["n"] = 2
        elif step["n"] == 2 and isinstance(window, MainWindow) and window.ready \
                and window.host.current_key is not None:
            seen["account"] = window.ctx.account.user_name
            seen["person"] = window.ctx.current_person_id == window.ctx.account.person_id
            seen["status"] = window.status.person_label.text()
            window.close()
            return
        QTimer.singleShot(20, poll)

    poll = _guarded(step_through, seen)
    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    assert run_gui(args) == 0, seen
    assert seen["window_ready_before_sign_in"] is False  # no page, no data before sign-in
    assert seen["message"] == "wrong user name or password; try again in 1 second(s)"
    assert seen["button"] == (False, "Sign In (1 s)")
    assert seen["password_kept"] == ""  # a refused password is cleared
    assert seen["button_after"] == "Sign In"
    assert seen["account"] == "wang" and seen["person"] is True
    assert seen["status"] == "Signed in: wang (王总)"
    assert ui_settings().value(last_user_key(str(db_path))) == "wang"
    with open_store(db_path) as store:
        account = find_account(store, "wang")
        assert account.failed_attempts == 0 and account.last_sign_in_at is not None


def test_the_last_user_name_is_filled_in_and_cancel_quits(qapp, db_path: Path):
    _team_file(db_path)
    ui_settings().setValue(last_user_key(str(db_path)), "wang")
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = _top(SignInDialog)
        if isinstance(dialog, SignInDialog):
            seen["user"] = dialog.user.text()
            seen["password"] = dialog.password.text()
            seen["focus"] = dialog.focusWidget() is dialog.password  # typing goes there
            dialog.reject()
            return
        QTimer.singleShot(20, poll)

    poll = _guarded(look, seen)
    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    assert run_gui(args) == 1
    assert seen == {"user": "wang", "password": "", "focus": True}
    with open_store(db_path) as store:  # the file was let go
        assert find_account(store, "wang").failed_attempts == 0


def test_the_dialog_speaks_chinese(qapp, db_path: Path, qtbot):
    from gui.common.i18n import install_translators

    _team_file(db_path)
    install_translators(QApplication.instance(), "zh_CN")
    try:
        with open_store(db_path) as store:
            dialog = SignInDialog(store)
            qtbot.addWidget(dialog)
            dialog.user.setText("wang")
            dialog.password.setText("wrong-pass")
            dialog.try_sign_in()
            assert dialog.message.text() == "用户名或密码错误；请 1 秒后再试"
            assert dialog.sign_in_button.text() == "登录（1 秒）"
            assert dialog.windowTitle() == "登录 — Sailplan"
    finally:
        install_translators(QApplication.instance(), "en")


def test_a_team_database_without_an_owner_account_asks_for_one_first(qapp, db_path: Path):
    from gui.team.team_init_dialog import TeamInitDialog
    from services.core.rule_store import write_json
    from services.team.mode import MODE_KEY

    with open_store(db_path) as store:
        make_team(store)
        with store.write() as uow:  # as a PostgreSQL database is: a team's, nobody's account
            write_json(uow.session, MODE_KEY, "team")
            uow.commit()
    seen: dict[str, object] = {}

    def step_through() -> None:
        first = _top(TeamInitDialog)
        dialog = _top(SignInDialog)
        window = _top(MainWindow)
        if isinstance(first, TeamInitDialog) and "owners" not in seen:
            seen["owners"] = [first.person.itemText(i) for i in range(first.person.count())]
            first.user.setText("wang")
            first.password.setText(PASSWORD)
            first.repeat.setText(PASSWORD)
            first.ok.click()
        elif isinstance(dialog, SignInDialog) and "signed" not in seen:
            seen["signed"] = True
            dialog.user.setText("wang")
            dialog.password.setText(PASSWORD)
            dialog.sign_in_button.click()
        elif isinstance(window, MainWindow) and window.ready \
                and window.host.current_key is not None:
            seen["account"] = window.ctx.account.user_name
            window.close()
            return
        QTimer.singleShot(20, poll)

    poll = _guarded(step_through, seen)
    QTimer.singleShot(0, poll)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_size="standard", lang="en")
    assert run_gui(args) == 0, seen
    assert seen == {"owners": ["王总"], "signed": True, "account": "wang"}


def test_opening_a_team_database_from_the_window_asks_who_signs_in(qtbot, store, tmp_path):
    from tests.gui.shell_fixtures import make_window

    other = tmp_path / "team.sqlite3"
    _team_file(other)
    window = make_window(qtbot, store)
    assert window.ctx.account is None
    window.switch_database(str(other))
    qtbot.waitUntil(lambda: isinstance(_top(SignInDialog), SignInDialog), timeout=20000)
    dialog = _top(SignInDialog)
    assert isinstance(dialog, SignInDialog)
    dialog.reject()  # Cancel: the current database stays
    qtbot.waitUntil(lambda: window.ctx.store is store and window._opening is None)
    assert window.ctx.account is None
    window.switch_database(str(other))
    qtbot.waitUntil(lambda: isinstance(_top(SignInDialog), SignInDialog), timeout=20000)
    dialog = _top(SignInDialog)
    assert isinstance(dialog, SignInDialog)
    dialog.user.setText("wang")
    dialog.password.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: window.ctx.store.path == str(other), timeout=20000)
    assert window.ctx.account is not None and window.ctx.account.user_name == "wang"
    assert window.ctx.current_person_id == window.ctx.account.person_id
    window.close()
