"""The plan workbook's cascade sheets: one per metric and grain (see :mod:`services.plans.export`).

A sheet has the columns 节点 · 负责人 · 项目 · the grain's periods (1月…12月 or Q1…Q4, then 全年),
and a group of rows per node: 保底, 目标, 挑战, 实际, 达成率 — plus 本级目标 and 未分配 for a parent
with typed values of its own. Column widths follow the widest figure, so the sheet prints as
narrow as its numbers allow (:mod:`services.plans.export_print`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from models.enums import ADDITIVE_METRICS, METRIC_UNITS, MetricUnit
from services.core import periods as P
from services.plans.export_print import (
    ROW_PT,
    PageFurniture,
    apply_print,
    fit_columns,
    row_breaks,
)
from services.plans.export_styles import (
    METRIC_LABELS,
    Styles,
    TemplateCell,
    setup_sheet,
    text_width,
)

LEVELS = (("floor", "保底"), ("target", "目标"), ("challenge", "挑战"))
ROW_LABELS = {"floor": "保底", "target": "目标", "challenge": "挑战", "actual": "实际",
              "attain": "达成率", "own": "本级目标", "gap": "未分配"}
GRAINS = (("month", "按月"), ("quarter", "按季"))
FIRST_ROW = 3  # data starts under the title and column header rows
TITLE_ROWS_PT = (22.0, 18.0)  # heights of the title and header rows
TITLE_COLS = 3  # 节点, 负责人, 项目 repeat on every page


def grain_periods(year: int, grain: str) -> list[tuple[str, str]]:
    """(period key, header) in column order: the grain's periods, then the year."""
    if grain == "month":
        out = [(P.month_key(year, m), f"{m}月") for m in range(1, 13)]
    else:
        out = [(P.quarter_key(year, q), f"Q{q}") for q in range(1, 5)]
    out.append((P.year_key(year), "全年"))
    return out


def sheet_title(metric: str, grain: str) -> str:
    """The sheet name of one metric and grain, e.g. 签约额-按月."""
    return f"{METRIC_LABELS.get(metric, metric)}-{dict(GRAINS)[grain]}"[:31]


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


def sum_formula(col: str, rows: list[int]) -> str:
    """``=SUM(...)`` over the rows (split into several SUMs beyond 255 arguments)."""
    refs = ranges(col, rows)
    parts = [",".join(refs[i:i + 255]) for i in range(0, len(refs), 255)]
    return "=" + "+".join(f"SUM({p})" for p in parts)


class _SumCache:
    """Child-row spans per list of rows, built once; each column's formula is formatted from them.

    The lists are kept alive by the layout, so their ids stay unique.
    """

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


class CascadeLayout:
    """Rows and columns of one metric-and-grain sheet of a tree."""

    def __init__(self, tree: Any, metric: str, grain: str) -> None:
        self.periods = grain_periods(tree.plan.year, grain)
        self.first = TITLE_COLS + 1
        self.width = self.first + len(self.periods) - 1
        self.additive = metric in ADDITIVE_METRICS
        rollup = tree.rollup
        keys = [k for k, _h in self.periods]
        self.parents = {n.parent_id for n in tree.nodes if n.parent_id is not None}
        self.rows: dict[str, dict[str, int]] = {}
        self.kinds: list[list[str]] = []
        self.cells: dict[str, list[Any]] = {}  # node id → its roll-up cell per period column
        row = FIRST_ROW
        for node in tree.nodes:
            cells = self.cells[node.id] = [rollup.cell(node.id, metric, k) for k in keys]
            kinds = ["floor", "target", "challenge"]
            if self.additive:
                kinds += ["actual", "attain"]
                if node.id in self.parents and any(c.own is not None for c in cells):
                    kinds += ["own", "gap"]
            self.kinds.append(kinds)
            self.rows[node.id] = {k: row + i for i, k in enumerate(kinds)}
            row += len(kinds)
        self.last_row = row - 1
        # the rows a parent's SUM adds up, per parent and kind (kept alive for _SumCache)
        self.kids: dict[str, dict[str, list[int]]] = {}
        for node in tree.nodes:
            if node.parent_id is not None:
                mine = self.rows[node.id]
                theirs = self.kids.setdefault(node.parent_id, {})
                for level, _label in LEVELS:
                    theirs.setdefault(level, []).append(mine[level])

    def row(self, node_id: str, kind: str) -> int:
        """The sheet row of a node's row of ``kind`` (KeyError when the node has none)."""
        return self.rows[node_id][kind]


def _widest(tree: Any, metric: str, lay: CascadeLayout) -> list[int]:
    """Per period column, the largest magnitude the sheet shows in it (parents as the sums of
    their leaves), to size the columns.
    """
    keys = [k for k, _h in lay.periods]
    widest = [0] * len(keys)
    sums: dict[str, list[list[int]]] = {}
    for node in reversed(tree.nodes):
        cells = lay.cells[node.id]
        if node.id in sums and lay.additive:
            mine = sums[node.id]
        else:
            mine = [[getattr(c.effective, lv) for c in cells] for lv, _l in LEVELS]
        for i, c in enumerate(cells):
            shown = [values[i] for values in mine] + [c.actual]
            if c.own is not None:
                shown += [c.own.target, c.own.target - mine[1][i]]
            widest[i] = max(widest[i], *map(abs, shown))
        if node.parent_id is not None:
            into = sums.setdefault(node.parent_id, [[0] * len(keys) for _ in LEVELS])
            for acc, values in zip(into, mine, strict=True):
                for i, v in enumerate(values):
                    acc[i] += v
    return widest


def _number_width(metric: str, widest: int, header: str) -> float:
    """Excel width that shows every figure of a column whole (never ``###``), bold included."""
    unit = METRIC_UNITS[metric]
    if unit is MetricUnit.FEN:
        text = f"-¥{widest / 100:,.0f}"
    elif unit is MetricUnit.BASIS_POINTS:
        text = f"-{widest / 10_000:.2%}"
    else:
        text = f"-{widest:,}"
    return max(text_width(text, bold=True), text_width("1000.0%", bold=True),
               text_width(header, bold=True)) + 1.6


def cascade_rows(tree: Any, metric: str, owners: dict[str, str], st: Styles, lay: CascadeLayout,
                 ) -> Iterator[tuple[int, bool, Iterator[TemplateCell | None]]]:
    """(outline level, first row of its node?, cells) of each row of one cascade sheet."""
    unit = METRIC_UNITS[metric]
    money = unit is MetricUnit.FEN
    look = "money" if money else ("rate" if unit is MetricUnit.BASIS_POINTS else "count")
    scale = 100 if money else (10_000 if not lay.additive else 1)
    letters = [get_column_letter(c) for c in range(1, lay.width + 1)][lay.first - 1:]
    sum_of = _SumCache()

    def number(v: int) -> object:
        # fen ÷ 100 as a float is the nearest double to the exact yuan amount, which Excel
        # stores anyway; its shortest text is the exact two-decimal figure
        return v if scale == 1 else v / scale

    for node, kinds in zip(tree.nodes, lay.kinds, strict=True):
        rows = lay.rows[node.id]
        kids = lay.kids.get(node.id)
        cstates = lay.cells[node.id]
        for kind in kinds:
            first = kind == kinds[0]
            yield node.depth, first, _row_cells(node, kind, first, rows, kids, cstates, owners,
                                                st, look, letters, number, sum_of, lay)


def _row_cells(node: Any, kind: str, first: bool, rows: dict[str, int],
               kids: dict[str, list[int]] | None, cstates: list[Any], owners: dict[str, str],
               st: Styles, look: str, letters: list[str], number: Callable[[int], object],
               sum_of: _SumCache, lay: CascadeLayout) -> Iterator[TemplateCell | None]:
    """The cells of one row of a node's group."""
    if first:
        yield st.put(f"name{min(node.depth, 15)}", node.name, text=True)
        owner = owners.get(node.id)
        yield st.put("owner", owner, text=True) if owner else None
    else:
        yield None
        yield None
    strong = kind == "target" and look != "rate"
    yield st.put("item_b" if strong else "item", ROW_LABELS[kind], text=True)
    cell_look = look + ("_b" if strong else "")
    for i, cs in enumerate(cstates):
        col = letters[i]
        if kind in ("floor", "target", "challenge"):
            if kids and lay.additive:
                yield st.put(cell_look, sum_of(col, kids[kind]))
            else:
                yield st.put(cell_look, number(getattr(cs.effective, kind)))
        elif kind == "actual":
            yield st.put(look, number(cs.actual))
        elif kind == "attain":
            t, a = f"{col}{rows['target']}", f"{col}{rows['actual']}"
            yield st.put("pct", f'=IF({t}=0,"",{a}/{t})')
        elif kind == "own":
            yield st.put(look, number(cs.own.target)) if cs.own is not None else None
        elif cs.own is not None:  # gap: the typed value less the children's sum
            yield st.put(look, f"={col}{rows['own']}-{col}{rows['target']}")
        else:
            yield None


def write_cascade(wb: Workbook, tree: Any, metric: str, grain: str, owners: dict[str, str],
                  furniture: PageFurniture, tick: Callable[[], None], period_gaps: int = 0,
                  *, cut_label: str | None = None, cut_gaps: int = 0) -> str:
    """One metric-and-grain cascade sheet; returns its title. ``period_gaps``: how many periods
    of the metric do not add up (the title points to the 分期核对 sheet then).

    ``cut_label`` (产品线, 渠道, 客户分层): the tree is that cut of the company total; the sheet is
    named 按产品线-签约额 and its title says in how many periods (``cut_gaps``) the cut does not
    add up to the company total (the root's 本级目标 and 未分配 rows show by how much).
    """
    title = (f"按{cut_label}-{METRIC_LABELS.get(metric, metric)}"[:31] if cut_label
             else sheet_title(metric, grain))
    ws = wb.create_sheet(title)
    lay = CascadeLayout(tree, metric, grain)
    name_w = max((text_width(n.name, bold=n.depth == 0) + 1.5 * min(n.depth, 15) + 1.5
                  for n in tree.nodes), default=10.0)
    owner_w = max((text_width(o) + 1.5 for o in owners.values()), default=6.0)
    widths = [min(max(name_w, 10.0), 40.0), min(max(owner_w, 8.0), 24.0),
              text_width("本级目标") + 1.5]
    widths += [_number_width(metric, w, h)
               for w, (_k, h) in zip(_widest(tree, metric, lay), lay.periods, strict=True)]
    setup_sheet(ws, dict(enumerate(widths, 1)), freeze=f"{get_column_letter(lay.first)}"
                f"{FIRST_ROW}", title_rows=f"1:{FIRST_ROW - 1}",
                title_cols=f"A:{get_column_letter(TITLE_COLS)}")
    breaks = row_breaks([len(k) for k in lay.kinds], FIRST_ROW, sum(TITLE_ROWS_PT),
                        fit_columns(widths, TITLE_COLS))
    apply_print(ws, furniture, title_cols=TITLE_COLS, breaks=breaks)
    st = Styles(ws)
    # every body row is ROW_PT tall: the sheet's default height (written with the first row),
    # so rows carry no height of their own
    ws.sheet_format.defaultRowHeight = ROW_PT
    ws.sheet_format.customHeight = True
    unit = {"fen": "元", "count": "个", "bp": "%"}[METRIC_UNITS[metric]]
    for r, height in enumerate(TITLE_ROWS_PT, 1):
        ws.row_dimensions[r] = RowDimension(ws, index=r, ht=height)
    flag = f" · 分期不一致 {period_gaps} 处，见“分期核对”" if period_gaps else ""
    if cut_label:
        flag += (f" · 与公司总目标不一致 {cut_gaps} 处（见本级目标、未分配行）" if cut_gaps
                 else " · 各期合计等于公司总目标")
    what = f"按{cut_label}分解 · " if cut_label else ""
    ws.append([st.put("title", f"{tree.plan.name} · {what}{METRIC_LABELS.get(metric, metric)} · "
                               f"{dict(GRAINS)[grain]}（单位：{unit}）{flag}", text=True)])
    heads = ["节点", "负责人", "项目"] + [h for _k, h in lay.periods]
    ws.append(st.row([("head", h, True) for h in heads]))
    row = FIRST_ROW
    dims: dict[int, RowDimension] = {}  # a row below the root: its outline level, shared per level
    for depth, first, cells in cascade_rows(tree, metric, owners, st, lay):
        if first and row > FIRST_ROW:
            tick()
        level = min(depth, 7)
        if level:
            if level not in dims:
                dims[level] = RowDimension(ws, index=row, outlineLevel=level)
            ws.row_dimensions[row] = dims[level]
        ws.append(cells)
        row += 1
    tick()
    return title
