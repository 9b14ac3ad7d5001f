"""The org tree as a Qt item model: name (renamed in place), kind and people counts.

A plain node tree built from :func:`services.org.units.unit_tree` (PySide's editabletreemodel
pattern). The model never writes: a rename hands ``(unit_id, name)`` to ``on_rename`` and a
drop hands ``(unit_id, new_parent_id)`` to ``on_move``; both push an undo command, and the
section reloads the tree from the change that follows. A drop therefore returns False and the
model has no removeRows (otherwise Qt's move-drop would delete the source row itself). Drags
carry the unit ids in :data:`MIME_TYPE`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from gui.common.theme import ink
from gui.org.labels import kind_label
from services.org.units import UnitInfo

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-sailplan-org-units"


class _Node:
    __slots__ = ("children", "info", "parent", "row")

    def __init__(self, info: UnitInfo | None, parent: _Node | None, row: int):
        self.info = info
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class UnitTreeModel(QAbstractItemModel):
    """See the module docstring. ``IdRole`` gives a unit's id."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._by_id: dict[str, _Node] = {}
        self.on_rename: Callable[[str, str], None] | None = None
        self.on_move: Callable[[str, str], None] | None = None

    # --- content ---------------------------------------------------------------------------
    def set_units(self, units: Sequence[UnitInfo]) -> None:
        """Show ``units`` (depth-first, as ``unit_tree`` gives them): one reset."""
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._by_id = {}
        for info in units:
            parent = self._by_id.get(info.parent_id or "", self._root)
            node = _Node(info, parent, len(parent.children))
            parent.children.append(node)
            self._by_id[info.id] = node
        self.endResetModel()

    def unit(self, index: Index) -> UnitInfo | None:
        """The unit at ``index`` (None for an invalid index)."""
        node = self._node(index)
        return node.info if node is not self._root else None

    def index_of(self, unit_id: str | None, column: int = 0) -> QModelIndex:
        """The index showing ``unit_id`` (invalid when not shown)."""
        node = self._by_id.get(unit_id or "")
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def units(self) -> list[UnitInfo]:
        """Every unit shown, depth first."""
        out: list[UnitInfo] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                assert child.info is not None
                out.append(child.info)
                walk(child)

        walk(self._root)
        return out

    def subtree(self, unit_id: str) -> set[str]:
        """``unit_id`` and the ids of every unit below it."""
        node = self._by_id.get(unit_id)
        out: set[str] = set()
        todo = [node] if node is not None else []
        while todo:
            n = todo.pop()
            if n.info is not None:
                out.add(n.info.id)
            todo += n.children
        return out

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, _Node):
                return node
        return self._root

    # --- Qt --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not 0 <= row < len(node.children) or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("UnitTreeModel", "Unit"),
                  QCoreApplication.translate("UnitTreeModel", "Kind"),
                  QCoreApplication.translate("UnitTreeModel", "People"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.unit(index)
        if info is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return info.name
            if col == 1:
                if info.closed_on is None:
                    return kind_label(info.kind)
                return QCoreApplication.translate("UnitTreeModel", "%1, closed").replace(
                    "%1", kind_label(info.kind))
            return str(info.people_total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.closed_on is not None:
                return QCoreApplication.translate("UnitTreeModel", "Closed on %1").replace(
                    "%1", info.closed_on.isoformat())
            if col == 2:
                return QCoreApplication.translate(
                    "UnitTreeModel", "%1 in the unit itself, %2 with its sub-units").replace(
                    "%1", str(info.people)).replace("%2", str(info.people_total))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and info.closed_on is not None:
            return ink("#8a8f98")
        if role == Qt.ItemDataRole.FontRole and info.parent_id is None and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return info.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        info = self.unit(index)
        if info is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if info.closed_on is None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if info.parent_id is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        info = self.unit(index)
        if info is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        text = str(value or "").strip()
        if text and text != info.name and self.on_rename is not None:
            self.on_rename(info.id, text)
        return False  # the tree is reloaded from the change, not patched here

    # --- drag and drop ---------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(i.data(self.IdRole) for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(i for i in ids if i).encode("utf-8")))
        return data

    def _dropped(self, data: QMimeData, parent: Index) -> tuple[list[str], UnitInfo | None]:
        if not data.hasFormat(MIME_TYPE):
            return [], None
        raw = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        return [i for i in raw.split("\n") if i], self.unit(parent)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        ids, target = self._dropped(data, parent)
        if not ids or target is None or target.closed_on is not None:
            return False
        return all(target.id not in self.subtree(i) and self._by_id.get(i) is not None
                   and self._node(self.index_of(i)).parent is not self._by_id.get(target.id)
                   for i in ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """A unit dropped on another unit (or between its children) moves under it."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids, target = self._dropped(data, parent)
        if target is not None and self.on_move is not None:
            for unit_id in ids:
                self.on_move(unit_id, target.id)
        return False  # the section reloads the tree; Qt must not remove the source row
