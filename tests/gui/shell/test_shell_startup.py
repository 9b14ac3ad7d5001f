"""Start-up: refusing files it must not open, the benchmark hook, and PySide6 stability."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.app import EXIT_OPEN_FAILED, SHOWN_MARKER, run_gui
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
    sqlite_bytes,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": shown.append((title, text))))
    yield shown
    install_translators(QApplication.instance(), "en")


def _args(db, lang="en"):
    return argparse.Namespace(db=str(db), demo=False, demo_size="standard", lang=lang)


def _stamp_newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()


def test_newer_file_is_refused_untouched_with_a_translated_message(qapp, store, db_path,
                                                                  errors):
    seed_org(store)
    store.close()
    _stamp_newer(db_path)
    before = sqlite_bytes(db_path)

    assert run_gui(_args(db_path, "zh_CN")) == EXIT_OPEN_FAILED

    assert len(errors) == 1
    title, text = errors[0]
    assert title == "无法打开数据库"
    assert "更新版本" in text and "9999_from_the_future" in text and str(db_path) in text
    assert sqlite_bytes(db_path) == before
    assert QApplication.topLevelWidgets() == [] or not any(
        w.isVisible() for w in QApplication.topLevelWidgets())


def test_locked_file_is_refused_untouched(qapp, store, db_path, errors):
    seed_org(store)
    before = sqlite_bytes(db_path)

    assert run_gui(_args(db_path)) == EXIT_OPEN_FAILED  # ``store`` still holds the lock

    assert len(errors) == 1
    assert "already open in another Sailplan window" in errors[0][1]
    assert sqlite_bytes(db_path) == before


def test_unreadable_location_is_explained(qapp, tmp_path, errors):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert run_gui(_args(blocker / "db.sqlite3")) == EXIT_OPEN_FAILED
    assert "could not be opened" in errors[0][1]


def _run(args, env_extra, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env_extra)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_bench_hook_prints_marker_once_shown_and_exits_zero(store, db_path, tmp_path):
    seed_org(store)
    store.close()
    result = _run(["main.py", "--db", str(db_path), "--lang", "zh_CN"],
                  {"SAILPLAN_BENCH_EXIT_ON_SHOWN": "1", "SAILPLAN_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines().count(SHOWN_MARKER) == 1
    # Closing released the lock and left a working database behind.
    from services.setup import open_store

    with open_store(db_path):
        pass


REFCOUNT_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    class Emitter(QObject):
        changed = Signal(list, object)

    app = QApplication(sys.argv[:1])
    emitter = Emitter()
    seen = []
    emitter.changed.connect(lambda ids, initiator: seen.append(initiator))
    for i in range(5000):
        emitter.changed.emit([i], None if i % 2 else True)
    widget = QWidget()
    for i in range(25000):
        widget.setEnabled(i % 2 == 0)
        widget.setObjectName("w")
    assert len(seen) == 5000
    print("survived", sys.getrefcount(None) > 0, sys.getrefcount(True) > 0)
""")


def test_pyside_survives_many_signal_emits_and_void_calls(tmp_path):
    """PySide6 6.12.0 on CPython 3.11 corrupted the refcounts of None/True and aborted."""
    script = tmp_path / "refcount.py"
    script.write_text(REFCOUNT_SCRIPT, encoding="utf-8")
    result = _run([str(script)], {})
    assert result.returncode == 0, f"aborted with {result.returncode}: {result.stderr[-2000:]}"
    assert "survived True True" in result.stdout


def test_demo_flag_builds_and_opens_the_demo_firm(tmp_path):
    result = _run(["main.py", "--demo", "--demo-size", "12:20", "--lang", "en"],
                  {"SAILPLAN_BENCH_EXIT_ON_SHOWN": "1", "SAILPLAN_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert SHOWN_MARKER in result.stdout.splitlines()
    from services.org.people import list_people
    from services.setup import open_store

    with open_store(tmp_path / "demo.sqlite3") as demo:
        assert list_people(demo)  # the firm's people are there


def test_unknown_demo_size_is_explained(qapp, errors):
    args = argparse.Namespace(db=None, demo=True, demo_size="huge", lang="en")
    assert run_gui(args) == EXIT_OPEN_FAILED
    assert 'Unknown demo size "huge"' in errors[0][1]
