"""Today's reminders as a tree: sections, then reminders; the backlog grouped by kind.

Top-level rows are the sections of :func:`services.today.reminders.section_of` that have
reminders — due today, overdue, coming up, backlog — each with its count. Under the first three
sit the reminders themselves (overdue: the oldest first); under the backlog sits one group per
kind (stale customers, …) with its count, and the reminders under those.

Nodes (sections and groups) are numbered; an index's ``internalId`` is the number of its parent
node (0 at the top level), so ``parent()`` and ``index()`` are dictionary look-ups — expanding
36,000 reminders calls them once per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gui.common.formatting import count, day
from gui.common.theme import ink
from gui.today.kinds import KIND_LABELS, kind_label, kind_sort_key, section_label
from services.today.reminders import (
    SECTION_BACKLOG,
    SECTION_OVERDUE,
    SECTION_TODAY,
    SECTION_UPCOMING,
    SECTIONS,
    SEVERITY_OVERDUE,
    Reminder,
    section_of,
)

Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # or-ing enums per call is slow
_TOP = 0
OVERDUE_COLOUR = QColor("#b42318")
TODAY_COLOUR = QColor("#b54708")


@dataclass
class _Node:
    """A section or a backlog group: its place in the tree and what it holds."""

    id: int
    parent: int  # the parent node's id, _TOP for a section
    row: int
    key: str  # "today", "backlog", "backlog/stale_customer": stable across reloads
    section: str
    kind: str | None = None  # a backlog group's reminder kind
    items: list[Reminder] = field(default_factory=list)
    children: list[int] = field(default_factory=list)

    def size(self) -> int:
        """Rows under this node."""
        return len(self.children) or len(self.items)


@dataclass(frozen=True)
class Arranged:
    """Reminders sorted into the sections that have some, in order: each section with its
    reminders as one group (kind None), the backlog with a group per kind.
    """

    today: date
    sections: tuple[tuple[str, tuple[tuple[str | None, list[Reminder]], ...]], ...]


def arrange(reminders: list[Reminder] | tuple[Reminder, ...], today: date) -> Arranged:
    """Sort reminders into Today's sections and order them (Qt-free: runs on the worker)."""
    by_section: dict[str, list[Reminder]] = {s: [] for s in SECTIONS}
    for reminder in reminders:
        by_section[section_of(reminder, today)].append(reminder)
    out: list[tuple[str, tuple[tuple[str | None, list[Reminder]], ...]]] = []
    for section in SECTIONS:
        items = by_section[section]
        if not items:
            continue
        if section != SECTION_BACKLOG:
            out.append((section, ((None, sorted(items, key=_SORT[section])),)))
            continue
        kinds: dict[str, list[Reminder]] = {}
        for reminder in items:
            kinds.setdefault(reminder.kind, []).append(reminder)
        out.append((section, tuple((kind, sorted(kinds[kind], key=_SORT[section]))
                                   for kind in sorted(kinds, key=kind_sort_key))))
    return Arranged(today, tuple(out))


def reminder_key(reminder: Reminder) -> tuple[str, str, str, str]:
    """What identifies a reminder across reloads (its data may change, e.g. days overdue)."""
    return (reminder.kind, reminder.item_kind, reminder.item_id, reminder.title)


class RemindersModel(QAbstractItemModel):
    """Columns: reminder, type, details, due. See the module docstring for the rows."""

    ReminderRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    KeyRole = Qt.ItemDataRole.UserRole + 3  # a section's or group's node key

    COLUMNS = 4
    DUE_COLUMN = 3

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._nodes: dict[int, _Node] = {}
        self._top: list[int] = []
        self._today = date.today()

    # --- contents ------------------------------------------------------------------------------
    def set_reminders(self, reminders: list[Reminder] | tuple[Reminder, ...],
                      today: date | None = None) -> None:
        """Replace the contents (one reset); see :meth:`set_arranged`."""
        self.set_arranged(arrange(reminders, today or date.today()))

    def set_arranged(self, arranged: Arranged) -> None:
        """Replace the contents with reminders :func:`arrange` sorted (on the worker: sorting
        36,000 reminders is a frame's work); one reset.
        """
        self.beginResetModel()
        self._today = arranged.today
        self._nodes, self._top = {}, []
        for section, groups in arranged.sections:
            node = self._add(_TOP, len(self._top), section, section)
            self._top.append(node.id)
            for kind, items in groups:
                if kind is None:
                    node.items = items
                    continue
                group = self._add(node.id, len(node.children), f"{section}/{kind}", section,
                                  kind)
                group.items = items
                node.children.append(group.id)
        self.endResetModel()

    def _add(self, parent: int, row: int, key: str, section: str,
             kind: str | None = None) -> _Node:
        node = _Node(len(self._nodes) + 1, parent, row, key, section, kind)
        self._nodes[node.id] = node
        return node

    def remove_reminders(self, gone: set[Reminder]) -> None:
        """Take these reminders out now (done or snoozed): rows are removed, counts follow."""
        for node in list(self._nodes.values()):
            if node.children or not node.items:
                continue
            rows = [i for i, r in enumerate(node.items) if r in gone]
            if not rows:
                continue
            parent = self.createIndex(node.row, 0, node.parent)
            while rows:  # runs of adjacent rows, from the end: one removal each
                last = first = rows.pop()
                while rows and rows[-1] == first - 1:
                    first = rows.pop()
                self.beginRemoveRows(parent, first, last)
                del node.items[first:last + 1]
                self.endRemoveRows()
            self._count_changed(node)

    def _count_changed(self, node: _Node) -> None:
        while True:
            index = self.createIndex(node.row, 0, node.parent)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            if node.parent == _TOP:
                return
            node = self._nodes[node.parent]

    def total(self) -> int:
        """Number of reminders (not counting section and group rows)."""
        return sum(len(n.items) for n in self._nodes.values())

    def section_count(self, section: str) -> int:
        """Reminders in one section (0 when it is not shown)."""
        return sum(len(n.items) for n in self._nodes.values() if n.section == section)

    def group_count(self) -> int:
        """Number of top-level rows (sections shown)."""
        return len(self._top)

    def node_keys(self) -> list[tuple[str, QModelIndex]]:
        """(key, index) of every section and group row, sections first."""
        out = [(self._nodes[nid].key, self.createIndex(row, 0, _TOP))
               for row, nid in enumerate(self._top)]
        out += [(n.key, self.createIndex(n.row, 0, n.parent)) for n in self._nodes.values()
                if n.parent != _TOP]
        return out

    def node_key(self, index: Index) -> str | None:
        """The key of a section or group row (None for a reminder)."""
        node = self._node_at(index)
        return node.key if node is not None else None

    def find(self, key: tuple[str, str, str, str]) -> QModelIndex:
        """The row of the reminder with this :func:`reminder_key` (invalid when gone)."""
        for node in self._nodes.values():
            for row, reminder in enumerate(node.items):
                if reminder_key(reminder) == key:
                    return self.createIndex(row, 0, node.id)
        return QModelIndex()

    def retranslate(self) -> None:
        """Section, group and type names and the headers changed language."""
        last = self.COLUMNS - 1
        if self._top:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._top) - 1, last))
        for node in self._nodes.values():
            if node.size():
                parent = self.createIndex(node.row, 0, node.parent)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(node.size() - 1, last, parent))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    # --- structure -----------------------------------------------------------------------------
    def _node_at(self, index: Index) -> _Node | None:
        """The section or group an index shows (None for a reminder row)."""
        if not index.isValid():
            return None
        pid = int(index.internalId())
        if pid == _TOP:
            return self._nodes[self._top[index.row()]] if index.row() < len(self._top) else None
        parent = self._nodes.get(pid)
        if parent is None or not parent.children or index.row() >= len(parent.children):
            return None
        return self._nodes[parent.children[index.row()]]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex(), which calls rowCount() and
        # columnCount() back through Python.
        if not 0 <= column < self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._top) else QModelIndex()
        if parent.column() != 0:
            return QModelIndex()
        node = self._node_at(parent)
        if node is None or row >= node.size():
            return QModelIndex()
        return self.createIndex(row, column, node.id)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if not parent.isValid():
            return bool(self._top)
        if parent.column() != 0:
            return False
        node = self._node_at(parent)
        return node is not None and node.size() > 0

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        node = self._nodes[int(index.internalId())]
        return self.createIndex(node.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self._node_at(parent)
        return node.size() if node is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # --- data ----------------------------------------------------------------------------------
    def reminder(self, index: Index) -> Reminder | None:
        """The reminder of a reminder row (None for section and group rows)."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        node = self._nodes.get(int(index.internalId()))
        if node is None or node.children or index.row() >= len(node.items):
            return None
        return node.items[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node_at(index)
        if node is not None:
            return self._node_data(node, index.column(), role)
        reminder = self.reminder(index)
        if reminder is None:
            return None
        return self._item_data(reminder, index.column(), role)

    def _node_data(self, node: _Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            label = kind_label(node.kind) if node.kind else section_label(node.section)
            size = sum(len(self._nodes[c].items) for c in node.children) or len(node.items)
            return f"{label} ({count(size)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and node.kind is None:
            if node.section == SECTION_OVERDUE:
                return QBrush(ink(OVERDUE_COLOUR))
            if node.section == SECTION_TODAY:
                return QBrush(ink(TODAY_COLOUR))
        if role == self.KindRole:
            return node.kind
        if role == self.KeyRole:
            return node.key
        return None

    def _item_data(self, reminder: Reminder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return reminder.title
            if column == 1:
                return kind_label(reminder.kind)
            if column == 2:
                return reminder.detail
            return self._due_text(reminder.due)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reminder.title}\n{reminder.detail}" if reminder.detail else reminder.title
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE_COLUMN:
            if reminder.severity >= SEVERITY_OVERDUE or reminder.due < self._today:
                return QBrush(ink(OVERDUE_COLOUR))
            if reminder.due == self._today and not reminder.backlog:
                return QBrush(ink(TODAY_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == self.DUE_COLUMN and (
                reminder.due == self._today and not reminder.backlog):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ReminderRole:
            return reminder
        if role == self.KindRole:
            return reminder.kind
        return None

    def column_texts(self, column: int) -> list[str]:
        """The widest texts the type or due column can show (the page sizes them from these):
        every kind's name, and the due words with a three-digit count and a date.
        """
        if column == 1:
            return [kind_label(k) for k in (*KIND_LABELS, "")]
        if column == self.DUE_COLUMN:
            t = self._today
            return [self._due_text(t + timedelta(days=d)) for d in (0, -1, 1, -999)] + [
                day(date(2000, 12, 28))]
        return []

    def _due_text(self, due: date) -> str:
        days = (due - self._today).days
        if days == 0:
            return self.tr("today")
        if days == -1:
            return self.tr("yesterday")
        if days == 1:
            return self.tr("tomorrow")
        if days < 0:
            return self.tr("{days} days overdue").format(days=-days)
        return day(due)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Reminder"), self.tr("Type"), self.tr("Details"), self.tr("Due"))[section]


_SORT = {
    # Due today: the most urgent kinds first (follow-ups before checkpoints), then by name.
    SECTION_TODAY: lambda r: (kind_sort_key(r.kind), -r.severity, r.title),
    # Overdue: the longest overdue first.
    SECTION_OVERDUE: lambda r: (r.due, kind_sort_key(r.kind), r.title),
    SECTION_UPCOMING: lambda r: (r.due, kind_sort_key(r.kind), r.title),
    SECTION_BACKLOG: lambda r: (-r.severity, r.due, r.title),
}
"""Order of the reminders within each section (the backlog: within each kind's group)."""
