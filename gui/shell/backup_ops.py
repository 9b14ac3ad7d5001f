"""The shell's calls into ``services.core.backup``, tolerant of a build without backup management.

Backup management (rotation, listing, restore, on-demand backups) lives in ``services.core.backup``;
this module names those functions in one place and reports clearly when one is missing. It also
keeps the user's space budget for automatic backups (a per-computer preference, so QSettings)
and words a refused backup (:class:`~services.core.backup_space.LowDiskSpaceError`) in the
interface language.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from gui.common.ui_settings import ui_settings

BUDGET_KEY = "backups/budget_bytes"
"""QSettings key of the space automatic backups may take, in bytes (absent or 0: automatic)."""


def backup_function(name: str) -> Callable[..., Any] | None:
    """``services.core.backup.<name>`` or None if this build lacks it."""
    module = importlib.import_module("services.core.backup")
    fn = getattr(module, name, None)
    return fn if callable(fn) else None


def has_backup_management() -> bool:
    """Whether listing and restoring backups is available."""
    return all(backup_function(n) is not None for n in ("list_backups", "restore_backup"))


def backup_budget() -> int | None:
    """The budget the user set for automatic backups, in bytes; None: the automatic one."""
    value = ui_settings().value(BUDGET_KEY)
    try:
        budget = int(value) if value is not None else 0  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return budget if budget > 0 else None


def set_backup_budget(budget: int | None) -> None:
    """Remember the budget for automatic backups (None or 0: the automatic one)."""
    settings = ui_settings()
    if budget:
        settings.setValue(BUDGET_KEY, int(budget))
    else:
        settings.remove(BUDGET_KEY)
    settings.sync()


def data_size(n: int) -> str:
    """A size in bytes for the interface: "319 MB", "1.9 GB" (in the UI's language)."""
    return QLocale().formattedDataSize(int(n), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def low_space_text(exc: Any) -> str:
    """Why a backup was not taken (a ``LowDiskSpaceError``), in the interface language."""
    return QCoreApplication.translate(
        "BackupSpace",
        "No backup was taken: the disk holding {folder} has {free} free, and writing the backup "
        "needs about {needed}, which would leave less than the {margin} Sailplan keeps free for "
        "your system. Free some space on that disk; Settings → Backups shows what the backups "
        "take."
    ).format(folder=exc.where, free=data_size(exc.free), needed=data_size(exc.needed),
             margin=data_size(exc.margin))
