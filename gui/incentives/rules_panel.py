"""A version's rules: the list (name and kind of each rule, in the order they are evaluated)
with Add / Remove / Move up / Move down, and the form of the selected rule beside it.

The panel edits a list of rule objects as the scheme document holds them; ``changed`` follows
every edit, :meth:`RulesPanel.rules` gives them back. It writes nothing: the version editor
saves the whole document as one undo step.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.row_table_model import Column, RowTableModel
from gui.incentives import texts as T
from gui.incentives.rule_form import RuleForm, new_rule, unique_id
from services.incentives.choices import EditorChoices


@dataclass(frozen=True)
class RuleRow:
    """A rule as the list shows it."""

    id: str
    kind: str
    title: str
    grain: str


def rule_rows(rules: list[dict[str, Any]]) -> list[RuleRow]:
    """The list's rows of ``rules``."""
    return [RuleRow(str(r.get("id", "")), str(r.get("kind", "")), str(r.get("title") or ""),
                    str(r.get("grain") or "")) for r in rules]


class RulesPanel(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(self, pick: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick = pick
        self._rules: list[dict[str, Any]] = []
        self.read_only = False
        self.form: RuleForm | None = None
        self._forms_built = 0  # forms built since select() began (one is enough)
        self.model = RowTableModel(parent=self)
        self.model.set_columns([
            Column(self.tr("Rule"), lambda r: r.title or T.kind_label(r.kind)),
            Column(self.tr("Kind"), lambda r: T.kind_label(r.kind),
                   tooltip=lambda r: T.menu_label(r.kind))])
        self.view = QTableView(self)
        self.view.setObjectName("rulesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_form())

        self.buttons: dict[str, QPushButton] = {}
        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.add_menu = QMenu(self)
        for kind in T.KINDS:
            action = self.add_menu.addAction(T.menu_label(kind))
            action.setData(kind)
            action.triggered.connect(lambda _c=False, k=kind: self.add_rule(k))
        for n, (key, text, slot) in enumerate((("add", self.tr("Add rule"), None),
                                ("remove", self.tr("Remove"), self.remove_rule),
                                ("up", self.tr("Up"), lambda: self.move_rule(-1)),
                                ("down", self.tr("Down"), lambda: self.move_rule(1)))):
            button = QPushButton(text, self)
            button.setObjectName(f"rule_{key}")
            if slot is not None:
                button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button, n // 2, n % 2)
        self.buttons["add"].setMenu(self.add_menu)
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.view, 1)
        left_lay.addLayout(bar)

        self.form_area = QScrollArea(self)
        self.form_area.setObjectName("ruleFormArea")
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("rulesSplit")
        self.split.addWidget(left)
        self.split.addWidget(self.form_area)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.split)
        self._update_buttons()

    # --- content -------------------------------------------------------------------------

    def set_rules(self, rules: list[dict[str, Any]], *, keep: bool = False) -> None:
        """Show ``rules`` (copied); ``keep`` keeps the selected row, else the first is."""
        row = self.current_row() if keep else 0
        self._rules = copy.deepcopy(rules)
        self.model.set_rows(rule_rows(self._rules))
        self.view.resizeColumnToContents(0)
        self.select(min(max(row, 0), len(self._rules) - 1))

    def rules(self) -> list[dict[str, Any]]:
        """The rules as edited (copies)."""
        self._take_form()
        return copy.deepcopy(self._rules)

    def current_row(self) -> int:
        """The selected rule's row (-1: none)."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        """Select the rule at ``row`` and show its form (none when out of range)."""
        self._forms_built = 0
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.view.selectionModel().clearCurrentIndex()
        if not self._forms_built:  # the row did not change: no signal built the form
            self._show_form()

    def select_id(self, rule_id: str) -> bool:
        """Select the rule with this id (or position, counted from 1); whether one was."""
        for n, rule in enumerate(self._rules):
            if str(rule.get("id")) == rule_id or str(n + 1) == rule_id:
                self.select(n)
                return True
        return False

    def set_read_only(self, on: bool) -> None:
        """Show the rules without letting them be changed (a published version)."""
        self.read_only = on
        if self.form is not None:
            self.form.set_read_only(on)
        self._update_buttons()

    # --- editing -------------------------------------------------------------------------

    def add_rule(self, kind: str) -> None:
        """Add a rule of ``kind`` after the selected one (else at the end) and select it."""
        if self.read_only:
            return
        self._take_form()
        rule = new_rule(kind, unique_id(kind, {str(r.get("id")) for r in self._rules}))
        at = self.current_row() + 1 if self.current_row() >= 0 else len(self._rules)
        self._rules.insert(at, rule)
        self.model.set_rows(rule_rows(self._rules))
        self.select(at)
        self.changed.emit()

    def remove_rule(self) -> None:
        """Remove the selected rule."""
        row = self.current_row()
        if self.read_only or row < 0:
            return
        del self._rules[row]
        self.form = None
        self.model.set_rows(rule_rows(self._rules))
        self.select(min(row, len(self._rules) - 1))
        self.changed.emit()

    def move_rule(self, step: int) -> None:
        """Move the selected rule up (-1) or down (1): rules are evaluated in list order."""
        row = self.current_row()
        to = row + step
        if self.read_only or row < 0 or not 0 <= to < len(self._rules):
            return
        self._take_form()
        self._rules[row], self._rules[to] = self._rules[to], self._rules[row]
        self.model.set_rows(rule_rows(self._rules))
        self.select(to)
        self.changed.emit()

    def _take_form(self) -> None:
        """Keep what the open form says in its rule."""
        form, row = self.form, self.current_row()
        if form is None or not 0 <= row < len(self._rules) \
                or self._rules[row].get("id") != form.value().get("id"):
            return
        self._rules[row] = form.value()

    def _form_edited(self) -> None:
        form, row = self.form, self.current_row()
        if form is None or not 0 <= row < len(self._rules):
            return
        self._rules[row] = form.value()
        self.model.patch(rule_rows([self._rules[row]]))
        self.changed.emit()

    def _show_form(self) -> None:
        self._forms_built += 1
        self._update_buttons()
        row = self.current_row()
        rule = self._rules[row] if 0 <= row < len(self._rules) else None
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = None
        if rule is None:
            return
        form = RuleForm(str(rule.get("kind")), self.pick)
        form.load(rule)
        form.set_read_only(self.read_only)
        form.changed.connect(self._form_edited)
        self.form_area.setWidget(form)
        self.form = form

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        for key, button in self.buttons.items():
            button.setVisible(not self.read_only)
            button.setEnabled({"add": True, "remove": row >= 0, "up": row > 0,
                               "down": 0 <= row < count - 1}[key])
