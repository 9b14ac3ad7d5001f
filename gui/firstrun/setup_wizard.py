"""The first-run setup: firm → me → team → summary, finished as one undo step.

Shown when the window opens a brand-new database (:mod:`gui.firstrun.launch`). Cancel leaves
the database as it was: the app works as usual, Today's getting-started list offers the setup
again and the next start shows it again. Finish runs
:func:`services.firstrun.setup.complete_setup` through the window's undo stack, makes "me" the
person using this computer and, if asked, opens the people import.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.undo import push_op
from gui.firstrun.labels import ROLES, month_name, role_name
from gui.firstrun.team_rows_model import TeamRowsModel
from gui.importer.choice_delegate import choice_table
from services.core.changes import call
from services.firstrun.setup import complete_setup

TEAM_TYPED, TEAM_IMPORT, TEAM_SKIP = range(3)


def people_import_available() -> bool:
    """Whether this build imports people (the import wizard knows the ``people`` kind)."""
    try:
        fields = importlib.import_module("services.importing.fields")
    except ImportError:
        return False
    return "people" in getattr(fields, "KINDS", ())


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hintText")
    label.setWordWrap(True)
    return label


class FirmPage(QWizardPage):
    """The firm's name and the month its fiscal year starts in."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Sailplan"))
        self.setSubTitle(self.tr("A few questions set up your firm. Everything can be changed "
                                 "later in Settings."))
        self.firm = QLineEdit(self)
        self.firm.setObjectName("firmName")
        self.firm.setPlaceholderText(self.tr("e.g. Yunfan Technology Ltd."))
        self.fiscal = QComboBox(self)
        self.fiscal.setObjectName("fiscalStart")
        for month in range(1, 13):
            self.fiscal.addItem(month_name(month), month)
        form = QFormLayout(self)
        form.addRow(self.tr("&Firm name:"), self.firm)
        form.addRow(self.tr("Fiscal year &starts in:"), self.fiscal)
        form.addRow("", _hint(self.tr(
            "Most firms in China keep their books by the calendar year (January). The firm's "
            "name becomes the top of the org tree."), self))
        self.registerField("firm*", self.firm)


class MePage(QWizardPage):
    """Who is setting Sailplan up: their name and role."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("You are added to the team and Sailplan remembers you as the "
                                 "person using this computer (\"I am\")."))
        self.name = QLineEdit(self)
        self.name.setObjectName("meName")
        self.role = QComboBox(self)
        self.role.setObjectName("meRole")
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &role:"), self.role)
        form.addRow("", _hint(self.tr(
            "The role decides what you approve and see: an owner or sales director sets the "
            "firm's targets, a sales manager leads a team, a sales rep works their own "
            "customers."), self))
        self.registerField("me*", self.name)


class TeamPage(QWizardPage):
    """The team: typed in a small table, imported from a file after the setup, or later."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your team"))
        self.setSubTitle(self.tr("Add the people who sell and the units they work in (a "
                                 "region, a channel, a team). You can also do this later."))
        self.typed = QRadioButton(self.tr("&Type a few people here"), self)
        self.imported = QRadioButton(self.tr("&Import people from an Excel or CSV file after "
                                             "the setup"), self)
        self.skipped = QRadioButton(self.tr("S&kip for now — add the team later in Settings"),
                                    self)
        self.choice = QButtonGroup(self)
        for i, button in enumerate((self.typed, self.imported, self.skipped)):
            button.setObjectName(("teamTyped", "teamImport", "teamSkip")[i])
            self.choice.addButton(button, i)
        self.typed.setChecked(True)
        if not people_import_available():
            self.imported.setEnabled(False)
            self.imported.setToolTip(self.tr("This version of Sailplan cannot import people "
                                             "yet."))

        self.model = TeamRowsModel(self)
        self.table = choice_table(self.model, "teamTable", TeamRowsModel.ROLE, TeamRowsModel.UNIT)
        self.table.setParent(self)
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(TeamRowsModel.NAME, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(TeamRowsModel.NAME, 200)
        head.setSectionResizeMode(TeamRowsModel.ROLE, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(TeamRowsModel.ROLE, 170)
        self.add = QPushButton(self.tr("&Add a row"), self)
        self.add.setObjectName("addTeamRow")
        self.add.clicked.connect(self._add_row)
        self.remove = QPushButton(self.tr("Remo&ve row"), self)
        self.remove.setObjectName("removeTeamRow")
        self.remove.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        note = _hint(self.tr("A unit typed here is added under the firm; rows without a name "
                             "only add the unit."), self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.typed)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.imported)
        layout.addWidget(self.skipped)
        self.choice.idToggled.connect(self._on_choice)
        self._on_choice()

    def mode(self) -> int:
        """TEAM_TYPED, TEAM_IMPORT or TEAM_SKIP."""
        return self.choice.checkedId()

    def _on_choice(self, *_args: Any) -> None:
        typed = self.mode() == TEAM_TYPED
        for widget in (self.table, self.add, self.remove):
            widget.setEnabled(typed)

    def _add_row(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, TeamRowsModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def _remove_row(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def validatePage(self) -> bool:
        if self.mode() != TEAM_TYPED:
            return True
        me = str(self.field("me") or "")
        twice = self.model.duplicate_names(me)
        if twice:
            Messages.show_error(self, self.tr("Your team"), self.tr(
                "{names} is listed twice. Each person once, please (you are added "
                "already).").format(names="、".join(twice)))
            return False
        return True


class SummaryPage(QWizardPage):
    """What Finish will do, in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Sailplan will set up the following. Edit ▸ Undo takes it "
                                 "back."))
        self.text = QLabel(self)
        self.text.setObjectName("setupSummary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        self.text.setText(wizard.summary())


class SetupWizard(QWizard):
    """The first-run setup over ``ctx``; see the module docstring."""

    PAGE_FIRM, PAGE_ME, PAGE_TEAM, PAGE_SUMMARY = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Sailplan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.firm_page = FirmPage(self)
        self.me_page = MePage(self)
        self.team_page = TeamPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(self.PAGE_FIRM, self.firm_page)
        self.setPage(self.PAGE_ME, self.me_page)
        self.setPage(self.PAGE_TEAM, self.team_page)
        self.setPage(self.PAGE_SUMMARY, self.summary_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Set up"))
        self.resize(720, 560)
        self.me_id: str | None = None

    def values(self) -> tuple[str, int, str, str, list[Any]]:
        """Firm, fiscal start month, my name, my role and the typed team rows."""
        team = self.team_page.model.rows() if self.team_page.mode() == TEAM_TYPED else []
        return (self.firm_page.firm.text().strip(), int(self.firm_page.fiscal.currentData()),
                self.me_page.name.text().strip(), str(self.me_page.role.currentData()), team)

    def summary(self) -> str:
        """The summary page's text."""
        firm, month, me, role, team = self.values()
        lines = [self.tr("Firm: {firm} (fiscal year from {month})").format(
                     firm=firm, month=month_name(month)),
                 self.tr("You: {name}, {role}").format(name=me, role=role_name(role))]
        mode = self.team_page.mode()
        if mode == TEAM_TYPED and team:
            units = sorted({r.unit for r in team if r.unit})
            people = [r for r in team if r.name]
            comma = self.tr(", ", "list separator")
            lines.append(self.tr("Units: {units}").format(units=comma.join(units) or "—"))
            lines.append(self.tr("People: {people}").format(people=comma.join(
                self.tr("{name} ({role})").format(name=r.name, role=role_name(r.role))
                for r in people) or "—"))
        elif mode == TEAM_IMPORT:
            lines.append(self.tr("People: imported from a file after the setup"))
        else:
            lines.append(self.tr("People: added later (Settings)"))
        lines.append("")
        lines.append(self.tr("Then Today shows a getting-started list: import customers, set "
                             "targets, make a plan…"))
        return "\n".join(lines)

    def accept(self) -> None:
        """Run the setup as one undo step; stay open when it is refused."""
        firm, month, me, role, team = self.values()
        command = push_op(
            self.ctx.undo_stack, self.ctx.store, self.ctx.events,
            LazyText.translate("SetupWizard", "Set up the firm"),
            call(complete_setup, firm, month, me, role, tuple(team)), initiator=self)
        if command.failed is not None:
            return  # the window said why (events.refused)
        self.me_id = command.value.me_id
        self.ctx.remember_person(self.me_id)
        import_people = self.team_page.mode() == TEAM_IMPORT
        super().accept()
        shell: Any = self.ctx.extras.get("shell")
        if import_people and shell is not None and people_import_available():
            shell.open_import("people")

