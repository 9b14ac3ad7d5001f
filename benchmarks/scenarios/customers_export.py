"""customers-export: export of the demo firm's customers to .xlsx (100,000; quick 2,000).

Sailplan: ``services.importing.exporting.export_customers`` end to end — read customers, primary
contacts and owners from the database, clean every text cell (control characters, length,
formula-like text written as explicit strings), money/date number formats, styled header, frozen
row, autofilter, temp file + ``os.replace``.
Baseline: openpyxl write-only writing the same cell values (prepared in memory beforehand,
plain ``ws.append`` of Python values, no styles) to a file.
Goal: ratio ≤ 1.5.
"""

from __future__ import annotations

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db

NAME = "customers-export"
GOAL = 1.5


def run(ctx: BenchContext) -> Measurement:
    from openpyxl import Workbook

    from services.importing.exporting import _customer_rows, export_customers, export_specs
    from services.setup import open_store

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    out_ours = ctx.work_dir / "customers-export.xlsx"
    out_base = ctx.work_dir / "customers-baseline.xlsx"
    store = open_store(path, lock=False)
    try:
        specs = export_specs("customers")
        cells = [[row.get(s.key) for s in specs] for row in _customer_rows(store)]
        header = [s.header_zh for s in specs]

        def baseline() -> None:
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("导出")
            ws.append(header)
            for row in cells:
                ws.append(["是" if v is True else "否" if v is False else v for v in row])
            wb.save(out_base)

        result: dict[str, int] = {}

        def ours() -> None:
            res = export_customers(store, out_ours)
            result["rows"], result["issues"] = res.rows, len(res.issues)

        base_s = median_time(baseline, ctx.repeat)
        ours_s = median_time(ours, ctx.repeat)
    finally:
        store.close()
    return Measurement(NAME, ours_s, base_s, GOAL,
                       extra={"rows": str(result.get("rows")),
                              "text_issues": str(result.get("issues"))})
