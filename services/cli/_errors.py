"""Every subcommand's failures as one line naming the cause and what to do, with exit 2.

:func:`guarded` wraps each command's handler (``services.cli.add_commands`` does it for all):
a :class:`~services.core.errors.SailplanError` prints its own message; a full disk, a database
another program keeps locked, a damaged file, an unreachable server, a missing or unreadable
file each get a sentence of their own; anything else prints its type and first line and asks
for ``--debug`` (or ``SAILPLAN_DEBUG=1``), which also prints the traceback. Exit codes are in
docs/EXIT_CODES.md: 0 done, 1 problems found / rows rejected, 2 refused or failed.

When the reader of the output goes away (``sailplan targets show … | head``), the command stops
quietly with the status of a process ended by SIGPIPE (141), like other command-line tools.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

from services.cli._i18n import error_text, tr

EXIT_FAILED = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
DEBUG_ENV = "SAILPLAN_DEBUG"
MAX_MESSAGE = 400

Handler = Callable[[argparse.Namespace], int]


def debug_wanted(args: argparse.Namespace) -> bool:
    """``--debug`` on the command line or ``SAILPLAN_DEBUG=1`` in the environment."""
    env = os.environ.get(DEBUG_ENV, "").strip().lower()
    return bool(getattr(args, "debug", False)) or env in ("1", "true", "yes", "on")


def guarded(handler: Handler) -> Handler:
    """``handler`` with every failure turned into a message and an exit code (see module)."""

    def run(args: argparse.Namespace) -> int:
        try:
            code = int(handler(args))
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return code
        except BrokenPipeError:
            _quiet_stdout()
            return EXIT_BROKEN_PIPE
        except KeyboardInterrupt:
            return _fail(tr("interrupted; a write in progress was rolled back"),
                         EXIT_INTERRUPTED)
        except Exception as exc:  # noqa: BLE001 - the whole point: no traceback for users
            if debug_wanted(args):
                traceback.print_exc()
            return _fail(describe(exc, args), EXIT_FAILED)

    run.__wrapped__ = handler  # type: ignore[attr-defined]
    return run


def describe(exc: BaseException, args: argparse.Namespace | None = None) -> str:
    """One line saying what went wrong and what to do about it (in the run's language)."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.db import busy_timeout_ms
    from services.core.errors import SailplanError, is_disk_full

    where = _location(args)
    text = _first_line(exc)
    if isinstance(exc, SailplanError):
        return _one_line(error_text(exc))
    if is_disk_full(exc):
        disk = tr("the disk holding {where}", where=where) if where else tr("the disk")
        return _one_line(tr("{disk} is full ({cause}); what the command was writing was "
                            "discarded and nothing was saved. Free some space and run it "
                            "again.", disk=disk, cause=text))
    low = str(exc).lower()
    if "database is locked" in low or "database table is locked" in low:
        seconds = busy_timeout_ms() / 1000
        return _one_line(tr(
            "{where} is busy: another program has held its write lock for more than "
            "{seconds} s (a second Sailplan process, the sqlite3 shell, a sync or backup "
            "tool). Nothing was changed. Close that program or wait until it is done, then "
            "run the command again (SAILPLAN_BUSY_TIMEOUT=SECONDS waits longer).",
            where=where or tr("the database"), seconds=f"{seconds:g}"))
    if "malformed" in low or "file is not a database" in low or "database corrupt" in low:
        return _one_line(tr(
            "{where} is damaged ({cause}). Run `check` to see what is damaged, then `backups` "
            "and `restore BACKUP` to go back to a good copy.",
            where=where or tr("the database"), cause=text))
    if _is_connection_error(exc):
        return _one_line(tr("cannot reach the database server ({cause}). Check the --db URL, "
                            "that the server is running and that you may connect to it.",
                            cause=text))
    if isinstance(exc, PermissionError):
        return _one_line(tr("permission denied: {path}. Choose a place you may write to, or "
                            "ask for access.", path=exc.filename or text))
    if isinstance(exc, FileNotFoundError):
        return _one_line(tr("{path} does not exist; check the path.",
                            path=exc.filename or text))
    if isinstance(exc, IsADirectoryError):
        return _one_line(tr("{path} is a folder; give a file name.", path=exc.filename or text))
    if isinstance(exc, OSError):
        name = f": {exc.filename}" if exc.filename else ""
        return _one_line(tr("{cause}{name}. Nothing was saved; fix that and run the command "
                            "again.", cause=exc.strerror or text, name=name))
    return _one_line(tr(
        "unexpected error ({kind}: {cause}); a write in progress was rolled back. Run the "
        "command again with --debug (or {env}=1) to see where it happened, and report it.",
        kind=type(exc).__name__, cause=text, env=DEBUG_ENV))


def add_debug_option(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` and every sub-parser under it a ``--debug`` option."""
    if not any("--debug" in a.option_strings for a in parser._actions):
        parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                            help=f"on failure, also print the traceback (or set {DEBUG_ENV}=1)")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                add_debug_option(sub)


def _is_connection_error(exc: BaseException) -> bool:
    name = type(exc).__module__ + "." + type(exc).__name__
    if not name.startswith(("psycopg", "sqlalchemy")):
        return False
    low = str(exc).lower()
    return any(t in low for t in ("connection refused", "could not connect", "connection to server",
                                  "timeout expired", "could not translate host name",
                                  "name or service not known", "server closed the connection"))


def _location(args: argparse.Namespace | None) -> str:
    if args is None:
        return ""
    try:
        from services.cli._common import resolve_db
        from services.core.db import normalise_url, sqlite_path

        target = resolve_db(args)
        url = normalise_url(target)
        return sqlite_path(url) or url.render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for the message
        return ""


def _first_line(exc: BaseException) -> str:
    """The exception's own first line (SQLAlchemy's "(Background on this error…)" dropped)."""
    orig: Any = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    text = str(orig if orig is not None else exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line[:200] + ("…" if len(line) > 200 else "")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_MESSAGE * 2 else line[:MAX_MESSAGE * 2] + "…"


def _fail(message: str, code: int) -> int:
    from services.cli._common import fail

    try:
        return fail(message, code)
    except BrokenPipeError:  # stderr is gone too: nothing left to tell
        return code


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at devnull so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
