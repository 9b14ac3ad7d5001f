"""The product catalogue: add/edit/deactivate with exact undo, codes unique, lines renamed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Product
from services.core.errors import ValidationError
from services.products import catalogue as cat
from services.products.rules import bp_text, line_amount, percent_to_bp


def _add(store, name, **kw):
    return cat.add_product(store, name=name, **kw).value


def _columns(store):
    with store.read() as uow:
        return {p.id: {c.key: getattr(p, c.key) for c in Product.__table__.columns
                       if c.key != "updated_at"}
                for p in uow.session.scalars(select(Product))}


@pytest.mark.parametrize(("qty", "price", "discount", "amount"), [
    (1, "100", 0, "100.00"),
    (3, "33.33", 0, "99.99"),
    (3, "99.99", 1000, "269.97"),   # 299.97 × 0.9 = 269.973
    (1, "0.05", 5000, "0.03"),      # 0.025 rounds half up
    (7, "12800", 1250, "78400.00"),
    (2, "10", 10000, "0.00"),
])
def test_line_amount_is_quantity_times_price_less_discount_to_the_fen(qty, price, discount,
                                                                        amount):
    assert line_amount(qty, Decimal(price), discount) == Decimal(amount)


@pytest.mark.parametrize(("text", "bp"), [("13", 1300), ("13%", 1300), ("12.5", 1250),
                                          (" 6 % ", 600), ("0", 0)])
def test_percentages_become_basis_points(text, bp):
    assert percent_to_bp(text) == bp
    assert percent_to_bp(bp_text(bp)) == bp


def test_add_list_filter_and_undo(store):
    a = _add(store, "智能网关", code="GW-1", unit_price="12800", line="硬件", tax_rate_bp=1300,
             unit_cost="7000", measure_unit="台")
    _add(store, "云平台年费", code="SW-1", unit_price="36000", line="软件", tax_rate_bp=600)
    c = _add(store, "培训课程", unit_price="6500")
    rows = cat.list_products(store)
    assert [r.name for r in rows] == ["培训课程", "智能网关", "云平台年费"]  # no line first
    gw = cat.get_product(store, a)
    assert (gw.unit_price, gw.unit_cost, gw.tax_rate_bp, gw.measure_unit, gw.line) == (
        Decimal("12800.00"), Decimal("7000.00"), 1300, "台", "硬件")
    assert gw.margin_pct == Decimal("45.3")
    assert [r.name for r in cat.list_products(store, line="软件")] == ["云平台年费"]
    assert [r.name for r in cat.list_products(store, line="")] == ["培训课程"]
    assert [r.name for r in cat.list_products(store, text="gw")] == ["智能网关"]
    assert [r.name for r in cat.list_products(store, text="软")] == ["云平台年费"]
    op = cat.add_product(store, name="临时", product_id="p-temp")
    op.undo.run(store)
    assert "临时" not in [r.name for r in cat.list_products(store)]
    cat.restore_product(store, "p-temp")
    assert "临时" in [r.name for r in cat.list_products(store)]
    assert c in {r.id for r in cat.list_products(store)}


def test_codes_are_unique_ignoring_case_and_width(store):
    _add(store, "网关", code="GW-1")
    with pytest.raises(ValidationError) as exc:
        _add(store, "另一个网关", code="ｇｗ-1")
    assert exc.value.template == "The code {code} is already used by {name}."
    other = _add(store, "扫码终端", code="SC-1")
    with pytest.raises(ValidationError):
        cat.edit_product(store, other, code="gw-1")
    _add(store, "无编码一", code="")
    _add(store, "无编码二", code=None)  # blank codes never clash


@pytest.mark.parametrize(("field", "value", "template"), [
    ("unit_price", "-1", "The list price cannot be negative."),
    ("unit_cost", "-0.01", "The cost cannot be negative."),
    ("tax_rate_bp", 10001, "The tax rate must be between 0 and 100 %."),
    ("tax_rate_bp", -1, "The tax rate must be between 0 and 100 %."),
    ("name", "  ", "A product needs a name."),
    ("unit_price", "abc", "Prices and costs must be numbers of yuan."),
])
def test_bad_values_are_refused_and_change_nothing(store, field, value, template):
    pid = _add(store, "网关", unit_price="100")
    before = _columns(store)
    with pytest.raises(ValidationError) as exc:
        cat.edit_product(store, pid, **{field: value})
    assert exc.value.template == template
    assert _columns(store) == before


def test_edit_and_deactivate_undo_exactly(store):
    pid = _add(store, "网关", code="GW", unit_price="100", line="硬件")
    before = _columns(store)
    op = cat.edit_product(store, pid, unit_price="120.5", unit_cost="80", tax_rate_bp=1300,
                          name="智能网关")
    after = _columns(store)
    assert after[pid]["unit_price"] == Decimal("120.50") and after[pid]["name"] == "智能网关"
    undo = op.undo.run(store)
    assert _columns(store) == before
    undo.undo.run(store)
    assert _columns(store) == after
    op = cat.set_active(store, [pid], False)
    assert [r.name for r in cat.list_products(store, active=True)] == []
    assert [r.name for r in cat.list_products(store, active=False)] == ["智能网关"]
    op.undo.run(store)
    assert cat.get_product(store, pid).active is True


def test_product_lines_are_distinct_names_and_rename_everywhere(store):
    a = _add(store, "网关", line="硬件")
    b = _add(store, "终端", line="硬件")
    _add(store, "平台", line="软件")
    cat.set_active(store, [b], False)
    assert [(x.name, x.products, x.active) for x in cat.product_lines(store)] == [
        ("硬件", 2, 1), ("软件", 1, 1)]
    op = cat.rename_line(store, "硬件", "智能硬件")
    assert {cat.get_product(store, i).line for i in (a, b)} == {"智能硬件"}
    assert [x.name for x in cat.product_lines(store)] == ["智能硬件", "软件"]
    op.undo.run(store)
    assert {cat.get_product(store, i).line for i in (a, b)} == {"硬件"}
    cat.rename_line(store, "硬件", "软件")  # merges the two lines
    assert [(x.name, x.products) for x in cat.product_lines(store)] == [("软件", 3)]
    with pytest.raises(ValidationError):
        cat.rename_line(store, "没有这条线", "x")
