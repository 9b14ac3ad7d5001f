"""HistoryDialog: every version of one value — who, when, why, old → new."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.row_table_model import Column, RowTableModel
from gui.targets import formatting as F
from services.targets.lifecycle import VersionRow
from services.targets.split import Values

_CTX = "_VersionsModel"  # the translation context of the column titles and texts


def version_columns(metric: str) -> list[Column]:
    """The version list's columns: when, who, old and new values, why, plan version."""
    tr = QCoreApplication.translate

    def values(v: Values | None) -> str:
        return "—" if v is None else " / ".join(F.show_value(metric, x) for x in v.as_tuple())

    def why(r: VersionRow) -> str:
        return (r.reason or "") + (" " + tr(_CTX, "(approved adjustment)")
                                   if r.adjustment_id else "")

    return [
        Column(tr(_CTX, "When"), lambda r: f"{r.changed_at.astimezone():%Y-%m-%d %H:%M}"),
        Column(tr(_CTX, "Who"), lambda r: r.changed_by_name or tr(_CTX, "(unknown)")),
        Column(tr(_CTX, "Old (floor / target / challenge)"), lambda r: values(r.old)),
        Column(tr(_CTX, "New (floor / target / challenge)"), lambda r: values(r.new)),
        Column(tr(_CTX, "Why"), why),
        Column(tr(_CTX, "Plan version"), lambda r: str(r.plan_version)),
    ]


class HistoryDialog(QDialog):
    """The version list of one node's value for one metric and period, oldest first."""

    def __init__(self, metric: str, node_name: str, period: str, rows: list[VersionRow],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Value history"))
        self.resize(820, 360)
        self.model = RowTableModel(version_columns(metric), self)
        self.model.set_rows(rows)
        caption = QLabel(f"{node_name} · {F.label(F.METRIC_LABELS, metric)} · {period}", self)
        caption.setStyleSheet("font-weight: bold;")
        view = QTableView(self)
        view.setObjectName("historyView")
        view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        empty = QLabel(self.tr("No versions yet: nobody typed a value here."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(empty)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
