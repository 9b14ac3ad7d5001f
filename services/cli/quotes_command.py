"""``quotes list`` and ``quotes pdf NUMBER OUT.pdf``: quotes (报价) on the command line.

``python main.py [--db X] quotes list [--all]`` prints one quote per line, tab-separated:
number (with its revision), customer, deal, owner, issued, valid until, status, approval,
total — the latest revision of each quote unless ``--all``. ``quotes pdf NUMBER OUT.pdf``
saves the quote (``BJ-2026-0001`` is the latest revision, ``"BJ-2026-0001 rev 1"`` an earlier
one) as the PDF the window saves; the page is laid out by Qt, which the command line never
imports, so a child process (``python -m gui.orders.quote_pdf``) writes it.
Exit codes: 0 done, 2 user error (message on stderr).
"""

from __future__ import annotations

import argparse

from services.cli._common import fail, open_for_command
from services.cli._i18n import is_chinese, tr

HEADER = ("number", "customer", "deal", "owner", "issued", "valid_until", "status", "approval",
          "total")
STATUS_ZH = {"draft": "草稿", "sent": "已发送", "accepted": "已接受", "rejected": "已拒绝",
             "expired": "已过期"}
APPROVAL_ZH = {"pending": "待审批", "approved": "已批准", "rejected": "已驳回",
               "withdrawn": "已撤回"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``quotes`` subcommand."""
    p = subparsers.add_parser("quotes", help="quotes (quotes list, quotes pdf NUMBER OUT.pdf)")
    sub = p.add_subparsers(dest="quotes_command", required=True)
    lst = sub.add_parser("list", help="list quotes, newest first")
    lst.add_argument("--all", action="store_true",
                     help="every revision, not only the latest of each quote")
    lst.set_defaults(handler=_list)
    pdf = sub.add_parser("pdf", help="save a quote as PDF")
    pdf.add_argument("number", help='quote number, e.g. BJ-2026-0001 or "BJ-2026-0001 rev 1"')
    pdf.add_argument("out", help="the PDF file to write")
    pdf.set_defaults(handler=_pdf)


def _list(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from datetime import date

    from services.core.errors import SailplanError
    from services.orders.quote_queries import list_quotes

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        rows = [r for r in list_quotes(store, date.today()) if args.all or not r.superseded]
    zh = is_chinese()
    print("\t".join(HEADER) if not zh else tr(
        "number\tcustomer\tdeal\towner\tissued\tvalid until\tstatus\tapproval\ttotal"))
    for r in rows:
        status = STATUS_ZH.get(r.shown_status, r.shown_status) if zh else r.shown_status
        approval = (APPROVAL_ZH.get(r.approval, r.approval) if zh else r.approval) \
            if r.approval else ""
        print("\t".join((r.display_number, r.customer_name, r.deal_name or "",
                         r.owner_name or "", r.issued_on.isoformat(),
                         r.valid_until.isoformat(), status, approval, f"{r.total:.2f}")))
    print(tr("{count} quote(s)", count=len(rows)))
    return 0


def _pdf(args: argparse.Namespace) -> int:
    import os
    import subprocess
    import sys
    from pathlib import Path

    from services.core.catalog import ROOT
    from services.core.errors import SailplanError
    from services.orders.quote_queries import find_quote

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            find_quote(store, args.number)
        except SailplanError as exc:
            return fail(exc)
        target = store.url.render_as_string(hide_password=False)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = str(Path(args.out).resolve())
    done = subprocess.run([sys.executable, "-m", "gui.orders.quote_pdf", "--db", target,
                           args.number, out], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return 2
    print(tr("Saved quote {number} to {path}", number=args.number, path=out))
    return 0
