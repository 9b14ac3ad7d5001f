"""TargetTreeModel: the cascade as a tree of nodes with per-period value columns.

A plain item tree (one ``_Item`` per node, children in display order) over a
:class:`services.targets.cascade.TargetTree`. Figures are read live from the tree's
:class:`~services.targets.rollup.RollupTree`, so :meth:`TargetTreeModel.apply_values` changes one
cell in memory and repaints the parents whose allocated sums and gaps moved in the same frame.
Edits and drops are handed to callables the page sets (they push undo commands); the model never
writes to the database itself.

A node whose periods do not add up (year ≠ Σ quarters, quarter ≠ Σ months, month ≠ Σ weeks:
:mod:`services.targets.consistency`) is marked: its name and kind in purple with the differences in
the tooltip, and the own-value cells of each such period on a purple ground. The tree holds every
period's typed values (``load_tree(..., all_values=True)``), so the marks follow edits at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from gui.common.formatting import day
from gui.common.theme import ink
from gui.targets import formatting as F
from gui.targets import growth_text as G
from services.core import periods as P
from services.targets.cascade import TargetNodeRow, TargetTree
from services.targets.consistency import PeriodGap, node_period_gaps
from services.targets.growth import GrowthFormula
from services.targets.split import Values

NODE_MIME = "application/x-sailplan-target-node"
NodeIndex = QModelIndex | QPersistentModelIndex
_NONE = QModelIndex()
OWN_FIELDS = ("floor", "target", "challenge")
_UNDER = QColor("#d9822b")  # 未分配: orange
_OVER = QColor("#d32f2f")  # 超分配: red
_ROLLED = QColor("#757575")
_PERIODS = QColor("#7b1fa2")  # periods that do not add up: purple
_PERIODS_BG = QColor("#f3e5f5")


@dataclass(eq=False)
class _Item:
    row: TargetNodeRow | None  # None for the invisible root
    parent: _Item | None = None
    children: list[_Item] = field(default_factory=list)

    def index_in_parent(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


class TargetTreeModel(QAbstractItemModel):
    """Nodes (name, kind/owner) then, per period, own values, allocated, gap, actual, attainment."""

    resolves_conflicts = True  # the page asks when a cell was saved by someone else meanwhile

    error = Signal(str)  # a refused edit, in words the user can act on

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = _Item(None)
        self._by_id: dict[str, _Item] = {}
        self.tree: TargetTree | None = None
        #: node id → owner names (managers of a unit, the firm's heads for the root)
        self.owners: dict[str, str] = {}
        self.metric = "signed_amount"
        self.full_values = False
        self._columns: list[tuple[str, str]] = []
        #: (node id, metric, period, new values or None) → True when accepted; set by the page
        self.edit_handler: Callable[[str, str, str, Values | None], bool] | None = None
        #: (node id, new name) → None; set by the page (pushes a rename command)
        self.rename_handler: Callable[[str, str], None] | None = None
        #: (node id, new parent id) → None; set by the page (pushes a move command)
        self.move_handler: Callable[[str, str], None] | None = None
        #: why the own-value cells are read-only (a published plan), "" while they are editable
        self.locked_reason = ""
        #: nodes cannot be dragged to another parent (a published plan)
        self.structure_locked = False
        self._period_gaps: dict[str, list[PeriodGap]] = {}  # node id → its gaps (the metric's)
        #: (node id, metric, period) → how the value was set from growth; set by the page
        self.growth: dict[tuple[str, str, str], GrowthFormula] = {}
        #: person node id → month key → percent of a full target (novice ramp); set by the page
        self.ramp: dict[str, dict[str, int]] = {}

    # --- configuration -------------------------------------------------------------------------

    def set_tree(self, tree: TargetTree | None, metric: str | None = None,
                 full_values: bool | None = None) -> None:
        """Show a (re)loaded tree, optionally for another metric or value set."""
        self.beginResetModel()
        self.tree = tree
        self._period_gaps = {}
        if metric is not None:
            self.metric = metric
        if full_values is not None:
            self.full_values = full_values
        self._root = _Item(None)
        self._by_id = {}
        if tree is not None:
            for row in tree.nodes:
                parent = self._by_id.get(row.parent_id) if row.parent_id else self._root
                item = _Item(row, parent or self._root)
                item.parent.children.append(item)  # type: ignore[union-attr]
                self._by_id[row.id] = item
        fields = (*(OWN_FIELDS if self.full_values else ("target",)), "allocated", "gap",
                  "actual", "attain")
        periods = tree.periods if tree is not None else ()
        self._columns = [(p, f) for p in periods for f in fields]
        self.endResetModel()

    def column_spec(self, column: int) -> tuple[str, str] | None:
        """(period, field) of a value column, None for the name and kind columns."""
        return self._columns[column - 2] if 2 <= column < len(self._columns) + 2 else None

    def first_column_of(self, period: str) -> int:
        """The first column of a period's block (-1 when not shown)."""
        for i, (p, _f) in enumerate(self._columns):
            if p == period:
                return i + 2
        return -1

    def node_id(self, index: NodeIndex) -> str | None:
        """The node id of an index (None for invalid)."""
        item = self._item(index)
        return item.row.id if item.row is not None else None

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        """The index of a node (invalid when not shown)."""
        item = self._by_id.get(node_id)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.index_in_parent(), column, item)

    # --- edits ---------------------------------------------------------------------------------

    def apply_values(self, node_id: str, metric: str, period: str,
                     values: Values | None) -> None:
        """Change one cell in memory and repaint every row whose figures moved."""
        if self.tree is None or node_id not in self._by_id:
            return
        changed = self.tree.rollup.apply_edit(node_id, metric, period, values)
        if metric != self.metric:
            return
        had = bool(self.period_gaps(node_id))
        self._period_gaps.pop(node_id, None)
        if had or self.period_gaps(node_id):  # its marks may come or go anywhere on its row
            self.dataChanged.emit(self.index_of(node_id, 0),
                                  self.index_of(node_id, self.columnCount() - 1))
        first = self.first_column_of(period)
        if first < 0:
            return
        last = first + (len(OWN_FIELDS) if self.full_values else 1) + 3
        for nid, _m, _p in changed:
            a, b = self.index_of(nid, first), self.index_of(nid, last)
            if a.isValid():
                self.dataChanged.emit(a, b, [Qt.ItemDataRole.DisplayRole])

    def set_actuals(self, actuals: dict[tuple[str, str, str], int]) -> None:
        """Add the actuals read after the tree and repaint the value columns."""
        if self.tree is None:
            return
        self.tree.rollup.set_actuals(actuals)
        if self._by_id and self._columns:
            top = self.index(0, 2)
            bottom = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
            for item in self._by_id.values():  # rows below the top level
                if item.children:
                    first = self.createIndex(0, 2, item.children[0])
                    last = self.createIndex(len(item.children) - 1, self.columnCount() - 1,
                                            item.children[-1])
                    self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    # --- structure -----------------------------------------------------------------------------

    def _item(self, index: NodeIndex) -> _Item:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self._root

    def index(self, row: int, column: int, parent: NodeIndex = _NONE) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._item(parent).children[row])

    def parent(self, index: NodeIndex = _NONE) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        par = self._item(index).parent
        if par is None or par is self._root:
            return QModelIndex()
        return self.createIndex(par.index_in_parent(), 0, par)

    def rowCount(self, parent: NodeIndex = _NONE) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: NodeIndex = _NONE) -> int:
        return 2 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        spec = self.column_spec(section)
        if role == Qt.ItemDataRole.ToolTipRole and spec is not None:
            p = P.parse(spec[0])
            tip = f"{day(p.start)} – {day(p.end)}"
            if spec[1] == "gap":
                tip += "\n" + self.tr("Own value minus the children's sum: orange = unallocated, "
                                      "red = over-allocated")
            return tip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Node")
        if section == 1:
            return self.tr("Kind / owner")
        spec = self.column_spec(section)
        if spec is None:
            return None
        period, what = spec
        names = {"floor": self.tr("Floor"), "target": self.tr("Target"),
                 "challenge": self.tr("Challenge"), "allocated": self.tr("Allocated"),
                 "gap": self.tr("Gap"), "actual": self.tr("Actual"),
                 "attain": self.tr("Attainment")}
        return f"{F.period_label(period)}\n{names[what]}"

    def flags(self, index: NodeIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDropEnabled
        item = self._item(index)
        if item.row is not None and item.row.parent_id is not None \
                and not self.structure_locked:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        spec = self.column_spec(index.column())
        if index.column() == 0 or (spec is not None and spec[1] in OWN_FIELDS
                                   and not self.locked_reason):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # --- data ----------------------------------------------------------------------------------

    def data(self, index: NodeIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._item(index).row
        if row is None:
            return None
        col = index.column()
        if col in (0, 1) and role in (Qt.ItemDataRole.ForegroundRole,
                                      Qt.ItemDataRole.ToolTipRole):
            gaps = self.period_gaps(row.id)
            if gaps:
                return QBrush(_PERIODS) if role == Qt.ItemDataRole.ForegroundRole \
                    else self._gaps_tip(gaps)
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.name
            return None
        if col == 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = F.label(F.KIND_LABELS, row.kind)
                if row.cut:
                    text = F.label(F.CUT_MEMBER_LABELS, row.cut)
                    if row.cut_key and row.cut_key != row.name:
                        text += " " + row.cut_key
                if self.period_gaps(row.id):
                    text += " · " + self.tr("periods do not add up")
                if self.owners.get(row.id):
                    text += " · " + self.owners[row.id]
                text += self._growth_note(row.id)
                plan = self.tree.plan if self.tree is not None else None
                if plan is not None and row.acknowledged_version is not None \
                        and row.acknowledged_version >= plan.version:
                    text += " · " + self.tr("acknowledged")
                return text
            return None
        spec = self.column_spec(col)
        if spec is None or self.tree is None:
            return None
        return self._cell_data(row, spec[0], spec[1], role)

    def _cell_data(self, row: TargetNodeRow, period: str, what: str, role: int) -> Any:
        assert self.tree is not None
        cell = self.tree.rollup.cell(row.id, self.metric, period)
        m = self.metric
        if what in OWN_FIELDS:
            value = getattr(cell.effective, what)
            gap = next((g for g in self.period_gaps(row.id) if g.period == period), None)
            if gap is not None and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_PERIODS_BG)
            if gap is not None and role == Qt.ItemDataRole.ToolTipRole:
                return self._gap_text(gap)
            if role == Qt.ItemDataRole.DisplayRole:
                return F.show_value(m, value, True) if cell.own is not None or value else ""
            if role == Qt.ItemDataRole.EditRole:
                return F.edit_text(m, value) if cell.own is not None or value else ""
            if role == Qt.ItemDataRole.ForegroundRole and cell.own is None:
                return QBrush(ink(_ROLLED))
            if role == Qt.ItemDataRole.FontRole and cell.own is None:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                tips = []
                if cell.own is not None or value:
                    tips.append(F.show_value(m, value))
                    if cell.own is None:
                        tips.append(self.tr("Rolled up from the children (no value typed here)"))
                tips += self._growth_tips(row.id, period, cell.own)
                if self.locked_reason:
                    tips.append(self.locked_reason)
                return "\n".join(tips) or None
        elif what == "allocated":
            if role == Qt.ItemDataRole.DisplayRole and cell.has_children:
                return F.show_value(m, cell.allocated.target, True)
            if role == Qt.ItemDataRole.ToolTipRole and cell.has_children:
                return F.show_value(m, cell.allocated.target)
        elif what == "gap":
            g = cell.gap.target
            if role == Qt.ItemDataRole.DisplayRole and not cell.gap.is_zero():
                return F.show_value(m, g, True)  # whole yuan like the target beside it
            if role == Qt.ItemDataRole.ForegroundRole and g:
                return QBrush(ink(_UNDER if g > 0 else _OVER))
            if role == Qt.ItemDataRole.ToolTipRole and not cell.gap.is_zero():
                word = self.tr("Unallocated") if g >= 0 else self.tr("Over-allocated")
                return self.tr("%1: floor %2, target %3, challenge %4").replace(
                    "%1", word).replace("%2", F.show_value(m, cell.gap.floor)).replace(
                    "%3", F.show_value(m, g)).replace("%4", F.show_value(m, cell.gap.challenge))
        elif what == "actual":
            if role == Qt.ItemDataRole.DisplayRole:
                return F.show_value(m, cell.actual, True) if cell.actual else ""
        elif what == "attain":
            ratio = cell.attainment
            if role == Qt.ItemDataRole.DisplayRole:
                return F.attainment_text(ratio)
            if role == Qt.ItemDataRole.ForegroundRole and ratio is not None:
                return QBrush(ink("#2e7d32" if ratio >= 1 else "#424242"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _growth_note(self, node_id: str) -> str:
        """The kind column's note: the growth rate of the node's value shown, its ramp months."""
        out = ""
        found = sorted((key[2], f) for key, f in self.growth.items()
                       if key[0] == node_id and key[1] == self.metric)
        if found:  # the longest period first: the year's rate before a quarter's
            out += " · " + G.growth_badge(min(found, key=lambda kv: len(kv[0]))[1])
        if self.ramp.get(node_id):
            out += " · " + G.ramp_months_text(self.ramp[node_id])
        return out

    def _growth_tips(self, node_id: str, period: str, own: Values | None) -> list[str]:
        """A value cell's tooltip lines: the growth formula, the ramp's share of the month."""
        tips = []
        formula = self.growth.get((node_id, self.metric, period))
        if formula is not None:
            tips.append(G.formula_text(formula, own.target if own is not None else None))
        percent = self.ramp.get(node_id, {}).get(period)
        if percent is not None:
            tips.append(G.ramp_text(percent))
        return tips

    def period_gaps(self, node_id: str) -> list[PeriodGap]:
        """The node's periods that do not add up, for the shown metric (cached)."""
        if self.tree is None:
            return []
        gaps = self._period_gaps.get(node_id)
        if gaps is None:
            item = self._by_id.get(node_id)
            name = item.row.name if item is not None and item.row is not None else ""
            gaps = self._period_gaps[node_id] = node_period_gaps(self.tree, node_id, self.metric,
                                                                 name)
        return gaps

    def _gap_text(self, g: PeriodGap) -> str:
        subs = {"quarter": self.tr("the quarters"), "month": self.tr("the months"),
                "week": self.tr("the weeks")}.get(g.sub_grain, self.tr("the sub-periods"))
        return self.tr("%1: %2, but %3 add up to %4 (difference %5)").replace(
            "%1", F.period_label(g.period)).replace(
            "%2", F.show_value(self.metric, g.own.target)).replace("%3", subs).replace(
            "%4", F.show_value(self.metric, g.parts.target)).replace(
            "%5", self._difference(g))

    def _difference(self, g: PeriodGap) -> str:
        parts = []
        for name, value in ((self.tr("floor"), g.gap.floor), (self.tr("target"), g.gap.target),
                            (self.tr("challenge"), g.gap.challenge)):
            if value:
                parts.append(f"{name} {F.show_value(self.metric, value)}")
        return ", ".join(parts)

    def _gaps_tip(self, gaps: list[PeriodGap]) -> str:
        lines = [self.tr("The periods do not add up:")]
        lines += [self._gap_text(g) for g in gaps[:8]]
        if len(gaps) > 8:
            lines.append(self.tr("… and %n more", "", len(gaps) - 8))
        return "\n".join(lines)

    def setData(self, index: NodeIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.tree is None:
            return False
        row = self._item(index).row
        if row is not None and index.column() == 0 and self.rename_handler is not None:
            name = str(value or "").strip()
            if name and name != row.name:
                self.rename_handler(row.id, name)
                return True
            return False
        spec = self.column_spec(index.column())
        if row is None or spec is None or spec[1] not in OWN_FIELDS or self.edit_handler is None \
                or self.locked_reason:
            return False
        period, what = spec
        text = "" if value is None else str(value)
        cell = self.tree.rollup.cell(row.id, self.metric, period)
        new: Values | None
        if not text.strip():
            new = None
        else:
            try:
                number = F.parse_value(self.metric, text)
            except ValueError as exc:
                self.error.emit(self.tr("%1, %2: %3").replace("%1", row.name).replace(
                    "%2", F.period_label(period)).replace("%3", str(exc)))
                return False
            if cell.own is None and not self.full_values:
                new = Values(number, number, number)
            else:
                base = cell.own if cell.own is not None else cell.effective
                new = Values(**{**dict(zip(OWN_FIELDS, base.as_tuple(), strict=True)),
                                what: number})
        if new == cell.own:
            return False
        return self.edit_handler(row.id, self.metric, period, new)

    # --- drag and drop -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = [self.node_id(i) for i in indexes if i.isValid()]
        if ids and ids[0]:
            data.setData(NODE_MIME, QByteArray(ids[0].encode("utf-8")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: NodeIndex) -> bool:
        if not data.hasFormat(NODE_MIME) or not parent.isValid():
            return False
        dragged = bytes(data.data(NODE_MIME).data()).decode("utf-8")
        return dragged != self.node_id(parent)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: NodeIndex) -> bool:
        """Ask the page to move the dragged node under ``parent``; the command does the rest.

        Returns False so the view does not remove the source row itself.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = bytes(data.data(NODE_MIME).data()).decode("utf-8")
        target = self.node_id(parent)
        item = self._by_id.get(dragged)
        if target is None or item is None or self.move_handler is None:
            return False
        if item.row is not None and item.row.parent_id == target:
            return False
        self.move_handler(dragged, target)
        return False
