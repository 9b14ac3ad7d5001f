"""``export review --period 2026-Q3 [--node 华东大区] [--as-of YYYY-MM-DD] OUT.pdf|OUT.xlsx``:
a review pack (复盘材料) of a week (2026-W38), a month (2026-09) or a quarter (2026-Q3) for an
org unit (a name, a path or an id; the whole firm without ``--node``).

The ``export`` subcommand lives in :mod:`services.cli.import_export`; it hands ``export
review`` to :func:`run_review_export` here. The workbook is written here (Qt-free); a PDF is
laid out by Qt, so a child process writes it (``python -m gui.dashboard.review_pdf``), as
``quotes pdf`` does. Worded in the ``--lang`` language (``--english`` forces English).
"""

from __future__ import annotations

import argparse

from services.cli._i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing to add: ``export review`` is a kind of the existing ``export`` subcommand."""


def _pdf(args: argparse.Namespace, target: str, english: bool) -> int:
    import os
    import subprocess
    import sys
    from pathlib import Path

    from services.core.catalog import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = str(Path(args.out).resolve())
    cmd = [sys.executable, "-m", "gui.dashboard.review_pdf", "--db", target,
           "--period", args.period, out]
    if args.node:
        cmd += ["--node", args.node]
    if args.as_of:
        cmd += ["--as-of", args.as_of.isoformat()]
    if english:
        cmd.append("--english")
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return 2
    print(tr("Saved the {period} review of {node} to {path}", period=args.period,
             node=args.node or tr("the whole firm"), path=out))
    return 0


def run_review_export(args: argparse.Namespace) -> int:
    """Handle ``export review``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import fail, open_for_command
    from services.cli._i18n import language
    from services.core.errors import SailplanError

    if not args.period:
        return fail(tr("export review needs --period YYYY-Qn, YYYY-MM or YYYY-Wnn"))
    english = args.english or not language().startswith("zh")
    if not args.out.lower().endswith((".pdf", ".xlsx")):
        return fail(tr("a review exports to .xlsx or .pdf"))
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        from services.reviews.export import export_review
        from services.reviews.pack import build_pack
        from services.reviews.scope import grain_of

        try:
            grain = grain_of(args.period)
            unit = None
            if args.node:
                from services.org.lookup import find_unit

                unit = find_unit(store, args.node).id
            if args.out.lower().endswith(".pdf"):
                target = store.url.render_as_string(hide_password=False)
            else:
                pack = build_pack(store, grain, args.period, unit, as_of=args.as_of)
                path = export_review(pack, args.out, english=english)
        except (SailplanError, OSError) as exc:
            return fail(exc)
    if args.out.lower().endswith(".pdf"):
        return _pdf(args, target, english)
    print(tr("Saved the {period} review of {node} to {path}", period=args.period,
             node=args.node or tr("the whole firm"), path=path))
    return 0
