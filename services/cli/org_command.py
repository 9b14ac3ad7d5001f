"""``org`` and ``people``: the org tree (组织架构) and the team, headless.

``org list`` (the tree with people counts) · ``org add NAME --kind K --parent P`` ·
``org rename UNIT NEW_NAME`` · ``org kind UNIT KIND`` · ``org move UNIT --to PARENT`` ·
``org merge A --into B`` · ``org close UNIT [--on DATE]`` · ``people list [--unit U] [--all]`` ·
``people add NAME --unit U [--role R] [--tier T] [--manager M] [--phone] [--email] [--start]``
· ``people edit PERSON [--name …] [--unit …] [--role …] [--tier …] [--manager …|--no-manager]
[--phone …] [--email …] [--start …] [--left DATE|--left none]``.

Units and people are named by name or id; an ambiguous name is refused with the candidates
listed. The writes go through the same services as the org editor. Exit codes: 0 done, 2
refused (one line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from services.cli._common import fail, open_for_command
from services.cli._i18n import tr
from services.cli._labels import code_label

# models.enums.UnitKind / Role / CapacityTier (not imported: building the parser stays free of
# SQLAlchemy — tests/unit/cli/test_org_cli.py keeps them equal).
KINDS = ("company", "region", "channel", "product_line", "department", "team")
ROLES = ("owner", "director", "manager", "rep", "analyst")
TIERS = ("novice", "intermediate", "senior")
KIND_HELP = ("company 公司, region 区域, channel 渠道, product_line 产品线, department 事业部, "
             "team 团队")
ROLE_HELP = ("owner 老板/管理员, director 销售总监, manager 销售经理, rep 一线销售, "
             "analyst 数据分析岗")
TIER_HELP = "novice 新手, intermediate 中级, senior 资深"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _left(text: str) -> date | None:
    return None if text.strip().lower() in ("none", "-", "") else _day(text)


def register(subparsers: Any) -> None:
    """Add the ``org`` and ``people`` commands."""
    p = subparsers.add_parser("org", help="org units (组织架构): list, add, rename, kind, move, "
                                          "merge, close")
    sub = p.add_subparsers(dest="org_action", required=True, metavar="ACTION")
    sub.add_parser("list", help="the org tree with the active people of each unit")
    a = sub.add_parser("add", help="add a unit under a parent unit")
    a.add_argument("name", help="the new unit's name")
    a.add_argument("--kind", required=True, choices=KINDS, metavar="KIND", help=KIND_HELP)
    a.add_argument("--parent", default=None,
                   help="the parent unit (name or id); none only for the company itself")
    r = sub.add_parser("rename", help="give a unit a new name")
    r.add_argument("unit", help="the unit (name or id)")
    r.add_argument("new_name", help="its new name")
    m = sub.add_parser("move", help="move a unit (with its sub-units) under another unit")
    m.add_argument("unit", help="the unit (name or id)")
    m.add_argument("--to", required=True, dest="parent", help="the new parent (name or id)")
    g = sub.add_parser("merge", help="merge a unit into another: its people, sub-units, "
                                     "customers and targets move there and it is removed")
    g.add_argument("unit", help="the unit merged away (name or id)")
    g.add_argument("--into", required=True, help="the unit that receives it (name or id)")
    k = sub.add_parser("kind", help="change what a unit is (region, channel, team…)")
    k.add_argument("unit", help="the unit (name or id)")
    k.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_HELP)
    c = sub.add_parser("close", help="close a unit that has no active people left")
    c.add_argument("unit", help="the unit (name or id)")
    c.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="the closing day (default: today)")
    p.set_defaults(handler=run_org)

    p = subparsers.add_parser("people", help="the team (人员): list, add, edit")
    sub = p.add_subparsers(dest="people_action", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="the people, with unit, role, tier, manager and dates")
    ls.add_argument("--unit", default=None, help="only this unit and its sub-units")
    ls.add_argument("--all", action="store_true", help="people who left are listed too")
    ad = sub.add_parser("add", help="add a person")
    ad.add_argument("name", help="the person's name")
    ad.add_argument("--unit", required=True, help="their unit (name or id)")
    ed = sub.add_parser("edit", help="change a person's fields")
    ed.add_argument("person", help="the person (name or id)")
    ed.add_argument("--name", default=None, help="a new name")
    ed.add_argument("--unit", default=None, help="move them to this unit (name or id)")
    ed.add_argument("--no-manager", action="store_true", help="clear their manager")
    ed.add_argument("--left", type=_left, default=argparse.SUPPRESS, metavar="YYYY-MM-DD",
                    help="the day they left (\"none\": they are back)")
    for sp in (ad, ed):
        sp.add_argument("--role", choices=ROLES, default=None, metavar="ROLE",
                        help=ROLE_HELP + (" (default: rep)" if sp is ad else ""))
        sp.add_argument("--tier", choices=TIERS, default=None, metavar="TIER",
                        help=TIER_HELP + (" (default: intermediate)" if sp is ad else ""))
        sp.add_argument("--manager", default=None, help="their manager (name or id)")
        sp.add_argument("--phone", default=None, help="phone number")
        sp.add_argument("--email", default=None, help="e-mail address")
        sp.add_argument("--start", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="first working day" + (" (default: today)" if sp is ad else ""))
    p.set_defaults(handler=run_people)


def _guard(args: argparse.Namespace, body: Any, create: bool = False) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError

    try:
        with open_for_command(args, create=create) as store:
            return int(body(store, args))
    except SailplanError as exc:
        return fail(exc)


def run_org(args: argparse.Namespace) -> int:
    """Handle ``org …``."""
    # Adding the company may start a new database, as an import may; the rest only changes one.
    return _guard(args, _org, create=args.org_action == "add")


def run_people(args: argparse.Namespace) -> int:
    """Handle ``people …``."""
    return _guard(args, _people)


def _org(store: Any, args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.org import units as U
    from services.org.lookup import find_unit

    action = args.org_action
    if action == "list":
        print(tr("unit\tkind\tpeople\twith sub-units\tclosed"))
        for u in U.unit_tree(store):
            closed = u.closed_on.isoformat() if u.closed_on else ""
            print(f"{'  ' * u.depth}{u.name}\t{code_label('kind', u.kind)}\t{u.people}\t"
                  f"{u.people_total}\t{closed}")
        return 0
    if action == "add":
        parent = find_unit(store, args.parent).id if args.parent else None
        U.add_unit(store, args.name, args.kind, parent)
        kind = code_label("kind", args.kind)
        if args.parent:
            print(tr("Added {kind} {name} under {parent}.", kind=kind, name=args.name.strip(),
                     parent=args.parent))
        else:
            print(tr("Added {kind} {name}.", kind=kind, name=args.name.strip()))
        return 0
    unit = find_unit(store, args.unit)
    if action == "rename":
        U.rename_unit(store, unit.id, args.new_name)
        print(tr("Renamed {name} to {new_name}.", name=unit.name,
                 new_name=args.new_name.strip()))
    elif action == "move":
        new_parent = find_unit(store, args.parent)
        U.move_unit(store, unit.id, new_parent.id)
        print(tr("Moved {name} under {parent}.", name=unit.name, parent=new_parent.name))
    elif action == "merge":
        into = find_unit(store, args.into)
        moved = U.merge_unit(store, unit.id, into.id).value
        print(tr("Merged {name} into {into}: {people} people, {units} sub-unit(s), "
                 "{customers} customer(s), {nodes} target node(s), {products} product(s) "
                 "moved.", name=unit.name, into=into.name, people=moved.count("people"),
                 units=moved.count("org_units"), customers=moved.count("customers"),
                 nodes=moved.count("target_nodes"), products=moved.count("products")))
    elif action == "kind":
        U.set_unit_kind(store, unit.id, args.kind)
        print(tr("{name} is now a {kind}.", name=unit.name, kind=code_label("kind", args.kind)))
    elif action == "close":
        U.close_unit(store, unit.id, args.on)
        print(tr("Closed {name} on {day}.", name=unit.name,
                 day=(args.on or date.today()).isoformat()))
    return 0


def _people(store: Any, args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.org import people_edit as P
    from services.org.lookup import find_person, find_unit

    action = args.people_action
    if action == "list":
        unit = find_unit(store, args.unit).id if args.unit else None
        print(tr("name\tunit\trole\ttier\tmanager\tphone\te-mail\tstart\tleft"))
        for p in P.list_unit_people(store, unit, include_left=args.all):
            left = p.active_to.isoformat() if p.active_to else ""
            print(f"{p.name}\t{p.unit_name}\t{code_label('role', p.role)}\t"
                  f"{code_label('tier', p.capacity_tier)}\t{p.manager_name or ''}\t"
                  f"{p.phone or ''}\t{p.email or ''}\t{p.active_from.isoformat()}\t{left}")
        return 0
    manager = find_person(store, args.manager).id if args.manager else None
    if action == "add":
        P.add_person(store, args.name, find_unit(store, args.unit).id,
                     role=args.role or "rep", capacity_tier=args.tier or "intermediate",
                     manager_id=manager, phone=args.phone, email=args.email,
                     active_from=args.start)
        print(tr("Added {name} to {unit}.", name=args.name.strip(), unit=args.unit))
        return 0
    person = find_person(store, args.person)
    changes: dict[str, Any] = {}
    for key, value in (("name", args.name), ("role", args.role), ("capacity_tier", args.tier),
                       ("phone", args.phone), ("email", args.email),
                       ("active_from", args.start)):
        if value is not None:
            changes[key] = value
    if args.unit:
        changes["unit_id"] = find_unit(store, args.unit).id
    if manager or args.no_manager:
        changes["manager_id"] = manager
    if hasattr(args, "left"):
        changes["active_to"] = args.left
    if not changes:
        return fail(tr("nothing to change: give at least one of --name, --unit, --role, "
                       "--tier, --manager, --no-manager, --phone, --email, --start, --left"))
    old = P.edit_person(store, person.id, changes).value
    if old:
        print(tr("{name}: {fields} changed.", name=person.name, fields=", ".join(sorted(old))))
    else:
        print(tr("{name}: nothing changed.", name=person.name))
    return 0
