"""Wizard step 3: unknown owners and stages (and missing customers) — map, create or leave."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.importer.choice_delegate import choice_table
from gui.importer.resolve_model import ResolveModel


class ResolvePage(QWizardPage):
    """Each unknown value is listed once with a choice of what to do."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Unknown people and stages"))
        self.setSubTitle(self.tr("These values are not in Sailplan yet. Map each to an existing "
                                 "one, create it, or leave it."))
        self.model = ResolveModel(self)
        self.view = choice_table(self.model, "resolve_view", choice_column=3, stretch_column=3)
        self.create_customers = QCheckBox()
        self.create_customers.setObjectName("create_customers")
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.create_customers)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        wizard = self.wizard()
        plan = wizard.plan  # type: ignore[attr-defined]
        people, stages = wizard.people_and_stages()  # type: ignore[attr-defined]
        self.model.load(plan.unknown_owners, plan.owner_choice, people, plan.unknown_stages,
                        plan.stage_choice, stages)
        self.view.setVisible(bool(self.model.items))
        missing = len(plan.unknown_customers) if plan.kind not in ("customers",
                                                                         "products") else 0
        pipelines = len(plan.unknown_pipelines)
        self.create_customers.setVisible(missing > 0 or pipelines > 0)
        if missing and pipelines:
            text = self.tr("Create the %1 customer(s) and %2 pipeline(s) that do not exist yet "
                           "(with the stages the file names)").replace(
                "%1", str(missing)).replace("%2", str(pipelines))
        elif pipelines:
            text = self.tr("Create the %n pipeline(s) that do not exist yet (with the stages "
                           "the file names)", "", pipelines)
        else:
            text = self.tr("Create the %n customer(s) that do not exist yet", "", missing)
        self.create_customers.setText(text)
        self.create_customers.setChecked(plan.create_missing)
        self.note.setText("" if self.model.items or missing or pipelines else
                          self.tr("Every owner and stage in the file is known."))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        wizard.owner_choice = self.model.owner_choice()  # type: ignore[attr-defined]
        wizard.stage_choice = self.model.stage_choice()  # type: ignore[attr-defined]
        wizard.create_missing = self.create_customers.isChecked()  # type: ignore[attr-defined]
        return bool(wizard.request_plan(wizard.next))  # type: ignore[attr-defined]
