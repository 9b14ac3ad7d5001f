"""Wizard step 4: what will happen to every row; choose the mode; import with progress."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.common.theme import ink_css
from gui.importer.labels import MODE_TITLES, STATUS_TITLES, tr
from gui.importer.preview_model import PreviewModel
from gui.importer.problem_texts import msg_text
from services.importing import MODES


class PreviewPage(QWizardPage):
    """Counts per status, the mode, and the rows with problem cells highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Red cells will not import, yellow cells are imported with a "
                                 "note. Hover a cell to read why. Nothing is saved until you "
                                 "press Import."))
        self.setCommitPage(True)
        self.mode = QComboBox()
        self.mode.setObjectName("import_mode")
        for m in ("skip", "update", "create"):
            assert m in MODES
            self.mode.addItem(tr(MODE_TITLES[m]), m)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {ink_css('#6C757D')}")
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("preview_view")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mode:")))
        top.addWidget(self.mode, 1)
        top.addWidget(self.only_problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.only_problems.toggled.connect(lambda _on: self.refresh())
        self.save_rejected.clicked.connect(lambda: self.wizard().save_rejected_rows())  # type: ignore
        self.committed = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        index = self.mode.findData(wizard.mode)  # type: ignore[attr-defined]
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(max(index, 0))
        self.mode.blockSignals(False)
        self.refresh()

    def _mode_changed(self) -> None:
        wizard = self.wizard()
        wizard.mode = self.mode.currentData()  # type: ignore[attr-defined]
        if wizard.request_plan(self.refresh):  # type: ignore[attr-defined]
            self.refresh()

    def refresh(self) -> None:
        """Show the wizard's current plan."""
        plan = self.wizard().plan  # type: ignore[attr-defined]
        self.model.set_plan(plan, self.only_problems.isChecked())
        counts = plan.counts()
        self.counts.setText("    ".join(f"{tr(STATUS_TITLES[s])}: {counts[s]}"
                                        for s in ("create", "update", "skip", "reject")))
        self.save_rejected.setEnabled(counts["reject"] > 0)
        notes = [msg_text(n) for n in plan.layout.notes]
        self.notes.setText("  ".join(notes[:5]) + (" …" if len(notes) > 5 else ""))
        self.notes.setVisible(bool(notes))
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(2, min(self.view.columnWidth(2), 260))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.wizard().plan if self.wizard() else None  # type: ignore[attr-defined]
        return plan is not None and (plan.counts()["create"] + plan.counts()["update"]) > 0

    def validatePage(self) -> bool:
        if self.committed:
            return True
        wizard = self.wizard()
        if wizard.request_plan(wizard.next):  # type: ignore[attr-defined]
            wizard.start_commit()  # type: ignore[attr-defined]
        return False
