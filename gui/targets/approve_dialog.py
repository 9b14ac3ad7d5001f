"""ApproveDialog: approving an adjustment of one period asks how the node's other periods follow.

Keep the year (the remaining months absorb the difference) or change the year (the quarter and
the year follow; the level above shows it as its gap). Each choice shows what it would write
(:func:`services.targets.lifecycle.preview_approval`); a choice that cannot be made — nothing of
the year left to absorb the change, or a period that would go below zero — is disabled with the
reason. A request for a whole year needs no question (its quarters and months follow it either
way).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.error_texts import error_text
from gui.targets import formatting as F
from services.core import periods as P
from services.core.errors import SailplanError
from services.targets import lifecycle as L
from services.targets.follow import CHANGE_YEAR, KEEP_YEAR
from services.targets.lifecycle import AdjustmentRow

MAX_LINES = 10


class ApproveDialog(QDialog):
    """批准调整: choose how the rest follows; :meth:`choice` is the rule."""

    def __init__(self, store: Any, row: AdjustmentRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve adjustment"))
        self.row = row
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("“%1”, %2: target %3 → %4. How should the other periods follow?")
                      .replace("%1", row.node_name).replace("%2", F.period_label(row.period))
                      .replace("%3", F.show_value(row.metric, row.old.target))
                      .replace("%4", F.show_value(row.metric, row.new.target)), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.details: dict[str, QLabel] = {}
        texts = {KEEP_YEAR: self.tr("Keep the year: the remaining periods of the year absorb "
                                    "the difference (by the node's split rule)"),
                 CHANGE_YEAR: self.tr("Change the year: the quarter and the year follow; the "
                                      "level above shows the change as its gap")}
        for rule in (KEEP_YEAR, CHANGE_YEAR):
            button = QRadioButton(texts[rule], self)
            button.setObjectName(f"follow_{rule}")
            detail = QLabel(self)
            detail.setWordWrap(True)
            detail.setIndent(22)
            try:
                preview = L.preview_approval(store, row.id, rule)
            except SailplanError as exc:
                button.setEnabled(False)
                detail.setStyleSheet("color: #b71c1c;")
                detail.setText(error_text(exc))
            else:
                detail.setStyleSheet("color: #555;")
                detail.setText(self.describe(preview))
            self.group.addButton(button)
            self.buttons[rule], self.details[rule] = button, detail
            lay.addWidget(button)
            lay.addWidget(detail)
        first = next((b for b in self.buttons.values() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        lay.addWidget(self.box)

    def describe(self, preview: list[tuple[str, Any, Any]]) -> str:
        """What a choice writes: one "period: old → new" per cell (targets)."""
        metric = self.row.metric
        lines = [f"{F.period_label(p)}: {F.show_value(metric, old.target) if old else '—'} → "
                 f"{F.show_value(metric, new.target)}" for p, old, new in preview[:MAX_LINES]]
        if len(preview) > MAX_LINES:
            lines.append(self.tr("… and %n more", "", len(preview) - MAX_LINES))
        return "\n".join(lines)

    def choice(self) -> str:
        """The chosen rule."""
        return next(rule for rule, b in self.buttons.items() if b.isChecked())

    @classmethod
    def ask(cls, store: Any, row: AdjustmentRow, parent: QWidget | None = None) -> str | None:
        """The rule to approve with, None when cancelled (no question for a whole year)."""
        if P.parse(row.period).grain is P.Grain.YEAR:
            return KEEP_YEAR
        dialog = cls(store, row, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
