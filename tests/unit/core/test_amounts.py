"""The one amount parser: every money entry reads 300万, ¥1,200 and full-width digits alike."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.amounts import AmountError, read_amount
from services.core.errors import ValidationError
from services.importing.parsers import parse_amount


@pytest.mark.parametrize(("typed", "yuan"), [
    ("300万", Decimal(3_000_000)),
    ("1.2万", Decimal(12_000)),
    ("3千万", Decimal(30_000_000)),
    ("5百万", Decimal(5_000_000)),
    ("2亿", Decimal(200_000_000)),
    ("¥1,200.50", Decimal("1200.50")),
    ("￥1200元", Decimal(1200)),
    ("人民币 12万元", Decimal(120_000)),
    ("３００万", Decimal(3_000_000)),  # full-width digits
    ("１，２００", Decimal(1200)),  # full-width comma
    ("3.5k", Decimal(3500)),
    ("2m", Decimal(2_000_000)),
    ("  800 ", Decimal(800)),
    ("", None),
    (1200, Decimal(1200)),
    (12.5, Decimal("12.5")),
])
def test_forms_people_type(typed: object, yuan: Decimal | None) -> None:
    assert read_amount(typed) == yuan


@pytest.mark.parametrize(("typed", "kind"), [
    ("三百万", "not_amount"), ("12万块", "not_amount"), ("abc", "not_amount"),
    ("-5", "negative"), ("1e13", "huge"), ("NaN", "not_amount"), (True, "not_amount"),
])
def test_what_is_refused_and_why(typed: object, kind: str) -> None:
    with pytest.raises(AmountError) as err:
        read_amount(typed)
    assert err.value.kind == kind
    assert err.value.template and "{value}" in err.value.template


def test_the_importer_reads_the_same_forms() -> None:
    for typed in ("300万", "３００万", "¥3,000,000.00"):
        assert parse_amount(typed) == (Decimal("3000000.00"), None)


def test_services_take_typed_amounts(store) -> None:  # noqa: ANN001
    from services.customers.edit import NewCustomer, create_customer, update_customer
    from services.customers.queries import load_customer_card

    cid = create_customer(store, NewCustomer(name="杭州测试客户")).value
    update_customer(store, cid, {"credit_limit": "50万"})
    assert load_customer_card(store, cid).credit_limit == Decimal(500_000)


def test_a_plan_budget_takes_wan(store) -> None:  # noqa: ANN001
    from services.plans import actions as plans
    from services.targets.cascade import load_tree
    from services.targets.ops import create_plan_from_org
    from tests.unit.target_fixtures import build_firm

    build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    root = load_tree(store, plan_id, with_actuals=False).nodes[0]
    item = plans.create_action(store, plan_id, root.id, "展会").value
    plans.update_action(store, item, budget="1.2万")
    assert plans.get_action(store, item).budget == Decimal(12_000)
    with pytest.raises(ValidationError) as err:
        plans.update_action(store, item, budget="一万")
    assert err.value.field == "budget" and "一万" in str(err.value)
