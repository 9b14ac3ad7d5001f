"""Settings → Products (产品目录): the catalogue with its product lines, list prices and costs.

A filter (text, product line, active/inactive/all) narrows the table; the Active column's box
deactivates a product (it stays on the deals that have it, and is no longer offered for new
lines) or offers it again. Add… (Ctrl+N) and Edit… (Enter, a double-click) open
:class:`ProductDialog`; Rename line… renames a product line on every product. Each of these is
one undo step. Import… opens the import wizard for products. The list is read on the worker
and re-read when products change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import money
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.products.product_dialog import ProductDialog
from services.core.changes import Call, Changes, call
from services.products import catalogue as cat
from services.products.rules import bp_text

ALL_LINES = "\x00all"
NO_LINE = ""


def _load(store: Any) -> tuple[list[cat.ProductRecord], list[cat.ProductLine]]:
    return cat.list_products(store), cat.product_lines(store)


class ProductsSection(QWidget):
    """The product catalogue as a filtered table with add, edit, (de)activate and rename."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("ProductsSection", "Products")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("productsSection")
        self.products: list[cat.ProductRecord] = []
        self.lines: list[cat.ProductLine] = []
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, code or line"))
        self.search.setClearButtonEnabled(True)
        self.line_filter = QComboBox(self)
        self.line_filter.setMinimumContentsLength(10)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Active"), True)
        self.status.addItem(self.tr("Inactive"), False)
        self.status.addItem(self.tr("All"), None)
        self.model = RowTableModel(self._columns(), self, on_edit=self._cell_edited)
        self.view = QTableView(self)
        self.view.setObjectName("productsTable")
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count = QLabel(self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.rename_button = QPushButton(self.tr("Rename line…"), self)
        self.rename_button.setToolTip(self.tr("Rename the chosen product line on every product"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        add = QAction(self)  # as on the org section (the Settings page has no File ▸ New)
        add.setShortcut(QKeySequence("Ctrl+N"))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_product)
        self.addAction(add)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import products from an Excel or CSV file"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(self.tr("Line:"), self))
        filters.addWidget(self.line_filter)
        filters.addWidget(self.status)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.rename_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        chain = (self.search, self.line_filter, self.status, self.add_button, self.edit_button,
                 self.rename_button, self.import_button, self.view)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.view.installEventFilter(self)  # Enter edits (the view would only move on)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.line_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.status.currentIndexChanged.connect(lambda _i: self._filter())
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_selected)
        self.rename_button.clicked.connect(self.rename_line)
        self.import_button.clicked.connect(self._import)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda p: p.code or ""),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Product line"), lambda p: p.line or ""),
            Column(self.tr("Unit"), lambda p: p.measure_unit or ""),
            Column(self.tr("List price"), lambda p: money(p.unit_price, fen=True), True),
            Column(self.tr("Tax rate"), lambda p: bp_text(p.tax_rate_bp) + "%", True),
            Column(self.tr("Cost"), lambda p: money(p.unit_cost, fen=True), True),
            Column(self.tr("Margin"), lambda p: "" if p.margin_pct is None
                   else f"{p.margin_pct}%", True),
            Column(self.tr("Deals"), lambda p: str(p.deal_count) if p.deal_count else "", True),
            Column(self.tr("Active"), lambda p: "", field="active", check=lambda p: p.active,
                   tooltip=lambda p: self.tr("Offered for new deal lines") if p.active
                   else self.tr("Not offered for new deal lines")),
        ]

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the catalogue on the worker."""
        store = self.ctx.store
        self._load.start(lambda: _load(store))

    def is_loading(self) -> bool:
        """Whether the catalogue is being read."""
        return self._load.is_loading()

    def _show(self, result: tuple[list[cat.ProductRecord], list[cat.ProductLine]]) -> None:
        self.products, self.lines = list(result[0]), list(result[1])
        chosen = self.line_filter.currentData()
        self.line_filter.blockSignals(True)
        self.line_filter.clear()
        self.line_filter.addItem(self.tr("All lines"), ALL_LINES)
        for line in self.lines:
            self.line_filter.addItem(line.name, line.name)
        self.line_filter.addItem(self.tr("(no line)"), NO_LINE)
        index = self.line_filter.findData(chosen) if chosen is not None else 0
        self.line_filter.setCurrentIndex(max(index, 0))
        self.line_filter.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        line, active = self.line_filter.currentData(), self.status.currentData()
        needle = self.search.text().strip().casefold()
        rows = [p for p in self.products
                if (active is None or p.active == active)
                and (line in (None, ALL_LINES) or (p.line or "") == line)
                and (not needle or any(needle in (v or "").casefold()
                                       for v in (p.name, p.code, p.line)))]
        selected = self.selected()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if selected is not None and (n := self.model.row_of(selected.id)) >= 0:
            self.view.selectRow(n)
        self.count.setText(self.tr("%1 of %2 products").replace("%1", str(len(rows)))
                           .replace("%2", str(len(self.products))))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches("products", "deal_lines"):
            self.reload()

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the table."""
        return self.view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table edits the product (as a double-click does)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    # -- edits -----------------------------------------------------------------------------
    def selected(self) -> cat.ProductRecord | None:
        """The product of the current row."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _push(self, text: LazyText, do: Call) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=None)
        return cmd.failed is None

    def _line_names(self) -> list[str]:
        return [line.name for line in self.lines]

    def add_product(self) -> None:
        """Ask for a new product and add it (one undo step)."""
        values = ProductDialog.ask(self, self._line_names())
        if values is None:
            return
        text = LazyText.translate("ProductsSection", "Add product %1").arg(values["name"])
        self._push(text, call(cat.add_product, **values))

    def edit_selected(self) -> None:
        """Edit the selected product (one undo step for all its fields)."""
        product = self.selected()
        if product is None:
            return
        values = ProductDialog.ask(self, self._line_names(), product)
        if values is None:
            return
        current = {"code": product.code, "name": product.name, "line": product.line,
                   "measure_unit": product.measure_unit, "unit_price": product.unit_price,
                   "tax_rate_bp": product.tax_rate_bp, "unit_cost": product.unit_cost,
                   "active": product.active}
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if changed:
            text = LazyText.translate("ProductsSection", "Edit product %1").arg(product.name)
            self._push(text, call(cat.edit_product, product.id, **changed))

    def _cell_edited(self, product: cat.ProductRecord, field: str, value: Any) -> bool:
        if field != "active" or bool(value) == product.active:
            return False
        text = (LazyText.translate("ProductsSection", "Reactivate product %1") if value
                else LazyText.translate("ProductsSection", "Deactivate product %1"))
        text = text.arg(product.name)
        return self._push(text, call(cat.set_active, (product.id,), bool(value)))

    def rename_line(self) -> None:
        """Rename a product line (the filter's, else the selected product's) everywhere."""
        line = self.line_filter.currentData()
        if line in (None, ALL_LINES, NO_LINE):
            product = self.selected()
            line = product.line if product is not None else None
        if not line:
            self.count.setText(self.tr("Choose a product line in the filter first."))
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename line"),
                                       self.tr("New name of the product line “%1”:")
                                       .replace("%1", line), text=line)
        if not ok or new.strip() == line:
            return
        text = LazyText.translate("ProductsSection", "Rename product line %1").arg(line)
        if self._push(text, call(cat.rename_line, line, new)):
            index = self.line_filter.findData(line)
            if index >= 0:  # keep showing the renamed line
                self.line_filter.setItemData(index, new.strip())

    def _import(self) -> None:
        from gui.importer.actions import open_import_wizard

        open_import_wizard(self.ctx, self.window(), "products")
