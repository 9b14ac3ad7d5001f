"""Customer and org-unit pickers used by the pipeline screens (real SQLite file)."""

from __future__ import annotations

from services.customers.edit import NewCustomer, create_customer, delete_customers
from services.org.people import create_unit
from services.pipeline.pickers import find_customers, list_units


def test_find_customers_matches_part_of_name_prefix_first(store):
    a = create_customer(store, NewCustomer(name="杭州云帆科技有限公司")).value
    b = create_customer(store, NewCustomer(name="云帆物流")).value
    create_customer(store, NewCustomer(name="苏州瑞丰精密制造"))
    assert find_customers(store, "云帆") == [(b, "云帆物流"), (a, "杭州云帆科技有限公司")]
    assert find_customers(store, "  ") == []
    assert find_customers(store, "100%") == []  # LIKE wildcards are taken literally


def test_find_customers_skips_deleted_and_respects_limit(store):
    ids = [create_customer(store, NewCustomer(name=f"示例客户{i:02d}")).value for i in range(12)]
    delete_customers(store, ids[:2])
    found = find_customers(store, "示例客户", limit=5)
    assert len(found) == 5
    assert not {i for i, _ in find_customers(store, "示例客户")} & set(ids[:2])


def test_list_units_walks_the_tree_depth_first(store):
    root = create_unit(store, "示例科技", "company").value
    east = create_unit(store, "华东大区", "region", root, sort_order=1).value
    create_unit(store, "华南大区", "region", root, sort_order=2)
    create_unit(store, "华东一组", "team", east)
    assert [(u.name, u.depth) for u in list_units(store)] == [
        ("示例科技", 0), ("华东大区", 1), ("华东一组", 2), ("华南大区", 1)]
