"""The demo firm's current-year target plan (年度销售目标), published and mostly acknowledged.

Company → channels/regions/teams → the reps still on the team, like the org tree (a leaver's
deals land on their unit's node). Each rep's year target is 100–129% of the pace the firm believes
in — last year's won amount grown 20%, blended (more as the year goes on) with this year's pace —
never below a tier minimum; it is split into months by the firm's own seasonality (last year's
won amount per month) with exact rounding (largest remainder, in fen, floor and challenge too)
and summed into quarters, so every year, quarter and month adds up to the fen. Layers type only
their year value (the sum of their children in every column); their quarters and months roll up.
The company's year target is rounded up to the next 100万, so it shows a small unallocated gap
(未分配); it types its quarters and months too (its children's plus a share of that gap), so the
company has one total whichever way it is added up. Its signed amount is also cut by product
line and by channel (:mod:`services.demo.target_cuts`), each cut adding up to it exactly.
Collected amount 回款额 is 90% of signed; deal count 签约量 and new customers 新增客户数 get year
and quarter targets; follow-ups 跟进数 a year target per rep.

Lifecycle: values set at the January target meeting (a version row each), published early
February, acknowledged by every owner but two, two approved adjustments (with their versions and a
raised plan version) and one pending request. One approval changes the year (the person's quarter
and year follow the month; the level above shows the change as its gap), the other keeps it (the
remaining months absorb the difference) — :mod:`services.targets.follow`, as the app approves.
Ids come from their own seeded stream, timestamps from the demo clock, so the same seed and
``today`` give identical rows.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import BigInteger, insert, select, type_coerce

from models import Customer, Deal, OrgUnit, Person, Stage
from models.enums import Role, StageKind
from models.targets import (
    TargetAcknowledgement,
    TargetAdjustment,
    TargetNode,
    TargetPlan,
    TargetValue,
    TargetValueVersion,
)
from services.core import periods as P
from services.demo.common import Clock, make_uuid
from services.demo.target_cuts import write_cut_values
from services.targets.follow import CHANGE_YEAR, KEEP_YEAR, FollowError, follow
from services.targets.split import Values, split_amount

METRICS = ("signed_amount", "collected_amount", "deal_count", "new_customers", "followups")
TIER_MIN_FEN = {"novice": 60_000_000, "intermediate": 150_000_000, "senior": 250_000_000}
WAN_100 = 100_000_000  # 100万 yuan in fen
MONTHLY = ("signed_amount", "collected_amount")  # metrics with month targets
UNACKNOWLEDGED = 2  # owners who have not acknowledged yet (the last person nodes)


def _minute(clock: Clock, day: date, hour: int = 10) -> int:
    """The demo minute of a local day and hour, kept before the end of the history."""
    return min(clock.day_index(day) * 1440 + hour * 60, clock.end - 60)


def write_demo_targets(session: Any, clock: Clock, seed: int) -> int:
    """Write the plan in the caller's transaction; returns the number of target nodes."""
    rng = random.Random(seed ^ 0x7A67E7)
    year = clock.today.year
    ly_lo = date(year - 1, 1, 1)
    units = session.execute(select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.sort_order)
                            .where(OrgUnit.deleted_at.is_(None))
                            .order_by(OrgUnit.sort_order)).all()
    if not units:
        return 0
    people = session.execute(select(Person.id, Person.name, Person.role, Person.capacity_tier,
                                    Person.unit_id, Person.active_from, Person.active_to)
                             .order_by(Person.active_from, Person.name)).all()
    won = session.execute(
        select(Deal.owner_id, Deal.closed_on, type_coerce(Deal.won_amount, BigInteger))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Stage.kind == StageKind.WON, Deal.closed_on >= ly_lo)
    ).all()
    # per owner: [last year's amount, count, new customers, this year's …] (fen / counts)
    stats: dict[str | None, list[int]] = defaultdict(lambda: [0] * 6)
    season = [0] * 12
    for owner, closed_on, amount in won:
        this = 3 if closed_on.year == year else 0
        stats[owner][this] += int(amount or 0)
        stats[owner][this + 1] += 1
        if not this:
            season[closed_on.month - 1] += int(amount or 0)
    for owner, created in session.execute(select(Customer.owner_id, Customer.created_at).where(
            Customer.created_at >= clock.dt(_minute(clock, ly_lo, 0)))):
        stats[owner][5 if created.year == year else 2] += 1
    elapsed = max(1, (clock.today - date(year, 1, 1)).days)
    pace_weight = min(1.0, elapsed / 180)

    def pace(pid: str, i: int) -> int:
        """A year's figure the team believes in: last year grown, blended with this year's pace."""
        st = stats[pid]
        return int(pace_weight * st[3 + i] * 365 / elapsed + (1 - pace_weight) * st[i] * 1.2)

    director = next((p.id for p in people if p.role == Role.DIRECTOR), None)
    meeting = _minute(clock, date(year, 1, 12))
    publish_day = max(date(year, 1, 2), min(date(year, 2, 5), clock.today - timedelta(days=3)))
    published = _minute(clock, publish_day, 17)

    def stamp(minute: int) -> dict[str, Any]:
        return {"created_at": clock.dt(minute), "updated_at": clock.dt(minute), "deleted_at": None}

    plan_id = make_uuid(rng)
    plan = {"id": plan_id, "year": year, "name": f"{year}年度销售目标", "status": "published",
            "version": 1, "metrics": ",".join(METRICS), "published_at": clock.dt(published),
            "published_by_id": director, "notes": "年初目标设定会议确定，二月宣贯认领。",
            **stamp(meeting)}

    # --- nodes -----------------------------------------------------------------------------
    nodes: list[dict[str, Any]] = []
    node_of_unit: dict[str, str] = {}
    children: dict[str, list[str]] = defaultdict(list)
    for uid, parent, name, order in units:
        nid = make_uuid(rng)
        parent_node = node_of_unit.get(parent) if parent else None
        node_of_unit[uid] = nid
        nodes.append({"id": nid, "plan_id": plan_id, "parent_id": parent_node, "name": name,
                      "kind": "company" if parent is None else "unit", "unit_id": uid,
                      "person_id": None, "sort_order": order, "split_rule": "last_year",
                      "weight": None, **stamp(meeting)})
        if parent_node:
            children[parent_node].append(nid)
    person_targets: dict[str, dict[str, int]] = {}
    person_nodes: list[tuple[str, str]] = []  # (node id, person id)
    for i, (pid, name, role, tier, unit_id, _start, end) in enumerate(people):
        # reps still on the team (the demo's managers own no deals; a leaver's deals land on
        # their unit's node)
        if role != Role.REP or end is not None or unit_id not in node_of_unit:
            continue
        nid = make_uuid(rng)
        nodes.append({"id": nid, "plan_id": plan_id, "parent_id": node_of_unit[unit_id],
                      "name": name, "kind": "person", "unit_id": unit_id, "person_id": pid,
                      "sort_order": 1000 + i, "split_rule": "even", "weight": None,
                      **stamp(meeting)})
        children[node_of_unit[unit_id]].append(nid)
        person_nodes.append((nid, pid))
        stretch = 100 + rng.randrange(30)  # 100–129% of the believed pace
        signed = max(TIER_MIN_FEN.get(tier, TIER_MIN_FEN["novice"]), pace(pid, 0) * stretch // 100)
        signed = -(-signed // 1_000_000) * 1_000_000  # whole 万 yuan
        person_targets[nid] = {
            "signed_amount": signed, "collected_amount": signed * 9 // 10,
            "deal_count": max(6, pace(pid, 1) * stretch // 100),
            "new_customers": max(8, pace(pid, 2) * stretch // 100),
            "followups": 600 if tier == "novice" else 480,
        }

    # --- values ----------------------------------------------------------------------------
    # Every split is exact (largest remainder, in fen): a person's year floor/target/challenge
    # each go into months by last year's seasonality (floor and challenge along the target's
    # months, so a month's floor never exceeds its target), quarters are the sums of their
    # months, a layer's year is the sum of its children's in every column — no fen lost.
    values: dict[tuple[str, str, str], tuple[int, int, int]] = {}
    months = P.months(year)
    quarters = P.quarters(year)
    year_key = P.year_key(year)

    def triple(target: int) -> tuple[int, int, int]:
        return (target * 8 // 10, target, target * 12 // 10)

    def by_month(trio: tuple[int, int, int], weights: list[int]) -> list[tuple[int, int, int]]:
        t = split_amount(trio[1], weights)
        f = split_amount(trio[0], t if any(t) else weights)
        c = split_amount(trio[2], t if any(t) else weights)
        return list(zip(f, t, c, strict=True))

    def put_periods(nid: str, metric: str, trio: tuple[int, int, int],
                    split: list[tuple[int, int, int]], with_months: bool) -> None:
        values[(nid, metric, year_key)] = trio
        for q, key in enumerate(quarters):
            part = split[3 * q:3 * q + 3]
            values[(nid, metric, key)] = (sum(x[0] for x in part), sum(x[1] for x in part),
                                          sum(x[2] for x in part))
        if with_months:
            for key, mv in zip(months, split, strict=True):
                values[(nid, metric, key)] = mv

    for nid, tg in person_targets.items():
        for metric, total in tg.items():
            if metric == "followups":
                values[(nid, metric, year_key)] = triple(total)
                continue
            put_periods(nid, metric, triple(total), by_month(triple(total), season),
                        metric in MONTHLY)
    order = [n["id"] for n in nodes if n["kind"] != "person"]
    for nid in reversed(order):  # children (later rows) before parents
        for metric in METRICS:
            kids = [values[(k, metric, year_key)] for k in children[nid]
                    if (k, metric, year_key) in values]
            if kids and any(v[1] for v in kids):
                values[(nid, metric, year_key)] = (sum(v[0] for v in kids),
                                                   sum(v[1] for v in kids),
                                                   sum(v[2] for v in kids))
    # The company rounds its year up to the next 100万 (a small 未分配) and types its quarters and
    # months too: each month is its children's month plus a share of that 未分配, so the
    # company's year, quarters and months are one total.
    root = order[0]
    for metric in MONTHLY:
        allocated = values[(root, metric, year_key)]
        rounded = triple(-(-allocated[1] // WAN_100) * WAN_100)
        spare_year = (rounded[0] - allocated[0], rounded[1] - allocated[1],
                      rounded[2] - allocated[2])
        kid_months = [[sum(values[(p, metric, m)][i] for p in person_targets)
                       for i in range(3)] for m in months]  # every person is below root
        spare = by_month(spare_year, [km[1] for km in kid_months])
        split = [(km[0] + sp[0], km[1] + sp[1], km[2] + sp[2])
                 for km, sp in zip(kid_months, spare, strict=True)]
        put_periods(root, metric, rounded, split, True)
    # the company's signed amount cut by product line and by channel (exact in every period)
    nodes += write_cut_values(session, rng, plan_id, root, year, values, lambda: stamp(meeting))

    value_rows, version_rows = [], []
    for (nid, metric, period), (f, t, c) in values.items():
        value_rows.append({"id": make_uuid(rng), "node_id": nid, "metric": metric,
                           "period": period, "floor": f, "target": t, "challenge": c,
                           **stamp(meeting)})
        version_rows.append({"id": make_uuid(rng), "plan_id": plan_id, "node_id": nid,
                             "metric": metric, "period": period, "old_floor": None,
                             "old_target": None, "old_challenge": None, "new_floor": f,
                             "new_target": t, "new_challenge": c,
                             "changed_at": clock.dt(meeting), "changed_by_id": director,
                             "reason": "年度目标设定与分解会议", "adjustment_id": None,
                             "plan_version": 0, **stamp(meeting)})

    # --- acknowledgements, adjustments ------------------------------------------------------
    owners = _owners(nodes, people)
    acks: list[dict[str, Any]] = []
    skip = {nid for nid, _p in person_nodes[-UNACKNOWLEDGED:]}
    for n in nodes:
        if n["id"] in skip:
            continue
        for k, pid in enumerate(owners.get(n["id"], [])):
            at = _minute(clock, publish_day + timedelta(days=1 + (k + len(acks)) % 5), 11)
            acks.append({"id": make_uuid(rng), "node_id": n["id"], "person_id": pid,
                         "acknowledged_at": clock.dt(at), "plan_version": 1,
                         "note": "已认领" if k == 0 else None, **stamp(at)})

    adjustments = []
    version = 1
    # (reason, change in %, decision note, status, how the other periods follow)
    reasons = (("新人成长期，按成长目标下调", -25, "同意，按成长目标执行（全年随之下调）",
                "approved", CHANGE_YEAR),
               ("大客户框架协议提前签约，该月目标前移", 20, "同意前移，全年目标不变", "approved",
                KEEP_YEAR),
               ("客户预算推迟，申请下调该月目标", -30, None, "pending", None))
    row_of = {(r["node_id"], r["metric"], r["period"]): r for r in value_rows}
    staying = person_nodes
    seniors = [x for x in staying if next(p for p in people if p.id == x[1]).capacity_tier
               == "senior" and x != staying[-1]]
    picks = ([staying[-1], seniors[0] if seniors else staying[0], staying[len(staying) // 2]]
             if len(staying) >= 3 else [])
    for k, ((nid, pid), (reason, pct, note, status, rule)) in enumerate(
            zip(picks, reasons, strict=True)):
        month = months[max(0, min(11, clock.today.month - 3 + k + (k == 2)))]
        old = values.get((nid, "signed_amount", month), (0, 0, 0))
        new = triple(old[1] * (100 + pct) // 100 // 10_000 * 10_000)
        ask_day = max(publish_day + timedelta(days=1),
                      date(year, int(month[5:]), 1) - timedelta(days=6 - 2 * k))
        asked = _minute(clock, ask_day, 15)
        decided = _minute(clock, ask_day + timedelta(days=2), 10)
        decider = _decider(nodes, owners, nid)
        adj_id = make_uuid(rng)
        approved = status == "approved"
        adjustments.append({
            "id": adj_id, "plan_id": plan_id, "node_id": nid, "metric": "signed_amount",
            "period": month, "requested_by_id": pid, "requested_at": clock.dt(asked),
            "reason": reason, "old_floor": old[0], "old_target": old[1], "old_challenge": old[2],
            "new_floor": new[0], "new_target": new[1], "new_challenge": new[2], "status": status,
            "decided_by_id": decider if approved else None,
            "decided_at": clock.dt(decided) if approved else None,
            "decision_note": note, **stamp(asked)})
        if approved:
            version += 1
            own = {p: Values(*v) for (n, m, p), v in values.items()
                   if n == nid and m == "signed_amount"}
            day = ask_day + timedelta(days=2)
            try:
                after = follow(own, month, Values(*new), rule or KEEP_YEAR, day)
            except FollowError:  # nothing of the year left to absorb it: the year follows
                after = follow(own, month, Values(*new), CHANGE_YEAR, day)
            for period in sorted(after, key=lambda p: (p != month, P.sort_key(p))):
                was, now = values[(nid, "signed_amount", period)], after[period].as_tuple()
                version_rows.append({
                    "id": make_uuid(rng), "plan_id": plan_id, "node_id": nid,
                    "metric": "signed_amount", "period": period, "old_floor": was[0],
                    "old_target": was[1], "old_challenge": was[2], "new_floor": now[0],
                    "new_target": now[1], "new_challenge": now[2],
                    "changed_at": clock.dt(decided), "changed_by_id": decider, "reason": reason,
                    "adjustment_id": adj_id, "plan_version": version, **stamp(decided)})
                values[(nid, "signed_amount", period)] = now
                row_of[(nid, "signed_amount", period)].update(
                    floor=now[0], target=now[1], challenge=now[2], updated_at=clock.dt(decided))
    plan["version"] = version

    session.execute(insert(TargetPlan), [plan])
    for n in nodes:
        n.setdefault("cut", None)
        n.setdefault("cut_key", None)
    for depth_rows in _by_depth(nodes):
        session.execute(insert(TargetNode), depth_rows)
    session.execute(insert(TargetValue), value_rows)
    if adjustments:
        session.execute(insert(TargetAdjustment), adjustments)
    session.execute(insert(TargetValueVersion), version_rows)
    if acks:
        session.execute(insert(TargetAcknowledgement), acks)
    return len(nodes)


def _owners(nodes: list[dict[str, Any]], people: list[Any]) -> dict[str, list[str]]:
    """Who acknowledges each node (the rule of ``services.targets.lifecycle.node_owners``)."""
    out: dict[str, list[str]] = {}
    for n in nodes:
        if n["kind"] == "person":
            out[n["id"]] = [n["person_id"]]
        elif n["kind"] in ("company", "cut"):
            out[n["id"]] = [p.id for p in people if p.role in (Role.OWNER, Role.DIRECTOR)]
        else:
            out[n["id"]] = [p.id for p in people if p.unit_id == n["unit_id"]
                            and p.role in (Role.MANAGER, Role.DIRECTOR)]
    return out


def _decider(nodes: list[dict[str, Any]], owners: dict[str, list[str]], node_id: str) -> str:
    """The nearest ancestor's owner (the level above), else the company's first owner."""
    by_id = {n["id"]: n for n in nodes}
    parent = by_id[node_id]["parent_id"]
    while parent is not None:
        if owners.get(parent):
            return owners[parent][0]
        parent = by_id[parent]["parent_id"]
    root = next(n for n in nodes if n["parent_id"] is None)
    return owners[root["id"]][0]


def _by_depth(nodes: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Nodes grouped so every parent is inserted before its children."""
    depth: dict[str, int] = {}
    by_id = {n["id"]: n for n in nodes}
    for n in nodes:
        d, p = 0, n["parent_id"]
        while p is not None:
            d, p = d + 1, by_id[p]["parent_id"]
        depth[n["id"]] = d
    levels: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes:
        levels[depth[n["id"]]].append(n)
    return [levels[d] for d in sorted(levels)]
