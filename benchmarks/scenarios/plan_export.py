"""plan-export: the plan workbook of a 2,000-node target cascade (quick: 200 nodes).

The cascade: company → 10 regions → 10 teams each → people, one metric (signed amount), every
person typed for 12 months and the year (floor/target/challenge), 30 action items and the
timeline. Sailplan: ``services.plans.export.export_plan`` end to end — load the tree and roll-up
from the database, a month and a quarter sheet with SUM formulas for every parent cell, styles,
outline levels, column widths and the print setup, the action, reverse-funnel and timeline
sheets, temp file + ``os.replace``.
Baseline: openpyxl write-only writing the same cells (the exported workbook's values and formula
strings read back beforehand, plain ``ws.append``, no styles) to a file.
Goal: ratio ≤ 1.5. The two are timed alternately (ours, baseline, ours, …) so that load from
other processes on a shared machine weighs on both alike.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.core import BenchContext, Measurement

NAME = "plan-export"
GOAL = 1.5


def build_plan(path: Path, nodes: int, seed: int = 3) -> tuple[Any, str]:
    """A store at ``path`` holding a plan of about ``nodes`` nodes; returns (store, plan id)."""
    from sqlalchemy import insert

    from models.targets import TargetNode, TargetValue
    from services.plans import actions as plans
    from services.plans import timeline as plan_timeline
    from services.setup import open_store
    from services.targets.cascade import create_plan, load_tree

    rng = random.Random(seed)
    store = open_store(path, lock=False)
    plan_id = create_plan(store, 2026, "2026年度销售目标", ["signed_amount"]).value
    root = load_tree(store, plan_id, with_actuals=False).nodes[0].id
    rows: list[dict[str, Any]] = []
    values: list[dict[str, Any]] = []
    people: list[str] = []
    regions = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(10)]
    for i, r in enumerate(regions):
        rows.append({"id": r, "plan_id": plan_id, "parent_id": root, "name": f"区域{i + 1}",
                     "kind": "unit", "sort_order": i})
    teams = []
    for i, r in enumerate(regions):
        for j in range(10):
            t = str(uuid.UUID(int=rng.getrandbits(128)))
            teams.append(t)
            rows.append({"id": t, "plan_id": plan_id, "parent_id": r,
                         "name": f"区域{i + 1}·{j + 1}组", "kind": "unit", "sort_order": j})
    for k in range(max(0, nodes - 1 - len(rows))):
        p = str(uuid.UUID(int=rng.getrandbits(128)))
        people.append(p)
        rows.append({"id": p, "plan_id": plan_id, "parent_id": teams[k % len(teams)],
                     "name": f"销售{k + 1:04d}", "kind": "person", "sort_order": k})
        year = 0
        for m in range(1, 13):
            amount = rng.randrange(1_000_000, 50_000_000)
            year += amount
            values.append({"node_id": p, "metric": "signed_amount", "period": f"2026-{m:02d}",
                           "floor": amount * 8 // 10, "target": amount,
                           "challenge": amount * 12 // 10})
        values.append({"node_id": p, "metric": "signed_amount", "period": "2026",
                       "floor": year * 8 // 10, "target": year, "challenge": year * 12 // 10})
    with store.write() as uow:
        uow.session.execute(insert(TargetNode), rows)
        uow.session.execute(insert(TargetValue), values)
        uow.commit()
    for i in range(30):
        plans.create_action(store, plan_id, people[i], f"行动{i + 1}：拜访重点客户",
                            method="每周两家", variant="AB"[i % 2], due_on=date(2026, 3, 1))
    plan_timeline.generate_timeline(store, plan_id)
    return store, plan_id


def run(ctx: BenchContext) -> Measurement:
    from openpyxl import Workbook, load_workbook

    from services.plans.export import export_plan

    n = ctx.size(2_000, 200)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    db = ctx.work_dir / f"plan-export-{n}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store, plan_id = build_plan(db, n)
    out_ours = ctx.work_dir / "plan-export.xlsx"
    out_base = ctx.work_dir / "plan-export-baseline.xlsx"
    try:
        result = export_plan(store, plan_id, out_ours)
        wb = load_workbook(out_ours, read_only=True)
        sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)])
                  for ws in wb.worksheets]
        wb.close()
        cells = sum(sum(v is not None for v in r) for _t, rows in sheets for r in rows)

        def baseline() -> None:
            book = Workbook(write_only=True)
            for title, rows in sheets:
                ws = book.create_sheet(title)
                for r in rows:
                    ws.append(r)
            book.save(out_base)

        def ours() -> None:
            export_plan(store, plan_id, out_ours)

        # alternate the two so that load from other processes on the machine hits both alike
        times: dict[str, list[float]] = {"ours": [], "base": []}
        for _ in range(max(3, ctx.repeat)):
            for key, fn in (("ours", ours), ("base", baseline)):
                t0 = time.perf_counter()
                fn()
                times[key].append(time.perf_counter() - t0)
        sailplan = statistics.median(times["ours"])
        base = statistics.median(times["base"])
    finally:
        store.close()
    return Measurement(NAME, sailplan, base, GOAL,
                       extra={"nodes": str(result.nodes), "cells": str(cells)})
