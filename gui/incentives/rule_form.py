"""The form of one rule: the inputs of its kind's fields, in the order a manager reads them.

:data:`FORMS` lists, per kind of :data:`services.incentives.doc.RULE_TYPES`, the document fields
the form shows; :func:`new_rule` is what a rule of a kind starts as when added (a valid rule
where the kind allows one, so the scheme can be saved at once and then refined).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.incentives import texts as T
from gui.incentives.rule_fields import Field, TableField, make_field
from services.incentives.choices import EditorChoices

_HEAD = ("title", "grain")
FORMS: dict[str, tuple[str, ...]] = {
    "commission": (*_HEAD, "base", "target_metric", "method", "tiers", "gate_pct", "cap",
                   "accelerator_pct", "product_factors", "tier_factors"),
    "new_customer": (*_HEAD, "amount", "min_contract"),
    "ranking": (*_HEAD, "metric", "measure", "prizes", "min_attainment_pct"),
    "most_improved": (*_HEAD, "metric", "amount", "min_attainment_pct"),
    "team_award": (*_HEAD, "metric", "unit_ids", "threshold_pct", "pool", "share", "weights"),
    "team_pk": (*_HEAD, "unit_a", "unit_b", "metric", "measure", "pool", "share", "weights"),
    "milestone": (*_HEAD, "metric", "steps"),
    "key_account": (*_HEAD, "customer_ids", "amount"),
    "mentoring": (*_HEAD, "metric", "pairs", "amount", "cap_pct"),
    "scorecard": (*_HEAD, "roles", "metrics", "bands"),
}

_STARTS: dict[str, dict[str, Any]] = {
    "commission": {"tiers": [{"from_pct": "0", "rate_pct": "0"}]},
    "ranking": {"prizes": ["0"]},
    "team_award": {"grain": "quarter"},
    "team_pk": {"measure": "attainment"},
    "milestone": {"steps": [{"at_pct": "100", "amount": "0"}]},
    "scorecard": {"metrics": [{"metric": "signed_amount", "weight_pct": "100", "target": None,
                               "cap_pct": "120"}],
                  "bands": [{"from_score": "0", "coefficient": "1"}]},
}


def new_rule(kind: str, rule_id: str) -> dict[str, Any]:
    """A new rule of ``kind`` as the document holds it: the kind's defaults, its name in the
    interface language, and a first row where its tables need one.
    """
    from services.incentives.doc import RULE_TYPES, to_object
    from services.incentives.doc import SchemeDoc as Doc

    plain = to_object(Doc(rules=(RULE_TYPES[kind](id=rule_id),)))["rules"][0]
    plain.update(_STARTS.get(kind, {}))
    plain["title"] = T.tr(T.TITLES[kind])
    return dict(plain)


def unique_id(kind: str, taken: set[str]) -> str:
    """``commission-1``, ``commission-2``…: the first not in ``taken``."""
    n = 1
    while f"{kind}-{n}" in taken:
        n += 1
    return f"{kind}-{n}"


class RuleForm(QWidget):
    """The inputs of one rule of ``kind``. ``changed`` follows every edit."""

    changed = Signal()

    def __init__(self, kind: str, pick: EditorChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"ruleForm_{kind}")
        self.fields: dict[str, Field] = {}
        self._rule: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # a short form stays at the top, its rows together
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading = QLabel(T.kind_label(kind), self)
        heading.setObjectName("ruleKind")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form.addRow(heading)
        for name in FORMS[kind]:
            field = make_field(name, pick, self)
            field.setObjectName(f"field_{name}")
            field.changed.connect(self.changed)
            self.fields[name] = field
            label = QLabel(T.field_label(name) + self.tr(":"), self)
            if isinstance(field, TableField):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setBuddy(field)
            form.addRow(label, field)

    def load(self, rule: dict[str, Any]) -> None:
        """Show ``rule`` (a rule object of the document)."""
        self._rule = dict(rule)
        for name, field in self.fields.items():
            field.load(rule.get(name))

    def value(self) -> dict[str, Any]:
        """The rule as edited (fields the form does not show are kept as they were)."""
        out = dict(self._rule)
        for name, field in self.fields.items():
            out[name] = field.value()
        return out

    def set_read_only(self, on: bool) -> None:
        """Show the rule without letting it be changed."""
        for field in self.fields.values():
            field.set_read_only(on)
