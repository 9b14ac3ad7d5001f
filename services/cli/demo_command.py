"""``sailplan --db PATH demo [--size …] [--seed N] [--force]``: write a demo firm, headless.

Refuses to touch a database that already holds data unless ``--force`` is given, in which case
the file is replaced as a whole (built beside it, then moved into place).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``demo`` subcommand."""
    p = subparsers.add_parser(
        "demo",
        help="write a demo firm (演示数据) into a new database file",
        description="Generate a believable demo firm — org, team, customers, follow-ups, "
        "opportunities with full stage history — into the --db file (default: the user's "
        "demo.sqlite3). The same seed and size always give the same data.",
    )
    p.add_argument("--size", default="standard",
                   help="small (150:400), standard (1500:4000), large (100000:300000), "
                   "CUSTOMERS or CUSTOMERS:DEALS (default: standard)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: 20260101)")
    p.add_argument("--today", default=None, metavar="YYYY-MM-DD",
                   help="date the history ends at (default: today)")
    p.add_argument("--force", action="store_true",
                   help="replace the database file even if it already holds data")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Generate the demo database; returns the exit code."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, fail
    from services.cli._errors import debug_wanted, describe
    from services.core.db import normalise_url, sqlite_path
    from services.core.errors import StoreLockedError
    from services.core.lock import FileLock
    from services.core.paths import demo_db_path
    from services.demo import DEFAULT_SEED, DemoCancelled, build_demo_file, parse_size

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        return fail(exc)
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        return fail(tr("invalid --today “{value}”: use YYYY-MM-DD", value=args.today))
    target_text = str(args.db) if getattr(args, "db", None) else str(demo_db_path())
    path_text = sqlite_path(normalise_url(target_text))
    if path_text is None:
        return fail(tr("the demo command writes a SQLite file; give --db a file path"))
    target = Path(path_text)
    lock = FileLock(str(target))
    try:
        lock.acquire()
    except StoreLockedError as exc:
        return fail(exc)
    try:
        if target.exists() and target.stat().st_size > 0:
            if not args.force:
                if _has_data(target):
                    return fail(tr("{path} already holds data; use --force to replace it with "
                                   "the demo firm", path=target))
            elif target.is_dir():
                return fail(tr("{path} is a directory", path=target))
        # The lock stays held: the build works on a temporary file and only then replaces
        # the target, so no Sailplan may open the target meanwhile.
        summary = build_demo_file(
            target, size=size, seed=args.seed if args.seed is not None else DEFAULT_SEED,
            today=today, progress=StderrProgress(tr("demo")),
        )
    except (DemoCancelled, KeyboardInterrupt):
        return fail(tr("cancelled; nothing was written"), 130)
    except Exception as exc:  # noqa: BLE001 - the build works on a temporary file, now gone
        if debug_wanted(args):
            raise
        return fail(tr("the demo firm was not written to {path}: {cause}", path=target,
                       cause=describe(exc)))
    finally:
        lock.release()
    print(tr("Demo firm written to {path}", path=target))
    for line in _summary_lines(summary):
        print(f"  {line}")
    sys.stdout.flush()
    return 0


def _summary_lines(summary: Any) -> list[str]:
    """What the demo firm holds, one count a line (the Chinese terms in both languages)."""
    return [
        tr("org units 组织单元: {count}", count=summary.org_units),
        tr("people 人员: {count}", count=summary.people),
        tr("products 产品: {count}", count=summary.products),
        tr("pipelines 销售流程: {count} ({stages} stages 阶段)", count=summary.pipelines,
           stages=summary.stages),
        tr("lost reasons 输单原因: {count}", count=summary.lost_reasons),
        tr("customers 客户: {count}", count=summary.customers),
        tr("contacts 联系人: {count}", count=summary.contacts),
        tr("follow-ups 跟进记录: {count}", count=summary.followups),
        tr("customer events 客户动态: {count}", count=summary.customer_events),
        tr("opportunities 商机: {count}", count=summary.deals),
        tr("deal lines 商机明细: {count}", count=summary.deal_lines),
        tr("stage changes 阶段变更: {count}", count=summary.stage_history),
        tr("time: {seconds}s", seconds=f"{summary.seconds:.1f}"),
    ]


def _has_data(path: object) -> bool:
    """True if the file has any customer, person or deal (or is not a readable database)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            for table in ("customers", "people", "deals"):
                if table in tables and conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                    return True
        conn.close()
    except sqlite3.DatabaseError:
        return True  # not a database we understand: never overwrite it silently
    return False
