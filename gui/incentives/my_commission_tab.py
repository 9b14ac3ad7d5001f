"""The My commission tab (我的提成): for the person using this computer (Settings ▸ "I am"; a
manager, director or owner may pick anyone), the period's running total, the tier reached on
each commission rule, what is still needed for the next tier (or the gate), and a what-if: pick
one of their open deals or type an amount → what it would add if won.

The facts are gathered on the worker (:func:`services.incentives.my_standing.read_my_standing`);
the what-if is a pure function of them (:func:`services.incentives.my_commission.what_if`) and
is worked out at once on the GUI thread. Nothing here writes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import money
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.when_shown import RefreshWhenShown
from gui.incentives.period_picker import PeriodPicker
from gui.incentives.run_dialogs import signed_amount
from gui.incentives.runs_tab import _table, ui_lang
from services.core.changes import Changes
from services.incentives.lines import line_text
from services.incentives.my_commission import RuleStatus, what_if
from services.incentives.my_standing import (
    MANAGING,
    MyStanding,
    PersonChoice,
    people,
    read_my_standing,
)

PERIOD_KEY = "incentives/mine/period"
MINE_KINDS = frozenset({"contracts", "payments", "payment_allocations", "deals",
                        "credit_splits", "scheme_versions", "incentive_schemes", "people",
                        "target_values", "customers"})
TYPED = "__typed__"


def _load(store: Any, person_id: str | None, period: str) -> tuple[list[PersonChoice],
                                                                   MyStanding | None]:
    choices = people(store)
    return choices, (read_my_standing(store, person_id, period) if person_id else None)


class MyCommissionTab(QWidget):
    """See the module docstring. ``loaded`` after each read."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: MyStanding | None = None
        self.choices: list[PersonChoice] = []
        self._person: str | None = ctx.current_person_id
        self._when_shown = RefreshWhenShown(self, self.reload)  # hidden: read when shown
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        self.person = QComboBox()
        self.person.setObjectName("myPerson")
        self.person_label = QLabel()
        self.picker = PeriodPicker(PERIOD_KEY, self)
        self.loading_note = QLabel(self.tr("Loading…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person")))
        top.addWidget(self.person)
        top.addWidget(self.person_label)
        top.addWidget(self.picker)
        top.addWidget(self.loading_note)
        top.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("myTotal")
        self.total.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("myNote")
        self.note.setWordWrap(True)
        self.rules_model = RowTableModel([
            Column(self.tr("Rule"), lambda s: s.rule.title),
            Column(self.tr("So far"), lambda s: money(s.amount, fen=True), right=True),
            Column(self.tr("Tier"), lambda s: self._tier_text(s)),
            Column(self.tr("Next tier"), lambda s: self._next_text(s)),
            Column(self.tr("How it is computed"),
                   lambda s: line_text(s.line.template, s.line.params, ui_lang()),
                   tooltip=lambda s: line_text(s.line.template, s.line.params, ui_lang())),
        ], self)
        self.rules_view = _table(self.rules_model, "myRules")
        self.rules_view.setWordWrap(True)
        header = self.rules_view.horizontalHeader()
        for col, width in enumerate((90, 100, 150, 300)):
            header.resizeSection(col, width)
        self.deal = QComboBox()
        self.deal.setObjectName("whatIfDeal")
        self.amount = QLineEdit()
        self.amount.setObjectName("whatIfAmount")
        self.amount.setPlaceholderText(self.tr("or type an amount, e.g. 5万"))
        self.result = QLabel()
        self.result.setObjectName("whatIfResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        box = QGroupBox(self.tr("What if a deal is won"))
        form = QFormLayout(box)
        form.addRow(self.tr("Open deal"), self.deal)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.result)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.total)
        lay.addWidget(self.note)
        self.standing = QLabel()
        self.standing.setObjectName("myStanding")
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.RichText)
        self.rules_view.setMaximumHeight(180)
        lay.addWidget(self.standing)
        lay.addWidget(self.rules_view)
        lay.addWidget(box)
        lay.addStretch(1)
        self.person.currentIndexChanged.connect(self._person_picked)
        self.picker.changed.connect(lambda _p: self.reload())
        self.deal.currentIndexChanged.connect(self._deal_picked)
        self.amount.textEdited.connect(lambda _t: self._typed())
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the person's standing in the chosen period again (on the worker)."""
        store, pid, period = self.ctx.store, self._person, self.picker.period()
        self.loading_note.show()
        self._load.start(lambda: _load(store, pid, period))

    def is_loading(self) -> bool:
        """Whether a read is on its way."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """The rules."""
        return self.rules_view

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.loading_note.hide()
        Messages.show_error(self, self.tr("My commission"), self.tr(
            "My commission could not be worked out: %1").replace("%1", error_text(exc)))

    def _may_pick(self) -> bool:
        me = next((c for c in self.choices if c.id == self.ctx.current_person_id), None)
        return me is not None and me.role in MANAGING

    def _apply(self, result: tuple[list[PersonChoice], MyStanding | None]) -> None:
        self.choices, self.data = result
        self.loading_note.hide()
        self.person.blockSignals(True)
        self.person.clear()
        picking = self._may_pick()
        for c in self.choices if picking else ():
            self.person.addItem(c.name, c.id)
        self.person.setCurrentIndex(self.person.findData(self._person))
        self.person.blockSignals(False)
        self.person.setVisible(picking)
        self.person_label.setVisible(not picking)
        data = self.data
        self.person_label.setText(data.person_name if data else "")
        if data is None:
            self.total.setText("")
            self.note.setText(self.tr("Choose who you are in Settings (\"I am\") to see your "
                                      "commission."))
            self.rules_model.set_rows(())
            self.standing.setText("")
            self._fill_deals()
            self.loaded.emit()
            return
        self.total.setText(self.tr("<b>%1</b> so far in %2: <b style='font-size:16pt'>%3"
                                   "</b>").replace("%1", data.person_name)
                           .replace("%2", data.period)
                           .replace("%3", money(data.standing.total, fen=True)))
        self.note.setText("" if data.rules else self.tr(
            "No commission rule of a published scheme applies to %1 in %2.")
            .replace("%1", data.person_name).replace("%2", data.period))
        self.rules_model.set_rows(data.standing.rules)
        self.rules_view.resizeRowsToContents()
        self.standing.setText("<br>".join(
            f"<b>{s.rule.title}</b>: {self._tier_text(s)} · {self._next_text(s)}"
            for s in data.standing.rules))
        self._fill_deals()
        self.loaded.emit()

    def _tier_text(self, s: RuleStatus) -> str:
        rate = f"{s.rate_pct.normalize():f} %"
        return self.tr("tier %1 at %2").replace("%1", s.tier).replace("%2", rate)

    def _next_text(self, s: RuleStatus) -> str:
        if s.to_gate is not None:
            return self.tr("%1 more to reach the gate").replace("%1", money(s.to_gate, fen=True))
        if s.next_tier is None:
            return self.tr("top tier") if s.calc.target is not None else self.tr("no target")
        rate = f"{s.next_rate_pct.normalize():f} %" if s.next_rate_pct is not None else ""
        return self.tr("%1 more reaches %2 (%3)").replace("%1", money(s.to_next_tier, fen=True)) \
            .replace("%2", s.next_tier).replace("%3", rate)

    def _fill_deals(self) -> None:
        self.deal.blockSignals(True)
        self.deal.clear()
        self.deal.addItem(self.tr("(an amount typed below)"), TYPED)
        for d in self.data.deals if self.data else ():
            self.deal.addItem(f"{d.name} · {d.customer_name} · {money(d.amount)}", d.id)
        self.deal.setCurrentIndex(1 if self.deal.count() > 1 else 0)
        self.deal.blockSignals(False)
        self._deal_picked()

    # --- what-if -----------------------------------------------------------------------

    def _deal_picked(self) -> None:
        deal = self._chosen_deal()
        if deal is not None:
            self.amount.setText(f"{deal.amount:f}")
        self._show_what_if()

    def _typed(self) -> None:
        if self.deal.currentData() != TYPED:
            self.deal.blockSignals(True)
            self.deal.setCurrentIndex(0)
            self.deal.blockSignals(False)
        self._show_what_if()

    def _chosen_deal(self) -> Any:
        did = self.deal.currentData()
        return next((d for d in self.data.deals if d.id == did), None) if self.data else None

    def _show_what_if(self) -> None:
        data = self.data
        amount = signed_amount(self.amount.text())
        if data is None or not data.rules or amount is None or amount <= 0:
            self.result.setText("")
            return
        deal = self._chosen_deal()
        fen = int((amount * 100).to_integral_value())
        got = what_if(data.facts, data.period, data.person_id, data.rules, fen,
                      deal.product_line if deal else None, deal.customer_tier if deal else None)
        text = self.tr("If won, %1 adds <b>%2</b> to the commission of %3 (total %4).") \
            .replace("%1", money(got.extra, fen=True)).replace("%2", money(got.added, fen=True)) \
            .replace("%3", data.period).replace("%4", money(got.after.total, fen=True))
        if got.assumes_collected:
            text += " " + self.tr("Counted as collected in the period: commission on collected "
                                  "cash is paid once the money is in.")
        tiers = [(b.tier, a.tier) for b, a in zip(got.before.rules, got.after.rules, strict=True)
                 if b.tier != a.tier]
        for before, after in tiers:
            text += " " + self.tr("Tier %1 → %2.").replace("%1", before).replace("%2", after)
        self.result.setText(text)

    def what_if_added(self) -> Decimal | None:
        """What the shown what-if adds (None: none shown) — for tests."""
        data, amount = self.data, signed_amount(self.amount.text())
        if data is None or not data.rules or amount is None or amount <= 0:
            return None
        deal = self._chosen_deal()
        return what_if(data.facts, data.period, data.person_id, data.rules,
                       int((amount * 100).to_integral_value()),
                       deal.product_line if deal else None,
                       deal.customer_tier if deal else None).added

    # --- people and changes ------------------------------------------------------------

    def _person_picked(self) -> None:
        pid = self.person.currentData()
        if pid and pid != self._person:
            self._person = pid
            self.reload()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        # another database, or someone else uses this computer
        if changes.everything or "app_settings" in changes.kinds:
            self._person = self.ctx.current_person_id
        elif not MINE_KINDS & set(changes.kinds):
            return
        self._when_shown.request()
