"""Helpers shared by the subcommands: resolving --db/--demo, printing errors, progress to stderr."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from services.cli._i18n import N_, error_text, tr


def resolve_db(args: argparse.Namespace) -> str:
    """The database the command works on: ``--db``, the demo firm's file with ``--demo``, or the
    user's own file.
    """
    if getattr(args, "db", None):
        return str(args.db)
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.paths import default_db_path, demo_db_path

    return str(demo_db_path() if getattr(args, "demo", False) else default_db_path())


def open_for_command(args: argparse.Namespace, *, create: bool = False,
                     **kwargs: Any):  # noqa: ANN201
    """Open the store for a subcommand (raises :class:`SailplanError` for the user to read).

    ``--demo`` builds the demo firm first when its file does not exist yet, as the app does. A
    SQLite file that does not exist is an error unless ``create`` (a command that writes, such
    as an import, may start a new database): a read never leaves an empty database behind.
    """
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.db import normalise_url, sqlite_path
    from services.core.errors import SailplanError
    from services.setup import open_store

    target = resolve_db(args)
    if getattr(args, "demo", False) and not getattr(args, "db", None):
        _ensure_demo(target, getattr(args, "demo_size", "standard"))
    elif not create:
        path = sqlite_path(normalise_url(target))
        if path is not None and not os.path.isfile(path):
            raise SailplanError(N_("there is no database at {path}; nothing was created "
                                   "(choose one with --db PATH, or --demo for the demo firm)"),
                                path=path)
    return open_store(target, **kwargs)


def _ensure_demo(path: str, size_text: str) -> None:
    """Build the demo firm at ``path`` if it is not there yet (progress on stderr)."""
    if os.path.exists(path):
        return
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.demo import ensure_demo_db, parse_size

    try:
        size = parse_size(size_text)
    except ValueError as exc:
        raise SailplanError(N_("--demo-size: {problem}"), problem=exc) from exc
    print(tr("Creating the demo firm in {path} (first use)…", path=path), file=sys.stderr)
    ensure_demo_db(path, size=size, progress=StderrProgress(tr("demo")))


def derived_lines(result: Any) -> list[str]:
    """Lines saying what a write's derived updates did (e.g. the tiers recomputed), read from
    the ``Changes`` of the ``Op`` it returned.
    """
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.changes import Op
    from services.customers.tiers import TIER_FACT

    if not isinstance(result, Op):
        return []
    tiers = result.changes.fact(TIER_FACT)
    if not tiers:
        return []
    return [tr("Tiers recomputed: {count} customer(s) changed tier", count=len(tiers))]


def fail(message: str | BaseException, code: int = 2) -> int:
    """Print an error for the user and return the exit code; a refusal (an exception) is
    worded in the run's language (:func:`services.cli._i18n.error_text`).
    """
    if isinstance(message, BaseException):
        message = error_text(message)
    print(f"sailplan: {message}", file=sys.stderr)
    return code


class StderrProgress:
    """A tiny text progress reporter for long commands (``progress(done, total)``)."""

    def __init__(self, label: str, enabled: bool = True):
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        pct = int(done * 100 / total)
        if pct != self._last:
            self._last = pct
            end = "\n" if done >= total else ""
            print(f"\r{self.label}: {pct:3d}%", end=end, file=sys.stderr, flush=True)


def command_actions(subparsers: Any, name: str, help_text: str, dest: str) -> Any:
    """The sub-command action of the command ``name``, creating the command (with
    ``help_text``) if no module of this package made it yet: several modules add actions to one
    command, in whatever order they register.
    """
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=help_text)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=dest, required=True, metavar="ACTION")
