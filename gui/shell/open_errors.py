"""Opening a store from the GUI: translated, actionable messages for every way it can fail."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.common.messages import Messages

if TYPE_CHECKING:
    from services.core.store import Store


translate = QCoreApplication.translate


def describe_open_error(exc: BaseException, location: str) -> tuple[str, str]:
    """A (title, text) pair for a failed open, in the current language."""
    from services.core.errors import (
        BackupError,
        MigrationError,
        NewerSchemaError,
        StoreLockedError,
    )

    title = translate("OpenErrors", "Cannot open the database")
    if isinstance(exc, NewerSchemaError):
        text = translate(
            "OpenErrors",
            "{location} was saved by a newer version of Sailplan (schema {rev}). It has "
            "not been changed. Please update Sailplan to open it.").format(
                       location=exc.location, rev=exc.revision)
    elif isinstance(exc, StoreLockedError):
        holder = f" ({exc.holder})" if exc.holder else ""
        text = translate(
            "OpenErrors",
            "{location} is already open in another Sailplan window{holder}. Switch to "
            "that window, or close it first.").format(location=exc.location,
                                                             holder=holder)
    elif isinstance(exc, MigrationError):
        text = translate(
            "OpenErrors",
            "Upgrading {location} to this version of Sailplan failed. The database was "
            "left as it was.").format(location=location)
    elif isinstance(exc, BackupError):
        text = translate(
            "OpenErrors",
            "The safety backup taken before upgrading {location} failed, so nothing was "
            "changed.").format(location=location)
    else:
        from gui.shell.damaged_store_dialog import cause_text
        from services.core.recover import cause_kind, plain_cause

        error = getattr(exc, "orig", None) or exc
        frame = re.search(r"damaged at frame (\d+)", str(error))
        cause = cause_text(cause_kind(error), plain_cause(error),
                           int(frame.group(1)) if frame else 0).strip().splitlines()
        text = translate(
            "OpenErrors", "{location} could not be opened: {cause}.").format(
                location=location, cause=(cause[0] if cause else type(exc).__name__).rstrip("."))
    return title, text


def open_store_or_explain(target: str | os.PathLike[str], parent: QWidget | None) -> Store | None:
    """Open (and migrate) the store at ``target``; on failure show why and return None.

    A damaged file gets :func:`gui.shell.damaged_store_dialog.explain_open_failure`'s offer of
    its newest good backup; the store opened from a restored backup is returned.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from services.core.errors import SailplanError
    from services.setup import open_store

    try:
        return open_store(target)
    except (SailplanError, SQLAlchemyError, OSError) as exc:
        return explain_open_failure(parent, target, exc)


def explain_open_failure(parent: QWidget | None, target: str | os.PathLike[str],
                         exc: BaseException) -> Store | None:
    """Opening ``target`` failed with ``exc``: say why; for a damaged file offer a backup.

    A damaged SQLite file gets the damaged-database dialog: the newest good backup is restored
    without opening the damaged file, and the store opened from it is returned. Otherwise (or
    when the user declines) the reason is shown and None returned.
    """
    from gui.shell.damaged_store_dialog import damage_of, restore_damaged_file

    damage = damage_of(target, exc)
    if damage is None:
        title, text = describe_open_error(exc, os.fspath(target))
        Messages.show_error(parent, title, text, str(exc))
        return None
    path, health = damage
    if not restore_damaged_file(parent, path, health, str(exc)):
        return None
    return open_store_or_explain(path, parent)
