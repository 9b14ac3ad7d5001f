"""``tickets list|add|close``: service tickets (服务工单) on the command line.

``python main.py [--db X] tickets list [--status S] [--owner NAME] [--customer NAME] [--overdue]``
prints one ticket per line, tab-separated: number, status, type, priority, customer, owner, due
date, days overdue, satisfaction, issue. ``tickets add --customer NAME --title TEXT [--type T]
[--priority P] [--owner NAME] [--due YYYY-MM-DD] [--contract NUMBER] [--description TEXT]``
opens one; ``tickets close NUMBER --satisfaction 1-5|none [--resolution TEXT] [--on DATE]``
closes one with the customer's satisfaction. Exit codes: 0 done, 2 user error.
"""

from __future__ import annotations

import argparse
from datetime import date

from services.cli._common import fail, open_for_command
from services.cli._i18n import is_chinese, tr, translate

HEADER = ("number", "status", "type", "priority", "customer", "owner", "due", "days_overdue",
          "satisfaction", "issue")
STATUSES = ("open", "in_progress", "resolved", "closed")
TYPES = ("install", "repair", "return", "inquiry", "complaint")
PRIORITIES = ("low", "normal", "high", "urgent")
WORDS = {  # the GUI's words for the codes (context TicketLabels), for a Chinese run
    "open": "Open", "in_progress": "In progress", "resolved": "Resolved", "closed": "Closed",
    "install": "Installation", "repair": "Repair", "return": "Return / exchange",
    "inquiry": "Inquiry", "complaint": "Complaint", "low": "Low", "normal": "Normal",
    "high": "High", "urgent": "Urgent"}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def _score(text: str) -> int | None:
    if text.strip().lower() in ("none", "-", "无"):
        return None
    if text.strip() in ("1", "2", "3", "4", "5"):
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a satisfaction: use 1 to 5, or none")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``tickets`` subcommand."""
    p = subparsers.add_parser("tickets", help="service tickets (tickets list|add|close)")
    sub = p.add_subparsers(dest="tickets_command", required=True)
    lst = sub.add_parser("list", help="list service tickets, open ones first by due date")
    lst.add_argument("--status", choices=STATUSES, action="append",
                     help="only tickets with this status (repeatable)")
    lst.add_argument("--owner", default=None, help="only this person's tickets (name or id)")
    lst.add_argument("--customer", default=None, help="only this customer's (name or id)")
    lst.add_argument("--overdue", action="store_true",
                     help="only open tickets past their due date")
    lst.set_defaults(handler=_list)
    add = sub.add_parser("add", help="open a service ticket")
    add.add_argument("--customer", required=True, help="the customer (name or id)")
    add.add_argument("--title", required=True, help="the issue, e.g. 网关无法联网")
    add.add_argument("--type", choices=TYPES, default="repair",
                     help="install (安装), repair (维修), return (退换货), inquiry (咨询) or "
                     "complaint (投诉); default repair")
    add.add_argument("--priority", choices=PRIORITIES, default="normal",
                     help="low (低), normal (中), high (高) or urgent (紧急); default normal")
    add.add_argument("--owner", default=None, help="who handles it (name or id)")
    add.add_argument("--due", type=_day, default=None, metavar="YYYY-MM-DD",
                     help="the day it must be resolved by")
    add.add_argument("--opened", type=_day, default=None, metavar="YYYY-MM-DD",
                     help="the day it was opened (default today)")
    add.add_argument("--contract", default=None, help="the contract number it is about")
    add.add_argument("--description", default=None, help="more about the issue")
    add.set_defaults(handler=_add)
    close = sub.add_parser("close", help="close a ticket with the customer's satisfaction")
    close.add_argument("number", help="the ticket's number, e.g. GD-2026-0001")
    close.add_argument("--satisfaction", type=_score, required=True, metavar="1-5|none",
                       help="how satisfied the customer was, 1 to 5 (none: no answer)")
    close.add_argument("--resolution", default=None,
                       help="how it was resolved (needed unless the ticket has one)")
    close.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD",
                       help="the day it was closed (default today)")
    close.set_defaults(handler=_close)


def _word(code: str) -> str:
    if not is_chinese():
        return code  # the codes scripts match
    source = WORDS.get(code)
    return translate("TicketLabels", source) if source else code


def _list(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.aftersales import TicketFilter, list_tickets
    from services.aftersales.lookup import customer_by_name
    from services.aftersales.rules import days_overdue
    from services.core.errors import SailplanError
    from services.org.lookup import find_person

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    today = date.today()
    with store:
        try:
            flt = TicketFilter(
                statuses=frozenset(args.status or ()),
                owner_id=find_person(store, args.owner).id if args.owner else None,
                customer_id=customer_by_name(store, args.customer) if args.customer else None,
                overdue_only=args.overdue)
        except SailplanError as exc:
            return fail(exc)
        rows = list_tickets(store, flt, today)
    print("\t".join(HEADER) if not is_chinese() else tr(
        "number\tstatus\ttype\tpriority\tcustomer\towner\tdue\tdays overdue\tsatisfaction"
        "\tissue"))
    for t in rows:
        late = days_overdue(t.status, t.due_on, today)
        print("\t".join((t.number, _word(t.status), _word(t.type), _word(t.priority),
                         t.customer_name, t.owner_name or "",
                         t.due_on.isoformat() if t.due_on else "", str(late) if late else "",
                         str(t.satisfaction) if t.satisfaction is not None else "", t.title)))
    print(tr("{count} ticket(s)", count=len(rows)))
    return 0


def _add(args: argparse.Namespace) -> int:
    from services.aftersales import create_ticket, get_ticket
    from services.aftersales.lookup import contract_by_number, customer_by_name
    from services.core.errors import SailplanError
    from services.org.lookup import find_person

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            tid = create_ticket(
                store, customer_id=customer_by_name(store, args.customer), title=args.title,
                type=args.type, priority=args.priority,
                owner_id=find_person(store, args.owner).id if args.owner else None,
                contract_id=contract_by_number(store, args.contract) if args.contract
                else None, opened_on=args.opened, due_on=args.due,
                description=args.description).value
        except SailplanError as exc:
            return fail(exc)
        t = get_ticket(store, tid)
    assert t is not None
    print(tr("Opened service ticket {number} for {customer}", number=t.number,
             customer=t.customer_name))
    return 0


def _close(args: argparse.Namespace) -> int:
    from services.aftersales import close_ticket
    from services.aftersales.lookup import ticket_by_number
    from services.core.errors import SailplanError

    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            tid = ticket_by_number(store, args.number)
            close_ticket(store, tid, satisfaction=args.satisfaction, on=args.on,
                         resolution=args.resolution)
        except SailplanError as exc:
            return fail(exc)
    score = "—" if args.satisfaction is None else f"{args.satisfaction} / 5"
    print(tr("Closed service ticket {number}, satisfaction {score}", number=args.number,
             score=score))
    return 0
