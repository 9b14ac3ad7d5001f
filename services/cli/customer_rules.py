"""Customer-rules commands: ``tiers``, ``release-idle``, ``duplicates``.

``tiers`` recomputes every customer's tier (A 大客户 / B 普通 / C 潜在) with the saved rules —
handy as a nightly job; manual overrides are kept. ``release-idle`` releases customers idle
beyond the pool threshold to the shared pool (公海) when the pool is enabled (``--dry-run``
lists them only). ``duplicates NAME`` prints likely duplicates (疑似重复) of a name/phone/e-mail.
Exit codes: 0 done, 2 user error (message on stderr).
"""

from __future__ import annotations

import argparse
from datetime import date

from services.cli._common import StderrProgress, fail, open_for_command
from services.cli._i18n import join, label, tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the customer-rules subcommands."""
    p = subparsers.add_parser("tiers", help="recompute customer tiers with the saved rules")
    p.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the day to compute for (default: today)")
    p.set_defaults(handler=_tiers)
    p = subparsers.add_parser(
        "release-idle", help="release customers idle beyond the pool threshold to the shared pool")
    p.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="the day to judge idleness on (default: today)")
    p.add_argument("--dry-run", action="store_true",
                   help="only list the customers that would be released, release nothing")
    p.set_defaults(handler=_release_idle)
    p = subparsers.add_parser("duplicates", help="list likely duplicates of a customer")
    p.add_argument("name", nargs="?", default="",
                   help="customer name as typed (optional with --phone or --email)")
    p.add_argument("--phone", default=None,
                   help="a phone number to match too (dashes, spaces and +86 are ignored)")
    p.add_argument("--email", default=None, help="an e-mail address to match too")
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="list at most N likely duplicates (default: 10)")
    p.set_defaults(handler=_duplicates)


def _open(args: argparse.Namespace):  # noqa: ANN202
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError

    try:
        return open_for_command(args), None
    except SailplanError as exc:
        return None, fail(exc)


def _tiers(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.customers.tiers import recompute_tiers

    store, code = _open(args)
    if store is None:
        return code or 2
    with store:
        changed = recompute_tiers(store, today=args.today,
                                  progress=StderrProgress(tr("Recomputing tiers"))).value
    print(tr("tiers recomputed: {count} customer(s) changed", count=changed))
    return 0


def _release_idle(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.customers import pool

    store, code = _open(args)
    if store is None:
        return code or 2
    today = args.today or date.today()
    with store:
        if not pool.pool_enabled(store):
            return fail(tr("the shared pool is turned off (Settings → Customer rules)"))
        if args.dry_run:
            ids = pool.idle_customers_for_pool(store, today)
            print(tr("idle customers: {count} (dry run, nothing released)", count=len(ids)))
            for cid in ids:
                print(cid)
            return 0
        move = pool.release_idle(store, today, None).value
    print(tr("released to the shared pool: {count} customer(s)",
             count=len(move.customer_ids)))
    return 0


_REASON_WORDS = {  # the new-customer dialog's words for why a customer looks the same
    "same normalised name": "same name", "same phone": "same phone",
    "same email": "same email", "similar name": "similar name"}


def _reason(code: str) -> str:
    """名称相同 / same name for ``same normalised name`` (services.customers.dedupe)."""
    word = _REASON_WORDS.get(code)
    return label("NewCustomerDialog", word) if word else code


def _duplicates(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.customers.dedupe import find_likely_duplicates

    if not (args.name.strip() or args.phone or args.email):
        return fail(tr("give a name, --phone or --email"))
    store, code = _open(args)
    if store is None:
        return code or 2
    with store:
        found = find_likely_duplicates(store, name=args.name, phone=args.phone,
                                       email=args.email, limit=args.limit)
    for c in found:
        owner = c.owner_name or (tr("shared pool") if c.in_pool else "-")
        print(f"{c.id}\t{c.name}\t{owner}\t{join((_reason(r) for r in c.reasons), '; ')}")
    if not found:
        print(tr("no likely duplicates"))
    return 0
