"""``contracts status`` and ``contracts sign``: a contract's order status and its signature.

``python main.py contracts status NUMBER delivered|accepted|done [--on YYYY-MM-DD]`` moves the
order forward (订单状态: 待交付 → 已交付 → 已验收 → 已完成; a skipped step takes the same date);
``contracts status NUMBER cancel --reason TEXT`` cancels it (已取消, kept with the reason).
``contracts sign NUMBER [--on YYYY-MM-DD] [--by PERSON --reason TEXT]`` signs a draft (草稿)
whose required terms are all ticked, or — with an approver and a reason — over the ones that
are not. The same services and refusals as the window (:mod:`services.orders.status`,
:mod:`services.orders.compliance`). Exit codes: 0 done, 2 refused (message on stderr).
"""

from __future__ import annotations

import argparse

from services.cli._common import fail, open_for_command
from services.cli._i18n import tr
from services.cli.receivables_command import as_of_date

STEPS = ("delivered", "accepted", "done", "cancel")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``contracts`` subcommand."""
    p = subparsers.add_parser("contracts", help="contracts and orders (contracts status, sign)")
    sub = p.add_subparsers(dest="contracts_command", required=True)
    st = sub.add_parser("status", help="move an order on (delivered, accepted, done) or "
                                       "cancel it with a reason")
    st.add_argument("number", help="the contract number, e.g. HT-2026-0001")
    st.add_argument("step", choices=STEPS,
                    help="delivered (已交付), accepted (已验收), done (已完成) or cancel (已取消)")
    st.add_argument("--reason", default=None, help="why the order is cancelled (cancel only)")
    st.add_argument("--on", type=as_of_date, default=None, metavar="YYYY-MM-DD",
                    help="the day of the step (default: today)")
    st.set_defaults(handler=_status)
    sg = sub.add_parser("sign", help="sign a draft contract whose required terms are ticked")
    sg.add_argument("number", help="the contract number")
    sg.add_argument("--on", type=as_of_date, default=None, metavar="YYYY-MM-DD",
                    help="the sign date (default: the one the draft has)")
    sg.add_argument("--by", default=None, metavar="PERSON",
                    help="the approver signing over unticked terms (name or id)")
    sg.add_argument("--reason", default=None, help="why it is signed over unticked terms")
    sg.set_defaults(handler=_sign)


def _status(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.orders import status as ST

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            cid = ST.find_contract(store, args.number)
            if args.step == "cancel":
                ST.cancel_order(store, cid, args.reason or "", on=args.on)
            else:
                ST.advance_order(store, cid, args.step, on=args.on)
            state = ST.order_state(store, cid)
        except SailplanError as exc:
            return fail(exc)
    if args.step == "cancel":
        print(tr("Order {number} cancelled on {date}: {reason}", number=state.number,
                 date=str(state.cancelled_on), reason=state.cancel_reason or ""))
    else:
        day = {"delivered": state.delivered_on, "accepted": state.accepted_on,
               "done": state.completed_on}[args.step]
        print(tr("Order {number} is now {status} on {date}", number=state.number,
                 status=_status_word(args.step), date=str(day)))
    return 0


def _status_word(step: str) -> str:
    words = {"delivered": tr("delivered"), "accepted": tr("accepted"), "done": tr("done")}
    return words[step]


def _sign(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.orders import compliance as CO
    from services.orders import status as ST
    from services.org.lookup import find_person

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            cid = ST.find_contract(store, args.number)
            by = find_person(store, args.by).id if args.by else None
            CO.sign_contract(store, cid, sign_date=args.on, by=by,
                             override_reason=args.reason)
            state = CO.compliance(store, cid)
        except SailplanError as exc:
            return fail(exc)
    print(tr("Contract {number} signed", number=state.number))
    if state.override is not None:
        print("  " + tr("Signed over unticked terms ({terms}) by {person}: {reason}",
                        terms="、".join(state.override.missing),
                        person=state.override.by_name or "", reason=state.override.reason))
    return 0
