"""A person who leaves (离职交接): what they own, the last day, and who takes it over.

Shows what the person still owns (customers, open deals, open targets, action items, direct
reports), a last day (default today), and either "hand over to one person" (a picker) or "split
among the team" (a checklist of the unit's active people, all checked; targets and reports go to
the person chosen below it). OK is one undo step on the window's stack: an ``OpCommand`` of
:func:`services.org.leaving.leave`; undo puts every owner back. The org editor opens it with
:func:`run_leaving_dialog`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.undo import push_op
from services.core.changes import call
from services.core.errors import SailplanError
from services.org.leaving import KINDS, LeavingPreview, leave, preview_leaving

CONTEXT = "LeavingDialog"


class LeavingDialog(QDialog):
    """Hand over what ``person_id`` owns and mark them as left; see the module docstring."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.person_id = ctx, person_id
        self.setObjectName("leavingDialog")
        self.preview: LeavingPreview = preview_leaving(ctx.store, person_id)
        self.setWindowTitle(self.tr("Leaving: %1").replace("%1", self.preview.name))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.count_labels: dict[str, QLabel] = {}
        counts = QGridLayout()
        for row, kind in enumerate(KINDS):
            counts.addWidget(QLabel(self._kind_title(kind), self), row, 0)
            value = QLabel(self)
            value.setObjectName(f"count_{kind}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            counts.addWidget(value, row, 1)
            self.count_labels[kind] = value
        counts.setColumnStretch(2, 1)
        owned = QGroupBox(self.tr("Still owns"), self)
        owned.setLayout(counts)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("lastDay")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self._date_changed)
        day_form = QFormLayout()
        day_form.addRow(self.tr("&Last day:"), self.date_edit)

        self.one_radio = QRadioButton(self.tr("Hand over to &one person"), self)
        self.one_radio.setObjectName("oneRadio")
        self.split_radio = QRadioButton(self.tr("&Split among the team"), self)
        self.split_radio.setObjectName("splitRadio")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.one_radio)
        self.mode.addButton(self.split_radio)
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("toCombo")
        for pid, name in self.preview.receivers:
            self.to_combo.addItem(name, pid)
        if self.preview.team:  # a colleague of the same team first
            self.to_combo.setCurrentIndex(self.to_combo.findData(self.preview.team[0][0]))
        self.team_model = QStandardItemModel(self)
        self._fill_team()
        self.team_view = QListView(self)
        self.team_view.setObjectName("teamList")
        self.team_view.setModel(self.team_model)
        self.team_view.setMinimumHeight(110)
        self.lead_combo = QComboBox(self)
        self.lead_combo.setObjectName("leadCombo")
        for pid, name in self.preview.receivers:
            self.lead_combo.addItem(name, pid)
        lead_form = QFormLayout()
        lead_form.addRow(self.tr("&Targets and reports go to:"), self.lead_combo)
        self.share = QLabel(self)
        self.share.setObjectName("shareLabel")
        self.share.setWordWrap(True)
        handover = QGroupBox(self.tr("Who takes over"), self)
        box = QVBoxLayout(handover)
        box.addWidget(self.one_radio)
        box.addWidget(self.to_combo)
        box.addWidget(self.split_radio)
        box.addWidget(self.team_view, 1)
        box.addLayout(lead_form)
        box.addWidget(self.share)

        self.error = QLabel(self)
        self.error.setObjectName("leavingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("&Hand Over"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("handOverButton")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(owned)
        layout.addLayout(day_form)
        layout.addWidget(handover, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain = (self.date_edit, self.one_radio, self.to_combo, self.split_radio,
                 self.team_view, self.lead_combo)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        (self.split_radio if self.preview.team else self.one_radio).setChecked(True)
        self.mode.buttonToggled.connect(lambda *_: self._update())
        self.team_model.itemChanged.connect(lambda *_: self._update())
        self.resize(520, 620)
        self._show_counts()
        self._update()

    # --- filling ---------------------------------------------------------------------------
    def _kind_title(self, kind: str) -> str:
        return {"customers": self.tr("Customers"), "deals": self.tr("Open deals"),
                "targets": self.tr("Personal targets (this year on)"),
                "actions": self.tr("Open action items"),
                "reports": self.tr("Direct reports")}[kind]

    def _fill_team(self) -> None:
        team = {pid for pid, _n in self.preview.team}
        others = [(pid, name) for pid, name in self.preview.receivers if pid not in team]
        for pid, name in [*self.preview.team, *others]:  # the team first, checked
            item = QStandardItem(name)
            item.setData(pid, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if pid in team else Qt.CheckState.Unchecked)
            self.team_model.appendRow(item)

    def _show_counts(self) -> None:
        p = self.preview
        unit = p.unit_name
        if p.already_left is not None:
            text = self.tr("%1 (%2) has a last day already (%3); what they still own is listed "
                           "below.").replace("%3", p.already_left.isoformat())
        elif any(p.counts.values()):
            text = self.tr("%1 (%2) leaves. What they still own goes to the people chosen "
                           "below; Undo (Ctrl+Z) puts it all back.")
        else:
            text = self.tr("%1 (%2) leaves. They own nothing that needs handing over.")
        self.intro.setText(text.replace("%1", p.name).replace("%2", unit))
        for kind, label in self.count_labels.items():
            label.setText(str(p.counts.get(kind, 0)))

    def _date_changed(self, _when: QDate) -> None:
        try:
            self.preview = preview_leaving(self.ctx.store, self.person_id, self.last_day)
        except SailplanError as exc:
            self._show_error(exc)
            return
        self._show_counts()
        self._update()

    # --- state -------------------------------------------------------------------------------
    @property
    def last_day(self) -> date:
        """The chosen last day."""
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def checked_team(self) -> list[str]:
        """The people checked in the split list, in list order."""
        return [str(self.team_model.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.team_model.rowCount())
                if self.team_model.item(r).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        split = self.split_radio.isChecked()
        self.to_combo.setEnabled(not split)
        self.team_view.setEnabled(split)
        self.lead_combo.setEnabled(split)
        checked = self.checked_team()
        if split and checked and self.lead_combo.currentData() not in checked:
            self.lead_combo.setCurrentIndex(max(0, self.lead_combo.findData(checked[0])))
        owns = any(self.preview.counts.values())
        self.share.setText(self._share_text(checked) if split and owns else "")
        chosen = bool(checked) if split else self.to_combo.currentIndex() >= 0
        self.ok_button.setEnabled(chosen or not owns)
        self.error.hide()

    def _share_text(self, checked: list[str]) -> str:
        if not checked:
            return self.tr("Check at least one person.")
        k = len(checked)
        parts = []
        for kind, words in (("customers", self.tr("%1 customers")),
                            ("deals", self.tr("%1 deals"))):
            n = self.preview.counts.get(kind, 0)
            if not n:  # only what there is to share
                continue
            low, high = n // k, -(-n // k)
            parts.append(words.replace("%1", str(low) if low == high else f"{low}–{high}"))
        if not parts:  # only targets, action items or reports: they go to the one below
            return ""
        if k == 1:  # one receiver: say who
            name = self.team_model.item(next(
                r for r in range(self.team_model.rowCount())
                if self.team_model.item(r).checkState() == Qt.CheckState.Checked)).text()
            return self.tr("%1 gets %2.").replace("%2", self.tr(", ").join(parts)).replace(
                "%1", name)
        return self.tr("Each person gets %1.").replace("%1", self.tr(", ").join(parts))

    # --- doing --------------------------------------------------------------------------------
    def accept(self) -> None:
        """Push the handover as one undo step; a refusal keeps the dialog open and says why."""
        if self.split_radio.isChecked():
            split = self.checked_team()
            lead = self.lead_combo.currentData()
            to = str(lead) if lead else None
        else:
            split, to = [], str(self.to_combo.currentData() or "") or None
        do = call(leave, self.person_id, on=self.last_day, to=to, split_among=split)
        label = LazyText.translate("LeavingDialog", "%1 leaves").arg(self.preview.name)
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                      initiator=self)
        if cmd.failed is not None:
            self._show_error(cmd.failed)
            return
        super().accept()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()


def run_leaving_dialog(ctx: AppContext, person_id: str, parent: QWidget | None) -> None:
    """Open the leaving dialog for ``person_id`` (modal); the handover is one undo step."""
    try:
        dialog = LeavingDialog(ctx, person_id, parent)
    except SailplanError as exc:
        from gui.common.messages import Messages

        title = QCoreApplication.translate("LeavingDialog", "Cannot hand over")
        Messages.show_error(parent, title, error_text(exc))
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
