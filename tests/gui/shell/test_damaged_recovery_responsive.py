"""The damaged-database dialog never freezes the window: a backup that takes seconds to check
and to restore is checked and restored on a worker while a 10 ms timer keeps ticking, and
Cancel — during the check or during the restore — leaves every file as it was.
"""

from __future__ import annotations

import gc
import hashlib
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.shell.damaged_store_dialog import DamagedStoreDialog
from gui.shell.opening import open_store_in_background
from services.core.backup import create_backup
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.damaged_corpus import make_firm, overwrite

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PADDING_ROWS = 700_000
"""Rows that make the newest backup take well over a second to check (2–3 s here)."""
MAX_GAP = 0.25


class GapMeter:
    """The longest pause between the ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


@pytest.fixture(autouse=True)
def app_memory_policy():
    """The app's garbage-collector policy, as ``gui.app.run_gui`` turns it on: without it a
    full collection over everything earlier tests left in this process (300–550 ms here)
    would be measured as a GUI pause that the app itself never has.
    """
    from gui.common import memory

    gc.collect()
    memory.start()
    yield
    memory.stop()


@pytest.fixture(scope="module")
def big_firm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A firm whose newest backup is large (a padding table with two indexes), and an older,
    small good backup."""
    folder = tmp_path_factory.mktemp("bigfirm")
    path = make_firm(folder)  # (its small daily backup)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE bulk_padding (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    con.executemany("INSERT INTO bulk_padding (a, b) VALUES (?, ?)",
                    ((f"{i * 7919 % 1000003:07d}", f"x{i}") for i in range(PADDING_ROWS)))
    con.execute("CREATE INDEX ix_bulk_padding_a ON bulk_padding(a)")
    con.execute("CREATE INDEX ix_bulk_padding_b ON bulk_padding(b)")
    con.commit()
    con.close()
    create_backup(path, folder / "backups", "manual",
                  now=datetime.now(UTC) + timedelta(minutes=1))
    return folder


@pytest.fixture
def damaged(big_firm: Path, tmp_path: Path) -> Path:
    """A copy of the big firm (and its backups) with a damaged header."""
    folder = tmp_path / "firm"
    shutil.copytree(big_firm, folder)
    path = folder / "firm.sqlite3"
    overwrite(path, 0, random.Random(21))
    return path


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_info", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    return shown, errors


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names relative to it) and a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _check_copies() -> list[Path]:
    """Decompressed copies a backup check has in the temporary folder right now."""
    return list(Path(tempfile.gettempdir()).glob("backup-check-*"))


class Opening:
    """The app's background open of ``path``, with what it delivered."""

    def __init__(self, path: Path, meter: GapMeter | None = None):
        self.tasks = TaskRunner()
        self.stores: list[object] = []
        self.failed: list[bool] = []
        self.meter = meter

        def opened(store: object) -> None:
            if self.meter is not None:
                self.meter.stop()
            self.stores.append(store)

        self.opening = open_store_in_background(self.tasks, path, None, opened,
                                                lambda: self.failed.append(True))

    def done(self) -> bool:
        return bool(self.stores or self.failed)

    def close(self) -> None:
        self.tasks.wait()
        self.opening.abandon()
        for store in self.stores:
            store.close()  # type: ignore[attr-defined]


def _dialog(qtbot) -> DamagedStoreDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DamagedStoreDialog),
                    timeout=20000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DamagedStoreDialog)
    return dialog


def test_backups_are_checked_and_restored_while_the_window_keeps_responding(qtbot, damaged,
                                                                           infos):
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    opening = Opening(damaged)
    try:
        dialog = _dialog(qtbot)
        # At once: what is wrong, "Checking backups…" with a busy bar, Cancel; nothing to
        # restore yet.
        assert "cannot be used" in dialog.message.text()
        assert dialog.advice.text().startswith("Checking backups…")
        assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
        assert not dialog.restore_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=60000)
        checking_took = time.perf_counter() - started
        checking_gap = meter.stop()
        newest = dialog.backup_at(0)
        assert newest.kind == "manual" and dialog.chosen_backup() == newest.path
        assert "checked, good" in dialog.backups.currentText()

        opening.meter = meter
        meter.start()
        started = time.perf_counter()
        dialog.restore_button.click()
        assert dialog.progress_label.text().startswith("Restoring")
        assert not dialog.restore_button.isEnabled()
        qtbot.waitUntil(opening.done, timeout=60000)
        restoring_took = time.perf_counter() - started
        restoring_gap = meter.worst
        print(f"\ncheck {checking_took:.2f} s, longest GUI pause {checking_gap * 1000:.0f} ms; "
              f"restore and reopen {restoring_took:.2f} s, longest pause "
              f"{restoring_gap * 1000:.0f} ms")
        assert checking_took > 1.0  # long enough to have frozen the window for a second
        assert checking_gap < MAX_GAP
        assert restoring_gap < MAX_GAP
        assert opening.stores and not opening.failed
        with sqlite3.connect(damaged) as con:
            assert con.execute("SELECT count(*) FROM bulk_padding").fetchone()[0] == PADDING_ROWS
        (aside,) = damaged.parent.glob("firm.sqlite3.damaged-*")
        shown, errors = infos
        assert errors == [] and aside.name in shown[0]
    finally:
        meter.stop()
        opening.close()


def test_cancel_while_the_backups_are_checked_changes_nothing(qtbot, damaged, infos):
    before = _snapshot(damaged.parent)
    opening = Opening(damaged)
    try:
        dialog = _dialog(qtbot)
        qtbot.waitUntil(lambda: "checking…" in dialog.backups.itemText(0), timeout=20000)
        qtbot.waitUntil(lambda: bool(_check_copies()), timeout=20000)  # mid-check
        dialog.cancel_button.click()
        qtbot.waitUntil(opening.done, timeout=5000)
        assert opening.failed and not opening.stores
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: not _check_copies(), timeout=5000)  # the check stopped
        assert _snapshot(damaged.parent) == before
        assert infos == ([], [])  # a cancel says nothing more
    finally:
        opening.close()


def test_cancel_while_restoring_changes_nothing(qtbot, damaged, infos):
    before = _snapshot(damaged.parent)
    opening = Opening(damaged)
    restoring = damaged.with_name(f".{damaged.name}.restoring")
    try:
        dialog = _dialog(qtbot)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=60000)
        dialog.restore_button.click()
        qtbot.waitUntil(restoring.exists, timeout=20000)  # the copy is being made and checked
        dialog.cancel_button.click()
        qtbot.waitUntil(opening.done, timeout=20000)
        assert opening.failed and not opening.stores
        assert not restoring.exists()
        assert _snapshot(damaged.parent) == before  # no file renamed, replaced or left behind
        assert infos == ([], [])
    finally:
        opening.close()


def test_damage_found_after_opening_is_repaired_without_freezing_the_window(qtbot, big_firm,
                                                                           tmp_path, infos):
    """A file that opens but fails the quick check after start-up: its window stays painted
    and ticking while the backups are checked and while the restore runs; then it reloads
    from the restored file.
    """
    from gui.shell.maintenance import start_rotation
    from gui.shell.open_errors import open_store_or_explain
    from tests.gui.shell_fixtures import make_window
    from tests.unit.damaged_corpus import PAGE, interior_pages

    folder = tmp_path / "firm"
    shutil.copytree(big_firm, folder)
    path = folder / "firm.sqlite3"
    overwrite(path, (interior_pages(path)[0] - 1) * PAGE, random.Random(22))
    store = open_store_or_explain(path, None)  # interior damage: the file still opens
    assert store is not None
    window = make_window(qtbot, store)
    meter = GapMeter()
    try:
        meter.start()
        start_rotation(window, 0)
        dialog = _dialog(qtbot)
        assert dialog.parentWidget() == window and dialog.advice.text().startswith("Checking")
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=60000)
        checking_gap = meter.stop()
        assert window.ctx.store is store and store.path == str(path)  # still open meanwhile

        meter.start()
        dialog.restore_button.click()
        assert not window.sidebar.isEnabled()  # "Restoring …": the pages wait
        qtbot.waitUntil(lambda: bool(list(folder.glob("firm.sqlite3.damaged-*"))),
                        timeout=60000)
        restoring_gap = meter.stop()
        qtbot.waitUntil(lambda: window.ctx.store is not store, timeout=30000)
        print(f"\nopen store: longest GUI pause {checking_gap * 1000:.0f} ms checking, "
              f"{restoring_gap * 1000:.0f} ms restoring")
        assert checking_gap < MAX_GAP and restoring_gap < MAX_GAP
        assert window.sidebar.isEnabled()
        with sqlite3.connect(path) as con:
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert infos[1] == []
    finally:
        meter.stop()
        window.close()
        window.ctx.tasks.wait()
        window.ctx.store.close()


def test_the_checking_dialog_speaks_chinese(qtbot, damaged, infos):
    from gui.common.i18n import install_translators

    install_translators(QApplication.instance(), "zh_CN")
    opening = Opening(damaged)
    try:
        dialog = _dialog(qtbot)
        assert dialog.advice.text().startswith("正在检查备份")
        qtbot.waitUntil(lambda: "正在检查…" in dialog.backups.itemText(0), timeout=20000)
        assert "手动" in dialog.backups.itemText(0)  # the kind of backup, too
        assert dialog.progress_label.text().startswith("正在检查")
        assert "（第 1 个，共 2 个）" in dialog.progress_label.text()
        assert dialog.cancel_button.text() == "取消"
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=60000)
        assert "已检查，完好" in dialog.backups.currentText()
        assert "最新的完好备份" in dialog.advice.text()
        shown = [dialog.message.text(), dialog.advice.text(), dialog.backups.itemText(0)]
        dialog.restore_button.click()
        assert dialog.progress_label.text().startswith("正在恢复")
        shown += [dialog.advice.text(), dialog.progress_label.text()]
        for text in shown:
            words = text.replace(str(damaged.parent), "").replace("firm-manual", "")
            assert not any(w in words for w in ("Checking", "backup", "Restor", "damaged")), text
        dialog.cancel_button.click()
        qtbot.waitUntil(opening.done, timeout=20000)
    finally:
        install_translators(QApplication.instance(), "en")
        opening.close()
