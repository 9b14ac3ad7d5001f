"""Split credit (业绩分配): the dialog sharing a deal's credit between people by percentage.

Rows of a person (the active people, plus anyone the split already names) and a percentage with
up to two decimals, stored as basis points (60.5 % → 6,050). Without a split the owner's row is
there at 100 %. The total is shown as it changes and OK is enabled only when it is exactly
100 %, with a person on every row, nobody twice and every share above 0 %. **Clear split** gives
everything back to the owner. The dialog only edits what it was given (no database here): the
caller reads the deal on the worker (:func:`read_split`) and saves the answer as one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.incentives.splits import FULL_BP, DealSplit, deal_split

MAX_ROWS = 20
"""More people than any deal is shared between: Add stops there."""


@dataclass(frozen=True)
class Choice:
    """A person the split may name, as the picker shows them."""

    id: str
    name: str
    label: str  # the name, with the unit when two people share a name


@dataclass(frozen=True)
class SplitData:
    """What the dialog edits: the deal, its split and the people to choose from."""

    deal: DealSplit
    people: tuple[Choice, ...]

    @property
    def current(self) -> dict[str, int]:
        """The saved split (empty: the owner gets everything)."""
        return {s.person_id: s.share_bp for s in self.deal.shares}


def read_split(store: Any, deal_id: str) -> SplitData | None:
    """The deal's split and the people to pick (the active, and whoever the split names);
    None when the deal is gone. Qt-free: run on the worker.
    """
    from services.org.people import list_people

    deal = deal_split(store, deal_id)
    if deal is None:
        return None
    named = {s.person_id for s in deal.shares} | ({deal.owner_id} if deal.owner_id else set())
    people = [p for p in list_people(store, include_inactive=True) if p.active or p.id in named]
    twice = {p.name for p in people if sum(q.name == p.name for q in people) > 1}
    return SplitData(deal, tuple(Choice(p.id, p.name, f"{p.name} ({p.unit_name})"
                                        if p.name in twice else p.name) for p in people))


def percent_text(bp: int) -> str:
    """Basis points as a percentage without trailing zeros: 6000 → 60, 3333 → 33.33."""
    text = f"{Decimal(bp) / 100:.2f}"
    return text.rstrip("0").rstrip(".")


def split_text(shares: Sequence[tuple[str, int]]) -> str:
    """"Credit split: 张三 60 %, 李四 40 %" (or that the owner gets everything)."""
    if not shares:
        return QCoreApplication.translate("CreditSplit",
                                          "Credit split: none, the owner gets all the credit")
    parts = [f"{name} {percent_text(bp)} %" for name, bp in shares]
    comma = QCoreApplication.translate("CreditSplit", ", ", "between the people of a split")
    return QCoreApplication.translate("CreditSplit", "Credit split: %1").replace(
        "%1", comma.join(parts))


def to_bp(value: float) -> int:
    """A percentage as typed (two decimals) in basis points: 33.33 → 3,333."""
    return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class _Row:
    """One person and their percentage, with a Remove button."""

    def __init__(self, dialog: CreditSplitDialog, person_id: str | None, bp: int) -> None:
        self.person = QComboBox(dialog)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumWidth(200)
        for choice in dialog.data.people:
            self.person.addItem(choice.label, choice.id)
        completer = QCompleter(self.person.model(), self.person)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(completer)
        self.person.setCurrentIndex(self.person.findData(person_id) if person_id else -1)
        edit = self.person.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(dialog.tr("Choose a person"))
        self.share = QDoubleSpinBox(dialog)
        self.share.setDecimals(2)
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.share.setValue(bp / 100)
        self.remove = QPushButton(dialog.tr("Remove"), dialog)
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(dialog.tr("Take this person out of the split"))
        self.person.currentTextChanged.connect(lambda _t: dialog.refresh())
        self.share.valueChanged.connect(lambda _v: dialog.refresh())
        self.remove.clicked.connect(lambda: dialog.remove_row(self))

    def person_id(self) -> str | None:
        """The person whose name is in the picker (None until one is chosen)."""
        n = self.person.findText(self.person.currentText().strip(),
                                 Qt.MatchFlag.MatchFixedString)
        return self.person.itemData(n) if n >= 0 else None

    def bp(self) -> int:
        """The share in basis points."""
        return to_bp(self.share.value())

    def widgets(self) -> tuple[QWidget, ...]:
        return self.person, self.share, self.remove


class CreditSplitDialog(QDialog):
    """See the module docstring. :meth:`shares` is the answer after OK."""

    def __init__(self, data: SplitData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.rows: list[_Row] = []
        self.cleared = False
        self.setObjectName("creditSplitDialog")
        self.setWindowTitle(self.tr("Split credit: %1").replace("%1", data.deal.deal_name))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "Share the credit of this deal's contracts (signed and collected amounts) between "
            "people. Without a split, the owner gets all of it."), self)
        intro.setWordWrap(True)
        owner = data.deal.owner_name or self.tr("nobody")
        self.owner_note = QLabel(self.tr("Owner: %1").replace("%1", owner), self)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Person"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Share"), self), 0, 1)
        self.grid.setColumnStretch(0, 1)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.total = QLabel(self)
        self.total.setObjectName("splitTotal")
        self.problem = QLabel(self)
        self.problem.setObjectName("splitProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.clear_button = self.buttons.addButton(self.tr("Clear split"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip(self.tr("Give all the credit back to the owner"))
        self.clear_button.setEnabled(bool(data.deal.shares))
        self.clear_button.clicked.connect(self.clear_split)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.total)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.owner_note)
        lay.addLayout(self.grid)
        lay.addLayout(bar)
        lay.addWidget(self.problem)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        shares: list[tuple[str | None, int]] = [
            (s.person_id, s.share_bp) for s in data.deal.shares] or [(data.deal.owner_id, FULL_BP)]
        for person_id, bp in shares:
            self.add_row(person_id, bp)
        self.rows[0].share.setFocus()

    # -- rows ------------------------------------------------------------------------------
    def add_row(self, person_id: str | None = None, bp: int | None = None) -> None:
        """A new row; its share is what is still to share (0 when nothing is)."""
        if len(self.rows) >= MAX_ROWS:
            return
        if bp is None:
            bp = max(FULL_BP - sum(r.bp() for r in self.rows), 0)
        row = _Row(self, person_id, bp)
        self.rows.append(row)
        self._lay_out()
        if person_id is None and bp != FULL_BP:
            row.person.setFocus()

    def remove_row(self, row: _Row) -> None:
        """Take a row out (the last row stays)."""
        if len(self.rows) == 1:
            return
        n = self.rows.index(row)
        self.rows.remove(row)
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.deleteLater()
        self._lay_out()
        self.rows[min(n, len(self.rows) - 1)].share.setFocus()

    def _lay_out(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            for col, w in enumerate(row.widgets()):
                self.grid.addWidget(w, n, col)
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        chain: list[QWidget] = [w for r in self.rows for w in r.widgets()]
        chain += [self.add_button, self.clear_button, self.ok,
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.refresh()

    # -- the answer ------------------------------------------------------------------------
    def entered(self) -> dict[str, int]:
        """Person id → basis points as the rows say (rows without a person left out)."""
        out: dict[str, int] = {}
        for row in self.rows:
            pid = row.person_id()
            if pid is not None:
                out[pid] = out.get(pid, 0) + row.bp()
        return out

    def problem_text(self) -> str:
        """Why OK is disabled ("" when the split can be saved)."""
        ids = [r.person_id() for r in self.rows]
        if any(pid is None for pid in ids):
            return self.tr("Choose a person from the list on every row.")
        names = {c.id: c.name for c in self.data.people}
        twice = sorted({names[pid] for pid in ids if pid is not None and ids.count(pid) > 1})
        if twice:
            return self.tr("%1 is on more than one row.").replace("%1", "、".join(twice))
        if any(r.bp() <= 0 for r in self.rows):
            return self.tr("Every share must be above 0 %.")
        total = sum(r.bp() for r in self.rows)
        if total < FULL_BP:
            return self.tr("%1 % is still to be shared.").replace(
                "%1", percent_text(FULL_BP - total))
        if total > FULL_BP:
            return self.tr("That is %1 % too much.").replace("%1", percent_text(total - FULL_BP))
        return ""

    def refresh(self) -> None:
        """Show the total and whether the split can be saved."""
        total = sum(r.bp() for r in self.rows)
        self.total.setText(self.tr("Total: %1 %").replace("%1", percent_text(total)))
        problem = self.problem_text()
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def clear_split(self) -> None:
        """Give everything back to the owner (the answer is an empty split)."""
        self.cleared = True
        self.accept()

    def shares(self) -> dict[str, int]:
        """The split to save: empty when cleared or when the owner alone has 100 %."""
        if self.cleared:
            return {}
        shares = self.entered()
        if shares == {self.data.deal.owner_id: FULL_BP}:
            return {}  # the same as no split, and it follows the owner if the owner changes
        return shares

    @classmethod
    def ask(cls, parent: QWidget | None, data: SplitData) -> dict[str, int] | None:
        """The split the user saved (empty: cleared); None when cancelled or unchanged."""
        dialog = cls(data, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        shares = dialog.shares()
        return None if shares == data.current else shares

