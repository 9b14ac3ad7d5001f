"""``team migrate-from FILE --db URL``: move a firm's SQLite file to the team's server.

Copies every record of FILE into the empty database ``--db`` names (normally
``postgresql+psycopg://…``), verifies the counts and money sums of every table, and commits
only if they all agree (:mod:`services.setup.copy_firm`); a target with anything in it is
refused. FILE is locked for the copy (close Sailplan on it first) and upgraded to this
version's schema first, after a verified backup, as any open does. Prints the rows and sums
copied. Exit 0 done, 2 refused or failed (nothing written).

The ``team`` command may be registered by another module of this package too (``team init``,
``team account``): :func:`team_actions` adds to it when it exists and creates it otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from services.cli._common import StderrProgress, command_actions, fail
from services.cli._i18n import tr

TEAM_DEST = "team_action"
MAIN_TABLES = ("customers", "contacts", "deals", "followups", "contracts", "payments",
               "target_values", "payout_lines")
MAIN_SUMS = ("deals.amount", "contracts.amount", "payments.amount", "payout_lines.amount")


def team_actions(subparsers: Any) -> Any:
    """The sub-command action of the ``team`` command, creating the command if needed."""
    return command_actions(subparsers, "team", "team mode on a shared server (团队模式)", TEAM_DEST)


def register(subparsers: Any) -> None:
    """Add ``team migrate-from``."""
    p = team_actions(subparsers).add_parser(
        "migrate-from", help="copy a firm's SQLite file into the empty team database --db "
                             "names, verified (counts and money sums) or not written at all")
    p.add_argument("file", metavar="FILE", help="the firm's Sailplan file (.sqlite3)")
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                   help="the empty team database, e.g. postgresql+psycopg://user@server/sailplan")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handle ``team migrate-from``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.core.store import open_store as open_core_store
    from services.setup import open_store
    from services.setup.copy_firm import copy_firm

    target = getattr(args, "db", None)
    if not target:
        return fail(tr("name the team database to copy into with --db URL"))
    source_path = Path(args.file).expanduser()
    if not source_path.is_file():
        return fail(tr("{file} does not exist", file=str(source_path)))
    try:
        with open_store(source_path) as source, \
                open_core_store(target, lock=True, seed=None) as dest:
            report = copy_firm(source, dest, progress=StderrProgress(tr("Copying")))
            where = dest.location
    except SailplanError as exc:
        return fail(exc)
    print(tr("Copied {rows} records from {file} to {target}; every table's count and every "
             "amount's sum agree.", rows=report.total_rows, file=str(source_path),
             target=where))
    for name in MAIN_TABLES:
        if name in report.rows:
            print(f"  {name}: {report.rows[name]}")
    for name in MAIN_SUMS:
        if name in report.sums:
            fen = report.sums[name]
            print(f"  Σ {name}: ¥{fen // 100:,}.{fen % 100:02d}")
    return 0
