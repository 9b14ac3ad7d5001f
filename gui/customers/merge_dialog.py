"""Merge customers (合并客户): preview side by side, choose the record to keep, confirm.

Reached from the customer list (a multi-selection → "Merge…") and from a duplicate warning
(疑似重复) through :func:`open_merge_dialog`. The merge is one undo step on the window's stack
(an ``OpCommand`` of :func:`services.customers.merge.merge_customers`); undo restores every moved
row and both records exactly. Views refresh from ``events.changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.customers.merge_preview_model import MergePreviewModel
from gui.customers.ops import push_customer_op
from services.core.changes import Op, call
from services.core.errors import SailplanError
from services.customers.merge import MergePreview, MergeUndo, merge_customers, merge_preview


class MergeDialog(QDialog):
    """Shows what merging ``customer_ids`` would give and performs it on Merge."""

    def __init__(self, ctx: AppContext, customer_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.preview: MergePreview | None = None
        self.op: Op[MergeUndo] | None = None
        self.setWindowTitle(self.tr("Merge Customers"))
        self.setObjectName("mergeCustomersDialog")

        intro = QLabel(self.tr(
            "Choose the record to keep. Its filled-in fields win and its blanks are filled from "
            "the others; tags are combined. Contacts, follow-ups, deals and history move to it, "
            "and the other records are removed. Undo (Ctrl+Z) puts everything back."), self)
        intro.setWordWrap(True)

        self.keep_combo = QComboBox(self)
        self.keep_combo.setObjectName("keepCombo")
        self.keep_combo.setMinimumWidth(320)
        form = QFormLayout()
        form.addRow(self.tr("&Keep:"), self.keep_combo)

        self.model = MergePreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergePreviewTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.counts = QLabel(self)
        self.counts.setObjectName("mergeCounts")
        self.counts.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)
        self.resize(860, 560)

        self._fill_keep_combo()
        self.keep_combo.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()

    @property
    def keep_id(self) -> str:
        """The customer currently chosen to keep."""
        return str(self.keep_combo.currentData())

    @property
    def merge_ids(self) -> list[str]:
        """The customers that will be merged into the kept one."""
        return [c for c in self.customer_ids if c != self.keep_id]

    def _fill_keep_combo(self) -> None:
        try:
            first = merge_preview(self.ctx.store, self.customer_ids[0], self.customer_ids[1:])
        except SailplanError as exc:
            self._show_error(exc)
            return
        owners = dict(zip(first.customer_ids,
                          next(f.values for f in first.fields if f.field == "owner_id"),
                          strict=True))
        for cid, name in zip(first.customer_ids, first.names, strict=True):
            owner = owners.get(cid) or self.tr("shared pool")
            self.keep_combo.addItem(self.tr("{0} (owner: {1})").format(name, owner), cid)

    def refresh_preview(self) -> None:
        """Recompute the preview for the chosen record."""
        if self.keep_combo.count() == 0:
            self.merge_button.setEnabled(False)
            return
        try:
            self.preview = merge_preview(self.ctx.store, self.keep_id, self.merge_ids)
        except SailplanError as exc:
            self.preview = None
            self._show_error(exc)
        self.model.set_preview(self.preview)
        self.merge_button.setEnabled(self.preview is not None)
        self.counts.setText(self._counts_text())

    def _counts_text(self) -> str:
        if self.preview is None:
            return ""
        p = self.preview
        parts = [self.tr("%n contact(s)", "", p.count("contacts")),
                 self.tr("%n follow-up(s)", "", p.count("followups")),
                 self.tr("%n deal(s)", "", p.count("deals")),
                 self.tr("%n history event(s)", "", p.count("customer_events"))]
        others = sum(n for t, n in p.moving
                     if t not in ("contacts", "followups", "deals", "customer_events"))
        if others:
            parts.append(self.tr("%n other record(s)", "", others))
        removed = len(p.merge_ids)
        text = self.tr("Moving to the kept customer: %1. %n record(s) will be removed.", "",
                       removed)
        return text.replace("%1", self.tr(", ").join(parts))

    def _show_error(self, exc: Exception) -> None:
        Messages.show_error(self, self.tr("Cannot merge"), str(exc))

    def accept(self) -> None:
        """Merge now, push the undo step and tell the other views."""
        if self.preview is None:
            return
        ctx = self.ctx
        text = LazyText.translate("MergeDialog", "Merge %n customer(s) into %1").plural(
            len(self.merge_ids)).arg(self.preview.names[0])
        # No initiator: every view, the customer list included, refreshes from the event.
        op, failed = push_customer_op(ctx, text, call(
            merge_customers, self.keep_id, self.merge_ids, ctx.current_person_id), None)
        if op is None:
            if failed is not None:
                self._show_error(failed)
            self.refresh_preview()
            return
        self.op = op
        ctx.events.status_message.emit(text.text(), 5000)
        super().accept()


def open_merge_dialog(ctx: AppContext, parent: QWidget | None, customer_ids: list[str]) -> bool:
    """Offer to merge the given customers; True when a merge was done (undoable)."""
    ids = [c for c in dict.fromkeys(customer_ids) if c]
    if len(ids) < 2:
        Messages.show_info(parent, QCoreApplication.translate("MergeDialog", "Merge Customers"),
                           QCoreApplication.translate(
                               "MergeDialog", "Select at least two customers to merge."))
        return False
    dialog = MergeDialog(ctx, ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    result = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return result
