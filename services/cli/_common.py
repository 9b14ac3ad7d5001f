"""Helpers shared by the subcommands: resolving --db, printing errors, progress to stderr."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def resolve_db(args: argparse.Namespace) -> str:
    """The database the command works on: ``--db`` or the user's own file."""
    if getattr(args, "db", None):
        return str(args.db)
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.paths import default_db_path

    return str(default_db_path())


def open_for_command(args: argparse.Namespace, **kwargs: Any):  # noqa: ANN201
    """Open the store for a subcommand, turning user errors into messages."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.setup import open_store

    return open_store(resolve_db(args), **kwargs)


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
    return [f"Tiers recomputed: {len(tiers)} customer(s) changed tier"] if tiers else []


def fail(message: str, code: int = 2) -> int:
    """Print an error for the user and return the exit code."""
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
