"""A deal's credit split where the deal is shown: "业绩分配：张三 60 %，李四 40 %" and a
**Split credit…** button (the deal detail, the contract pane of a contract from a deal).

The split is read on the worker (:func:`gui.incentives.split_dialog.read_split`) and read again
when splits, deals or people change. Saving is one undo step of
:func:`services.incentives.splits.set_credit_split`; the command holds the deal's id and the
shares, never this widget.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.undo import OpCommand, push_op
from gui.incentives.split_dialog import CreditSplitDialog, SplitData, read_split, split_text
from services.core.changes import Changes, call
from services.incentives.splits import set_credit_split


def save_split(ctx: AppContext, deal_id: str, deal_name: str,
               shares: dict[str, int]) -> OpCommand:
    """Save a deal's split as one undo step (empty: cleared); a refusal is said by the main
    window (``events.refused``).
    """
    label = (LazyText.translate("CreditSplitRow", "Split the credit of %1") if shares
             else LazyText.translate("CreditSplitRow", "Clear the credit split of %1"))
    return push_op(ctx.undo_stack, ctx.store, ctx.events, label.arg(deal_name),
                   call(set_credit_split, deal_id, dict(sorted(shares.items()))))


class CreditSplitRow(QWidget):
    """See the module docstring. ``loaded`` after each read."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id: str | None = None
        self.data: SplitData | None = None
        self.setObjectName("creditSplitRow")
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(lambda *_a: self._apply(None))
        self.text = QLabel(self)
        self.text.setObjectName("creditSplitText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Split credit…"), self)
        self.button.setObjectName("splitCreditButton")
        self.button.setAutoDefault(False)  # Enter stays with the dialog's default button
        self.button.setToolTip(self.tr("Share this deal's credit between people by percentage "
                                       "(业绩分配)"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.edit)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        ctx.events.changed.connect(self._on_changed)

    def show_deal(self, deal_id: str | None) -> None:
        """Read and show the split of ``deal_id`` (None: nothing, the button disabled)."""
        self.deal_id = deal_id
        if deal_id is None:
            self._apply(None)
            return
        store = self.ctx.store
        self._load.start(lambda: read_split(store, deal_id))

    def is_loading(self) -> bool:
        """Whether a read is on its way."""
        return self._load.is_loading()

    def _apply(self, data: SplitData | None) -> None:
        if data is not None and data.deal.deal_id != self.deal_id:
            return
        self.data = data
        if data is None:
            self.text.setText("")
        else:
            self.text.setText(split_text([(s.person_name, s.share_bp)
                                          for s in data.deal.shares]))
        self.button.setEnabled(data is not None)
        self.loaded.emit()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.deal_id is not None and changes.touches("credit_splits", "deals", "people"):
            self.show_deal(self.deal_id)

    def edit(self) -> None:
        """Open the split dialog; a changed split is saved as one undo step."""
        data = self.data
        if data is None:
            return
        shares = CreditSplitDialog.ask(self, data)
        if shares is not None:
            save_split(self.ctx, data.deal.deal_id, data.deal.deal_name, shares)

