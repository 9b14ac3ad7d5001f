"""A contract's compliance checklist (合同合规) and its signature.

The dialog lists the firm's required terms with a box each: ticking or unticking one is one
undo step. **Mark signed** signs a draft (草稿 → 已签订) on the chosen date. With a term
unticked the dialog says which, and offers to sign anyway with a reason: that is for an
approver (a manager, director or owner, or the contract owner's manager — the person chosen
under "I am" in Settings); the service refuses anyone else, and the main window shows the
refusal. A signature over unticked terms is kept and shown here (who, why, when, which terms).
The lead opens it from the contracts list: ``ComplianceDialog(ctx, contract_id, parent).exec()``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day_time
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.orders.order_words import contract_status_text
from services.core.changes import Call, Changes, call
from services.orders import compliance as CO


class ComplianceDialog(QDialog):
    """One contract's checklist, its status and the Mark signed action."""

    def __init__(self, ctx: AppContext, contract_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.state: CO.Compliance | None = None
        self.setObjectName("complianceDialog")
        self.setWindowTitle(self.tr("Contract compliance"))
        self.setMinimumWidth(460)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = RowTableModel([Column(self.tr("Required term"), lambda i: i.name,
                                           field="checked", check=lambda i: i.checked)],
                                   self, on_edit=self._ticked)
        self.view = QTableView(self)
        self.view.setObjectName("checklistTable")
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.override = QLabel(self)
        self.override.setWordWrap(True)
        self.override.setObjectName("overrideNote")
        self.sign_date = QDateEdit(QDate.currentDate(), self)
        self.sign_date.setCalendarPopup(True)
        self.sign_date.setDisplayFormat("yyyy-MM-dd")
        self.sign_button = QPushButton(self.tr("Mark signed"), self)
        sign = QHBoxLayout()
        sign.addWidget(QLabel(self.tr("Sign date:"), self))
        sign.addWidget(self.sign_date)
        sign.addStretch(1)
        sign.addWidget(self.sign_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.override)
        layout.addLayout(sign)
        layout.addWidget(buttons)
        self.sign_button.clicked.connect(self.sign)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the checklist on the worker."""
        store, cid = self.ctx.store, self.contract_id
        self._load.start(lambda: CO.compliance(store, cid))

    def is_loading(self) -> bool:
        """Whether the checklist is being read."""
        return self._load.is_loading()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches("contracts", "app_settings"):
            self.reload()

    def _show(self, state: CO.Compliance) -> None:
        first = self.state is None
        self.state = state
        self.heading.setText(self.tr("Contract %1 — %2").replace("%1", state.number)
                             .replace("%2", contract_status_text(state.status)))
        self.model.set_rows(list(state.items))
        if state.missing:
            self.missing.setText(self.tr("Not ticked: %1").replace("%1",
                                                                  "、".join(state.missing)))
        else:
            self.missing.setText(self.tr("Every required term is ticked."))
        self.override.setVisible(state.override is not None)
        if state.override is not None:
            o = state.override
            self.override.setText(
                self.tr("Signed over unticked terms (%1) by %2 on %3: %4")
                .replace("%1", "、".join(o.missing)).replace("%2", o.by_name or "")
                .replace("%3", day_time(o.at)).replace("%4", o.reason))
        self.sign_button.setEnabled(state.draft)
        self.sign_date.setEnabled(state.draft)
        if first:
            self.view.setFocus()

    def _push(self, text: LazyText, do: Call) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=None)
        return cmd.failed is None

    def _ticked(self, item: CO.ChecklistItem, _field: str, value: Any) -> bool:
        if self.state is None or bool(value) == item.checked:
            return False
        text = (LazyText.translate("ComplianceDialog", "Tick %1 on %2") if value
                else LazyText.translate("ComplianceDialog", "Untick %1 on %2"))
        return self._push(text.arg(item.name, self.state.number),
                          call(CO.set_terms_checked, self.contract_id, [item.term_id],
                               bool(value)))

    @classmethod
    def ask_reason(cls, parent: QWidget, missing: str) -> str | None:
        """The reason for signing over unticked terms, or None when cancelled (tests patch)."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("ComplianceDialog", "Sign anyway"),
            QCoreApplication.translate(
                "ComplianceDialog", "Not ticked: %1.\nOnly a manager, director or owner, or the "
                "contract owner's manager, may sign anyway. Why?").replace("%1", missing))
        return text.strip() if ok and text.strip() else None

    def sign(self) -> None:
        """Mark the draft signed (one undo step), asking for a reason when terms are unticked."""
        state = self.state
        if state is None or not state.draft:
            return
        qd = self.sign_date.date()
        on = date(qd.year(), qd.month(), qd.day())
        text = LazyText.translate("ComplianceDialog", "Sign contract %1").arg(state.number)
        if not state.missing:
            self._push(text, call(CO.sign_contract, self.contract_id, sign_date=on))
            return
        if self.ctx.current_person_id is None:
            Messages.show_info(self, self.tr("Sign anyway"), self.tr(
                "Choose who you are (Settings ▸ General ▸ I am) to sign over unticked terms."))
            return
        reason = self.ask_reason(self, "、".join(state.missing))
        if reason is None:
            return
        text = LazyText.translate("ComplianceDialog", "Sign contract %1 over unticked terms") \
            .arg(state.number)
        self._push(text, call(CO.sign_contract, self.contract_id, sign_date=on,
                              by=self.ctx.current_person_id, override_reason=reason))
