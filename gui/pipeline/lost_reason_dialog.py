"""Asks why deals were lost (输单原因) when they are dropped on a lost stage."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class LostReasonDialog(QDialog):
    """An editable list of the firm's lost reasons; a reason not in the list may be typed."""

    def __init__(self, reasons: list[str], deal_names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lost reason"))
        layout = QVBoxLayout(self)
        if len(deal_names) == 1:
            text = self.tr("Why was “%1” lost?").replace("%1", deal_names[0])
        else:
            text = self.tr("Why were these %n deals lost?", "", len(deal_names))
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(reasons)
        self.combo.setCurrentIndex(-1)
        edit = self.combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Choose or type a reason"))
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        """The chosen or typed reason, trimmed."""
        return self.combo.currentText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, reasons: list[str], deal_names: list[str]
            ) -> str | None:
        """The reason, or None when the user cancelled (the move is then abandoned)."""
        dialog = cls(reasons, deal_names, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason() or None
