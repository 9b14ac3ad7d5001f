"""The customer list and the customer card (客户列表 / 客户卡片): read side.

``load_customer_rows`` fetches every live customer as a frozen :class:`CustomerRow` in a handful
of set-based queries (customers, owners, one GROUP BY over deals, one scan of contacts), so the
list of 100,000 customers loads in well under a second. ``load_customer_card`` returns everything
the detail card shows. Writes live in :mod:`services.customers.edit` and
:mod:`services.customers.bulk`; search in :mod:`services.customers.search`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from models.base import from_fen
from models.customers import Contact, Customer, FollowUp
from models.org import Person
from models.pipeline import Deal, Stage
from services.core.store import Store
from services.customers.stale import StaleRules, is_stale, rules_in_session
from services.customers.tier_rules import window_start

_CHUNK = 500
_MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list; plain values only, safe to read from Qt ``data()``."""

    id: str
    name: str
    owner_id: str | None
    owner_name: str
    tier: str | None
    tier_manual: bool
    industry: str
    region: str
    source: str
    phone: str
    contact_name: str
    contact_phone: str
    tags: tuple[str, ...]
    last_followup_at: datetime | None
    next_followup_on: date | None
    in_pool: bool
    stale: bool
    won_12m_fen: int
    open_deals: int
    created_at: datetime
    # Every contact's name and phone, space separated: searched, not shown. Empty when the
    # customer has at most one contact (``contact_name``/``contact_phone`` already say it).
    contacts_text: str = ""

    @property
    def won_12m(self) -> Decimal:
        """Trailing-12-month won amount in yuan."""
        return from_fen(self.won_12m_fen)


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact (联系人) as the card shows it."""

    id: str
    customer_id: str
    name: str
    title: str
    phone: str
    wechat: str
    email: str
    is_primary: bool
    notes: str


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A follow-up record (跟进记录) on the card's timeline."""

    id: str
    customer_id: str
    at: datetime
    method: str
    content: str
    next_step: str
    next_on: date | None
    person_id: str | None
    person_name: str


@dataclass(frozen=True, slots=True)
class DealSummaryRow:
    """One of the customer's opportunities (商机)."""

    id: str
    name: str
    stage_name: str
    stage_kind: str
    amount: Decimal
    expected_close: date | None
    closed_on: date | None
    owner_name: str


@dataclass(frozen=True)
class CustomerCard:
    """Everything the customer card shows."""

    id: str
    name: str
    industry: str
    region: str
    address: str
    source: str
    phone: str
    email: str
    website: str
    tags: tuple[str, ...]
    owner_id: str | None
    owner_name: str
    tier: str | None
    tier_reason: str
    tier_manual: bool
    credit_limit: Decimal | None
    cooperation_since: date | None
    last_followup_at: datetime | None
    next_followup_on: date | None
    in_pool: bool
    pool_since: datetime | None
    notes: str
    created_at: datetime
    stale: bool
    won_12m: Decimal
    contacts: tuple[ContactRow, ...]
    followups: tuple[FollowUpRow, ...]
    deals: tuple[DealSummaryRow, ...]


def split_tags(text: str | None) -> tuple[str, ...]:
    """Tags as stored (comma separated, full-width commas tolerated) → a tuple, order kept."""
    if not text:
        return ()
    if "," not in text and "，" not in text:
        tag = text.strip()
        return (tag,) if tag else ()
    out: list[str] = []
    for part in text.replace("，", ",").split(","):
        tag = part.strip()
        if tag and tag not in out:
            out.append(tag)
    return tuple(out)


def join_tags(tags: tuple[str, ...] | list[str]) -> str:
    """The stored form of a tag list."""
    return ",".join(t.strip() for t in tags if t.strip())


def _utc(value: Any) -> datetime | None:
    """A stored UTC timestamp (raw SQLite text, or a driver datetime) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):  # stored naive UTC: parse it as UTC in one C call
        return datetime.fromisoformat(value + "+00:00")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class StaleTest:
    """:func:`services.customers.stale.is_stale` for many rows: local-midnight cutoffs computed
    once.

    "More than N days since the last contact" (calendar days, local time) is the same as "the
    last contact is before local midnight N days before today".
    """

    def __init__(self, rules: StaleRules, today: date):
        self.today = today
        self.rules = rules
        self._cutoffs: dict[str | None, datetime] = {}

    def _cutoff(self, tier: str | None) -> datetime:
        cut = self._cutoffs.get(tier)
        if cut is None:
            day = self.today - timedelta(days=self.rules.days_for(tier))
            cut = datetime.combine(day, time()).astimezone()
            self._cutoffs[tier] = cut
        return cut

    def __call__(self, last_followup_at: datetime | None, next_followup_on: date | None,
                 created_at: datetime | None, tier: str | None) -> bool:
        if next_followup_on is not None and next_followup_on >= self.today:
            return False
        ref = last_followup_at or created_at
        return ref is None or ref < self._cutoff(tier)


def _people_names(session: Session) -> dict[str, str]:
    p = Person.__table__
    return {pid: name for pid, name in session.execute(select(p.c.id, p.c.name))}


def _deal_aggregates(session: Session, since: date, until: date,
                     ids: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Customer id → (won fen in since…until, open deal count), one GROUP BY over deals.

    The window is the customer rules' trailing 12 months, so the list and the tiers agree.
    """
    d = Deal.__table__
    s = Stage.__table__
    won_fen = case(
        (and_(s.c.kind == "won", d.c.closed_on >= since, d.c.closed_on <= until),
         func.coalesce(type_coerce(d.c.won_amount, Integer), type_coerce(d.c.amount, Integer))),
        else_=0,
    )
    open_n = func.sum(case((s.c.kind == "open", 1), else_=0))
    out: dict[str, tuple[int, int]] = {}
    for part in _chunks(ids):
        if part is None:
            # Grouping by an expression keeps SQLite from walking ix_deals_customer_id and
            # fetching 300,000 deals in index order (random reads, ~10x slower than one scan
            # plus a temporary B-tree).
            key: Any = (d.c.customer_id + "").label("cid")
            query = select(key, func.sum(won_fen), open_n).group_by(key)
        else:
            query = (select(d.c.customer_id, func.sum(won_fen), open_n)
                     .where(d.c.customer_id.in_(part)).group_by(d.c.customer_id))
        query = query.join_from(d, s, s.c.id == d.c.stage_id).where(d.c.deleted_at.is_(None))
        out.update((cid, (int(won or 0), int(n or 0))) for cid, won, n in session.execute(query))
    return out


def _chunks(ids: list[str] | None) -> list[list[str] | None]:
    """``[None]`` for "every customer", else the ids in IN-list sized pieces."""
    if ids is None:
        return [None]
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _contact_summaries(session: Session,
                       ids: list[str] | None = None) -> dict[str, tuple[str, str, str]]:
    """Customer id → (primary contact name, its phone, every contact's name and phone).

    The third part is empty for a customer with one contact: it would only repeat the first
    two, once per customer of a big list.
    """
    ct = Contact.__table__
    stmt = select(ct.c.customer_id, ct.c.name, ct.c.phone, ct.c.is_primary).where(
        ct.c.deleted_at.is_(None))
    primary: dict[str, tuple[str, str, bool]] = {}
    text: dict[str, list[str]] = {}
    result: list[Any] = []
    for part in _chunks(ids):
        result += session.execute(stmt if part is None else stmt.where(
            ct.c.customer_id.in_(part))).all()
    for cid, name, phone, is_primary in result:
        name = name or ""
        phone = phone or ""
        cur = primary.get(cid)
        if cur is None or (is_primary and not cur[2]):
            primary[cid] = (name, phone, bool(is_primary))
        text.setdefault(cid, []).append(f"{name} {phone}")
    return {cid: (v[0], v[1], " ".join(text[cid]) if len(text[cid]) > 1 else "")
            for cid, v in primary.items()}


def count_customers(store: Store) -> int:
    """How many live customers there are (cheap: the list decides how to load from it)."""
    c = Customer.__table__
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(c).where(
            c.c.deleted_at.is_(None), c.c.merged_into_id.is_(None))) or 0)


def load_customer_rows(store: Store, today: date | None = None,
                       ids: list[str] | None = None, *,
                       contacts_out: list[str] | None = None) -> list[CustomerRow]:
    """Every live customer (not deleted, not merged away), ordered by name.

    With ``ids``, only those customers (a targeted refresh after an edit); ids missing from
    the result were deleted or merged. With ``contacts_out``, each row's ``contacts_text`` is
    appended there (one per row, in row order) and left empty in the row: the full list keeps
    it only inside its search haystacks (:func:`services.customers.search.prepare_list`),
    7 MB less held over 100,000 customers.
    """
    today = today or date.today()
    c = Customer.__table__
    # Dates come back raw and are parsed with the C ``fromisoformat`` (see ``_utc``): the
    # generic SQLite DATETIME processor is the slowest part of reading 100,000 rows.
    stmt = (
        select(c.c.id, c.c.name, c.c.owner_id, c.c.tier, c.c.tier_manual, c.c.industry,
               c.c.region, c.c.source, c.c.phone, c.c.tags,
               type_coerce(c.c.last_followup_at, String), type_coerce(c.c.next_followup_on,
                                                                       String),
               c.c.in_pool, type_coerce(c.c.created_at, String))
        .where(c.c.deleted_at.is_(None), c.c.merged_into_id.is_(None))
        .order_by(c.c.name)
    )
    with store.read() as uow:
        s = uow.session
        people = _people_names(s)
        deals = _deal_aggregates(s, window_start(today), today, ids)
        contacts = _contact_summaries(s, ids)
        stale_rules = rules_in_session(s)
        rows: list[CustomerRow] = []
        for part in _chunks(ids):
            # Streamed (not buffered), so the raw rows never all sit in memory beside the list.
            result = s.execute((stmt if part is None else stmt.where(c.c.id.in_(part)))
                               .execution_options(yield_per=5000))
            rows += _customer_rows(result, today, people, deals, contacts, stale_rules,
                                   contacts_out)
    return rows


def _customer_rows(result: Any, today: date, people: dict[str, str],
                   deals: dict[str, tuple[int, int]], contacts: dict[str, tuple[str, str, str]],
                   stale_rules: Any, contacts_out: list[str] | None = None
                   ) -> list[CustomerRow]:
    """CustomerRows of raw customer rows (``contacts_out``: see :func:`load_customer_rows`).

    Repeated values — owner ids, industries, regions, sources, contact names, tag lists and
    follow-up dates — are shared rather than one copy per customer: about 25 MB less held
    over 100,000 customers.
    """
    stale = StaleTest(stale_rules, today)
    rows: list[CustomerRow] = []
    append = rows.append
    no_deals = (0, 0)
    no_contact = ("", "", "")
    people_get, deals_get, contacts_get = people.get, deals.get, contacts.get
    shared: dict[str, str] = {"": ""}
    one = shared.setdefault
    tag_lists: dict[str | None, tuple[str, ...]] = {}
    days: dict[str | None, date | None] = {None: None}
    stamps: dict[str | None, datetime | None] = {None: None}
    keep_out = contacts_out.append if contacts_out is not None else None
    for (cid, name, owner_id, tier, manual, industry, region, source, phone, tags, last_raw,
         next_raw, in_pool, created_raw) in result:
        owner_id = one(owner_id, owner_id) if owner_id else owner_id
        industry, region, source = (one(industry or "", industry or ""),
                                    one(region or "", region or ""),
                                    one(source or "", source or ""))
        last_at = stamps.get(last_raw, _MISSING)
        if last_at is _MISSING:
            last_at = stamps[last_raw] = _utc(last_raw)
        next_on = days.get(next_raw, _MISSING)
        if next_on is _MISSING:
            next_on = days[next_raw] = _day(next_raw)
        created_at = _utc(created_raw)
        assert created_at is not None
        tag_list = tag_lists.get(tags)
        if tag_list is None:
            tag_list = tag_lists[tags] = tuple(one(t, t) for t in split_tags(tags))
        won, open_n = deals_get(cid, no_deals)
        cname, cphone, ctext = contacts_get(cid, no_contact)
        if keep_out is not None:
            keep_out(ctext)
            ctext = ""
        # Positional: 100,000 keyword-argument constructions cost noticeably more.
        append(CustomerRow(
            cid, name, owner_id, people_get(owner_id, "") if owner_id else "", tier,
            bool(manual), industry, region, source, phone or "", one(cname, cname),
            cphone, tag_list, last_at, next_on, bool(in_pool),
            stale(last_at, next_on, created_at, tier), won, open_n, created_at, ctext))
    return rows


def load_customer_card(store: Store, customer_id: str,
                       today: date | None = None) -> CustomerCard | None:
    """The full card of one customer, or None when it does not exist or was deleted."""
    today = today or date.today()
    with store.read() as uow:
        s = uow.session
        cust = s.get(Customer, customer_id)
        if cust is None or cust.deleted_at is not None:
            return None
        people = _people_names(s)
        contacts = tuple(
            ContactRow(id=x.id, customer_id=x.customer_id, name=x.name, title=x.title or "",
                       phone=x.phone or "", wechat=x.wechat or "", email=x.email or "",
                       is_primary=bool(x.is_primary), notes=x.notes or "")
            for x in s.scalars(select(Contact).where(
                Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.created_at))
        )
        followups = tuple(
            FollowUpRow(id=f.id, customer_id=f.customer_id, at=f.at, method=f.method,
                        content=f.content or "", next_step=f.next_step or "",
                        next_on=f.next_on, person_id=f.person_id,
                        person_name=people.get(f.person_id, "") if f.person_id else "")
            for f in s.scalars(select(FollowUp).where(
                FollowUp.customer_id == customer_id, FollowUp.deleted_at.is_(None))
                .order_by(FollowUp.at.desc(), FollowUp.created_at.desc()))
        )
        deal_rows = s.execute(
            select(Deal.id, Deal.name, Stage.name, Stage.kind, Deal.amount, Deal.expected_close,
                   Deal.closed_on, Deal.owner_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.customer_id == customer_id, Deal.deleted_at.is_(None))
            .order_by(Deal.expected_close.desc(), Deal.created_at.desc())
        ).all()
        deals = tuple(
            DealSummaryRow(id=i, name=n, stage_name=sn, stage_kind=sk, amount=a or Decimal(0),
                           expected_close=ec, closed_on=co,
                           owner_name=people.get(o, "") if o else "")
            for i, n, sn, sk, a, ec, co, o in deal_rows
        )
        won, _open = _deal_aggregates(s, window_start(today), today, [customer_id]).get(
            customer_id, (0, 0))
        stale_rules = rules_in_session(s)
        return CustomerCard(
            id=cust.id, name=cust.name, industry=cust.industry or "", region=cust.region or "",
            address=cust.address or "", source=cust.source or "", phone=cust.phone or "",
            email=cust.email or "", website=cust.website or "", tags=split_tags(cust.tags),
            owner_id=cust.owner_id,
            owner_name=people.get(cust.owner_id, "") if cust.owner_id else "",
            tier=cust.tier, tier_reason=cust.tier_reason or "", tier_manual=bool(cust.tier_manual),
            credit_limit=cust.credit_limit, cooperation_since=cust.cooperation_since,
            last_followup_at=cust.last_followup_at, next_followup_on=cust.next_followup_on,
            in_pool=bool(cust.in_pool), pool_since=cust.pool_since, notes=cust.notes or "",
            created_at=cust.created_at,
            stale=is_stale(cust.last_followup_at, cust.next_followup_on, cust.created_at,
                           cust.tier, today, stale_rules),
            won_12m=from_fen(won), contacts=contacts, followups=followups, deals=deals,
        )

