"""targets-rollup: recompute roll-up and gaps after one edit of a 2,000-node target cascade.

The cascade: company → 10 regions → 10 teams each → people (2,000 nodes), one metric, 12 months,
three values (floor/target/challenge) — 72,000 numbers. People and the company are typed; regions
and teams roll up bottom-up, so an edit of a person moves every sum up to the company, whose gap
changes — the longest path an edit can take.

Sailplan: ``services.targets.rollup.RollupTree.apply_edit`` on a person's month, then reading every
changed cell (own, allocated, effective, gap) as the tree editor repaints them. Goal: ≤ 16 ms
absolute (one frame). Baseline: a raw full recompute of every allocated sum and gap in plain
Python loops over the same numbers (``full_recompute_raw`` plus one gap per typed parent cell).
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.core import BenchContext, Measurement, median_time

NAME = "targets-rollup"
GOAL_MS = 16.0
METRIC = "signed_amount"


def build(nodes: int, seed: int = 11) -> tuple[dict[str, str | None], dict[Any, Any], list[str]]:
    """Parents, typed values and the person ids of a cascade of about ``nodes`` nodes."""
    rng = random.Random(seed)
    parents: dict[str, str | None] = {"co": None}
    regions = [f"r{i}" for i in range(10)]
    teams = [f"{r}t{j}" for r in regions for j in range(10)]
    for r in regions:
        parents[r] = "co"
    for team in teams:
        parents[team] = team[: team.index("t")]
    people = []
    for i in range(max(0, nodes - len(parents))):
        pid = f"p{i}"
        parents[pid] = teams[i % len(teams)]
        people.append(pid)
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    from services.targets.split import Values

    values = {}
    for pid in people:
        for mo in months:
            t = rng.randrange(1_000_000, 50_000_000)
            values[(pid, METRIC, mo)] = Values(t * 8 // 10, t, t * 12 // 10)
    for mo in months:
        values[("co", METRIC, mo)] = Values(10**12, 2 * 10**12, 3 * 10**12)
    return parents, values, people


def run(ctx: BenchContext) -> Measurement:
    from services.targets.rollup import RollupTree, full_recompute_raw
    from services.targets.split import Values

    n = ctx.size(2_000, 2_000)
    parents, values, people = build(n)
    rng = random.Random(5)
    tree = RollupTree(parents, values)
    raw_values = {k: v.as_tuple() for k, v in values.items()}
    months = [f"2026-{m:02d}" for m in range(1, 13)]

    def edit() -> None:
        pid = rng.choice(people)
        mo = rng.choice(months)
        t = rng.randrange(1_000_000, 50_000_000)
        new = Values(t * 8 // 10, t, t * 12 // 10)
        for key in tree.apply_edit(pid, METRIC, mo, new):
            tree.cell(*key)

    def raw() -> None:
        pid = rng.choice(people)
        mo = rng.choice(months)
        t = rng.randrange(1_000_000, 50_000_000)
        raw_values[(pid, METRIC, mo)] = (t * 8 // 10, t, t * 12 // 10)
        alloc = full_recompute_raw(parents, raw_values)
        for key, own in raw_values.items():
            if key in alloc:
                a = alloc[key]
                _gap = (own[0] - a[0], own[1] - a[1], own[2] - a[2])

    sailplan = median_time(edit, max(50, ctx.repeat * 20))
    baseline = median_time(raw, max(3, ctx.repeat))
    full = median_time(tree.recompute, max(3, ctx.repeat))
    return Measurement(
        NAME, sailplan, baseline, GOAL_MS, goal_kind="ms",
        extra={"edit_us": f"{sailplan * 1e6:.0f}", "nodes": str(len(parents)),
               "numbers": str(len(people) * 12 * 3), "full_rebuild_ms": f"{full * 1000:.1f}"},
    )
