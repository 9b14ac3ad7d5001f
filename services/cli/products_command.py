"""``products list``: the product catalogue (产品目录) on the command line.

``python main.py [--db X] products list [--inactive | --all] [--line LINE] [--search TEXT]``
prints one product per line, tab-separated: code, name, product line, unit, list price, tax
rate, cost, active. Products come in with ``import products FILE``
(:mod:`services.cli.import_export`). Exit codes: 0 done, 2 user error (message on stderr).
"""

from __future__ import annotations

import argparse

from services.cli._common import fail, open_for_command
from services.cli._i18n import is_chinese, tr

HEADER = ("code", "name", "line", "unit", "list_price", "tax_rate", "cost", "active")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``products`` subcommand."""
    p = subparsers.add_parser("products", help="the product catalogue (products list)")
    sub = p.add_subparsers(dest="products_command", required=True)
    lst = sub.add_parser("list", help="list products (active ones unless told otherwise)")
    which = lst.add_mutually_exclusive_group()
    which.add_argument("--inactive", action="store_true", help="only deactivated products")
    which.add_argument("--all", action="store_true", help="active and deactivated products")
    lst.add_argument("--line", default=None, help="only this product line (产品线)")
    lst.add_argument("--search", default="", metavar="TEXT",
                     help="only products whose name, code or line contains TEXT")
    lst.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.products.catalogue import list_products
    from services.products.rules import bp_text

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        active = None if args.all else not args.inactive
        rows = list_products(store, active=active, line=args.line, text=args.search)
    print("\t".join(HEADER) if not is_chinese() else tr(
        "code\tname\tline\tunit\tlist price\ttax rate\tcost\tactive"))
    for r in rows:
        print("\t".join((r.code or "", r.name, r.line or "", r.measure_unit or "",
                         f"{r.unit_price:.2f}", bp_text(r.tax_rate_bp) + "%",
                         "" if r.unit_cost is None else f"{r.unit_cost:.2f}",
                         _yes_no(r.active))))
    print(tr("{count} product(s)", count=len(rows)))
    return 0


def _yes_no(value: bool) -> str:
    if not is_chinese():
        return "yes" if value else "no"  # the codes scripts match
    return tr("yes") if value else tr("no")
