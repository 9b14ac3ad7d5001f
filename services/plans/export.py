"""Export a plan year to one Excel workbook (销售计划导出): the cascade, actions, funnels, timeline.

Sheets:

- one **cascade sheet per metric** (目标-签约额 …): the target tree as an outline — each node a row,
  its outline level its depth (collapsible groups, summary rows above) — with periods as columns
  (12 months, Q1–Q4, 全年) in blocks floor 保底 / target 目标 / challenge 挑战, then the parent's
  own typed year target 本级目标 and its gap 未分配, then actual 实际 and attainment 达成率.
  **Leaves are values; every parent cell is ``=SUM(...)`` of its children's cells**, so a parent
  recomputes in Excel when a child changes. A parent therefore shows the bottom-up roll-up of its
  leaves; its own typed value stays visible in 本级目标 with 未分配 = 本级目标 − 全年目标 (a
  formula too). Actuals are the app's figures (values); attainment is ``actual ÷ target``.
- 行动计划 (action items of plan A 理想线 and B 保底线 with their checkpoints), 反推 (each saved
  reverse funnel: assumptions and the required counts per month), 时间表 (the timeline).

Money is in yuan with the ``¥#,##0`` format; counts plain; rates as percentages. User text is
always written as text (a value starting with ``=``, ``+``, ``-`` or ``@`` never becomes a
formula; control characters are dropped). Styled headers, frozen panes, landscape, fit to width,
repeated title rows. The file is written to a temporary name beside the target, then
``os.replace`` — never half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from models.enums import ADDITIVE_METRICS, METRIC_UNITS, MetricUnit
from services.core import periods as P
from services.core.errors import ValidationError
from services.core.store import Store
from services.importing.exporting import ExportCancelled
from services.org.people import person_names
from services.plans import export_sheets as sheets
from services.plans.export_styles import METRIC_LABELS, Styles, TemplateCell, setup_sheet
from services.targets.cascade import list_plans, load_tree

Progress = Callable[[int, int], None]

KIND_LABELS = {"company": "公司", "unit": "层级", "person": "个人"}
LEVELS = (("floor", "保底"), ("target", "目标"), ("challenge", "挑战"))
FIRST_ROW = 4  # data starts under the title, block and column header rows


@dataclass(frozen=True)
class PlanExportResult:
    """What was written."""

    path: Path
    nodes: int
    sheets: tuple[str, ...]
    actions: int


def period_columns(year: int) -> list[tuple[str, str]]:
    """(period key, header) in column order: months, quarters, the year."""
    out = [(P.month_key(year, m), f"{m}月") for m in range(1, 13)]
    out += [(P.quarter_key(year, q), f"Q{q}") for q in range(1, 5)]
    out.append((P.year_key(year), "全年"))
    return out


def ranges(col: str, rows: list[int]) -> list[str]:
    """Cell references covering ``rows`` of a column, consecutive rows merged into ranges."""
    out: list[str] = []
    start = prev = rows[0]
    for r in [*rows[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        out.append(f"{col}{start}" if start == prev else f"{col}{start}:{col}{prev}")
        if r is not None:
            start = prev = r
    return out


class _SumCache:
    """Child-row spans per parent, built once; each column's formula is formatted from them."""

    def __init__(self) -> None:
        self.parts: dict[int, list[list[tuple[int, int]]]] = {}

    def __call__(self, col: str, rows: list[int]) -> str:
        parts = self.parts.get(id(rows))
        if parts is None:
            spans = [(int(a), int(b or a)) for ref in ranges("", rows)
                     for a, _s, b in [ref.partition(":")]]
            parts = self.parts[id(rows)] = [spans[i:i + 255]
                                            for i in range(0, len(spans), 255)]
        return "=" + "+".join("SUM(" + ",".join(
            f"{col}{a}" if a == b else f"{col}{a}:{col}{b}" for a, b in part) + ")"
            for part in parts)


def sum_formula(col: str, rows: list[int]) -> str:
    """``=SUM(...)`` over the rows (split into several SUMs beyond 255 arguments)."""
    refs = ranges(col, rows)
    parts = [",".join(refs[i:i + 255]) for i in range(0, len(refs), 255)]
    return "=" + "+".join(f"SUM({p})" for p in parts)


class CascadeLayout:
    """Column positions of a cascade sheet."""

    def __init__(self, year: int) -> None:
        self.periods = period_columns(year)
        n = len(self.periods)
        self.first = 4  # A name, B kind, C owner
        self.level_col = {lv: self.first + i * n for i, (lv, _l) in enumerate(LEVELS)}
        self.typed_col = self.first + 3 * n
        self.gap_col = self.typed_col + 1
        self.actual_col = self.gap_col + 1
        self.attain_col = self.actual_col + n
        self.width = self.attain_col + n - 1
        self.year_target = get_column_letter(self.level_col["target"] + n - 1)


def cascade_rows(tree: Any, metric: str, owners: dict[str, str], st: Styles,
                 lay: CascadeLayout) -> Iterator[tuple[int, Iterator[TemplateCell | None]]]:
    """(outline level, cells) of each node row of one metric's cascade sheet."""
    unit = METRIC_UNITS[metric]
    money = unit is MetricUnit.FEN
    additive = metric in ADDITIVE_METRICS
    look = "money" if money else ("rate" if unit is MetricUnit.BASIS_POINTS else "count")
    scale = 100 if money else (10_000 if not additive else 1)
    row_of = {n.id: FIRST_ROW + i for i, n in enumerate(tree.nodes)}
    kids: dict[str, list[int]] = {}
    for n in tree.nodes:
        if n.parent_id is not None:
            kids.setdefault(n.parent_id, []).append(row_of[n.id])
    letters = [get_column_letter(c) for c in range(1, lay.width + 1)]
    rollup = tree.rollup
    sum_of = _SumCache()

    def number(v: int) -> object:
        # fen ÷ 100 as a float is the nearest double to the exact yuan amount, which Excel
        # stores anyway; its shortest text is the exact two-decimal figure
        return v if scale == 1 else v / scale

    for node in tree.nodes:
        r = row_of[node.id]
        children = kids.get(node.id)
        formula = bool(children) and additive
        bold = "_b" if children and look != "rate" else ""

        def cells(node: Any = node, r: int = r, children: list[int] | None = children,
                  formula: bool = formula, bold: str = bold) -> Iterator[TemplateCell | None]:
            yield st.put(f"name{min(node.depth, 15)}", node.name, text=True)
            yield st.put("name1", KIND_LABELS.get(node.kind, node.kind), text=True)
            owner = owners.get(node.person_id or "")
            yield st.put("name1", owner, text=True) if owner else None
            cstates = [rollup.cell(node.id, metric, key) for key, _h in lay.periods]
            for level, _label in LEVELS:
                col = lay.level_col[level]
                for i, cs in enumerate(cstates):
                    if formula and children:
                        yield st.put(look + bold, sum_of(letters[col + i - 1], children))
                    else:
                        yield st.put(look + bold, number(getattr(cs.effective, level)))
            own = cstates[-1].own
            if children and own is not None and additive:
                typed = get_column_letter(lay.typed_col)
                yield st.put(look, number(own.target))
                yield st.put(look, f"={typed}{r}-{lay.year_target}{r}")
            else:
                yield None
                yield None
            for cs in cstates:
                yield st.put(look, number(cs.actual)) if additive else None
            tcol, acol = lay.level_col["target"], lay.actual_col
            for i in range(len(cstates)):
                if not additive:
                    yield None
                    continue
                t, a = f"{letters[tcol + i - 1]}{r}", f"{letters[acol + i - 1]}{r}"
                yield st.put("pct", f'=IF({t}=0,"",{a}/{t})')

        yield node.depth, cells()


def write_cascade(wb: Workbook, tree: Any, metric: str, owners: dict[str, str],
                  tick: Callable[[], None]) -> str:
    """One metric's cascade sheet; returns its title."""
    title = f"目标-{METRIC_LABELS.get(metric, metric)}"[:31]
    ws = wb.create_sheet(title)
    lay = CascadeLayout(tree.plan.year)
    widths = {1: 28.0, 2: 7.0, 3: 10.0}
    widths.update({c: 12.0 for c in range(lay.first, lay.width + 1)})
    setup_sheet(ws, widths, freeze=f"{get_column_letter(lay.first)}{FIRST_ROW}",
                title_rows=f"1:{FIRST_ROW - 1}")
    st = Styles(ws)
    unit = {"fen": "元", "count": "个", "bp": "%"}[METRIC_UNITS[metric]]
    ws.append([st.put("title", f"{tree.plan.name} · {METRIC_LABELS.get(metric, metric)}"
                                f"（单位：{unit}）", text=True)])
    n = len(lay.periods)
    block: list[str | None] = [None] * (lay.first - 1)
    for _lv, label in LEVELS:
        block += [label] + [None] * (n - 1)
    block += ["本级目标", "未分配"] + ["实际"] + [None] * (n - 1) + ["达成率"] + [None] * (n - 1)
    ws.append(st.row([("block", v, True) for v in block]))
    heads = ["节点", "类型", "负责人"] + [h for _k, h in lay.periods] * 3 + ["全年", "全年"] \
        + [h for _k, h in lay.periods] * 2
    ws.append(st.row([("head", h, True) for h in heads]))
    for i, (depth, cells) in enumerate(cascade_rows(tree, metric, owners, st, lay)):
        if depth:
            ws.row_dimensions[FIRST_ROW + i] = RowDimension(ws, index=FIRST_ROW + i,
                                                            outlineLevel=min(depth, 7))
        ws.append(cells)
        tick()
    return title


def export_plan(store: Store, plan_id: str, path: str | Path, *,
                progress: Progress | None = None,
                is_cancelled: Callable[[], bool] | None = None) -> PlanExportResult:
    """Write the plan's workbook to ``path`` (atomically); see the module docstring."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"{target.name}: the plan is exported to an .xlsx file")
    tree = load_tree(store, plan_id)
    owners = person_names(store)
    metrics = [m for m in tree.plan.metrics if m in METRIC_UNITS]
    total = len(tree.nodes) * len(metrics) + 3
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if is_cancelled is not None and done % 50 == 0 and is_cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)

    wb = Workbook(write_only=True)
    try:
        titles = [write_cascade(wb, tree, m, owners, tick) for m in metrics]
        titles.append(sheets.write_actions(wb, store, plan_id))
        tick()
        titles.append(sheets.write_funnels(wb, store, tree))
        tick()
        titles.append(sheets.write_timeline(wb, store, plan_id))
        tick()
    except BaseException:
        _discard(wb)
        raise
    actions = sheets.action_count(store, plan_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part",
                               dir=target.parent)
    os.close(fd)
    try:
        if is_cancelled is not None and is_cancelled():
            _discard(wb)
            raise ExportCancelled("Export cancelled; no file was written.")
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return PlanExportResult(target, len(tree.nodes), tuple(titles), actions)


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook (their temporary files go too)."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001, S110 - best effort on the way out of an error
            pass


def plan_for_year(store: Store, year: int) -> str:
    """The id of the plan of ``year`` (the first by name when there are several)."""
    plans = sorted((p for p in list_plans(store) if p.year == year), key=lambda p: p.name)
    if not plans:
        raise ValidationError("there is no target plan for {year}", field="year", year=year)
    return plans[0].id
