"""What the scheme editor offers to pick: active people in pinyin order with their unit, live
units with the path above them, customers with their tier, and the name of every id."""

from __future__ import annotations

from services.incentives.choices import editor_choices
from tests.unit.target_fixtures import build_firm


def test_people_units_and_customers_by_name_with_their_details(store) -> None:
    firm = build_firm(store)
    pick = editor_choices(store)
    # pinyin order: 东 dong, 老 lao, 李 li, 王 wang, 张 zhang, 赵 zhao, 周 zhou
    assert [p.name for p in pick.people] == ["东经理", "老板", "李四", "王五", "张三", "赵分析",
                                             "周总监"]
    assert next(p for p in pick.people if p.name == "张三").detail == "华东区"
    assert [(u.name, u.detail) for u in pick.units] == [
        ("帆程公司", ""), ("华东区", "帆程公司"), ("华南区", "帆程公司")]
    assert [c.name for c in pick.customers][:3] == ["客户0", "客户1", "客户2"]
    assert pick.names[firm.units["east"]] == "华东区"
    assert pick.names[firm.people["李四"]] == "李四"
    assert pick.names[firm.customers[0]] == "客户0"
    assert pick.roles[firm.people["东经理"]] == "manager"
