"""Backups in the window: the automatic one beside the database worker, a restore on the worker,
the space budget in Settings, and a backup skipped for disk space said in the user's language.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, insert, select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.settings.backups_section import BackupsSection
from gui.shell.maintenance import restore_from_backup, start_rotation
from models.customers import Customer
from services.core.backup import create_backup, list_backups, rotate_backups
from services.setup import open_store
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
BACKUPS = "gui.settings.backups_section:BackupsSection"
MAX_GAP = 0.25  # seconds the GUI thread may go without running its timers


def _fill(store, customers: int = 40_000) -> None:
    """A firm whose backup and restore take about a second here (a ~40 MB file)."""
    with store.write() as uow:
        uow.session.execute(insert(Customer), [
            {"name": f"客户{i:06d}", "name_norm": f"客户{i:06d}", "notes": f"备注{i}" * 60}
            for i in range(customers)])
        uow.commit()


def _customers(store) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Customer)) or 0)


class Ticks:
    """A 10 ms timer on the GUI thread; the longest wait between two of its runs."""

    def __init__(self) -> None:
        self.times: list[float] = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.times.append(time.perf_counter())
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False))


@pytest.fixture
def window(qtbot, store):
    w = make_window(qtbot, store)
    yield w
    install_translators(QApplication.instance(), "en")


def test_restoring_runs_on_the_worker_and_the_window_stays_responsive(qtbot, window, store):
    _fill(store)
    backup = create_backup(store.path, store.backup_dir, "manual")
    with store.write() as uow:
        uow.session.execute(insert(Customer), [{"name": "备份之后", "name_norm": "备份之后"}])
        uow.commit()
    window.show_page("settings")

    ticks = Ticks()
    started = time.perf_counter()
    handle = restore_from_backup(window, backup)
    assert handle is not None
    # Meanwhile the window says so and offers nothing that needs the database.
    assert not window.sidebar.isEnabled() and not window.host.isEnabled()
    assert window.host.currentWidget() is window.host.placeholder
    assert backup.name in window.host.placeholder.text()
    assert not window.menus.actions["backup_now"].isEnabled()
    assert not window.menus.actions["open_db"].isEnabled()
    with qtbot.waitSignal(handle.finished, timeout=30_000):
        pass
    restore_seconds = time.perf_counter() - started
    gap = ticks.stop()
    with qtbot.waitSignal(window.ctx.events.changed, timeout=30_000):
        pass  # reopened on the worker, every page reloads
    print(f"restore {restore_seconds:.2f} s, longest GUI pause {gap * 1000:.0f} ms")
    assert restore_seconds > 3 * MAX_GAP  # long enough for the measure to mean something
    assert gap < MAX_GAP
    assert _customers(window.ctx.store) == 40_000 and window.ctx.store is not store
    assert window.ctx.store.lock is not None  # reopened and locked again
    assert window.sidebar.isEnabled() and window.menus.actions["backup_now"].isEnabled()
    assert window.host.current_key == "settings"
    assert "before-restore" in [b.kind for b in list_backups(window.ctx.store.backup_dir)]
    assert backup.name in window.status.currentMessage()


def test_a_failed_restore_reopens_the_untouched_database(qtbot, window, store, monkeypatch,
                                                         tmp_path: Path):
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    bad = tmp_path / "bad.sqlite3.gz"
    bad.write_bytes(b"\x1f\x8b" + b"not really gzip" * 10)
    with qtbot.waitSignal(window.ctx.events.changed, timeout=30_000):
        restore_from_backup(window, bad)
    assert errors and "could not be restored" in errors[0] and "not changed" in errors[0]
    assert window.ctx.store.lock is not None and window.sidebar.isEnabled()


def test_the_automatic_backup_does_not_hold_up_the_database_worker(qtbot, window, store):
    _fill(store)
    ticks = Ticks()
    handle = start_rotation(window)
    assert handle is not None
    page_load = window.ctx.tasks.submit(lambda progress, is_cancelled: "loaded")
    with qtbot.waitSignal(page_load.finished, timeout=10_000) as loaded:
        pass
    assert loaded.args == ["loaded"]
    assert not handle.is_cancelled()
    still_running = window.ctx.extras["maintenance"].handles  # the backup is not done yet
    assert handle in still_running
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    gap = ticks.stop()
    print(f"longest GUI pause during the automatic backup: {gap * 1000:.0f} ms")
    assert gap < MAX_GAP
    [daily] = [b for b in list_backups(store.backup_dir) if b.kind == "daily"]
    assert daily.compressed
    message = window.status.currentMessage()
    assert daily.path.name in message and "automatic backups use" in message


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs: smaller than the 256 MiB a backup must leave free (root only)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_an_automatic_backup_that_would_crowd_the_disk_is_skipped_and_said_in_chinese(
        qtbot, small_disk: Path):
    store = open_store(small_disk / "firm.sqlite3")
    window = make_window(qtbot, store, lang="zh_CN")
    try:
        handle = start_rotation(window)
        assert handle is not None
        with qtbot.waitSignal(handle.finished, timeout=30_000):
            pass
        message = window.status.currentMessage()
        assert "未备份" in message and "设置" in message, message
        words = re.sub(r"[\d.,]+\s*[kKMG]?B", "", message.replace(str(store.backup_dir), ""))
        assert not re.search(r"[A-Za-z]", words.replace("Sailplan", "")), message  # no English
        assert list_backups(store.backup_dir) == []
        assert not store.backup_dir.exists() or not list(store.backup_dir.iterdir())
    finally:
        window.close()
        install_translators(QApplication.instance(), "en")


def test_settings_show_the_space_backups_take_and_a_smaller_budget_removes_the_oldest(
        qtbot, window, store, monkeypatch):
    from gui.shell.backup_ops import backup_budget

    _fill(store)
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for day in range(3):
        rotate_backups(store.path, store.backup_dir, now=start + timedelta(days=day))
    autos = list_backups(store.backup_dir)
    page = window.show_page("settings")
    section = page.show_section(BACKUPS)
    assert isinstance(section, BackupsSection)
    assert section.budget.text() == "Automatic"
    usage = section.usage_label.text()
    assert usage.startswith("Automatic backups: 3,") and "free on this disk" in usage

    budget_gb = 0.01  # 10.7 MB: two of these ~4.6 MB backups fit, not three
    budget = int(budget_gb * 1024 ** 3)
    keep = []
    for info in autos:  # newest first, as rotation keeps them
        if sum(b.size_bytes for b in keep) + info.size_bytes > budget and keep:
            break
        keep.append(info)
    assert 0 < len(keep) < len(autos), [b.size_bytes for b in autos]
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    section.budget.setValue(budget_gb)
    section.apply_budget_button.click()
    assert asked and f"{len(autos) - len(keep)} older automatic backup" in asked[0]
    assert [b.path for b in list_backups(store.backup_dir)] == [b.path for b in keep]
    assert backup_budget() == budget
    assert section.usage_label.text().startswith(f"Automatic backups: {len(keep)},")
    # The next automatic backup keeps to it as well.
    rotate_backups(store.path, store.backup_dir, now=start + timedelta(days=3),
                   budget_bytes=backup_budget())
    assert sum(b.size_bytes for b in list_backups(store.backup_dir)) <= budget


def test_a_delayed_automatic_backup_starts_later_and_not_after_the_window_closed(
        qtbot, window, store, tmp_path: Path):
    assert start_rotation(window, delay_ms=300) is None  # how a large file's starts
    assert list_backups(store.backup_dir) == []
    qtbot.waitUntil(lambda: len(list_backups(store.backup_dir)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Daily backup saved" in window.status.currentMessage(),
                    timeout=10_000)

    short = tmp_path / "visit" / "short-visit.sqlite3"
    short.parent.mkdir()
    other = open_store(short)
    brief = make_window(qtbot, other)
    assert start_rotation(brief, delay_ms=300) is None
    brief.close()  # closed before the backup was due to start
    other.close()
    qtbot.wait(600)
    assert list_backups(other.backup_dir, short) == []
