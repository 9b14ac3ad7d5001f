"""The customer list's filter bar: owner, tier, industry, region, source; stale / pool / mine."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from services.customers.queries import CustomerRow
from services.customers.search import CustomerFilters, FilterChoices, filter_choices
from services.org.people import PersonRow

_ANY = "\x00any"
_NONE = ""


class CustomerFilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``filters()`` reads the current state."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.me: str | None = None
        self.owner = self._combo(self.tr("All owners"))
        self.tier = self._combo(self.tr("All tiers"))
        self.industry = self._combo(self.tr("All industries"))
        self.region = self._combo(self.tr("All regions"))
        self.source = self._combo(self.tr("All sources"))
        self.stale = self._toggle(self.tr("Stale only"),
                                  self.tr("Customers without a follow-up in their tier's limit"))
        self.pool = self._toggle(self.tr("Shared pool"),
                                 self.tr("Customers in the shared pool, free to claim"))
        self.mine = self._toggle(self.tr("Mine"), self.tr("Only my customers"))
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear filters"))
        self.clear.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.owner, self.tier, self.industry, self.region, self.source, self.stale,
                  self.pool, self.mine, self.clear):
            layout.addWidget(w)
        layout.addStretch(1)

    def _combo(self, all_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setProperty("all_text", all_text)
        combo.addItem(all_text, _ANY)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.toggled.connect(lambda _on: self.changed.emit())
        return button

    def set_me(self, me: str | None) -> None:
        """Who "Mine" means (the person chosen under Settings → I am)."""
        self.me = me
        self.mine.setEnabled(me is not None)
        self.mine.setToolTip(self.tr("Only my customers") if me else
                             self.tr("Choose who you are in Settings to use this filter"))

    def set_choices(self, rows: Sequence[CustomerRow], people: Sequence[PersonRow],
                    me: str | None) -> None:
        """Fill the combos from the loaded rows, keeping each current choice."""
        self.show_choices(filter_choices(rows), people, me)

    def show_choices(self, choices: FilterChoices, people: Sequence[PersonRow],
                     me: str | None) -> None:
        """Fill the combos from choices prepared with the list, keeping each current choice."""
        self.set_me(me)
        owners = [(p.name, p.id) for p in people]
        known = {p.id for p in people}
        owners += sorted((n or i, i) for i, n in choices.owners if i not in known)
        self._fill(self.owner, owners + [(self.tr("(no owner)"), _NONE)])
        self._fill(self.tier, [("A", "A"), ("B", "B"), ("C", "C"),
                               (self.tr("(no tier)"), _NONE)])
        for combo, values in ((self.industry, choices.industries),
                              (self.region, choices.regions), (self.source, choices.sources)):
            self._fill(combo, [(v, v) for v in values])

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(str(combo.property("all_text")), _ANY)
        for text, data in items:
            combo.addItem(text, data)
        pos = combo.findData(current)
        combo.setCurrentIndex(pos if pos >= 0 else 0)
        combo.blockSignals(False)
        if pos < 0 and current != _ANY:
            self.changed.emit()

    def reset(self) -> None:
        """Clear every filter (one ``changed``)."""
        self.blockSignals(True)
        for combo in (self.owner, self.tier, self.industry, self.region, self.source):
            combo.setCurrentIndex(0)
        for button in (self.stale, self.pool, self.mine):
            button.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()

    def filters(self) -> CustomerFilters:
        """The current filter state."""
        def value(combo: QComboBox) -> str | None:
            data = combo.currentData()
            return None if data == _ANY or data is None else str(data)

        return CustomerFilters(
            owner_id=value(self.owner), tier=value(self.tier), industry=value(self.industry),
            region=value(self.region), source=value(self.source),
            stale_only=self.stale.isChecked(), pool_only=self.pool.isChecked(),
            mine_only=self.mine.isChecked() and self.me is not None, me_id=self.me)
