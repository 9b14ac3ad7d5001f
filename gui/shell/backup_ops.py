"""The shell's calls into ``services.core.backup``, tolerant of a build without backup management.

Backup management (rotation, listing, restore, on-demand backups) lives in ``services.core.backup``;
this module names those functions in one place and reports clearly when one is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def backup_function(name: str) -> Callable[..., Any] | None:
    """``services.core.backup.<name>`` or None if this build lacks it."""
    module = importlib.import_module("services.core.backup")
    fn = getattr(module, name, None)
    return fn if callable(fn) else None


def has_backup_management() -> bool:
    """Whether listing and restoring backups is available."""
    return all(backup_function(n) is not None for n in ("list_backups", "restore_backup"))
