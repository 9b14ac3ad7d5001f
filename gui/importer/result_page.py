"""Wizard step 5: what was imported, why rows were skipped or rejected, and the rejected rows
to fix.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from gui.importer.problem_texts import reason_text
from services.importing.summary import Reason, left_empty, reasons


def _listed(found: list[Reason]) -> str:
    return "；".join(reason_text(r) for r in found)


class ResultPage(QWizardPage):
    """Summary of the committed import with its reasons; Undo is in the Edit menu (Ctrl+Z)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("import_reasons")
        self.reasons.setWordWrap(True)
        self.rejected_hint = QLabel(self.tr(
            "Save the rejected rows to a workbook: it has the file's columns and a Problem "
            "column, so you can fix the rows and import that file again."))
        self.rejected_hint.setWordWrap(True)
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected.setObjectName("import_save_rejected")
        self.save_rejected.clicked.connect(lambda: self.wizard().save_rejected_rows())  # type: ignore
        self.undo_hint = QLabel(self.tr("The whole import is one step in Edit → Undo (Ctrl+Z)."))
        self.undo_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_rejected)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.reasons)
        layout.addWidget(self.rejected_hint)
        layout.addLayout(row)
        layout.addWidget(self.undo_hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        c = wizard.batch.counts  # type: ignore[attr-defined]
        plan = wizard.plan  # type: ignore[attr-defined]
        self.summary.setText(self.tr("Created %1, updated %2, skipped %3, rejected %4.")
                             .replace("%1", str(c["create"])).replace("%2", str(c["update"]))
                             .replace("%3", str(c["skip"])).replace("%4", str(c["reject"])))
        lines = []
        skipped = reasons(plan, "skip")
        if skipped:
            lines.append(self.tr("%n row(s) skipped: %1", "", c["skip"])
                         .replace("%1", _listed(skipped)))
        rejected = reasons(plan, "reject")
        if rejected:
            lines.append(self.tr("%n row(s) not imported because of errors: %1", "",
                                 c["reject"]).replace("%1", _listed(rejected)))
        cells = left_empty(plan)
        if cells:
            lines.append(self.tr("%n cell(s) left empty, their rows imported: %1", "",
                                 sum(r.rows for r in cells)).replace("%1", _listed(cells)))
        self.reasons.setText("\n\n".join(lines))
        self.reasons.setVisible(bool(lines))
        self.rejected_hint.setVisible(c["reject"] > 0)
        self.save_rejected.setVisible(c["reject"] > 0)
