"""Opening a store from the GUI: translated, actionable messages for every way it can fail."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from gui.common.messages import Messages

if TYPE_CHECKING:
    from gui.shell.damaged_recovery import BackupRecovery
    from services.core.recover import Health, Recovered
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
        cause = cause_text(cause_kind(error), plain_cause(error)).strip().splitlines()
        text = translate(
            "OpenErrors", "{location} could not be opened: {cause}.").format(
                location=location, cause=(cause[0] if cause else type(exc).__name__).rstrip("."))
    return title, text


def open_store_or_explain(target: str | os.PathLike[str], parent: QWidget | None) -> Store | None:
    """Open (and migrate) the store at ``target``; on failure show why and return None.

    Blocking: for tools and tests (the app opens with :mod:`gui.shell.opening`). A damaged
    file gets :func:`explain_open_failure`'s offer of its newest good backup, in a nested event
    loop (its checks and restore run on a worker meanwhile); the store opened from a restored
    backup is returned.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from services.core.errors import SailplanError
    from services.core.recover import damage_of
    from services.setup import open_store

    try:
        return open_store(target)
    except (SailplanError, SQLAlchemyError, OSError) as exc:
        failure = exc
    outcome: dict[str, str | None] = {}
    loop = QEventLoop()

    def ended(path: str | None) -> None:
        outcome["path"] = path
        loop.quit()

    explain_open_failure(parent, target, failure, damage_of(target, failure),
                         ended, lambda: ended(None))
    if not outcome:
        loop.exec()
    restored = outcome.get("path")
    return open_store_or_explain(restored, parent) if restored else None


def explain_open_failure(parent: QWidget | None, target: str | os.PathLike[str],
                         exc: BaseException, damage: tuple[str, Health] | None,
                         on_restored: Callable[[str], None], on_failed: Callable[[], None]
                         ) -> BackupRecovery | None:
    """Opening ``target`` failed with ``exc``: say why; for a damaged file offer a backup.

    ``damage`` is :func:`services.core.recover.damage_of` for the failure (worked out off the
    GUI thread by the caller). A damaged SQLite file gets the damaged-database dialog, which
    checks the backups and restores the chosen one in the background without opening the
    damaged file, then ``on_restored(path)`` (the caller opens the restored file); the
    recovery is returned, so the caller can abandon it. Otherwise the reason is shown, and
    ``on_failed()`` runs after it — as when the user declines the dialog.
    """
    from gui.shell.damaged_recovery import BackupRecovery

    if damage is None:
        title, text = describe_open_error(exc, os.fspath(target))
        Messages.show_error(parent, title, text, str(exc))
        on_failed()
        return None
    path, health = damage

    def done(recovered: Recovered | None) -> None:
        if recovered is None:
            on_failed()
        else:
            on_restored(path)

    return BackupRecovery(parent, path, health, str(exc), done)
