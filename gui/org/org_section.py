"""Settings ▸ Org & people (组织与人员): the org tree on the left, its people on the right.

The tree: drag a unit onto another to re-parent it, F2 renames in place, Insert adds a
sub-unit, and Merge into… / Close act on the selected unit. The people of the selected unit (and
of its sub-units, unless unticked; people who left only when asked) fill the table; Enter or a
double-click edits a person, Ctrl+N adds one, and Leaves… hands the person to the leaving
dialog (:mod:`gui.org.leaving_dialog`) that reassigns their work.

Every edit is one :class:`~gui.common.undo.OpCommand` on the window's undo stack calling a
service of :mod:`services.org.units` or :mod:`services.org.people_edit`; the section reloads
itself from ``ctx.events.changed`` (deferred to the next event-loop turn), whoever made the
change. The org of a small firm is a few dozen rows, so it is read on the GUI thread like the
other settings sections.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.common.conflict_dialog import resolve_conflict, shown_value
from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.ui_settings import read_bool, ui_settings
from gui.common.undo import push_op
from gui.org.add_unit_dialog import AddUnitDialog
from gui.org.labels import KINDS, kind_label
from gui.org.merge_unit_dialog import MergeUnitDialog
from gui.org.people_model import PeopleModel
from gui.org.person_dialog import PersonDialog
from gui.org.unit_tree_model import UnitTreeModel
from services.core.changes import Call, Changes, call
from services.core.conflicts import ConflictError
from services.org import people_edit as P
from services.org import units as U

KEY = "org_section"
_CHILD_KIND = {"company": "region", "region": "team", "channel": "team",
               "product_line": "team", "department": "team", "team": "team"}


def _people_header_key() -> str:
    """The people table's widths are remembered per interface language (columns fitted to
    Chinese headers are too narrow for English ones).
    """
    return f"people_header_{QLocale().name()}"


class OrgSection(QWidget):
    """See the module docstring."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the settings list."""
        return QCoreApplication.translate("OrgSection", "Org & people")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._units: list[U.UnitInfo] = []
        self._people: list[P.PersonInfo] = []
        self._ui = ui_settings()
        self._ui.setParent(self)
        intro = QLabel(self.tr(
            "The org tree and the people of each unit. Drag a unit onto another to move it, "
            "F2 renames it; Enter edits a person. Every change can be undone with Ctrl+Z."),
            self)
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("orgSplitter")
        self.splitter.addWidget(self._build_tree())
        self.splitter.addWidget(self._build_people())
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        chain = (self.add_unit_button, self.merge_button, self.close_button, self.tree,
                 self.add_person_button, self.edit_button, self.leaves_button, self.table,
                 self.subunits, self.show_left)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.events.changed.connect(self._on_changed)
        self._fit_columns = not self._restore_state()
        self.reload()

    # ------------------------------------------------------------------ building

    def _button(self, text: str, slot: Any, name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _action(self, view: QWidget, text: str, slot: Any, keys: Any = None) -> QAction:
        action = QAction(text, view)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
        return action

    def _build_tree(self) -> QWidget:
        box = QWidget(self)
        self.tree_model = UnitTreeModel(self)
        self.tree_model.on_rename = self.rename_unit
        self.tree_model.on_move = self.move_unit
        tree = self.tree = QTreeView(box)
        tree.setObjectName("orgTree")
        tree.setModel(self.tree_model)
        tree.setUniformRowHeights(True)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentRowChanged.connect(self._on_unit)
        tree.installEventFilter(self)  # Enter goes to the unit's people
        self.add_unit_action = self._action(tree, self.tr("Add sub-unit…"), self.add_unit,
                                            "Ins")
        self.rename_action = self._action(tree, self.tr("Rename (F2)"), self.start_rename)
        self.merge_action = self._action(tree, self.tr("Merge into…"), self.merge_unit)
        self.close_action = self._action(tree, self.tr("Close unit"), self.toggle_closed)
        self.kind_menu = QMenu(self.tr("Kind"), tree)
        for code in U.UNIT_KINDS:
            if code != "company":
                act = self.kind_menu.addAction(kind_label(code))
                act.setData(code)
                act.triggered.connect(lambda _c=False, k=code: self.set_kind(k))
        tree.addAction(self.kind_menu.menuAction())
        buttons = QHBoxLayout()
        self.add_unit_button = self._button(self.tr("Add unit…"), self.add_unit,
                                            "addUnitButton", box)
        self.add_unit_button.setToolTip(self.tr("A sub-unit of the selected unit (Ins)"))
        self.merge_button = self._button(self.tr("Merge into…"), self.merge_unit,
                                         "mergeUnitButton", box)
        self.close_button = self._button(self.tr("Close unit"), self.toggle_closed,
                                         "closeUnitButton", box)
        for b in (self.add_unit_button, self.merge_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(tree, 1)
        return box

    def _build_people(self) -> QWidget:
        box = QWidget(self)
        self.people_model = PeopleModel(self)
        table = self.table = QTableView(box)
        table.setObjectName("orgPeople")
        table.setModel(self.people_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.doubleClicked.connect(lambda _i: self.edit_person())
        # Edit… and Leaves… follow the person chosen (a click, the arrow keys)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.edit_action = self._action(table, self.tr("Edit…"), self.edit_person)
        table.installEventFilter(self)  # Enter edits (the view would only move the cursor)
        self.leaves_action = self._action(table, self.tr("Leaves…"), self.person_leaves)
        self.subunits = QCheckBox(self.tr("Include sub-units"), box)
        self.subunits.setObjectName("orgSubunits")
        self.subunits.setChecked(read_bool(self._ui, f"{KEY}/subunits", True))
        self.show_left = QCheckBox(self.tr("Show people who left"), box)
        self.show_left.setObjectName("orgShowLeft")
        self.show_left.setChecked(read_bool(self._ui, f"{KEY}/show_left", False))
        for check in (self.subunits, self.show_left):
            check.toggled.connect(self._on_filter)
        self.add_person_button = self._button(self.tr("Add person…"), self.add_person,
                                              "addPersonButton", box)
        self.add_person_button.setToolTip(self.tr("Ctrl+N"))
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.add_person)
        self.addAction(action)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_person,
                                        "editPersonButton", box)
        self.leaves_button = self._button(self.tr("Leaves…"), self.person_leaves,
                                          "leavesButton", box)
        self.leaves_button.setToolTip(self.tr(
            "Reassign this person's customers, open deals, targets and plan items"))
        top = QHBoxLayout()
        for b in (self.add_person_button, self.edit_button, self.leaves_button):
            top.addWidget(b)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.subunits)
        bottom.addWidget(self.show_left)
        bottom.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addLayout(bottom)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the people table opens the person dialog; Enter on a unit goes to its
        people (the first one chosen), as a click on the unit then on the table would.
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if watched is self.table:
                self.edit_person()
                return True
            if watched is self.tree and self.tree.hasFocus():  # not an editor's Enter
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.people_model.rowCount() and \
                        not self.table.selectionModel().hasSelection():
                    current = self.table.currentIndex()
                    self.table.selectRow(current.row() if current.isValid() else 0)
                return True
        return super().eventFilter(watched, event)

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the org tree."""
        return self.tree

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> bool:
        """Put back the remembered splitter and column widths; False when there were none."""
        restored = True
        for key, target in (("splitter", self.splitter),
                            (_people_header_key(), self.table.horizontalHeader())):
            state = self._ui.value(f"{KEY}/{key}")
            if not state or not target.restoreState(state):
                restored = False
                if target is self.splitter:
                    self.splitter.setSizes([340, 700])
        self.splitter.splitterMoved.connect(self._save_state)
        self.table.horizontalHeader().sectionResized.connect(self._save_state)
        self.table.horizontalHeader().sectionMoved.connect(self._save_state)
        return restored

    def _save_state(self, *_args: object) -> None:
        self._ui.setValue(f"{KEY}/splitter", self.splitter.saveState())
        self._ui.setValue(f"{KEY}/{_people_header_key()}",
                          self.table.horizontalHeader().saveState())

    # ------------------------------------------------------------------ loading

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("people", "org_units"):
            self._reload_timer.start()

    def reload(self) -> None:
        """Re-read the tree and the people, keeping the selected unit and person."""
        keep = self.current_unit()
        self._units = U.unit_tree(self.ctx.store)
        self.tree_model.set_units(self._units)
        self.tree.expandAll()
        index = self.tree_model.index_of(keep.id if keep else None)
        if not index.isValid() and self._units:
            index = self.tree_model.index(0, 0)
        self.tree.setCurrentIndex(index)
        self._show_people()

    def _on_unit(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_people()

    def _on_filter(self) -> None:
        self._ui.setValue(f"{KEY}/subunits", self.subunits.isChecked())
        self._ui.setValue(f"{KEY}/show_left", self.show_left.isChecked())
        self._show_people()

    def _show_people(self) -> None:
        unit = self.current_unit()
        person = self.current_person()
        self._people = P.list_unit_people(
            self.ctx.store, unit.id if unit else None, subunits=self.subunits.isChecked(),
            include_left=self.show_left.isChecked()) if unit else []
        self.people_model.set_rows(self._people)
        if self._fit_columns and self._people:  # first visit: columns fitted to the names
            self._fit_columns = False
            self.table.resizeColumnsToContents()
        row = self.people_model.row_of(person.id) if person else -1
        if row >= 0:
            self.table.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        unit = self.current_unit()
        inner = unit is not None and unit.parent_id is not None
        self.add_unit_button.setEnabled(unit is None or unit.closed_on is None)
        self.merge_button.setEnabled(inner)
        self.merge_action.setEnabled(inner)
        self.close_button.setEnabled(inner)
        self.close_action.setEnabled(inner)
        self.kind_menu.menuAction().setEnabled(inner)
        text = self.tr("Reopen unit") if unit and unit.closed_on else self.tr("Close unit")
        self.close_button.setText(text)
        self.close_action.setText(text)
        has_person = self.current_person() is not None
        self.edit_button.setEnabled(has_person)
        self.leaves_button.setEnabled(has_person)
        self.add_person_button.setEnabled(bool(self._units))

    # ------------------------------------------------------------------ selection

    def current_unit(self) -> U.UnitInfo | None:
        """The unit selected in the tree."""
        return self.tree_model.unit(self.tree.currentIndex()) if hasattr(self, "tree") else None

    def current_person(self) -> P.PersonInfo | None:
        """The person selected in the table."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        record = self.people_model.row_at(index.row()) if index.isValid() else None
        return record if isinstance(record, P.PersonInfo) else None

    def select_unit(self, unit_id: str) -> None:
        """Select ``unit_id`` in the tree (its people fill the table)."""
        self.tree.setCurrentIndex(self.tree_model.index_of(unit_id))

    # ------------------------------------------------------------------ unit edits

    resolves_conflicts = True  # a person saved by someone else meanwhile: this section asks

    def _push(self, label: LazyText, do: Call) -> Any:
        return push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                       initiator=self)

    def add_unit(self) -> None:
        """A new sub-unit of the selected unit (the company itself when the tree is empty)."""
        unit = self.current_unit()
        if unit is None and self._units:
            return
        got = AddUnitDialog.ask(self, unit.name if unit else None,
                                _CHILD_KIND.get(unit.kind, "team") if unit else "company")
        if got is None:
            return
        name, kind = got
        cmd = self._push(LazyText.translate("OrgSection", "Add unit %1").arg(name),
                         call(U.add_unit, name, kind, unit.id if unit else None))
        if cmd.failed is None and cmd.value:
            self.reload()
            self.select_unit(cmd.value)

    def start_rename(self) -> None:
        """Edit the selected unit's name in place (as F2 does)."""
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def rename_unit(self, unit_id: str, name: str) -> None:
        """Rename a unit (from the in-place editor)."""
        self._push(LazyText.translate("OrgSection", "Rename unit to %1").arg(name),
                   call(U.rename_unit, unit_id, name))

    def move_unit(self, unit_id: str, parent_id: str) -> None:
        """Move a unit under another (from a drop)."""
        names = {u.id: u.name for u in self._units}
        self._push(LazyText.translate("OrgSection", "Move %1 under %2").arg(names.get(unit_id, ""),
                                                  names.get(parent_id, "")),
                   call(U.move_unit, unit_id, parent_id))

    def merge_unit(self) -> None:
        """Merge the selected unit into one chosen in a dialog."""
        unit = self.current_unit()
        if unit is None or unit.parent_id is None:
            return
        inside = self.tree_model.subtree(unit.id)
        targets = [u for u in self._units if u.id not in inside and u.closed_on is None]
        into = MergeUnitDialog.ask(self, unit.name, targets, self._units)
        if into is None:
            return
        name = next((u.name for u in self._units if u.id == into), "")
        cmd = self._push(LazyText.translate("OrgSection", "Merge %1 into %2").arg(unit.name, name),
                         call(U.merge_unit, unit.id, into))
        if cmd.failed is None:
            self.reload()
            self.select_unit(into)

    def set_kind(self, kind: str) -> None:
        """Make the selected unit a 区域, 渠道, 事业部, 团队… (the company stays the company)."""
        unit = self.current_unit()
        if unit is None or unit.parent_id is None or unit.kind == kind:
            return
        self._push(LazyText.translate("OrgSection", "Make %1 a %2").arg(
            unit.name, LazyText("OrgLabels", KINDS[kind])),  # KINDS: listed for lupdate
            call(U.set_unit_kind, unit.id, kind))

    def toggle_closed(self) -> None:
        """Close the selected unit today, or reopen it when it is closed."""
        unit = self.current_unit()
        if unit is None or unit.parent_id is None:
            return
        if unit.closed_on is None:
            self._push(LazyText.translate("OrgSection", "Close unit %1").arg(unit.name),
                       call(U.close_unit, unit.id))
        else:
            self._push(LazyText.translate("OrgSection", "Reopen unit %1").arg(unit.name),
                       call(U.reopen_unit, unit.id))

    # ------------------------------------------------------------------ people edits

    def new_record(self) -> None:
        """Ctrl+N: a new person in the selected unit."""
        self.add_person()

    def add_person(self) -> None:
        """A new person in the selected unit (the dialog may choose another)."""
        if not self._units:
            return
        unit = self.current_unit()
        everyone = P.list_unit_people(self.ctx.store)
        values = PersonDialog.ask(self, self._units, everyone, None, unit.id if unit else None)
        if values is None:
            return
        name = str(values.pop("name"))
        unit_id = str(values.pop("unit_id"))
        cmd = self._push(LazyText.translate("OrgSection", "Add person %1").arg(name.strip()),
                         call(P.add_person, name, unit_id, **values))
        if cmd.failed is None:
            self.reload()
            self._select_person(cmd.value)

    def edit_person(self) -> None:
        """Edit the selected person in the person dialog (Enter, double-click)."""
        person = self.current_person()
        if person is None:
            return
        everyone = P.list_unit_people(self.ctx.store)
        values = PersonDialog.ask(self, self._units, everyone, person)
        if values is None:
            return
        old = person.values()
        changed = {k: v for k, v in P.clean_person_values(values).items() if v != old.get(k)}
        if not changed:
            return
        text = LazyText.translate("OrgSection", "Edit %1").arg(person.name)
        cmd = self._push(text, call(P.edit_person, person.id, changed,
                                    {k: old.get(k) for k in changed}))
        if isinstance(cmd.failed, ConflictError):
            self._resolve_person(text, cmd.failed, everyone)

    def _resolve_person(self, text: LazyText, error: ConflictError, everyone: Any) -> None:
        """Someone else saved the person meanwhile: show both values per field; save the
        ticked ones of ours over what is stored now.
        """
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"),
                  "email": self.tr("E-mail"), "unit_id": self.tr("Unit"),
                  "role": self.tr("Role"), "capacity_tier": self.tr("Capacity tier"),
                  "manager_id": self.tr("Manager"), "active_from": self.tr("Start date"),
                  "active_to": self.tr("Left on")}
        units = {u.id: u.name for u in self._units}
        people = {p.id: p.name for p in everyone}

        def show(field: str, value: Any) -> str:
            if field == "unit_id":
                return units.get(value, "—") if value else "—"
            if field == "manager_id":
                return people.get(value, "—") if value else "—"
            return shown_value(value)

        mine, stored = resolve_conflict(self, error, lambda f: labels.get(f, f), show)
        if mine:
            self._push(text, call(P.edit_person, error.record[1], mine,
                                  {f: stored[f] for f in mine}))
        self.reload()

    def _select_person(self, person_id: str | None) -> None:
        row = self.people_model.row_of(person_id or "")
        if row >= 0:
            self.table.selectRow(row)
            self._enable()

    def person_leaves(self) -> None:
        """Hand the selected person to the leaving dialog (reassigns their work)."""
        person = self.current_person()
        if person is None:
            return
        try:
            module = importlib.import_module("gui.org.leaving_dialog")
        except ModuleNotFoundError as exc:
            if exc.name != "gui.org.leaving_dialog":
                raise
            Messages.show_info(self, self.tr("Leaves"), self.tr(
                "Reassigning a leaving person's work is not available in this version. "
                "Set the day they left with Edit… instead."))
            return
        module.run_leaving_dialog(self.ctx, person.id, self)
