"""Settings → Contracts and credit (合同与信用): the required contract terms and the credit check.

The required terms (合同合规) are the checklist every contract carries: a draft is signed only
once they are all ticked, unless an approver overrides with a reason
(:mod:`services.orders.compliance`). Terms are added, renamed (in the table), removed and moved
here; a renamed term keeps the ticks contracts already have. The contract number pattern
(合同编号规则, ``HT-{yyyy}-{seq:04}``) numbers new contracts, with an example beside it. The
credit check says what a new
contract over the customer's credit limit does: nothing, a warning, or a refusal
(:mod:`services.orders.credit`). Every change is one undo step; the section is read on the
worker and re-read when the settings change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.orders.order_words import policy_text
from services.core.changes import Call, Changes, call
from services.core.errors import ValidationError
from services.orders import compliance as CO
from services.orders import contracts as CT
from services.orders import credit as CR


def _load(store: Any) -> tuple[tuple[CO.RequiredTerm, ...], str, str]:
    return CO.required_terms(store), CR.credit_policy(store), CT.number_pattern(store)


class ContractSettingsSection(QWidget):
    """The required terms list and the credit policy."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("ContractSettingsSection", "Contracts and credit")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contractSettingsSection")
        self.terms: tuple[CO.RequiredTerm, ...] = ()
        self.saved_pattern = CT.DEFAULT_PATTERN
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        box = QGroupBox(self.tr("Required contract terms (合同合规)"), self)
        note = QLabel(self.tr("Every contract carries this checklist. A draft contract is "
                              "signed only when all of them are ticked, unless a manager, "
                              "director or owner, or the contract owner's manager, signs it "
                              "anyway with a reason (kept with the contract)."), box)
        note.setWordWrap(True)
        self.model = RowTableModel([Column(self.tr("Term"), lambda t: t.name, field="name")],
                                   self, on_edit=self._renamed)
        self.view = QTableView(box)
        self.view.setObjectName("requiredTermsTable")
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit(box)
        self.name.setMaxLength(CO.NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("New term, e.g. 保密条款"))
        self.add_button = QPushButton(self.tr("Add"), box)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        self.up_button = QPushButton(self.tr("Move up"), box)
        self.down_button = QPushButton(self.tr("Move down"), box)
        entry = QHBoxLayout()
        entry.addWidget(self.name, 1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            entry.addWidget(b)
        lay = QVBoxLayout(box)
        lay.addWidget(note)
        lay.addLayout(entry)
        lay.addWidget(self.view, 1)
        credit = QGroupBox(self.tr("Credit limit check (信用额度)"), self)
        self.policy = QComboBox(credit)
        for key in CR.POLICIES:
            self.policy.addItem(policy_text(key), key)
        credit_note = QLabel(self.tr("When a new contract, with the customer's open "
                                     "receivables, goes over the customer's credit limit."),
                             credit)
        credit_note.setWordWrap(True)
        form = QFormLayout(credit)
        form.addRow(self.tr("Over the limit:"), self.policy)
        form.addRow(credit_note)
        numbers = QGroupBox(self.tr("Contract numbers (合同编号)"), self)
        self.pattern = QLineEdit(numbers)
        self.pattern.setObjectName("contractNumberPattern")
        self.pattern.setMaxLength(CT.NUMBER_LIMIT)
        self.pattern.setToolTip(self.tr(
            "{seq} is the number counting up ({seq:04}: four digits, 0001); {yyyy}, {yy} and "
            "{mm} are the year and month signed. The count starts again for each prefix, so "
            "HT-{yyyy}-{seq:04} starts at 0001 every year."))
        self.pattern_example = QLabel(numbers)
        self.pattern_example.setObjectName("contractNumberExample")
        number_form = QFormLayout(numbers)
        number_form.addRow(self.tr("Pattern:"), self.pattern)
        number_form.addRow(self.tr("Next number looks like:"), self.pattern_example)
        outer = QVBoxLayout(self)
        outer.addWidget(box, 1)
        outer.addWidget(numbers)
        outer.addWidget(credit)
        chain = (self.name, self.add_button, self.remove_button, self.up_button,
                 self.down_button, self.view, self.pattern, self.policy)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.add_button.clicked.connect(self.add_term)
        self.name.returnPressed.connect(self.add_term)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.policy.activated.connect(lambda _i: self._policy_chosen())
        self.pattern.textEdited.connect(lambda _t: self._show_example())
        self.pattern.editingFinished.connect(self._pattern_entered)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the terms and the policy on the worker."""
        store = self.ctx.store
        self._load.start(lambda: _load(store))

    def is_loading(self) -> bool:
        """Whether the section is being read."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the terms."""
        return self.view

    def _show(self, result: tuple[tuple[CO.RequiredTerm, ...], str, str]) -> None:
        selected = self.selected()
        self.terms, policy, self.saved_pattern = tuple(result[0]), result[1], result[2]
        if not self.pattern.hasFocus() or not self.pattern.isModified():
            self.pattern.setText(self.saved_pattern)
            self.pattern.setModified(False)
        self._show_example()
        self.model.set_rows(list(self.terms))
        if selected is not None and (n := self.model.row_of(selected.id)) >= 0:
            self.view.selectRow(n)
        self.policy.setCurrentIndex(max(self.policy.findData(policy), 0))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches("app_settings"):
            self.reload()

    def selected(self) -> CO.RequiredTerm | None:
        """The term of the current row."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _push(self, text: LazyText, do: Call) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=None)
        return cmd.failed is None

    def _write(self, text: LazyText, terms: list[CO.RequiredTerm]) -> bool:
        return self._push(text, call(CO.set_required_terms, terms))

    def add_term(self) -> None:
        """Add the typed term at the end (one undo step)."""
        name = self.name.text().strip()
        if not name:
            return
        text = LazyText.translate("ContractSettingsSection", "Add required term %1").arg(name)
        if self._write(text, [*self.terms, CO.RequiredTerm("", name)]):
            self.name.clear()

    def remove_selected(self) -> None:
        """Remove the selected term (ticks on contracts are kept, unshown)."""
        term = self.selected()
        if term is None:
            return
        text = LazyText.translate("ContractSettingsSection", "Remove required term %1") \
            .arg(term.name)
        self._write(text, [t for t in self.terms if t.id != term.id])

    def move_selected(self, step: int) -> None:
        """Move the selected term up (-1) or down (1)."""
        term = self.selected()
        if term is None:
            return
        terms = list(self.terms)
        n = terms.index(term)
        if not 0 <= n + step < len(terms):
            return
        terms[n], terms[n + step] = terms[n + step], terms[n]
        text = LazyText.translate("ContractSettingsSection", "Move required term %1") \
            .arg(term.name)
        self._write(text, terms)

    def _renamed(self, term: CO.RequiredTerm, _field: str, value: Any) -> bool:
        name = str(value).strip()
        if not name or name == term.name:
            return False
        text = LazyText.translate("ContractSettingsSection", "Rename required term %1") \
            .arg(term.name)
        return self._write(text, [CO.RequiredTerm(t.id, name) if t.id == term.id else t
                                  for t in self.terms])

    def _policy_chosen(self) -> None:
        policy = self.policy.currentData()
        labels = {
            CR.OFF: LazyText.translate("ContractSettingsSection", "Stop checking credit limits"),
            CR.WARN: LazyText.translate("ContractSettingsSection", "Warn over credit limits"),
            CR.BLOCK: LazyText.translate("ContractSettingsSection",
                                         "Refuse contracts over credit limits")}
        self._push(labels[policy], call(CR.set_credit_policy, policy))

    def _show_example(self) -> None:
        try:
            example = CT.format_number(self.pattern.text().strip(), date.today(), 1)
        except ValidationError as exc:
            self.pattern_example.setText(error_text(exc))
            return
        self.pattern_example.setText(example)

    def _pattern_entered(self) -> None:
        """Save a changed pattern (one undo step); a pattern that cannot work is refused and
        the saved one shown again.
        """
        text = self.pattern.text().strip()
        if not self.pattern.isModified() or text == self.saved_pattern:
            return
        self.pattern.setModified(False)
        label = LazyText.translate("ContractSettingsSection", "Number contracts as %1") \
            .arg(text)
        if not self._push(label, call(CT.set_number_pattern, text)):
            self.pattern.setText(self.saved_pattern)
            self._show_example()
