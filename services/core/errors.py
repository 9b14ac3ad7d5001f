"""Errors services raise for the user to read; messages are plain sentences (English source).

The GUI translates by class and shows ``str(exc)`` details; the CLI prints them and exits non-zero.
"""

from __future__ import annotations


class SailplanError(Exception):
    """Base class for errors a user can act on."""


class NewerSchemaError(SailplanError):
    """The database was written by a newer Sailplan; it is refused and left untouched."""

    def __init__(self, location: str, revision: str):
        self.location = location
        self.revision = revision
        super().__init__(
            f"{location} was written by a newer version of Sailplan (schema {revision}). "
            "It has not been changed. Please update Sailplan to open it."
        )


class StoreLockedError(SailplanError):
    """Another Sailplan process already has this database file open."""

    def __init__(self, location: str, holder: str = ""):
        self.location = location
        self.holder = holder
        detail = f" ({holder})" if holder else ""
        super().__init__(
            f"{location} is already open in another Sailplan window{detail}. "
            "Switch to that window, or close it first."
        )


class StoreOpenError(SailplanError):
    """The file is not a readable Sailplan database (not SQLite, or damaged)."""


class MigrationError(SailplanError):
    """A schema upgrade failed; the database stayed at its old revision."""


class BackupError(SailplanError):
    """A backup could not be written or failed verification."""


class ValidationError(SailplanError):
    """Input was rejected; ``field`` and ``row`` say where."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        self.field = field
        self.row = row
        super().__init__(message)
