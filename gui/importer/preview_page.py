"""Wizard step 4: what will happen to every row; choose the mode (and the year of dates written
without one); import with progress.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.common.theme import ink_css
from gui.importer.labels import MODE_TITLES, STATUS_TITLES, tr
from gui.importer.preview_model import PreviewModel
from gui.importer.problem_texts import msg_text, reason_text
from services.importing import MODES
from services.importing.parsers import FIRST_DATE, LAST_DATE
from services.importing.summary import left_empty
from services.importing.years import DATES, NAME


class PreviewPage(QWizardPage):
    """Counts per status, the mode, the year of year-less dates (only when the file has some),
    and the rows — showing what will be stored — with problem cells highlighted.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Cells show what will be stored; hover a cell for the value in "
                                 "the file. Red cells will not import, yellow cells are "
                                 "imported with a note. Nothing is saved until you press "
                                 "Import."))
        self.setCommitPage(True)
        self.mode = QComboBox()
        self.mode.setObjectName("import_mode")
        for m in ("skip", "update", "create"):
            assert m in MODES
            self.mode.addItem(tr(MODE_TITLES[m]), m)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.year_box = QWidget()
        self.year_box.setObjectName("import_year_box")
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("import_year")
        self.year.setRange(FIRST_DATE.year, LAST_DATE.year)
        self.year.setKeyboardTracking(False)  # re-plan on Enter or the arrows, not per digit
        self.year.setGroupSeparatorShown(False)
        self.year_label.setBuddy(self.year)
        self.year_hint = QLabel()
        self.year_hint.setStyleSheet("color: #6C757D")
        year_row = QHBoxLayout(self.year_box)
        year_row.setContentsMargins(0, 0, 0, 0)
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year)
        year_row.addWidget(self.year_hint, 1)
        # a receivables ledger: the day it was drawn up (paid amounts without a date)
        self.as_of_box = QWidget()
        self.as_of_box.setObjectName("import_as_of_box")
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("import_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setKeyboardTracking(False)
        as_of_label = QLabel(self.tr("Ledger date:"))
        as_of_label.setBuddy(self.as_of)
        as_of_hint = QLabel(self.tr("a paid amount without a date was received on its due date, "
                                    "or on this date if that is earlier"))
        as_of_hint.setStyleSheet(f"color: {ink_css('#6C757D')}")
        as_of_hint.setWordWrap(True)
        as_of_row = QHBoxLayout(self.as_of_box)
        as_of_row.setContentsMargins(0, 0, 0, 0)
        as_of_row.addWidget(as_of_label)
        as_of_row.addWidget(self.as_of)
        as_of_row.addWidget(as_of_hint, 1)
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {ink_css('#6C757D')}")
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("preview_view")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        top = QHBoxLayout()
        self.mode_label = QLabel(self.tr("Mode:"))
        top.addWidget(self.mode_label)
        top.addWidget(self.mode, 1)
        top.addWidget(self.only_problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.year_box)
        layout.addWidget(self.as_of_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.year.valueChanged.connect(self._year_changed)
        self.as_of.dateChanged.connect(self._as_of_changed)
        self.only_problems.toggled.connect(lambda _on: self.refresh())
        self.save_rejected.clicked.connect(lambda: self.wizard().save_rejected_rows())  # type: ignore
        self.committed = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        index = self.mode.findData(wizard.mode)  # type: ignore[attr-defined]
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(max(index, 0))
        self.mode.blockSignals(False)
        ledger = wizard.kind == "receivables"  # type: ignore[attr-defined]
        self.mode.setVisible(not ledger)  # a contract already in Sailplan is always skipped
        self.mode_label.setVisible(not ledger)
        self.as_of_box.setVisible(ledger)
        self.refresh()

    def _as_of_changed(self, day: QDate) -> None:
        wizard = self.wizard()
        wizard.as_of = day.toPython()  # type: ignore[attr-defined]
        if wizard.plan is not None and wizard.request_plan(self.refresh):  # type: ignore
            self.refresh()

    def _mode_changed(self) -> None:
        wizard = self.wizard()
        wizard.mode = self.mode.currentData()  # type: ignore[attr-defined]
        if wizard.request_plan(self.refresh):  # type: ignore[attr-defined]
            self.refresh()

    def _year_changed(self, year: int) -> None:
        wizard = self.wizard()
        plan = wizard.plan  # type: ignore[attr-defined]
        if plan is None or plan.year == year:
            return
        wizard.year = year  # type: ignore[attr-defined]
        if wizard.request_plan(self.refresh):  # type: ignore[attr-defined]
            self.refresh()

    def _show_year(self) -> None:
        """The year question, shown only when the mapped date columns hold year-less dates."""
        plan = self.wizard().plan  # type: ignore[attr-defined]
        guess = plan.year_guess
        self.year_box.setVisible(bool(guess and guess.cells))
        if not guess or not guess.cells:
            return
        self.year_label.setText(self.tr(
            "%n date(s) have no year (such as 3月15日). Read them as dates in", "", guess.cells))
        self.year.blockSignals(True)
        self.year.setValue(plan.year or guess.year)
        self.year.blockSignals(False)
        if plan.year != guess.year:
            hint = self.tr("(proposed: %1)").replace("%1", str(guess.year))
        elif guess.source == NAME:
            hint = self.tr("(the year in the file name)")
        elif guess.source == DATES:
            hint = self.tr("(the year most of the file's dates carry)")
        else:
            hint = self.tr("(the current year)")
        self.year_hint.setText(hint)

    def refresh(self) -> None:
        """Show the wizard's current plan."""
        plan = self.wizard().plan  # type: ignore[attr-defined]
        self.model.set_plan(plan, self.only_problems.isChecked())
        counts = plan.counts()
        self.counts.setText("    ".join(f"{tr(STATUS_TITLES[s])}: {counts[s]}"
                                        for s in ("create", "update", "skip", "reject")))
        self.save_rejected.setEnabled(counts["reject"] > 0)
        self._show_year()
        notes = [msg_text(n) for n in plan.layout.notes]
        text = "  ".join(notes[:5]) + (" …" if len(notes) > 5 else "")
        cells = left_empty(plan)
        if cells:
            text += ("\n" if text else "") + self.tr(
                "Imported with %n cell(s) left empty: %1", "",
                sum(r.rows for r in cells)).replace("%1", "; ".join(
                    reason_text(r) for r in cells))
        self.notes.setText(text)
        self.notes.setVisible(bool(text))
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
