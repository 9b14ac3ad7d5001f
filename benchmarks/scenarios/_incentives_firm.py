"""The incentives-run benchmark's firm: the large demo spread over 200 people (setup, untimed).

On a private copy of the cached demo database (never the cache itself), with plain SQL:

- reps are added to the demo's sales teams (round robin over the units that have reps) until
  the firm has ``people`` people;
- every customer gets an owner among the active reps by a hash of its id (deterministic), and
  its deals, contracts, follow-ups and service tickets follow it — so a customer's deals and
  contracts stay with one owner, as in a real firm;
- every rep gets a person node in the published target plan with a year target for the
  signed and the collected amount: the company's year target shared by the reps (± 20 % by a
  hash of their id), the months then derived by the Targets rules (even split, novices ramp);
- the payout runs are cleared (the demo's months are locked; cleared, they can be computed
  again — as on a firm that computes its year now); the demo's adjustment is unpaid again.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

NS = uuid.UUID("6d1b3c39-7f5b-4c47-9f0a-3f0f3c1f6a10")
TIERS = ("senior", "intermediate", "intermediate", "senior", "novice")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def spread_firm(path: Path, people: int) -> int:
    """Spread the demo firm at ``path`` over ``people`` people (see the module docstring);
    returns the number of reps who own customers.
    """
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("BEGIN")
        existing = conn.execute("SELECT COUNT(*) FROM people WHERE deleted_at IS NULL"
                                ).fetchone()[0]
        units = [u for (u,) in conn.execute(
            "SELECT DISTINCT unit_id FROM people WHERE role = 'rep' AND deleted_at IS NULL "
            "ORDER BY unit_id")]
        for n in range(max(0, people - existing)):
            pid = str(uuid.uuid5(NS, f"rep-{n}"))
            conn.execute(
                "INSERT INTO people (id, name, role, capacity_tier, unit_id, active_from, "
                "created_at, updated_at) VALUES (?, ?, 'rep', ?, ?, '2024-01-02', ?, ?)",
                (pid, f"销售{n + 1:03d}", TIERS[n % len(TIERS)], units[n % len(units)], now,
                 now))
        reps = [p for (p,) in conn.execute(
            "SELECT id FROM people WHERE role = 'rep' AND deleted_at IS NULL "
            "AND active_to IS NULL ORDER BY id")]
        owner_of = [(reps[_hash(cid) % len(reps)], cid)
                    for (cid,) in conn.execute("SELECT id FROM customers")]
        conn.executemany("UPDATE customers SET owner_id = ? WHERE id = ?", owner_of)
        conn.execute("UPDATE deals SET owner_id = (SELECT c.owner_id FROM customers c "
                     "WHERE c.id = deals.customer_id) WHERE customer_id IS NOT NULL")
        conn.execute("UPDATE contracts SET owner_id = (SELECT c.owner_id FROM customers c "
                     "WHERE c.id = contracts.customer_id)")
        conn.execute("UPDATE followups SET person_id = (SELECT c.owner_id FROM customers c "
                     "WHERE c.id = followups.customer_id) WHERE customer_id IS NOT NULL")
        conn.execute("UPDATE service_tickets SET owner_id = (SELECT c.owner_id FROM customers c "
                     "WHERE c.id = service_tickets.customer_id) WHERE owner_id IS NOT NULL")
        _targets(conn, reps, now)
        conn.execute("UPDATE payout_adjustments SET paid_in_run_id = NULL, "
                     "corrects_run_id = NULL")
        clear_runs(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(reps)


def clear_runs(conn: sqlite3.Connection) -> None:
    """No payout run at all (every month computable again)."""
    conn.execute("DELETE FROM payout_lines")
    conn.execute("DELETE FROM payout_runs")


def _targets(conn: sqlite3.Connection, reps: list[str], now: str) -> None:
    plan = conn.execute("SELECT id, year FROM target_plans WHERE status = 'published' "
                        "AND deleted_at IS NULL ORDER BY published_at DESC, id").fetchone()
    if plan is None:
        return
    plan_id, year = plan
    node_of_unit = dict(conn.execute(
        "SELECT unit_id, id FROM target_nodes WHERE plan_id = ? AND kind = 'unit' "
        "AND person_id IS NULL AND cut IS NULL AND deleted_at IS NULL", (plan_id,)))
    node_of_person = dict(conn.execute(
        "SELECT person_id, id FROM target_nodes WHERE plan_id = ? AND person_id IS NOT NULL "
        "AND deleted_at IS NULL", (plan_id,)))
    conn.execute("DELETE FROM target_values WHERE node_id IN (SELECT id FROM target_nodes "
                 "WHERE plan_id = ? AND person_id IS NOT NULL)", (plan_id,))
    company = dict(conn.execute(
        "SELECT v.metric, v.target FROM target_values v JOIN target_nodes n ON n.id = v.node_id "
        "WHERE n.plan_id = ? AND n.parent_id IS NULL AND v.period = ? "
        "AND v.deleted_at IS NULL", (plan_id, str(year))))
    units = dict(conn.execute("SELECT id, unit_id FROM people"))
    for order, pid in enumerate(reps):
        node = node_of_person.get(pid)
        if node is None:
            node = str(uuid.uuid5(NS, f"node-{pid}"))
            conn.execute(
                "INSERT INTO target_nodes (id, plan_id, parent_id, name, kind, unit_id, "
                "person_id, sort_order, split_rule, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'person', ?, ?, ?, 'even', ?, ?)",
                (node, plan_id, node_of_unit.get(units[pid]), pid[:8], units[pid], pid,
                 100 + order, now, now))
        factor = 80 + _hash(pid) % 41  # 80–120 % of an even share
        for metric in ("signed_amount", "collected_amount"):
            target = int(company.get(metric, 0)) * factor // (100 * len(reps))
            conn.execute(
                "INSERT INTO target_values (id, node_id, metric, period, floor, target, "
                "challenge, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid5(NS, f"value-{node}-{metric}")), node, metric, str(year),
                 target * 8 // 10, target, target * 12 // 10, now, now))
