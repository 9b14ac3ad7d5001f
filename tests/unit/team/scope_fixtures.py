"""A firm for the data-scope tests: two regions, a team below one of them, every role with an
account, and one customer (with a deal and a contact) per kind of ownership."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.customers.edit import NewCustomer, add_contact, create_customer
from services.customers.pool import release_to_pool
from services.org.people import create_person, create_unit
from services.pipeline.deals import create_deal, list_pipelines
from services.team.accounts import create_account
from services.team.mode import init_team

PASSWORD = "scope-test-1"
ACTORS = ("zhangsan", "li", "zhao", "wang", "qian")
"""The user names the matrix acts as: rep, manager, director, owner, analyst."""
KINDS = ("own", "team", "manager", "other", "pool", "unassigned")
"""The customers: 张三's (own for the rep), 李四's (same team), the manager's, 王五's (other
region), one in the pool and one nobody owns."""


@dataclass
class Firm:
    """Ids of the people (by user name) and of each kind's customer, deal and contact."""

    people: dict[str, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)
    deals: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)


def make_firm(store: Any) -> Firm:
    """星帆科技: 王总 (owner), 赵总监 (director), 钱分析 (analyst) at the top; region 华东 with
    李经理 (manager) and, in its team 华东一组, 张三 and 李四 (reps); region 华南 with 王五."""
    firm = Firm()
    company = create_unit(store, "星帆科技", "company").value
    east = create_unit(store, "华东", "region", company).value
    east_team = create_unit(store, "华东一组", "team", east).value
    south = create_unit(store, "华南", "region", company).value
    for user, name, unit, role in (("wang", "王总", company, "owner"),
                                   ("zhao", "赵总监", company, "director"),
                                   ("qian", "钱分析", company, "analyst"),
                                   ("li", "李经理", east, "manager"),
                                   ("zhangsan", "张三", east_team, "rep"),
                                   ("lisi", "李四", east_team, "rep"),
                                   ("wangwu", "王五", south, "rep")):
        firm.people[user] = create_person(store, name, unit, role=role).value
    init_team(store, firm.people["wang"], "wang", PASSWORD)
    for user in ("zhao", "qian", "li", "zhangsan", "lisi", "wangwu"):
        create_account(store, firm.people[user], user, PASSWORD)
    pipeline = list_pipelines(store)[0].id
    for kind, holder in OWNERS.items():
        owner = firm.people[holder] if holder else None
        cid = create_customer(store, NewCustomer(name=f"客户-{kind}", owner_id=owner)).value
        firm.customers[kind] = cid
        firm.contacts[kind] = add_contact(store, cid, {"name": f"联系人-{kind}"}).value
        firm.deals[kind] = create_deal(store, name=f"商机-{kind}", pipeline_id=pipeline,
                                       customer_id=cid, owner_id=owner or firm.people["wangwu"],
                                       amount=Decimal("1000")).value
    release_to_pool(store, [firm.customers["pool"]], firm.people["wangwu"])
    return firm


OWNERS: dict[str, str | None] = {"own": "zhangsan", "team": "lisi", "manager": "li",
                                  "other": "wangwu", "pool": "wangwu", "unassigned": None}
"""Who owns each kind's customer when it is made (the pool's is then released)."""
VISIBLE = {
    "zhangsan": {"own", "pool", "unassigned"},
    "li": {"own", "team", "manager", "pool", "unassigned"},
    "zhao": set(KINDS), "wang": set(KINDS), "qian": set(KINDS),
}
"""The customers (and so their deals and contacts) each actor sees."""
MAY_OWN = {"zhangsan": {"zhangsan"}, "li": {"zhangsan", "lisi", "li"}}
"""Whom each actor may give a customer to (the others: anyone; the analyst: no one)."""
TARGETS = ("zhangsan", "lisi", "wangwu")
"""New owners tried when reassigning: the rep, their teammate, the other region's rep."""


def may_write(actor: str) -> bool:
    """Whether the actor's role writes at all (not the analyst)."""
    return actor != "qian"


def may_give(actor: str, target: str | None) -> bool:
    """Whether a customer (or deal) owned by ``target`` (None: unassigned) stays in scope."""
    if not may_write(actor):
        return False
    return target is None or actor not in MAY_OWN or target in MAY_OWN[actor]
