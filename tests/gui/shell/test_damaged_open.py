"""Opening a damaged database from the GUI: the dialog offers the newest good backup, restores
it without opening the damaged file (kept aside), and the restored database opens.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text as sqlite3_text

from gui.common.messages import Messages
from gui.shell.damaged_store_dialog import DamagedStoreDialog
from gui.shell.open_errors import open_store_or_explain
from services.core.backup import create_backup
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window
from tests.unit.damaged_corpus import PAGE, interior_pages, make_firm, overwrite

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        con.close()


class DialogDriver:
    """Waits for the damaged-database dialog to have checked its backups (a good one selected,
    or none left to check), records what it says and clicks Restore or Cancel.
    """

    def __init__(self, qtbot, restore: bool = True):
        self.seen: list[dict[str, object]] = []
        self.restore = restore
        self._qtbot = qtbot
        self._poll()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamagedStoreDialog) and (
                dialog.restore_button.isEnabled() or not dialog.progress.isVisible()):
            self.seen.append({
                "message": dialog.message.text(), "advice": dialog.advice.text(),
                "items": [dialog.backups.itemText(i) for i in range(dialog.backups.count())],
                "chosen": dialog.chosen_backup(), "details": dialog.details.toPlainText(),
                "chosen_text": dialog.backups.currentText()})
            if self.restore and dialog.restore_button.isEnabled():
                dialog.restore_button.click()
            else:
                dialog.cancel_button.click()
            return
        QTimer.singleShot(20, self._poll)


@pytest.fixture
def infos(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_info", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    return shown, errors


def test_a_file_with_a_damaged_header_offers_and_restores_the_good_backup(qtbot, tmp_path,
                                                                          infos):
    path = make_firm(tmp_path)
    backups = tmp_path / "backups"
    later = datetime.now(UTC) + timedelta(minutes=1)
    newest = create_backup(path, backups, "manual", now=later)
    # A newer backup that is itself damaged is skipped, not offered.
    broken = create_backup(path, backups, "daily", now=later + timedelta(minutes=1))
    overwrite(broken, 0, random.Random(3))
    overwrite(path, 0, random.Random(4))
    damaged_bytes = path.read_bytes()

    driver = DialogDriver(qtbot)
    store = open_store_or_explain(path, None)

    assert store is not None
    try:
        assert _customers(path) == 300
        (seen,) = driver.seen
        assert "cannot be used" in str(seen["message"]) and "first page" in str(seen["message"])
        assert seen["chosen"] == newest  # the newest backup that passed its check
        assert "checked, good" in str(seen["chosen_text"])
        items = seen["items"]
        assert "damaged, cannot be restored" in items[0]  # type: ignore[index]  # the newer one
        assert len(items) >= 3  # type: ignore[arg-type]  # older ones listed too
        aside = list(tmp_path.glob("firm.sqlite3.damaged-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
        shown, errors = infos
        assert errors == [] and aside[0].name in shown[0]
    finally:
        store.close()


def test_closing_the_dialog_changes_nothing(qtbot, tmp_path, infos):
    path = make_firm(tmp_path)
    overwrite(path, 0, random.Random(5))
    before = path.read_bytes()
    driver = DialogDriver(qtbot, restore=False)
    assert open_store_or_explain(path, None) is None
    assert driver.seen and path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_damage_found_after_opening_offers_the_backup_and_reopens(qtbot, tmp_path, infos):
    path = make_firm(tmp_path)
    overwrite(path, (interior_pages(path)[0] - 1) * PAGE, random.Random(6))
    store = open_store_or_explain(path, None)  # interior damage: the file still opens
    assert store is not None
    driver = DialogDriver(qtbot)
    window = make_window(qtbot, store)
    from gui.shell.maintenance import start_rotation

    start_rotation(window)
    qtbot.waitUntil(lambda: bool(driver.seen) and window.ctx.store is not store, timeout=20000)
    assert "parts of the file can no longer be read" in str(driver.seen[0]["message"])
    assert _customers(path) == 300
    assert len(list(tmp_path.glob("firm.sqlite3.damaged-*"))) == 1
    window.close()
    window.ctx.tasks.wait()
    window.ctx.store.close()


def test_a_damaged_file_chosen_in_open_database_is_restored_and_switched_to(qtbot, store,
                                                                            tmp_path, infos,
                                                                            monkeypatch):
    from gui.shell.database_dialogs import DatabaseDialogs

    path = make_firm(tmp_path)
    create_backup(path, tmp_path / "backups", "manual",
                  now=datetime.now(UTC) + timedelta(minutes=1))
    overwrite(path, 0, random.Random(7))
    window = make_window(qtbot, store)
    monkeypatch.setattr(DatabaseDialogs, "choose_open", classmethod(lambda cls, p: path))
    driver = DialogDriver(qtbot)
    with qtbot.waitSignal(window.ctx.events.changed, timeout=20000):
        window.menus.actions["open_db"].trigger()  # opened on the worker; fails; is offered
    assert driver.seen
    assert window.ctx.store.path == str(path)
    assert _customers(path) == 300
    assert window.menus.actions["open_db"].isEnabled()
    window.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_damaged_write_ahead_log_is_caught_before_sqlite_drops_its_commits(qtbot, tmp_path,
                                                                           infos, lang):
    """A -wal damaged in its middle still opens in SQLite, which silently drops every commit
    after the damaged frame: the open path refuses it and offers the backup, in the UI's
    language, and the damaged file and its log are kept aside unchanged.
    """
    from gui.common.i18n import install_translators
    from tests.unit.damaged_corpus import with_wal

    base = make_firm(tmp_path)
    path = with_wal(base, tmp_path / "walfirm.sqlite3")
    create_backup(path, tmp_path / "backups", "manual",  # (this checkpoints the log away)
                  now=datetime.now(UTC) + timedelta(minutes=1))
    with_wal(base, path)
    wal = Path(f"{path}-wal")
    overwrite(wal, 3 * PAGE, random.Random(8))
    sqlite3.connect(f"file:{path}?mode=ro", uri=True).close()  # SQLite itself opens it
    damaged_wal = wal.read_bytes()
    install_translators(QApplication.instance(), lang)
    try:
        driver = DialogDriver(qtbot, restore=False)
        assert open_store_or_explain(path, None) is None
    finally:
        install_translators(QApplication.instance(), "en")
    (seen,) = driver.seen
    message = str(seen["message"])
    if lang == "en":
        assert "write-ahead log" in message and "damaged at frame" in message
    else:
        words = message.replace(str(path), "")
        assert "预写日志" in words and "第 3 帧" in words
        assert "write-ahead" not in words and "damaged" not in words
    assert wal.read_bytes() == damaged_wal  # nothing replayed or checkpointed over it


def test_a_healthy_write_ahead_log_opens_with_its_commits(tmp_path):
    from services.setup import open_store
    from tests.unit.damaged_corpus import with_wal

    path = with_wal(make_firm(tmp_path), tmp_path / "walok.sqlite3")
    store = open_store(path)
    try:
        with store.read() as uow:
            tagged = uow.session.execute(
                sqlite3_text("SELECT count(*) FROM customers WHERE tags LIKE '标签11%'")).scalar()
        assert tagged and tagged > 0
    finally:
        store.close()


def test_every_backup_is_checked_and_marked_in_the_background(qtbot, tmp_path, infos):
    """The dialog lists every backup at once and marks each as its check ends; the newest
    good one stays selected; with nothing left to check, Cancel becomes Close.
    """
    from gui.common.tasks import TaskRunner
    from gui.shell.opening import open_store_in_background

    path = make_firm(tmp_path)  # an older good (daily) backup
    later = datetime.now(UTC) + timedelta(minutes=1)
    newest_good = create_backup(path, tmp_path / "backups", "manual", now=later)
    broken = create_backup(path, tmp_path / "backups", "daily", now=later + timedelta(minutes=1))
    overwrite(broken, 0, random.Random(9))
    overwrite(path, 0, random.Random(10))
    tasks = TaskRunner()
    failed: list[bool] = []
    opening = open_store_in_background(tasks, path, None, lambda store: store.close(),
                                       lambda: failed.append(True))
    try:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DamagedStoreDialog),
                        timeout=20000)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedStoreDialog)
        qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=20000)
        items = [dialog.backups.itemText(i) for i in range(dialog.backups.count())]
        assert len(items) == 3
        assert items[0].endswith("damaged, cannot be restored")
        assert items[1].endswith("checked, good") and items[2].endswith("checked, good")
        assert dialog.chosen_backup() == newest_good
        assert "not a usable backup" in dialog.details.toPlainText()  # why the newest is not
        assert dialog.cancel_button.text() == "Close"
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
        assert not list(tmp_path.glob("*.damaged-*"))
    finally:
        tasks.wait()
        opening.abandon()
