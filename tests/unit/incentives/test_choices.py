"""What the scheme editor offers to pick: active people in pinyin order with their unit, live
units with the path above them, the customers a key-account award may name (A and B customers,
and those a scheme names already) with their tier, and the name of every id."""

from __future__ import annotations

from datetime import date

from models import Customer
from services.incentives.choices import editor_choices
from services.incentives.schemes import create_scheme
from tests.unit.target_fixtures import build_firm


def test_people_units_and_customers_by_name_with_their_details(store) -> None:
    firm = build_firm(store)
    with store.write() as uow:
        for n, tier in enumerate(("A", "C", "B", "C")):
            uow.session.get(Customer, firm.customers[n]).tier = tier
        uow.commit()
    create_scheme(store, "重点客户方案", effective_from=date(2026, 1, 1), document={
        "rules": [{"kind": "key_account", "id": "k", "customer_ids": [firm.customers[3]],
                   "amount": "5000"}]})
    pick = editor_choices(store)
    # pinyin order: 东 dong, 老 lao, 李 li, 王 wang, 张 zhang, 赵 zhao, 周 zhou
    assert [p.name for p in pick.people] == ["东经理", "老板", "李四", "王五", "张三", "赵分析",
                                             "周总监"]
    assert next(p for p in pick.people if p.name == "张三").detail == "华东区"
    assert [(u.name, u.detail) for u in pick.units] == [
        ("帆程公司", ""), ("华东区", "帆程公司"), ("华南区", "帆程公司")]
    # A and B customers, and 客户3 (tier C) because a scheme names it; not the other C ones
    assert [(c.name, c.detail) for c in pick.customers] == [
        ("客户0", "A"), ("客户2", "B"), ("客户3", "C")]
    assert pick.names[firm.units["east"]] == "华东区"
    assert pick.names[firm.people["李四"]] == "李四"
    assert pick.names[firm.customers[0]] == "客户0"
    assert pick.roles[firm.people["东经理"]] == "manager"
