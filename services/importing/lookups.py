"""What an import needs to know about the database: people, customers, stages, existing keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Contact, Customer, FollowUp
from models.orders import Contract
from models.org import OrgUnit, Person
from models.pipeline import Deal, Pipeline, Product, Stage
from services.core.store import Store
from services.customers.dedupe import normalise_name, normalise_phone
from services.importing.fields import header_key

#: Stage names and their synonyms, keyed by the default stage name (DOMAIN.md §4).
STAGE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "线索": ("线索", "新线索", "lead", "leads", "new lead", "prospecting", "lead in"),
    "初步沟通": ("初步沟通", "初次沟通", "初步接触", "首次接触", "初步联系", "初步接洽",
               "first contact", "contacted", "contact made"),
    "需求确认": ("需求确认", "需求分析", "确认需求", "需求确定", "needs confirmed", "qualified",
               "needs", "needs analysis", "qualification", "qualified to buy"),
    "方案报价": ("方案报价", "报价", "已报价", "方案", "proposal", "quote", "quotation",
               "proposal/price quote", "proposal made"),
    "商务谈判": ("商务谈判", "谈判中", "谈判", "洽谈中", "谈判审核", "negotiation", "negotiating",
               "negotiation/review", "negotiations started", "contract sent"),
    "赢单": ("赢单", "已成交", "成交", "签约", "已签约", "赢", "won", "closed won", "win"),
    "输单": ("输单", "丢单", "失败", "已丢单", "已输单", "lost", "closed lost", "lose",
           "closed lost to competition"),
}
CREATE = "__create__"
"""The choice "create it" for an unknown owner or stage (``ImportPlan.owner_choice`` …)."""
_NOTE_SUFFIX = re.compile(r"\s*\([^()]{1,8}\)$")
_CANON = {header_key(s): canon for canon, syns in STAGE_SYNONYMS.items() for s in syns}


def canonical_stage(text: str | None) -> str | None:
    """The default stage a stage name or synonym stands for (``Closed Won`` → 赢单), or None."""
    return _CANON.get(header_key(text))


def name_key(text: str | None) -> str:
    """Comparable form of a person, contact or deal name (width, case and spacing ignored;
    bracketed parts such as ``(二期)`` are kept, so they still tell two deals apart).
    """
    s = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in s if not ch.isspace())


def person_key(text: str | None) -> str:
    """A person's name without a trailing note in brackets (``李娜(离职)`` → ``李娜``)."""
    return name_key(_NOTE_SUFFIX.sub("", unicodedata.normalize("NFKC", text or "").strip()))


@dataclass
class StageInfo:
    """A stage as the import sees it."""

    id: str
    name: str
    kind: str
    pipeline_id: str


@dataclass
class Lookups:
    """Everything read from the database once per plan."""

    people: dict[str, str] = field(default_factory=dict)  # name_key → person id
    customers_by_name: dict[str, str] = field(default_factory=dict)  # name_norm → id
    customers_by_phone: dict[str, str] = field(default_factory=dict)
    # external id → id; a record's own id maps to itself too, so Sailplan's own export (whose
    # id column holds the id, or the external id it was imported with) finds its records
    customers_by_ext: dict[str, str] = field(default_factory=dict)
    customer_ext: dict[str, str] = field(default_factory=dict)  # id → external id (if any)
    contacts: dict[tuple[str, str], str] = field(default_factory=dict)  # (cust, name_key)
    followups: set[tuple[str, datetime, str, str]] = field(default_factory=set)
    deals: dict[tuple[str, str], str] = field(default_factory=dict)  # (cust, name_key) → id
    deals_by_ext: dict[str, str] = field(default_factory=dict)  # as customers_by_ext
    deal_ext: dict[str, str] = field(default_factory=dict)
    pipelines: dict[str, str] = field(default_factory=dict)  # name_key → id
    default_pipeline: str | None = None
    stages: dict[str, list[StageInfo]] = field(default_factory=dict)  # pipeline → stages
    products_by_code: dict[str, str] = field(default_factory=dict)  # code_key → id
    products_by_name: dict[str, str] = field(default_factory=dict)  # name_key → id
    product_code: dict[str, str] = field(default_factory=dict)  # id → code_key (if any)
    product_names: dict[str, str] = field(default_factory=dict)  # id → name
    # people imports (services.importing.people_plan)
    people_by_email: dict[str, str] = field(default_factory=dict)  # e-mail (case-folded)
    people_by_name_phone: dict[tuple[str, str], str] = field(default_factory=dict)
    people_named: dict[str, list[str]] = field(default_factory=dict)  # name_key → ids
    managers: dict[str, str | None] = field(default_factory=dict)  # person → manager
    units: dict[tuple[str, ...], str] = field(default_factory=dict)  # path under root → id
    company: tuple[str, str] | None = None  # the root unit (id, name)
    contracts: dict[str, str] = field(default_factory=dict)  # number → id (deleted ones too)

    def person(self, name: str) -> str | None:
        """The id of the person called ``name`` (exactly, else without a bracketed note)."""
        return self.people.get(name_key(name)) or self.people.get(person_key(name))

    def resolve_stage(self, pipeline_id: str | None, text: str) -> StageInfo | None:
        """A stage of the pipeline named ``text`` or one of its synonyms; None if unknown."""
        stages = self.stages.get(pipeline_id or "", [])
        key = header_key(text)
        for st in stages:
            if header_key(st.name) == key:
                return st
        canon = _CANON.get(key)
        if canon is None:
            return None
        for st in stages:
            if _CANON.get(header_key(st.name)) == canon:
                return st
        want = {"赢单": "won", "输单": "lost"}.get(canon)
        return next((st for st in stages if want and st.kind == want), None)


def load_lookups(store: Store, kind: str) -> Lookups:
    """Read the lookups an import of ``kind`` needs, in one read unit of work."""
    with store.read() as uow:
        return read_lookups(uow.session, kind)


def read_lookups(s: Session, kind: str) -> Lookups:
    """Read the lookups an import of ``kind`` needs through ``s`` (in its transaction)."""
    lk = Lookups()
    for pid, name in s.execute(select(Person.id, Person.name)
                               .where(Person.deleted_at.is_(None))):
        lk.people.setdefault(name_key(name), pid)
    live = (Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
    for cid, norm, phone, ext in s.execute(select(Customer.id, Customer.name_norm,
                                                  Customer.phone, Customer.external_id)
                                           .where(*live).order_by(Customer.created_at)):
        lk.customers_by_name.setdefault(norm, cid)
        if phone:
            lk.customers_by_phone.setdefault(normalise_phone(phone), cid)
        _add_ids(lk.customers_by_ext, lk.customer_ext, cid, ext)
    if kind == "contacts" or kind == "customers":
        for ctid, cid, name in s.execute(select(Contact.id, Contact.customer_id, Contact.name)
                                         .where(Contact.deleted_at.is_(None))):
            lk.contacts.setdefault((cid, name_key(name)), ctid)
    if kind == "followups":
        for row in s.execute(select(FollowUp.customer_id, FollowUp.at, FollowUp.method,
                                    FollowUp.content).where(FollowUp.deleted_at.is_(None))):
            lk.followups.add((row[0], row[1], row[2], row[3] or ""))
        for did, ext in s.execute(select(Deal.id, Deal.external_id)
                                  .where(Deal.deleted_at.is_(None))):
            _add_ids(lk.deals_by_ext, lk.deal_ext, did, ext)
    if kind == "products":
        for pid, name, code in s.execute(select(Product.id, Product.name, Product.code)
                                         .where(Product.deleted_at.is_(None))
                                         .order_by(Product.created_at)):
            lk.products_by_name.setdefault(name_key(name), pid)
            lk.product_names[pid] = name
            if code and code.strip():
                lk.products_by_code.setdefault(product_code_key(code), pid)
                lk.product_code[pid] = product_code_key(code)
    if kind == "people":
        read_people_lookups(s, lk)
    if kind == "receivables":  # a number is unique among all contracts, deleted ones too
        lk.contracts = {n: i for n, i in s.execute(select(Contract.number, Contract.id))}
    if kind == "deals":
        for did, cid, name, ext in s.execute(select(Deal.id, Deal.customer_id, Deal.name,
                                                    Deal.external_id)
                                             .where(Deal.deleted_at.is_(None))):
            lk.deals.setdefault((cid, name_key(name)), did)
            _add_ids(lk.deals_by_ext, lk.deal_ext, did, ext)
        for pid, name in s.execute(select(Pipeline.id, Pipeline.name)
                                   .where(Pipeline.deleted_at.is_(None))
                                   .order_by(Pipeline.sort_order, Pipeline.created_at)):
            lk.pipelines.setdefault(name_key(name), pid)
            lk.default_pipeline = lk.default_pipeline or pid
        for st in s.execute(select(Stage.id, Stage.name, Stage.kind, Stage.pipeline_id)
                            .where(Stage.deleted_at.is_(None))
                            .order_by(Stage.sort_order)):
            lk.stages.setdefault(st[3], []).append(StageInfo(st[0], st[1], st[2], st[3]))
    return lk


def read_people_lookups(s: Session, lk: Lookups) -> None:
    """Fill the people-import parts of ``lk`` (people's keys and managers, the unit tree)."""
    for pid, name, phone, email, manager in s.execute(
            select(Person.id, Person.name, Person.phone, Person.email, Person.manager_id)
            .where(Person.deleted_at.is_(None)).order_by(Person.created_at, Person.id)):
        if email:
            lk.people_by_email.setdefault(email.strip().casefold(), pid)
        phone_key = normalise_phone(phone) if phone else ""
        lk.people_by_name_phone.setdefault((name_key(name), phone_key), pid)
        lk.people_named.setdefault(name_key(name), []).append(pid)
        lk.managers[pid] = manager
    units = s.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id)
                      .where(OrgUnit.deleted_at.is_(None))
                      .order_by(OrgUnit.sort_order, OrgUnit.created_at)).all()
    roots = [(uid, name) for uid, name, parent in units if parent is None]
    if not roots:
        return
    lk.company = roots[0]
    children: dict[str | None, list[tuple[str, str]]] = {}
    for uid, name, parent in units:
        children.setdefault(parent, []).append((uid, name))
    stack: list[tuple[str, tuple[str, ...]]] = [(lk.company[0], ())]
    while stack:
        uid, path = stack.pop()
        lk.units.setdefault(path, uid)
        for child, name in children.get(uid, []):
            stack.append((child, (*path, name_key(name))))


def _add_ids(by_ext: dict[str, str], ext_of: dict[str, str], rid: str, ext: str | None) -> None:
    by_ext.setdefault(rid, rid)
    if ext:
        by_ext.setdefault(ext_key(ext), rid)
        ext_of[rid] = ext_key(ext)


def ext_key(text: str | None) -> str:
    """Comparable form of an external id (width and surrounding spaces ignored; case kept:
    some systems' ids differ only in case, such as Salesforce's 15-character ids).
    """
    return unicodedata.normalize("NFKC", text or "").strip()


def product_code_key(code: str | None) -> str:
    """Comparable form of a product code (as the catalogue compares them: width, case and
    surrounding spaces ignored).
    """
    return unicodedata.normalize("NFKC", code or "").strip().casefold()


def customer_key(name: str | None) -> str:
    """The duplicate key of a customer name (the customer rules' normaliser)."""
    return normalise_name(name or "")
