"""Where Sailplan keeps its files (platformdirs), overridable with ``SAILPLAN_DATA_DIR``."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Sailplan"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    override = os.environ.get("SAILPLAN_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path  # only without an override; start-up cost

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The user's own database file."""
    return data_dir() / "sailplan.sqlite3"


def demo_db_path() -> Path:
    """The demo firm's database file (regenerated when missing)."""
    return data_dir() / "demo.sqlite3"


def backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """The rotating-backup folder of a database file."""
    return Path(db_path).parent / "backups"
