"""Settings → Products as a user works it: filter, add and edit through the dialog, the Active
box, renaming a product line — each one undo step — and refusals in the interface language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gui.products.product_dialog import ProductDialog
from gui.products.settings_section import ProductsSection
from services.products import catalogue as cat
from tests.gui.pipeline_fixtures import make_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def section(qtbot, store):
    cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800", line="硬件",
                    tax_rate_bp=1300, unit_cost="7000", measure_unit="台")
    cat.add_product(store, name="扫码终端", code="SC-1", unit_price="2980", line="硬件")
    cat.add_product(store, name="云平台年费", code="SW-1", unit_price="36000", line="软件",
                    tax_rate_bp=600)
    page = ProductsSection(make_context(store))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    return page


def _wait(qtbot, page):
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)


def _names(page):
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def test_table_shows_the_catalogue_and_filters(section, qtmodeltester):
    qtmodeltester.check(section.model)
    assert _names(section) == ["扫码终端", "智能网关", "云平台年费"]
    row = section.model.row_of(next(p.id for p in section.products if p.code == "GW-1"))
    texts = [section.model.index(row, c).data() for c in range(section.model.columnCount())]
    assert texts[:8] == ["GW-1", "智能网关", "硬件", "台", "¥12,800.00", "13%", "¥7,000.00",
                         "45.3%"]
    section.line_filter.setCurrentIndex(section.line_filter.findData("软件"))
    assert _names(section) == ["云平台年费"]
    section.line_filter.setCurrentIndex(0)
    section.search.setText("sc")
    assert _names(section) == ["扫码终端"]
    assert section.count.text() == "1 of 3 products"


def test_add_edit_deactivate_rename_each_one_undo_step(qtbot, section, store, monkeypatch):
    stack = section.ctx.undo_stack
    monkeypatch.setattr(ProductDialog, "ask", classmethod(lambda cls, *a, **k: {
        "code": "SV-1", "name": "实施服务", "line": "服务", "measure_unit": "人天",
        "unit_price": Decimal("2500"), "tax_rate_bp": 600, "unit_cost": None, "active": True}))
    section.add_product()
    _wait(qtbot, section)
    assert "实施服务" in _names(section) and stack.count() == 1
    row = section.model.row_of(next(p.id for p in section.products if p.code == "SV-1"))
    section.view.selectRow(row)
    monkeypatch.setattr(ProductDialog, "ask", classmethod(lambda cls, *a, **k: {
        **{"code": "SV-1", "name": "实施服务（人天）", "line": "服务", "measure_unit": "人天",
           "unit_price": Decimal("2800"), "tax_rate_bp": 600, "unit_cost": Decimal("1500"),
           "active": True}}))
    section.edit_selected()
    _wait(qtbot, section)
    edited = next(p for p in cat.list_products(store) if p.code == "SV-1")
    assert (edited.name, edited.unit_price, edited.unit_cost) == (
        "实施服务（人天）", Decimal("2800.00"), Decimal("1500.00"))
    assert stack.count() == 2  # every field of the dialog: one step
    stack.undo()
    _wait(qtbot, section)
    back = next(p for p in cat.list_products(store) if p.code == "SV-1")
    assert (back.name, back.unit_price, back.unit_cost) == ("实施服务", Decimal("2500.00"), None)
    # the Active box
    row = section.model.row_of(back.id)
    active_col = section.model.columnCount() - 1
    section.model.setData(section.model.index(row, active_col), Qt.CheckState.Unchecked.value,
                          Qt.ItemDataRole.CheckStateRole)
    _wait(qtbot, section)
    assert "实施服务" not in _names(section)  # the filter shows active ones
    assert cat.get_product(store, back.id).active is False
    stack.undo()
    _wait(qtbot, section)
    assert cat.get_product(store, back.id).active is True
    # renaming the product line of the filter
    section.line_filter.setCurrentIndex(section.line_filter.findData("硬件"))
    monkeypatch.setattr("gui.products.settings_section.QInputDialog.getText",
                        lambda *a, **k: ("智能硬件", True))
    section.rename_line()
    _wait(qtbot, section)
    assert {p.line for p in cat.list_products(store) if p.code in ("GW-1", "SC-1")} == {"智能硬件"}
    assert section.line_filter.currentData() == "智能硬件"
    assert _names(section) == ["扫码终端", "智能网关"]
    stack.undo()
    _wait(qtbot, section)
    assert {p.line for p in cat.list_products(store) if p.code in ("GW-1", "SC-1")} == {"硬件"}


def test_a_code_already_used_is_refused_and_nothing_is_added(qtbot, section, store, monkeypatch):
    refused = []
    section.ctx.events.refused.connect(lambda *a: refused.append(a))
    monkeypatch.setattr(ProductDialog, "ask", classmethod(lambda cls, *a, **k: {
        "code": "gw-1", "name": "重复网关", "line": None, "measure_unit": None,
        "unit_price": Decimal("1"), "tax_rate_bp": 0, "unit_cost": None, "active": True}))
    section.add_product()
    assert refused and section.ctx.undo_stack.count() == 0
    assert "重复网关" not in [p.name for p in cat.list_products(store, active=None)]


def test_the_dialog_reads_typed_amounts_and_the_tax_rate(qtbot):
    product = cat.ProductRecord("p", "智能网关", "GW-1", "硬件", "台", Decimal("12800.00"), 1300,
                                None, True)
    dialog = ProductDialog(None, ["硬件", "软件"], product)
    qtbot.addWidget(dialog)
    assert dialog.price.text() == "12800.00" and dialog.tax.value() == 13
    dialog.price.setText("1.5万")
    dialog.cost.setText("¥9,000")
    dialog.tax.setValue(9)
    assert dialog.values() == {"code": "GW-1", "name": "智能网关", "line": "硬件",
                               "measure_unit": "台", "unit_price": Decimal("15000.00"),
                               "tax_rate_bp": 900, "unit_cost": Decimal("9000.00"),
                               "active": True}
    dialog.name.setText(" ")
    assert not dialog.ok.isEnabled()
