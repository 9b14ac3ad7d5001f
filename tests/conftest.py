"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and database file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user data folder and QSettings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SAILPLAN_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite file path (not yet created)."""
    return tmp_path / "sailplan.sqlite3"


@pytest.fixture
def store(db_path: Path):
    """An open, migrated store on a real SQLite file."""
    from services.store import open_store

    s = open_store(db_path)
    yield s
    s.close()
