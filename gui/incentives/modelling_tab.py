"""The Modelling tab (方案测算): a year of real data paid under one or two scheme versions (drafts
or any other version) against the schemes in use now — for the planning meeting, before
anything is published.

The year's runs are computed by :func:`services.incentives.modelling.model_year` on the worker
with a progress dialog (Cancel stops it). The tab shows, per scheme, the total, its cost as % of
the year's collected amount, signed amount and gross margin, and who gains and loses; one
plain sentence per version says it in words; the table lists every person (current, 方案A,
方案B and the differences), most gained first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ColumnFit, ensure_headers_fit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import money
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.common.when_shown import RefreshWhenShown
from services.core.changes import Changes

SCHEME_KINDS = frozenset({"incentive_schemes", "scheme_versions"})
GAIN = QColor("#1E8449")
LOSS = QColor("#C0392B")


def header_key(name: str) -> str:
    """Where table ``name``'s header is remembered, for the interface language in use."""
    return f"incentives/{name}_header_{QLocale().name()}"


class HeaderMemory(QObject):
    """Remembers a table's column widths per language under ``name()`` (a name that may
    depend on the columns shown), restored by :meth:`restore`.
    """

    def __init__(self, view: QTableView, name: Callable[[], str]):
        super().__init__(view)
        from gui.common.ui_settings import ui_settings

        self.view, self.name = view, name
        self._settings = ui_settings()
        self._settings.setParent(self)
        self._restoring = True  # nothing is remembered before the first rows are shown
        view.horizontalHeader().sectionResized.connect(self._save)

    def show(self, update: Callable[[], None], fit: ColumnFit) -> None:
        """Run ``update`` (new rows or columns), then put back the widths remembered for these
        columns, or fit them; only widths the user sets later are remembered.
        """
        self._restoring = True
        try:
            update()
            header = self.view.horizontalHeader()
            state = self._settings.value(header_key(self.name()))
            restored = bool(state) and header.restoreState(state)
            if restored:
                ensure_headers_fit(header)
            else:
                fit.fit()
        finally:
            self._restoring = False

    def _save(self, *_args: Any) -> None:
        if not self._restoring:
            self._settings.setValue(header_key(self.name()),
                                    self.view.horizontalHeader().saveState())


def table(model: RowTableModel) -> QTableView:
    """A read-only table of whole rows."""
    view = QTableView()
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(False)  # figures stay by their headers
    return view


def _pct(value: Decimal | None) -> str:
    """``3.1 %`` (one place), ``—`` without a base."""
    return "—" if value is None else f"{value:.1f} %"


def _signed(value: Decimal) -> str:
    """``+¥1,200`` / ``-¥300`` / ``¥0``."""
    return ("+" if value > 0 else "") + money(value, whole=True)


class _PeopleModel(RowTableModel):
    """People; the differences green (gain) or red (loss)."""

    diff_columns: frozenset[int] = frozenset()

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in self.diff_columns:
            index = 1 if column == min(self.diff_columns) else 2
            diff = record.difference(index)
            if diff:
                return QBrush(ink(GAIN if diff > 0 else LOSS))
        return None


def load_choices(store: Any) -> list[Any]:
    """The versions that can be modelled (on the worker)."""
    from services.incentives.modelling import list_version_choices

    return list_version_choices(store)


class ModellingTab(QWidget):
    """See the module docstring. ``modelled`` after a result is shown."""

    modelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None
        self._choices: list[Any] = []
        self._when_shown = RefreshWhenShown(self, self.reload)  # hidden: read when shown
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._choices_loaded)
        self._load.failed.connect(self._failed)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year - 1)
        self.year.setToolTip(self.tr("The year whose real data the schemes are applied to"))
        self.draft_a = QComboBox()
        self.draft_b = QComboBox()
        for box in (self.draft_a, self.draft_b):
            box.setMinimumContentsLength(16)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.run_btn = QPushButton(self.tr("Model"))
        self.run_btn.setToolTip(self.tr(
            "Pay the year under the chosen versions and compare with the schemes in use now"))
        self.run_btn.setDefault(True)
        self.hint = QLabel(self.tr(
            "Choose a year and one or two versions, then Model. Nothing is published or paid."))
        self.hint.setWordWrap(True)
        self.revenue = QLabel()
        self.revenue.setObjectName("modellingRevenue")
        self.revenue.setWordWrap(True)
        self.sentences = QLabel()
        self.sentences.setObjectName("modellingSentences")
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Draft A")))
        top.addWidget(self.draft_a, 1)
        top.addWidget(QLabel(self.tr("Draft B")))
        top.addWidget(self.draft_b, 1)
        top.addWidget(self.run_btn)
        self.summary_model = RowTableModel(self._summary_columns(), self)
        self.summary_view = table(self.summary_model)
        self.summary_view.setMaximumHeight(self.summary_view.verticalHeader()
                                           .defaultSectionSize() * 4 + 8)
        self.people_model = _PeopleModel(self._people_columns(2), self)
        self.people_view = table(self.people_model)
        self._fits = (ColumnFit(self.summary_view, (0,)), ColumnFit(self.people_view, (0, 1)))
        self._widths = (HeaderMemory(self.summary_view, lambda: "modelling_summary"),
                        HeaderMemory(self.people_view, lambda: "modelling_people_"
                                     f"{self.people_model.columnCount()}"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.revenue)
        lay.addWidget(self.summary_view)
        lay.addWidget(self.sentences)
        lay.addWidget(self.people_view, 1)
        self.run_btn.clicked.connect(self.run)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # --- the versions offered ----------------------------------------------------------

    def reload(self) -> None:
        """Read the versions that can be modelled again (on the worker)."""
        store = self.ctx.store
        self._load.start(lambda: load_choices(store))

    def is_loading(self) -> bool:
        """Whether the versions are being read."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """The first version chooser."""
        return self.draft_a

    def _choice_text(self, c: Any) -> str:
        status = self.tr("draft") if c.status == "draft" else self.tr("published")
        return self.tr("%1 v%2 (%3, from %4)").replace("%1", c.scheme_name) \
            .replace("%2", str(c.number)).replace("%3", status) \
            .replace("%4", c.effective_from.isoformat())

    def _choices_loaded(self, choices: list[Any]) -> None:
        self._choices = choices
        for box, none_text in ((self.draft_a, self.tr("(choose a version)")),
                               (self.draft_b, self.tr("(none)"))):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(none_text, None)
            for c in choices:
                box.addItem(self._choice_text(c), c.version_id)
            found = box.findData(kept) if kept else -1
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        drafts = [c for c in choices if c.status == "draft"]
        if self.draft_a.currentData() is None and drafts:
            self.draft_a.setCurrentIndex(self.draft_a.findData(drafts[0].version_id))
        if not choices:
            self.hint.setText(self.tr(
                "There is no scheme version to model yet: add a scheme and a draft first."))

    def select_versions(self, a: str | None, b: str | None = None) -> None:
        """Choose the versions to model (by id; None: none)."""
        self.draft_a.setCurrentIndex(max(self.draft_a.findData(a), 0) if a else 0)
        self.draft_b.setCurrentIndex(max(self.draft_b.findData(b), 0) if b else 0)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        Messages.show_error(self, self.tr("Modelling"), self.tr(
            "The modelling could not be made: %1").replace("%1", error_text(exc)))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or SCHEME_KINDS & set(changes.kinds):
            self._when_shown.request()

    # --- modelling ---------------------------------------------------------------------

    def chosen(self) -> list[str]:
        """The versions chosen, A then B (each once)."""
        out: list[str] = []
        for box in (self.draft_a, self.draft_b):
            value = box.currentData()
            if value and value not in out:
                out.append(value)
        return out

    def run(self) -> Any:
        """Model the chosen year and versions on the worker with a progress dialog."""
        from services.incentives.modelling import model_year

        store, year, ids = self.ctx.store, self.year.value(), self.chosen()

        def work(progress: Any, is_cancelled: Any) -> Any:
            return model_year(store, year, ids, progress=progress, is_cancelled=is_cancelled)

        self.run_btn.setEnabled(False)

        def done(result: Any) -> None:
            self.run_btn.setEnabled(True)
            self.show_result(result)

        def failed(exc: BaseException, tb: str) -> None:
            self.run_btn.setEnabled(True)
            self._failed(exc, tb)

        return self.ctx.tasks.run_with_dialog(
            self, self.tr("Paying %1 under the schemes…").replace("%1", str(year)), work, done,
            failed, lambda: self.run_btn.setEnabled(True))

    # --- showing ------------------------------------------------------------------------

    def _scenario_name(self, s: Any) -> str:
        if s.key == "current":
            return self.tr("Current schemes")
        letter = self.tr("Draft A") if s.key == "A" else self.tr("Draft B")
        return f"{letter}: {s.name}"

    def _summary_columns(self) -> list[Column]:
        return [
            Column(self.tr("Scheme"), self._scenario_name),
            Column(self.tr("Total payout"), lambda s: money(s.total, whole=True), right=True),
            Column(self.tr("% of collected"), lambda s: _pct(s.pct_of_collected), right=True),
            Column(self.tr("% of signed"), lambda s: _pct(s.pct_of_signed), right=True),
            Column(self.tr("% of gross margin"), lambda s: _pct(s.pct_of_margin), right=True),
            Column(self.tr("Gain"), lambda s: "" if s.key == "current" else str(s.gainers),
                   right=True),
            Column(self.tr("Lose"), lambda s: "" if s.key == "current" else str(s.losers),
                   right=True),
        ]

    def _people_columns(self, drafts: int) -> list[Column]:
        cols = [Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Team"), lambda p: p.unit),
                Column(self.tr("Current"), lambda p: money(p.payouts[0], whole=True),
                       right=True, tooltip=lambda p: self._kinds_tip(p, 0))]
        letters = (self.tr("Draft A"), self.tr("Draft B"))
        for i in range(1, drafts + 1):
            cols.append(Column(letters[i - 1], self._payout_text(i), right=True,
                               tooltip=self._kinds_of(i)))
        for i in range(1, drafts + 1):
            cols.append(Column(self.tr("Difference %1").replace("%1", "AB"[i - 1]),
                               self._difference_text(i), right=True))
        return cols

    @staticmethod
    def _payout_text(index: int) -> Callable[[Any], str]:
        return lambda p: money(p.payouts[index], whole=True)

    @staticmethod
    def _difference_text(index: int) -> Callable[[Any], str]:
        return lambda p: _signed(p.difference(index))

    def _kinds_of(self, index: int) -> Callable[[Any], str]:
        return lambda p: self._kinds_tip(p, index)

    def _kinds_tip(self, person: Any, index: int) -> str:
        names = {"commission": self.tr("Commission"), "new_customer": self.tr("New customers"),
                 "bonus": self.tr("Bonuses"), "mentoring": self.tr("Mentoring"),
                 "coefficient": self.tr("Scorecard coefficient")}
        return "\n".join(f"{names.get(k, k)}: {money(v, fen=True)}"
                         for k, v in person.by_kind[index].items())

    def sentence(self, index: int) -> str:
        """The plain sentence of scenario ``index`` against the current schemes."""
        r = self.result
        now, s = r.scenarios[0], r.scenarios[index]
        diff = s.total - now.total
        letter = "A" if s.key == "A" else "B"
        if diff >= 0:
            head = self.tr("Draft %1 pays %2 more than the current schemes")
        else:
            head = self.tr("Draft %1 pays %2 less than the current schemes")
        head = head.replace("%1", letter).replace("%2", money(abs(diff), whole=True))
        share = self.tr("%1 of the collected amount (now %2)") \
            .replace("%1", _pct(s.pct_of_collected)).replace("%2", _pct(now.pct_of_collected))
        people = self.tr("%1 gain, %2 lose").replace("%1", self._people(s.gainers)) \
            .replace("%2", self._people(s.losers))
        return self.tr("%1: %2; %3.").replace("%1", head).replace("%2", share) \
            .replace("%3", people)

    def _people(self, n: int) -> str:
        return self.tr("%n person(s)", "", n)

    def _revenue_text(self) -> str:
        rv = self.result.revenue
        text = self.tr("%1: collected %2, signed %3, gross margin %4") \
            .replace("%1", str(self.result.year)).replace("%2", money(rv.collected, whole=True)) \
            .replace("%3", money(rv.signed, whole=True)).replace("%4", money(rv.margin,
                                                                             whole=True))
        if rv.estimated:
            text += self.tr(" (%1 of the signed amount in %n contract(s) has no cost: its margin "
                            "is estimated at the rate of the others)", "",
                            rv.contracts_without_cost).replace("%1", money(rv.without_cost,
                                                                           whole=True))
        return text

    def show_result(self, result: Any) -> None:
        """Show a modelling's result."""
        self.result = result
        drafts = len(result.scenarios) - 1
        self.hint.hide()
        self.revenue.setText(self._revenue_text())
        first_diff = 3 + drafts

        def people() -> None:
            self.people_model.set_columns(self._people_columns(drafts))
            self.people_model.diff_columns = frozenset(range(first_diff, first_diff + drafts))
            self.people_model.set_rows(result.people)

        self._widths[0].show(lambda: self.summary_model.set_rows(result.scenarios),
                             self._fits[0])
        self._widths[1].show(people, self._fits[1])
        self.sentences.setText("\n".join(self.sentence(i) for i in range(1, drafts + 1)))
        self.modelled.emit()

    def people_rows(self) -> Sequence[Any]:
        """The people shown, in order."""
        return self.people_model.rows
