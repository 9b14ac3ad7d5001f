"""The inputs of a rule's form, one per field of the scheme document, and :func:`make_field`,
which picks the input for a field name.

Every input keeps the document's own form: :meth:`Field.load` takes the value as the document
holds it (decimal text, a code, ids, a list of objects), :meth:`Field.value` gives it back the
same way, and ``changed`` follows each edit. Nothing here checks a value: the editor reads the
whole document with :func:`services.incentives.doc.parse`, whose refusal names the rule and the
field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.importer.choice_delegate import ChoiceDelegate
from gui.incentives import texts as T
from gui.incentives.grid_model import GridColumn, GridModel, clean_number
from gui.incentives.pick_dialog import PickDialog
from gui.org.labels import ROLES, role_label
from services.incentives.choices import Choice, EditorChoices


class Field(QWidget):
    """One input; see the module docstring."""

    changed = Signal()

    def load(self, value: Any) -> None:
        """Show ``value`` (as the document holds it)."""
        raise NotImplementedError

    def value(self) -> Any:
        """The value as the document holds it."""
        raise NotImplementedError

    def set_read_only(self, on: bool) -> None:
        """Show without letting it be changed (a published version)."""
        raise NotImplementedError


def _row(parent: Field, *widgets: QWidget) -> None:
    lay = QHBoxLayout(parent)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)


class TextField(Field):
    """A line of text (a rule's name on statements)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        _row(self, self.edit)

    def load(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> Any:
        return self.edit.text().strip()

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)


class NumberField(Field):
    """A number typed as text with its unit after it; ``money`` reads 1.2万 and ¥1,200 too;
    ``optional`` leaves it out (None) when empty.
    """

    def __init__(self, unit: str, *, money: bool = False, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setMaximumWidth(140)
        if optional:
            self.edit.setPlaceholderText(self.tr("none"))
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.unit = QLabel(T.tr(unit), self)
        _row(self, self.edit, self.unit)
        self.layout().addStretch(1)  # type: ignore[union-attr]

    def load(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> Any:
        text = clean_number(self.edit.text(), "money" if self.money else "number")
        return None if self.optional and not text else text

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)


class ChoiceField(Field):
    """One of a few codes, by name."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None, *,
                 wide: bool = False):
        super().__init__(parent)
        self.combo = QComboBox(self)
        # as narrow as the form allows: a long choice elides rather than widening the form
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        for code, name in choices:
            self.combo.addItem(name, code)
        self.combo.activated.connect(lambda _i: self.changed.emit())
        _row(self, self.combo)
        if not wide:  # a long choice (the method) takes the form's width
            self.layout().addStretch(1)  # type: ignore[union-attr]

    def load(self, value: Any) -> None:
        at = self.combo.findData(value)
        if at < 0 and value not in (None, ""):  # a code this build has no name for
            self.combo.addItem(str(value), value)
            at = self.combo.count() - 1
        self.combo.setCurrentIndex(max(at, 0))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_read_only(self, on: bool) -> None:
        self.combo.setEnabled(not on)


class PickField(Field):
    """Several ids chosen from a list (:class:`PickDialog`), shown by name."""

    def __init__(self, title: str, choices: Sequence[Choice], names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.choices = list(choices)
        self.names = {**names, **{c.id: c.name for c in self.choices}}
        self.ids: list[str] = []
        self.shown = QLabel(self)
        self.shown.setWordWrap(True)
        self.shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.clicked.connect(self.choose)
        _row(self, self.shown, self.button)

    def load(self, value: Any) -> None:
        self.ids = [str(v) for v in (value or [])]
        self._show()

    def _show(self) -> None:
        names = [self.names.get(i, i) for i in self.ids]
        self.shown.setText(self.tr(", ").join(names) if names else self.tr("none"))

    def value(self) -> Any:
        return list(self.ids)

    def choose(self) -> None:
        """Ask which to choose."""
        chosen = PickDialog.ask(self, self.title, self.choices, self.ids)
        if chosen is not None and chosen != self.ids:
            self.ids = chosen
            self._show()
            self.changed.emit()

    def set_read_only(self, on: bool) -> None:
        self.button.setVisible(not on)


class TableField(Field):
    """A table of rows: ``objects`` (a list of objects, one key per column), ``mapping`` (key
    column → value column) or ``values`` (a list of one value per row).
    """

    def __init__(self, shape: str, columns: Sequence[GridColumn], names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = shape
        self.model = GridModel(columns, self)
        self.model.names = names
        self.model.edited.connect(self.changed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        Trigger = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(Trigger.DoubleClicked | Trigger.SelectedClicked
                                  | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
        for n, column in enumerate(columns):
            if column.kind == "choice":
                self.view.setItemDelegateForColumn(n, ChoiceDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for n, column in enumerate(columns):  # a name is read whole; numbers share the rest
            if column.kind == "choice":
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setMinimumWidth(260)
        self.model.modelReset.connect(self._fit_height)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self.add = QPushButton(self.tr("Add row"), self)
        self.remove = QPushButton(self.tr("Remove row"), self)
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_row)
        if shape != "values":
            self.view.verticalHeader().hide()
        below = QHBoxLayout()
        below.addWidget(self.add)
        below.addWidget(self.remove)
        below.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.view)
        lay.addLayout(below)

    def _fit_height(self, *_args: object) -> None:
        """As tall as its rows and one more (two to eight rows), so nothing scrolls inside
        the form's own scrolling.
        """
        rows = min(max(self.model.rowCount() + 1, 2), 8)
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * 24 + 2 * self.view.frameWidth())

    def add_row(self) -> None:
        """A new row at the end, its first cell ready for typing."""
        row = self.model.add_row()
        self.view.setCurrentIndex(self.model.index(row, 0))

    def remove_row(self) -> None:
        """Drop the selected row (else the last)."""
        index = self.view.currentIndex()
        self.model.remove_row(index.row() if index.isValid() else self.model.rowCount() - 1)

    def load(self, value: Any) -> None:
        keys = [c.key for c in self.model.columns]
        if self.shape == "mapping":
            rows = [[str(k), _text(v)] for k, v in dict(value or {}).items()]
        elif self.shape == "values":
            rows = [[_text(v)] for v in (value or [])]
        else:
            rows = [[_text(item.get(k)) for k in keys] for item in (value or [])]
        self.model.set_rows(rows)

    def value(self) -> Any:
        rows = self.model.rows
        columns = self.model.columns
        if self.shape == "mapping":
            return {r[0]: r[1] for r in rows if r[0]}
        if self.shape == "values":
            return [r[0] for r in rows]
        return [{c.key: (None if c.optional and not cell else cell)
                 for c, cell in zip(columns, r, strict=True)} for r in rows]

    def set_read_only(self, on: bool) -> None:
        self.model.read_only = on
        self.add.setVisible(not on)
        self.remove.setVisible(not on)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- which input for which field ---------------------------------------------------------

PCT = str(QT_TRANSLATE_NOOP("IncentiveTexts", "%"))
YUAN = str(QT_TRANSLATE_NOOP("IncentiveTexts", "yuan"))
_NUMBERS: dict[str, tuple[str, bool, bool]] = {  # field: (unit, money, optional)
    "gate_pct": (str(QT_TRANSLATE_NOOP("IncentiveTexts", "% attainment")), False, True),
    "cap": (YUAN, True, True),
    "accelerator_pct": (str(QT_TRANSLATE_NOOP("IncentiveTexts", "% of the rate")), False,
                        True),
    "amount": (YUAN, True, False), "pool": (YUAN, True, False),
    "min_contract": (YUAN, True, False),
    "min_attainment_pct": (PCT, False, False),
    "threshold_pct": (str(QT_TRANSLATE_NOOP("IncentiveTexts", "% of the target")), False,
                      False),
    "cap_pct": (PCT, False, False),
}


def _metric_choices(codes: Sequence[str] | None = None) -> list[tuple[str, str]]:
    return [(code, T.label(T.METRICS, code)) for code in (codes or list(T.METRICS))]


def make_field(name: str, pick: EditorChoices, parent: QWidget | None = None) -> Field:
    """The input for document field ``name``."""
    people = tuple((p.id, p.name) for p in pick.people)
    units = tuple((u.id, u.name) for u in pick.units)
    metrics = tuple(_metric_choices())
    col = GridColumn
    tables: dict[str, tuple[str, list[GridColumn]]] = {
        "tiers": ("objects", [col("from_pct", T.FIELDS["from_pct"]),
                              col("rate_pct", T.FIELDS["rate_pct"])]),
        "product_factors": ("mapping", [
            col("line", str(QT_TRANSLATE_NOOP("IncentiveTexts", "Product line")), "choice",
                tuple((n, n) for n in pick.product_lines)),
            col("pct", str(QT_TRANSLATE_NOOP("IncentiveTexts", "Rate × %")))]),
        "tier_factors": ("mapping", [
            col("tier", str(QT_TRANSLATE_NOOP("IncentiveTexts", "Customer tier")), "choice",
                tuple((c, T.label(T.CUSTOMER_TIERS, c)) for c in T.CUSTOMER_TIERS)),
            col("pct", str(QT_TRANSLATE_NOOP("IncentiveTexts", "Rate × %")))]),
        "prizes": ("values", [col("prize", str(QT_TRANSLATE_NOOP(
            "IncentiveTexts", "Prize (yuan), best first")), "money")]),
        "weights": ("mapping", [col("person", str(QT_TRANSLATE_NOOP("IncentiveTexts", "Person")),
                                    "choice", people),
                                col("weight", str(QT_TRANSLATE_NOOP("IncentiveTexts",
                                                                    "Weight")))]),
        "steps": ("objects", [col("at_pct", T.FIELDS["at_pct"]),
                              col("amount", str(QT_TRANSLATE_NOOP("IncentiveTexts",
                                                                  "Amount (yuan)")), "money")]),
        "pairs": ("objects", [col("mentor_id", T.FIELDS["mentor_id"], "choice", people),
                              col("novice_id", T.FIELDS["novice_id"], "choice", people)]),
        "metrics": ("objects", [
            col("metric", T.FIELDS["metric"], "choice", metrics),
            col("weight_pct", T.FIELDS["weight_pct"]),
            col("target", T.FIELDS["target"], optional=True, hint=str(QT_TRANSLATE_NOOP(
                "IncentiveTexts", "Empty: the person's target from the Targets tree"))),
            col("cap_pct", str(QT_TRANSLATE_NOOP("IncentiveTexts", "At most %")))]),
        "bands": ("objects", [col("from_score", T.FIELDS["from_score"]),
                              col("coefficient", T.FIELDS["coefficient"])]),
    }
    if name in tables:
        shape, columns = tables[name]
        return TableField(shape, columns, pick.names, parent)
    if name in _NUMBERS:
        unit, money, optional = _NUMBERS[name]
        return NumberField(unit, money=money, optional=optional, parent=parent)
    if name in T.CHOICES:
        return ChoiceField([(c, T.tr(s)) for c, s in T.CHOICES[name].items()], parent,
                           wide=name == "method")
    if name == "target_metric":
        return ChoiceField(_metric_choices(["collected_amount", "signed_amount"]), parent)
    if name == "metric":
        return ChoiceField(metrics, parent)
    if name in ("unit_a", "unit_b"):
        none = QCoreApplication.translate("IncentiveTexts", "none")
        return ChoiceField((("", none), *units), parent)
    picks: dict[str, Sequence[Choice]] = {
        "unit_ids": pick.units, "customer_ids": pick.customers, "person_ids": pick.people,
        "roles": [Choice(code, role_label(code)) for code in ROLES]}
    if name in picks:
        return PickField(T.field_label(name), picks[name], pick.names, parent)
    return TextField(parent)
