"""Names are stored trimmed by every writer; a customer without an owner is in the shared pool
only when the firm uses one — created in the app or imported alike.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.customers import Customer
from services.core.text import trim
from services.customers import edit
from services.customers.queries import load_customer_rows
from services.customers.search import sort_order
from services.customers.stale import StaleRules, save_stale_rules
from services.importing.api import open_source, plan_import
from services.importing.commit import commit_plan
from tests.unit.importing_fixtures import write_xlsx

PADDED = {
    " 上海星海科技": "上海星海科技",             # a space typed before the name
    "\u3000杭州云帆电子": "杭州云帆电子",         # an ideographic (full-width) space
    "北京东来顺\u00a0": "北京东来顺",            # a no-break space from a web page
    "\u200b苏州嘉禾医疗": "苏州嘉禾医疗",         # a zero-width space from a chat app
    "\ufeff南京博远物流 ": "南京博远物流",        # a byte-order mark from a CSV export
}


def _names(store) -> list[str]:
    with store.read() as uow:
        return sorted(uow.session.scalars(select(Customer.name)))


def test_trim():
    for raw, clean in PADDED.items():
        assert trim(raw) == clean
    assert trim("上海 星海") == "上海 星海"  # inside the text nothing changes


def test_names_are_trimmed_on_create_and_edit(store):
    ids = [edit.create_customer(store, edit.NewCustomer(name=raw)).value for raw in PADDED]
    assert _names(store) == sorted(PADDED.values())
    edit.update_customer(store, ids[0], {"name": "\u200b 阿里巴巴 "})
    assert "阿里巴巴" in _names(store)
    rows = load_customer_rows(store, date(2026, 3, 2))
    in_order = [rows[i].name for i in sort_order(rows, "name")]
    assert in_order == sorted(in_order)  # nothing invisible in front puts a name first


def test_names_are_trimmed_on_import(store, tmp_path):
    path = write_xlsx(tmp_path / "客户.xlsx", [["客户名称", "行业"],
                                              *[[raw, "制造业"] for raw in PADDED]])
    commit_plan(store, plan_import(store, open_source(path, "customers", store=store)))
    assert _names(store) == sorted(PADDED.values())


@pytest.mark.parametrize("pool_on", [True, False])
def test_a_customer_without_owner_joins_the_pool_only_when_there_is_one(store, tmp_path,
                                                                         pool_on):
    save_stale_rules(store, StaleRules(pool_enabled=pool_on))
    edit.create_customer(store, edit.NewCustomer(name="新建客户"))
    path = write_xlsx(tmp_path / "客户.xlsx", [["客户名称", "负责人"], ["导入客户", None]])
    commit_plan(store, plan_import(store, open_source(path, "customers", store=store)))
    with store.read() as uow:
        rows = uow.session.execute(select(Customer.name, Customer.owner_id, Customer.in_pool,
                                          Customer.pool_since)).all()
    assert {(name, owner, in_pool, since is not None) for name, owner, in_pool, since in rows} \
        == {(name, None, pool_on, pool_on) for name in ("新建客户", "导入客户")}
