"""Wizard step 5: what was imported, and the rejected rows to fix."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage


class ResultPage(QWizardPage):
    """Summary of the committed import; Undo is in the Edit menu (Ctrl+Z)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected.clicked.connect(lambda: self.wizard().save_rejected_rows())  # type: ignore
        row = QHBoxLayout()
        row.addWidget(self.save_rejected)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        c = wizard.batch.counts  # type: ignore[attr-defined]
        self.summary.setText(self.tr(
            "Created %1, updated %2, skipped %3, rejected %4.\n\nThe whole import is one step "
            "in Edit → Undo (Ctrl+Z).").replace("%1", str(c["create"]))
            .replace("%2", str(c["update"])).replace("%3", str(c["skip"]))
            .replace("%4", str(c["reject"])))
        self.save_rejected.setVisible(c["reject"] > 0)
