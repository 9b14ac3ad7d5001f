"""Errors services raise for the user to read; messages are plain sentences (English source).

``str(exc)`` is the English sentence (logs). The GUI and the CLI show them in the interface
language: an error raised as ``SomeError("the {year} plan is published", year=2026)`` keeps its
``template`` (the sentence before its values were filled in) and ``params``, and
``gui.common.error_texts.error_text`` (the CLI: ``services.cli._i18n.error_text``) looks the
template up in the translations (context ``ServiceErrors``) and fills in the same values. Raise
with a constant template and keyword values, never an f-string, so the sentence can be
translated.
"""

from __future__ import annotations

import errno
from typing import Any


class SailplanError(Exception):
    """Base class for errors a user can act on; see the module docstring for ``template``."""

    def __init__(self, *args: object, **params: Any):
        template = str(args[0]) if args else ""
        #: the message before ``params`` were filled in (what the translations look up)
        self.template = template
        #: the values of the template's ``{name}`` fields, as text
        self.params: dict[str, Any] = {k: str(v) for k, v in params.items()}
        text = template.format(**self.params) if self.params else template
        super().__init__(text, *args[1:])


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

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None,
                 **params: Any):
        self.field = field
        self.row = row
        super().__init__(message, **params)


class DiskFullError(SailplanError):
    """A write ran out of disk space; what it was writing was discarded."""

    def __init__(self, where: object, outcome: str = "nothing was changed"):
        self.where = str(where)
        # A constant ``outcome`` makes a constant template (translated like any refusal);
        # braces of a file name in a made-up one are kept as text.
        safe = outcome.replace("{", "{{").replace("}", "}}")
        super().__init__(
            "The disk holding {where} is full; " + safe + ". Free some space and try again.",
            where=self.where)


_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DISK_FULL_TEXT = ("database or disk is full", "no space left on device", "disk quota exceeded")


def is_disk_full(exc: BaseException | None) -> bool:
    """True when ``exc`` (or an exception it was raised from) says the disk is full.

    Recognises ``OSError`` ENOSPC/EDQUOT, SQLite's ``SQLITE_FULL`` ("database or disk is full",
    also wrapped by SQLAlchemy) and PostgreSQL's ``disk_full`` (SQLSTATE 53100).
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DiskFullError):
            return True
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        if getattr(exc, "sqlstate", None) == "53100":
            return True
        if isinstance(exc, Exception) and not isinstance(exc, SailplanError) \
                and any(t in str(exc).lower() for t in _DISK_FULL_TEXT):
            return True
        exc = exc.__cause__ or exc.__context__
    return False
