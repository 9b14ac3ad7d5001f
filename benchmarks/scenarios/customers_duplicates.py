"""customers-duplicates: the likely-duplicate check run while typing a new customer.

Sailplan: ``services.customers.dedupe.find_likely_duplicates`` once per keystroke while a name is
typed character by character (plus a phone number and e-mail on the last keystroke), over the demo
firm's customers. Goal: median ≤ 50 ms per keystroke. Baseline (for the ratio): a plain Python
scan for the normalised key as a substring of every stored ``name_norm`` held in memory.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from benchmarks.core import BenchContext, Measurement
from benchmarks.data import demo_db

NAME = "customers-duplicates"
GOAL_MS = 50.0


def run(ctx: BenchContext) -> Measurement:
    from services.customers.dedupe import find_likely_duplicates, normalise_name
    from services.setup import open_store

    customers = ctx.size(100_000, 2_000)
    path = demo_db(ctx, customers=customers, deals=ctx.size(300_000, 6_000))
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name_norm FROM customers")]
    samples = [name for name, norm in conn.execute(
        "SELECT name, name_norm FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 200")
        if normalise_name(name) == norm][:5]
    phone = conn.execute("SELECT phone FROM customers WHERE phone IS NOT NULL LIMIT 1"
                         ).fetchone()
    conn.close()
    store = open_store(path, lock=False)
    times: list[float] = []
    base: list[float] = []
    found_same = 0
    try:
        for sample in samples:
            typed = sample + "有限公司" if not sample.endswith("公司") else sample
            for i in range(1, len(typed) + 1):
                text = typed[:i]
                last = i == len(typed)
                t0 = time.perf_counter()
                result = find_likely_duplicates(
                    store, name=text, phone=phone[0] if (phone and last) else None,
                    email="sales@example.com" if last else None)
                times.append(time.perf_counter() - t0)
                if last and any(c.reason == "same normalised name" for c in result):
                    found_same += 1
                key = normalise_name(text)
                t0 = time.perf_counter()
                _ = [n for n in names if key and key in n][:5]
                base.append(time.perf_counter() - t0)
    finally:
        store.close()
    if found_same != len(samples):
        raise AssertionError("customers-duplicates: an existing customer was not found")
    return Measurement(NAME, statistics.median(times), statistics.median(base), GOAL_MS,
                       goal_kind="ms", extra={
                           "customers": str(customers), "keystrokes": str(len(times)),
                           "max_ms": f"{max(times) * 1000:.1f}",
                           "p90_ms": f"{sorted(times)[int(len(times) * 0.9)] * 1000:.1f}"})
