"""The customer list's remembered layout: column widths, order, visibility, sort, splitter.

Stored in QSettings (UI state, not business data) and saved on every change, so a crash never
loses it. The header's context menu is the column chooser.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QTableView

from gui.common.column_fit import ensure_headers_fit
from gui.common.ui_settings import ui_settings
from gui.customers.customer_table_model import COLUMNS, HIDDEN_BY_DEFAULT, CustomerTableModel

HEADER_KEY = "customers/header_state"
SPLITTER_KEY = "customers/splitter_state"
_DEFAULT_WIDTHS = {"name": 240, "tags": 140, "won_12m": 130, "phone": 120}


class CustomerColumnState(QObject):
    """Restores the layout on creation and saves it whenever it changes."""

    def __init__(self, view: QTableView, splitter: QSplitter, model: CustomerTableModel):
        super().__init__(view)
        self.view = view
        self.splitter = splitter
        self.model = model
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        settings = ui_settings()
        state = settings.value(HEADER_KEY)
        if state is None or not header.restoreState(state):
            for i, key in enumerate(COLUMNS):
                header.resizeSection(i, _DEFAULT_WIDTHS.get(key, 96))
                header.setSectionHidden(i, key in HIDDEN_BY_DEFAULT)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Whole headers, sort arrow included, in either language: English ones are wider than
        # the default widths (and than widths remembered from the Chinese interface).
        header.setSortIndicatorShown(True)
        ensure_headers_fit(header)
        sizes = settings.value(SPLITTER_KEY)
        if sizes is None or not splitter.restoreState(sizes):
            splitter.setSizes([620, 380])
        header.sectionResized.connect(self.save)
        header.sectionMoved.connect(self.save)
        header.sortIndicatorChanged.connect(self.save)
        splitter.splitterMoved.connect(self.save)

    def save(self, *_args: object) -> None:
        """Remember the header and splitter now."""
        settings = ui_settings()
        settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def set_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column (remembered)."""
        self.view.horizontalHeader().setSectionHidden(column, not visible)
        self.save()

    def column_menu(self, pos: QPoint) -> None:
        """The column chooser: every column with a check mark (the name always stays)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self.view)
        for i, key in enumerate(COLUMNS):
            act = QAction(self.model.column_title(key), menu)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(i))
            act.setEnabled(key != "name")
            act.toggled.connect(lambda on, n=i: self.set_visible(n, on))
            menu.addAction(act)
        menu.popup(header.mapToGlobal(pos))
