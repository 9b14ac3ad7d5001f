"""The board's snapshot: which deals a pipeline's Kanban board shows, and its column figures.

Open deals are read in full; a won or lost column holds only its newest ``CLOSED_CARDS_SHOWN``
deals closed in the window, while its figures (count, amount, weighted amount) come from one
aggregate over every deal closed in it. :func:`load_cards` reads given deals as the board shows
them, so a board patches the cards a change names instead of working out moves itself.
Qt-free, like the rest of :mod:`services`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, case, exists, false, func, literal, or_, select
from sqlalchemy.orm import Session

from models import Customer, Deal, DealLine, FollowUp, OrgUnit, Person, Product
from models.base import UTCDateTime
from services.core.store import Store
from services.pipeline.deals import (
    BoardFilters,
    ColumnTotals,
    DealCard,
    StageInfo,
    _load_stages,
    effective_probability,
    is_rotting,
    summarize_columns,
    unit_subtree_ids,
    weighted_amount,
)

CLOSED_CARDS_SHOWN = 200
"""A won or lost column shows at most this many cards: the deals closed most recently. Its header
figures still count every deal closed in the board's window."""


@dataclass(frozen=True)
class BoardSnapshot:
    """What the board shows: the cards, and the header figures of the won/lost columns.

    ``closed_totals`` has one entry per won/lost stage when closed deals were asked for (else it
    is empty) and counts every deal closed in the window, also when ``cards`` holds only the
    newest ``closed_limit`` of them per stage.
    """

    cards: tuple[DealCard, ...]
    closed_totals: Mapping[str, ColumnTotals]
    closed_limit: int | None = None
    # the open columns' figures, added up on the reading thread (a board of 6,000 cards took
    # the GUI thread some 40 ms to add up in Decimal)
    open_totals: Mapping[str, ColumnTotals] = field(default_factory=dict)

    def closed_hidden(self) -> int:
        """Closed deals in the window that the cards leave out (0 when nothing was capped)."""
        shown, total = closed_counts(self.cards, self.closed_totals)
        return total - shown


def closed_counts(cards: Iterable[DealCard], closed_totals: Mapping[str, ColumnTotals]
                  ) -> tuple[int, int]:
    """(closed cards among ``cards``, closed deals in the window) for the won/lost columns."""
    total = sum(t.count for t in closed_totals.values())
    shown = sum(1 for c in cards if c.stage_id in closed_totals) if total else 0
    return shown, total


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _unit_tree(unit_id: str) -> Any:
    """SQL: the ids of an org unit and every unit below it (recursive CTE)."""
    tree = select(OrgUnit.id).where(OrgUnit.id == unit_id).cte("unit_tree", recursive=True)
    tree = tree.union_all(select(OrgUnit.id).join(tree, OrgUnit.parent_id == tree.c.id))
    return tree.c.id


def _filter_clauses(session: Session | None, f: BoardFilters) -> list[Any]:
    """SQL conditions for the filters. With a ``session`` the unit filter's subtree is read
    first and inlined; without one it stays a recursive CTE inside the statement (for the
    statements built once and run many times).
    """
    clauses: list[Any] = []
    if f.owner_ids:
        clauses.append(Deal.owner_id.in_(f.owner_ids))
    if f.unit_id:
        if session is not None:
            people = select(Person.id).where(
                Person.unit_id.in_(unit_subtree_ids(session, f.unit_id)))
        else:
            people = select(Person.id).where(Person.unit_id.in_(select(_unit_tree(f.unit_id))))
        clauses.append(Deal.owner_id.in_(people))
    if f.customer_tiers:
        clauses.append(Customer.tier.in_(f.customer_tiers))
    if f.close_from is not None:
        clauses.append(Deal.expected_close >= f.close_from)
    if f.close_to is not None:
        clauses.append(Deal.expected_close <= f.close_to)
    if f.product_id:
        clauses.append(exists().where(DealLine.deal_id == Deal.id,
                                      DealLine.product_id == f.product_id,
                                      DealLine.deleted_at.is_(None)))
    text = f.text.strip()
    if text:
        pat = _like_pattern(text)
        clauses.append(or_(Deal.name.ilike(pat, escape="\\"),
                           Customer.name.ilike(pat, escape="\\")))
    return clauses


def rot_cutoff(rot_days: int, today: date) -> datetime:
    """Entered before this UTC moment ⇒ more than ``rot_days`` whole local days in the stage."""
    start = datetime.combine(today - timedelta(days=rot_days), time()).astimezone()
    return start.astimezone(UTC)


def _rot_cutoffs(stages: Iterable[StageInfo], today: date) -> dict[str, Any]:
    """Open stage id → the SQL moment a deal must have entered it before to be past its rot
    days (stages without a threshold left out).
    """
    return {s.id: literal(rot_cutoff(s.rot_days, today), UTCDateTime())
            for s in stages if s.is_open and s.rot_days is not None}


def past_rot_days(stages: Iterable[StageInfo], today: date) -> Any:
    """SQL: the deal sat in its open stage longer than the stage's rot days (false when no
    stage has a threshold): it rots unless a follow-up is booked (:func:`booked_if_rotting`).
    """
    cutoffs = _rot_cutoffs(stages, today)
    return Deal.stage_entered_at < case(cutoffs, value=Deal.stage_id) if cutoffs else false()


def booked_if_rotting(stages: Iterable[StageInfo], today: date) -> Any:
    """SQL: "a future follow-up is booked", evaluated only for deals past their stage's
    rotting threshold (CASE is lazy in SQLite and PostgreSQL, so the EXISTS probes run for the
    few candidates instead of every card).
    """
    stages = list(stages)
    if not _rot_cutoffs(stages, today):
        return false()
    candidate = past_rot_days(stages, today)
    booked = or_(
        Customer.next_followup_on >= today,
        exists().where(FollowUp.customer_id == Deal.customer_id, FollowUp.next_on >= today,
                       FollowUp.deleted_at.is_(None)),
        exists().where(FollowUp.deal_id == Deal.id, FollowUp.next_on >= today,
                       FollowUp.deleted_at.is_(None)),
    )
    return case((candidate, booked), else_=false())


def _closed_scope(closed_ids: Sequence[str], since: date) -> Any:
    """SQL: closed in one of these won/lost stages on or after ``since``."""
    # coalesce() hides stage_id from the planner so it walks ix_deals_closed_on (recent
    # closings) instead of every won/lost deal ever.
    return and_(func.coalesce(Deal.stage_id, "").in_(closed_ids), Deal.closed_on >= since)


def _card_select(booked: Any) -> Any:
    """SELECT of the board card columns: deals ⋈ customers ⋈ owners."""
    return (select(Deal.id, Deal.name, Deal.stage_id, Deal.customer_id, Customer.name,
                   Customer.tier, Deal.owner_id, Person.name, Deal.amount, Deal.probability,
                   Deal.expected_close, Deal.stage_entered_at, Deal.closed_on, Deal.won_amount,
                   Deal.lost_reason, booked)
            .join(Customer, Customer.id == Deal.customer_id)
            .outerjoin(Person, Person.id == Deal.owner_id))


def _reads_customer(f: BoardFilters) -> bool:
    """True when a filter reads the customer row (tier, text), so id-only queries must join it."""
    return bool(f.customer_tiers or f.text.strip())


def _deal_ids(f: BoardFilters, *where: Any) -> Any:
    """SELECT of the ids of the deals matching ``where`` (joining customers only if needed)."""
    q = select(Deal.id)
    if _reads_customer(f):
        q = q.join(Customer, Customer.id == Deal.customer_id)
    return q.where(*where)


def _closed_totals(session: Session, stages: dict[str, StageInfo], closed_ids: Sequence[str],
                   since: date, deal_filter: list[Any], f: BoardFilters
                   ) -> dict[str, ColumnTotals]:
    """Count, amount and weighted amount of every deal closed since ``since``, per won/lost
    stage (one GROUP BY): what the closed columns' headers show, however many cards they hold.
    """
    shown = func.coalesce(Deal.won_amount, Deal.amount)
    # Grouping by the same coalesce() keeps SQLite on ix_deals_closed_on: grouping by the bare
    # stage_id made it scan ix_deals_stage_id, i.e. every deal, to save a sort of two groups.
    stage = func.coalesce(Deal.stage_id, "")
    q = (select(stage, func.count(), func.sum(shown))
         .where(*deal_filter, _closed_scope(closed_ids, since)).group_by(stage))
    if _reads_customer(f):
        q = q.join(Customer, Customer.id == Deal.customer_id)
    found = {sid: (n, total) for sid, n, total in session.connection().execute(q)}
    totals: dict[str, ColumnTotals] = {}
    for sid in closed_ids:
        n, total = found.get(sid, (0, None))
        amount = total if total is not None else Decimal("0.00")
        st = stages[sid]
        prob = effective_probability(st.kind, st.probability, None)
        totals[sid] = ColumnTotals(n, amount, weighted_amount(amount, prob))
    return totals


def load_board(store: Store, pipeline_id: str, today: date,
               filters: BoardFilters | None = None, *,
               closed_limit: int | None = None) -> list[DealCard]:
    """The deals of one pipeline as board cards: open deals, plus recently closed if asked.

    ``closed_limit`` keeps, per won/lost stage, only that many of the most recently closed deals
    (closed on, then name). Ordered by stage, then expected close, then name.
    """
    return list(load_board_snapshot(store, pipeline_id, today, filters,
                                    closed_limit=closed_limit, with_totals=False).cards)


def load_board_snapshot(store: Store, pipeline_id: str, today: date,
                        filters: BoardFilters | None = None, *,
                        closed_limit: int | None = CLOSED_CARDS_SHOWN,
                        with_totals: bool = True) -> BoardSnapshot:
    """The board of one pipeline: its cards (see :func:`load_board`; by default at most
    :data:`CLOSED_CARDS_SHOWN` per won/lost stage) and the won/lost header figures over every
    deal closed since ``filters.include_closed_since``, with the same filters.

    Queries: the open cards (deals ⋈ customers ⋈ owners, with the "follow-up booked" test as an
    EXISTS subquery), the closed cards (one query, or one LIMIT query per won/lost stage when
    capped), the product names of their lines, and one GROUP BY for the closed totals.
    """
    f = filters or BoardFilters()
    since = f.include_closed_since
    with store.read() as uow:
        s = uow.session
        conn = s.connection()  # Core rows: no ORM loading overhead
        stages = {st.id: st for st in _load_stages(s, pipeline_id)}
        open_ids = [k for k, st in stages.items() if st.is_open]
        closed_ids = [k for k, st in stages.items() if not st.is_open] if since else []
        # The stage ids already pin the pipeline; filtering on pipeline_id as well would steer
        # SQLite to that index, which spans every closed deal of the pipeline.
        deal_filter = [Deal.deleted_at.is_(None), *_filter_clauses(s, f)]
        open_scope = Deal.stage_id.in_(open_ids) if open_ids else false()
        rows = list(conn.execute(_card_select(booked_if_rotting(stages.values(), today))
                                 .where(*deal_filter, open_scope)))
        id_sources: list[Any] = []
        if rows:
            id_sources.append(_deal_ids(f, *deal_filter, open_scope))
        if closed_ids and since is not None:
            if closed_limit is None:
                closed_scope = _closed_scope(closed_ids, since)
                rows += conn.execute(_card_select(false()).where(*deal_filter, closed_scope))
                id_sources.append(_deal_ids(f, *deal_filter, closed_scope))
            else:
                newest: list[Any] = []
                for sid in closed_ids:
                    newest += conn.execute(
                        _card_select(false())
                        .where(*deal_filter, _closed_scope([sid], since))
                        .order_by(Deal.closed_on.desc(), Deal.name, Deal.id)
                        .limit(closed_limit))
                rows += newest
                if newest:
                    id_sources.append([r[0] for r in newest])
        products = _product_names(conn, id_sources)
        totals = (_closed_totals(s, stages, closed_ids, since, deal_filter, f)
                  if with_totals and closed_ids and since is not None else {})
    cards = _cards(rows, pipeline_id, stages, products, today)
    order = {k: (st.sort_order, i) for i, (k, st) in enumerate(stages.items())}
    cards.sort(key=lambda c: (order[c.stage_id], c.expected_close or date.max, c.name))
    open_set = set(open_ids)
    return BoardSnapshot(tuple(cards), totals, closed_limit if closed_ids else None,
                         summarize_columns(c for c in cards if c.stage_id in open_set))


def load_cards(store: Store, pipeline_id: str, deal_ids: Iterable[str], today: date,
               filters: BoardFilters | None = None, *,
               stages: Sequence[StageInfo] | None = None,
               known_products: Mapping[str, Sequence[str]] | None = None) -> list[DealCard]:
    """The given deals as the board of ``pipeline_id`` with ``filters`` shows them: a deal that
    is deleted, in another pipeline, filtered out, or closed before the board's window (or at
    all, when closed deals are not shown) is left out.

    What a board reads after a change names deals (a move, an edit, its undo): the cards come
    from the same rules as :func:`load_board_snapshot`, so the patched board matches a fresh
    one. ``stages`` are the pipeline's stages when the caller has them (else they are read).
    ``known_products`` are the product names of deals whose lines the change did not touch
    (the caller's cards have them right): only the other deals' names are read.
    This is on the path of every drop, so the query is built once per board (stages, day,
    filters) and run by primary key on a Core connection, with the product names read by a
    prepared query.
    """
    f = filters or BoardFilters()
    ids = list(dict.fromkeys(deal_ids))
    if not ids:
        return []
    # A Core connection, not an ORM session: the same plain BEGIN … ROLLBACK of a read, without
    # the session's set-up and tear-down, which cost as much as the query on every drop.
    with store.engine.connect() as conn:
        if stages is None:
            with Session(bind=conn) as s:
                stages = _load_stages(s, pipeline_id)
        known = tuple(stages)
        single = len(ids) == 1  # the usual drop: by key, without an expanded IN list
        stmt = _cards_by_id(known, today, f, single)
        # The board's stage scope is applied to the few rows read, not inside the statement:
        # its constant IN lists would be re-expanded into the SQL on every run.
        open_ids = {st.id for st in known if st.is_open}
        since = f.include_closed_since
        closed_ids = {st.id for st in known if not st.is_open} if since is not None else set()
        rows = [r for r in conn.execute(stmt, {"id": ids[0]} if single else {"ids": ids})
                if r[2] in open_ids or (r[2] in closed_ids and r[12] is not None
                                        and r[12] >= since)]
        given = known_products or {}
        products = {r[0]: list(given[r[0]]) for r in rows if r[0] in given}
        unknown = [r[0] for r in rows if r[0] not in given]
        if unknown:
            for deal_id, pname in conn.execute(_PRODUCTS_OF, {"ids": unknown}):
                names = products.setdefault(deal_id, [])
                if pname not in names:
                    names.append(pname)
    return _cards(rows, pipeline_id, {st.id: st for st in known}, products, today)


_PRODUCTS_OF = (select(DealLine.deal_id, Product.name)
                .join(Product, Product.id == DealLine.product_id)
                .where(DealLine.deleted_at.is_(None),
                       DealLine.deal_id.in_(bindparam("ids", expanding=True)))
                .order_by(DealLine.deal_id, DealLine.created_at))


@lru_cache(maxsize=16)
def _cards_by_id(stages: tuple[StageInfo, ...], today: date, f: BoardFilters,
                 single: bool) -> Any:
    """The SELECT of :func:`load_cards`, kept per board: by one key (``:id``) when ``single``,
    else by the expanded list ``:ids``; the filters' conditions, but not the stage scope.
    """
    return (_card_select(booked_if_rotting(stages, today))
            .where(Deal.id == bindparam("id") if single
                   else Deal.id.in_(bindparam("ids", expanding=True)), Deal.deleted_at.is_(None),
                   *_filter_clauses(None, f)))


def _product_names(conn: Any, id_sources: Iterable[Any]) -> dict[str, list[str]]:
    """Deal id → the names of its lines' products, in line order (each name once)."""
    products: dict[str, list[str]] = {}
    for ids in id_sources:
        for deal_id, pname in conn.execute(
                select(DealLine.deal_id, Product.name)
                .join(Product, Product.id == DealLine.product_id)
                .where(DealLine.deleted_at.is_(None), DealLine.deal_id.in_(ids))
                .order_by(DealLine.deal_id, DealLine.created_at)):
            names = products.setdefault(deal_id, [])
            if pname not in names:
                names.append(pname)
    return products


def _cards(rows: Iterable[Any], pipeline_id: str, stages: Mapping[str, StageInfo],
           products: Mapping[str, list[str]], today: date) -> list[DealCard]:
    """Board cards from :func:`_card_select` rows: the effective probability, weighted amount,
    days in stage and rotting flag worked out by the deal rules.
    """
    cards: list[DealCard] = []
    zero, no_products, today_ordinal = Decimal("0.00"), (), today.toordinal()
    # The database hands out a new string per row: repeated ids, names and reasons are
    # shared instead (a customer's deals, an owner's, a stage's; 1.6 MB on a large board).
    shared: dict[str, str] = {}
    one = shared.setdefault
    for (did, name, stage_id, cust_id, cust_name, tier, owner_id, owner_name, amount, prob,
         close, entered, closed_on, won_amount, lost_reason, is_booked) in rows:
        stage_id, cust_id, cust_name = one(stage_id, stage_id), one(cust_id, cust_id), one(
            cust_name, cust_name)
        if tier is not None:
            tier = one(tier, tier)
        if owner_id is not None:
            owner_id, owner_name = one(owner_id, owner_id), one(owner_name, owner_name)
        if lost_reason is not None:
            lost_reason = one(lost_reason, lost_reason)
        st = stages[stage_id]
        eff = effective_probability(st.kind, st.probability, prob)
        shown = won_amount if won_amount is not None else amount
        # days_between(), with the local date's ordinal taken straight from the local moment
        days = max(0, today_ordinal - entered.astimezone().toordinal())
        cards.append(DealCard(
            id=did, name=name, pipeline_id=pipeline_id, stage_id=stage_id, customer_id=cust_id,
            customer_name=cust_name, customer_tier=tier, owner_id=owner_id, owner_name=owner_name,
            amount=amount, probability=eff,
            probability_overridden=prob is not None and st.is_open,
            # Money is read with two places, so 100 % and 0 % need no arithmetic.
            weighted=(shown if eff == 100 else zero if eff == 0
                      else weighted_amount(shown, eff)),
            expected_close=close, stage_entered_at=entered, days_in_stage=days,
            rotting=is_rotting(st.kind, st.rot_days, days, bool(is_booked)),
            closed_on=closed_on, won_amount=won_amount, lost_reason=lost_reason,
            products=tuple(products[did]) if did in products else no_products))
    return cards
