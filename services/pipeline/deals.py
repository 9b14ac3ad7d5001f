"""The sales funnel (销售漏斗): pipelines, stage moves with history, deal edits and detail.

The board's snapshot (which cards a board shows, with its column figures) is read by
:mod:`services.pipeline.board`. Everything here is Qt-free and returns frozen dataclasses.
Every write is one unit of work and returns an :class:`~services.core.changes.Op`: its value,
what changed, and the inverse call that puts things back exactly (whose own ``Op.undo`` redoes):

* :func:`move_deals` → :class:`MoveUndo`, undone by :func:`undo_move` (which redoes the same
  way, re-inserting the very history rows it removed);
* :func:`set_expected_close` → pairs of (deal id, old date), undone by
  :func:`restore_expected_close`;
* :func:`update_deal` → the old values, undone by :func:`update_deal` with them;
* :func:`set_probability` → the old override;
* :func:`create_deal` → the id, undone by :func:`discard_deal` (soft delete), whose undo is
  :func:`restore_deal` of the same id;
* :func:`save_lost_reasons` → the previous list.

A move never deletes a deal. Probabilities are whole percentages; the effective probability is the
deal's own override, else its stage's default, and always 100 % for a won and 0 % for a lost stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from sqlalchemy import (
    Table,
    and_,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from models import (
    Customer,
    Deal,
    DealLine,
    OrgUnit,
    Person,
    Pipeline,
    Product,
    Stage,
    StageHistory,
)
from models.base import CENT, new_id, utcnow
from models.enums import StageKind
from services.core.amounts import AmountError, read_amount
from services.core.changes import STAYED_OPEN, Changes, Op, call
from services.core.conflicts import ConflictError, FieldConflict, check_base, locked
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store
from services.pipeline.lost_reasons import LostReasonInfo, list_lost_reasons, save_lost_reasons

HUNDRED = Decimal(100)


class NotFoundError(SailplanError):
    """A deal, stage or pipeline that the caller named does not exist (or was deleted)."""


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class StageInfo:
    """A stage as the board and settings show it; ``probability`` is the default in %."""

    id: str
    pipeline_id: str
    name: str
    sort_order: int
    kind: str  # models.enums.StageKind value
    probability: int
    rot_days: int | None
    folded: bool

    @property
    def is_open(self) -> bool:
        """True for stages deals work through (not won/lost)."""
        return self.kind == StageKind.OPEN


@dataclass(frozen=True)
class PipelineInfo:
    """A pipeline with its stages in board order."""

    id: str
    name: str
    stages: tuple[StageInfo, ...]
    sort_order: int = 0


@dataclass(frozen=True)
class BoardFilters:
    """What the board shows. Empty/None fields do not filter.

    ``unit_id`` keeps deals owned by people of that org unit or any unit below it.
    ``include_closed_since`` adds won/lost deals closed on or after that date (else only open
    deals are loaded). ``text`` matches deal or customer name, case-insensitively.
    """

    owner_ids: tuple[str, ...] = ()
    unit_id: str | None = None
    customer_tiers: tuple[str, ...] = ()
    close_from: date | None = None
    close_to: date | None = None
    product_id: str | None = None
    text: str = ""
    include_closed_since: date | None = None


@dataclass(frozen=True, slots=True)
class DealCard:
    """One card on the board (and one row of the list view). Slotted: a large firm's board
    holds 12,000 of them.
    """

    id: str
    name: str
    pipeline_id: str
    stage_id: str
    customer_id: str
    customer_name: str
    customer_tier: str | None
    owner_id: str | None
    owner_name: str | None
    amount: Decimal
    probability: int  # effective %
    probability_overridden: bool
    weighted: Decimal
    expected_close: date | None
    stage_entered_at: datetime
    days_in_stage: int
    rotting: bool
    closed_on: date | None
    won_amount: Decimal | None
    lost_reason: str | None
    products: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnTotals:
    """A column header: deal count, total amount and weighted amount."""

    count: int = 0
    amount: Decimal = Decimal("0.00")
    weighted: Decimal = Decimal("0.00")

    def moved(self, left: Iterable[DealCard] = (), arrived: Iterable[DealCard] = ()
              ) -> ColumnTotals:
        """The figures after the ``left`` cards went out of the column and ``arrived`` came in."""
        count, amount, weighted = self.count, self.amount, self.weighted
        for cards, sign in ((left, -1), (arrived, 1)):
            for c in cards:
                count += sign
                amount += sign * shown_amount(c)
                weighted += sign * c.weighted
        return ColumnTotals(count, amount, weighted)


@dataclass(frozen=True)
class DealState:
    """The fields a move changes, as they were before it (for an exact undo)."""

    deal_id: str
    pipeline_id: str
    stage_id: str
    stage_entered_at: datetime
    closed_on: date | None
    won_amount: Decimal | None
    lost_reason: str | None


@dataclass(frozen=True)
class MoveUndo:
    """What :func:`undo_move` needs: the states to put back, the history rows to remove (the
    ones the move inserted) and the history rows to put back (when undoing an undo: the very
    rows it removed, so a redo leaves the database exactly as the move did).
    """

    to_stage_id: str
    before: tuple[DealState, ...] = ()
    history_ids: tuple[str, ...] = ()
    history: tuple[Mapping[str, Any], ...] = ()

    @property
    def moved_ids(self) -> tuple[str, ...]:
        """Ids of the deals that actually changed stage (same-stage deals are skipped)."""
        return tuple(s.deal_id for s in self.before)

    @property
    def is_noop(self) -> bool:
        """True when nothing moved (every deal was already in the target stage)."""
        return not self.before


@dataclass(frozen=True)
class ProductInfo:
    """A product for pickers and filters."""

    id: str
    name: str
    code: str | None
    unit_price: Decimal


# --------------------------------------------------------------------------- pure helpers


def effective_probability(kind: str, stage_default: int, override: int | None) -> int:
    """The probability that applies: 100 won, 0 lost, else the override or the stage default."""
    if kind == StageKind.WON:
        return 100
    if kind == StageKind.LOST:
        return 0
    return stage_default if override is None else override


def weighted_amount(amount: Decimal, probability: int) -> Decimal:
    """Amount × probability %, rounded half up to the fen."""
    return (amount * probability / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def local_date(moment: datetime) -> date:
    """The calendar date of an aware UTC moment in this machine's time zone."""
    return moment.astimezone().date()


def days_between(entered: datetime, today: date) -> int:
    """Whole days a deal has been in its stage on ``today`` (never negative)."""
    return max(0, (today - local_date(entered)).days)


def is_rotting(kind: str, rot_days: int | None, days_in_stage: int, followup_booked: bool) -> bool:
    """A deal rots when it sat in an open stage MORE than ``rot_days`` days with nothing booked.

    Won/lost stages and stages without a threshold never rot; a future follow-up (booked on the
    deal or its customer) suppresses the flag — somebody already has the next step in hand.
    """
    if kind != StageKind.OPEN or rot_days is None or followup_booked:
        return False
    return days_in_stage > rot_days


def shown_amount(card: DealCard) -> Decimal:
    """The amount a card stands for in a column: its won amount once won, else its amount."""
    return card.won_amount if card.won_amount is not None else card.amount


def summarize_columns(cards: Iterable[DealCard]) -> dict[str, ColumnTotals]:
    """Count, amount and weighted amount per stage id, for the column headers."""
    acc: dict[str, list[Any]] = {}
    for c in cards:
        a = acc.setdefault(c.stage_id, [0, Decimal("0.00"), Decimal("0.00")])
        a[0] += 1
        a[1] += shown_amount(c)
        a[2] += c.weighted
    return {k: ColumnTotals(v[0], v[1], v[2]) for k, v in acc.items()}


# --------------------------------------------------------------------------- reading


def _stage_info(s: Stage) -> StageInfo:
    return StageInfo(s.id, s.pipeline_id, s.name, s.sort_order, s.kind, s.probability,
                     s.rot_days, bool(s.folded))


def _load_stages(session: Session, pipeline_id: str | None = None) -> list[StageInfo]:
    q = select(Stage).where(Stage.deleted_at.is_(None))
    if pipeline_id is not None:
        q = q.where(Stage.pipeline_id == pipeline_id)
    rows = session.scalars(q.order_by(Stage.pipeline_id, Stage.sort_order, Stage.name)).all()
    return [_stage_info(s) for s in rows]


def list_pipelines(store: Store) -> list[PipelineInfo]:
    """Every (not deleted) pipeline with its stages, in display order."""
    with store.read() as uow:
        pipes = uow.session.scalars(
            select(Pipeline).where(Pipeline.deleted_at.is_(None))
            .order_by(Pipeline.sort_order, Pipeline.name)).all()
        stages = _load_stages(uow.session)
        by_pipe: dict[str, list[StageInfo]] = {}
        for s in stages:
            by_pipe.setdefault(s.pipeline_id, []).append(s)
        return [PipelineInfo(p.id, p.name, tuple(by_pipe.get(p.id, ())), p.sort_order)
                for p in pipes]


def unit_subtree_ids(session: Session, unit_id: str) -> list[str]:
    """The org unit and every unit below it (recursive CTE, works on SQLite and PostgreSQL)."""
    tree = select(OrgUnit.id).where(OrgUnit.id == unit_id).cte("tree", recursive=True)
    child = select(OrgUnit.id).join(tree, OrgUnit.parent_id == tree.c.id)
    tree = tree.union_all(child)
    return list(session.scalars(select(tree.c.id)).all())


def list_products(store: Store) -> list[ProductInfo]:
    """Products for the filter and line pickers, by name."""
    with store.read() as uow:
        rows = uow.session.scalars(select(Product).where(Product.deleted_at.is_(None))
                                   .order_by(Product.name)).all()
        return [ProductInfo(p.id, p.name, p.code, p.unit_price) for p in rows]


# --------------------------------------------------------------------------- moving


def _get_stage(session: Session, stage_id: str) -> Stage:
    st = session.get(Stage, stage_id)
    if st is None or st.deleted_at is not None:
        raise NotFoundError(f"Stage {stage_id} does not exist.")
    return st


def _get_deal(session: Session, deal_id: str) -> Deal:
    d = session.get(Deal, deal_id)
    if d is None or d.deleted_at is not None:
        raise NotFoundError(f"Deal {deal_id} does not exist.")
    return d


def _move_statements() -> tuple[Any, Any, Any, Any]:
    """The statements of a move, built once: read the deals (or the one deal) with their target
    stage, UPDATE one deal's stage fields (executemany), INSERT the history rows.
    """
    deals = cast(Table, Deal.__table__)
    c = deals.c
    read = (select(Deal.id, Deal.pipeline_id, Deal.stage_id, Deal.stage_entered_at,
                   Deal.closed_on, Deal.won_amount, Deal.lost_reason, Deal.amount,
                   Deal.expected_close, Stage.pipeline_id.label("to_pipeline"),
                   Stage.kind.label("to_kind"))
            .join(Stage, and_(Stage.id == bindparam("to"), Stage.deleted_at.is_(None)))
            .where(Deal.deleted_at.is_(None)))
    # One deal (a drag, Ctrl+←/→) is read by key: the statement then runs as compiled, without
    # its IN list expanded into the SQL first.
    read_many = read.where(Deal.id.in_(bindparam("ids", expanding=True)))
    read_one = read.where(Deal.id == bindparam("id"))
    write = (update(deals).where(c.id == bindparam("b_id"))
             .values(pipeline_id=bindparam("b_pipeline", type_=c.pipeline_id.type),
                     stage_id=bindparam("b_stage", type_=c.stage_id.type),
                     stage_entered_at=bindparam("b_entered", type_=c.stage_entered_at.type),
                     closed_on=bindparam("b_closed", type_=c.closed_on.type),
                     won_amount=bindparam("b_won", type_=c.won_amount.type),
                     lost_reason=bindparam("b_lost", type_=c.lost_reason.type),
                     updated_at=bindparam("b_at", type_=c.updated_at.type)))
    return read_many, read_one, write, insert(cast(Table, StageHistory.__table__))


_READ_MOVING, _READ_ONE_MOVING, _SET_DEAL_STATE, _INSERT_HISTORY = _move_statements()


def move_deals(store: Store, deal_ids: Sequence[str], to_stage_id: str,
               by_person_id: str | None, *, won_amount: Decimal | None = None,
               closed_on: date | None = None, lost_reason: str | None = None,
               at: datetime | None = None,
               from_stages: Mapping[str, str] | None = None) -> Op[MoveUndo]:
    """Move deals to a stage in one unit of work, recording one history row per moved deal.

    ``from_stages``: the stage each deal was shown in (the board's column); a deal someone else
    moved to another stage since is not moved back over their move
    (:class:`~services.core.conflicts.ConflictError`, nothing written).

    Won: ``won_amount`` (default the deal's amount) and ``closed_on`` (default the local date of
    ``at``) are set and the lost reason cleared. Lost: ``lost_reason`` is set, ``closed_on`` as for
    won, the won amount cleared. Open: closing fields are cleared. Deals already in the stage are
    left alone (no history row). A stage of another pipeline moves the deal to that pipeline.

    This is the board's hottest write (every drag and Ctrl+←/→), so it runs as three prepared
    statements — read the deals with their target stage, UPDATE them, INSERT their history — and
    one COMMIT, with no ORM objects in between. Undone by :func:`undo_move`.
    """
    at = at or utcnow()
    if won_amount is not None and won_amount < 0:
        raise ValidationError("The won amount cannot be negative.", field="won_amount")
    reason = (lost_reason or "").strip() or None
    wanted = list(dict.fromkeys(deal_ids))
    close_day = closed_on or local_date(at)
    with store.write() as uow:
        conn = uow.session.connection()
        rows = (conn.execute(_READ_ONE_MOVING, {"to": to_stage_id, "id": wanted[0]})
                if len(wanted) == 1 else
                conn.execute(_READ_MOVING, {"to": to_stage_id, "ids": wanted}))
        found = {r.id: r for r in rows}
        if not found:
            _get_stage(uow.session, to_stage_id)  # no rows: name what is missing
        kind = next(iter(found.values())).to_kind if found else None
        before: list[DealState] = []
        changes: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for deal_id in wanted:
            d = found.get(deal_id)
            if d is None:
                raise NotFoundError(f"Deal {deal_id} does not exist.")
            if d.stage_id == to_stage_id:
                continue
            shown = from_stages.get(deal_id) if from_stages else None
            if shown is not None and d.stage_id != shown:
                raise ConflictError("deal", deal_id,
                                    (FieldConflict("stage_id", to_stage_id, d.stage_id),))
            before.append(DealState(d.id, d.pipeline_id, d.stage_id, d.stage_entered_at,
                                    d.closed_on, d.won_amount, d.lost_reason))
            won: Decimal | None = None
            lost: str | None = None
            closed: date | None = None
            if kind == StageKind.WON:
                won, closed = (won_amount if won_amount is not None else d.amount), close_day
            elif kind == StageKind.LOST:
                lost, closed = reason, close_day
            changes.append(dict(b_id=d.id, b_pipeline=d.to_pipeline, b_stage=to_stage_id,
                                b_entered=at, b_closed=closed, b_won=won, b_lost=lost, b_at=at))
            history.append(dict(id=new_id(), deal_id=d.id, from_stage_id=d.stage_id,
                                to_stage_id=to_stage_id, at=at, by_person_id=by_person_id,
                                amount=won if won is not None else d.amount,
                                expected_close=d.expected_close, created_at=at, updated_at=at))
        if changes:
            conn.execute(_SET_DEAL_STATE, changes)
            conn.execute(_INSERT_HISTORY, history)
            if kind == StageKind.OPEN:  # open → open: no closed deal moved (the board's usual drop)
                uow.recorder.fact(STAYED_OPEN, (st.deal_id for st in before
                                                if st.closed_on is None and st.won_amount is None))
        uow.commit()
        result = MoveUndo(to_stage_id, tuple(before), tuple(h["id"] for h in history))
        return uow.op(result, undo=None if result.is_noop else call(undo_move, result))


def undo_move(store: Store, undo: MoveUndo) -> Op[MoveUndo]:
    """Put moved deals back exactly (stage, pipeline, entry time, closing fields), delete the
    history rows the move wrote and put back the ones ``undo.history`` holds.

    Returns the inverse :class:`MoveUndo` as value and undo: applying it redoes the move with
    the same entry times and the same history rows. ``updated_at`` advances: the undo is
    itself a change.
    """
    if undo.is_noop:
        return Op(undo, Changes())
    at = utcnow()
    with store.write() as uow:
        conn = uow.session.connection()
        now = {r.deal_id: r for r in (
            DealState(r.id, r.pipeline_id, r.stage_id, r.stage_entered_at, r.closed_on,
                      r.won_amount, r.lost_reason)
            for r in conn.execute(select(
                Deal.id, Deal.pipeline_id, Deal.stage_id, Deal.stage_entered_at, Deal.closed_on,
                Deal.won_amount, Deal.lost_reason).where(
                Deal.id.in_(undo.moved_ids), Deal.deleted_at.is_(None))))}
        missing = [i for i in undo.moved_ids if i not in now]
        if missing:
            raise NotFoundError(f"Deal {missing[0]} does not exist.")
        removed: tuple[Mapping[str, Any], ...] = ()
        if undo.history_ids:
            removed = tuple(dict(r._mapping) for r in conn.execute(
                select(cast(Table, StageHistory.__table__))
                .where(StageHistory.id.in_(undo.history_ids))))
            conn.execute(delete(StageHistory).where(StageHistory.id.in_(undo.history_ids)))
        if undo.history:
            conn.execute(_INSERT_HISTORY, [dict(r) for r in undo.history])
        conn.execute(_SET_DEAL_STATE, [
            dict(b_id=st.deal_id, b_pipeline=st.pipeline_id, b_stage=st.stage_id,
                 b_entered=st.stage_entered_at, b_closed=st.closed_on, b_won=st.won_amount,
                 b_lost=st.lost_reason, b_at=at) for st in undo.before])
        uow.commit()
        inverse = MoveUndo(undo.to_stage_id, tuple(now[i] for i in undo.moved_ids),
                           tuple(str(r["id"]) for r in undo.history), removed)
        return uow.op(inverse, undo=call(undo_move, inverse))


# --------------------------------------------------------------------------- editing deals


def set_expected_close(store: Store, deal_ids: Sequence[str], new_date: date | None
                       ) -> Op[tuple[tuple[str, date | None], ...]]:
    """Set the expected close date of deals; the value is the (deal id, old date) pairs,
    undone by :func:`restore_expected_close`.
    """
    return restore_expected_close(store, [(i, new_date) for i in dict.fromkeys(deal_ids)])


def restore_expected_close(store: Store, pairs: Iterable[tuple[str, date | None]]
                           ) -> Op[tuple[tuple[str, date | None], ...]]:
    """Set each deal's expected close to its own date; the value (and undo) is the inverse."""
    inverse: list[tuple[str, date | None]] = []
    with store.write() as uow:
        for deal_id, value in pairs:
            d = _get_deal(uow.session, deal_id)
            inverse.append((deal_id, d.expected_close))
            d.expected_close = value
        uow.commit()
        return uow.op(tuple(inverse), undo=call(restore_expected_close, tuple(inverse)))


EDITABLE_FIELDS = frozenset({
    "name", "customer_id", "owner_id", "amount", "probability", "expected_close", "source",
    "notes", "closed_on", "won_amount", "lost_reason",
})


def _validate_field(key: str, value: Any) -> Any:
    if key not in EDITABLE_FIELDS:
        raise ValidationError(f"Field '{key}' cannot be edited here.", field=key)
    if key == "name":
        value = (value or "").strip()
        if not value:
            raise ValidationError("A deal needs a name.", field="name")
    if key in ("amount", "won_amount") and value is not None:
        try:  # the app's one amount parser (typed text such as 12万 too)
            value = read_amount(value)
        except AmountError as exc:
            if exc.kind == "negative":
                raise ValidationError("Amounts cannot be negative.", field=key) from None
            raise
        if value is None and key == "won_amount":
            return None
    if key == "amount" and value is None:
        raise ValidationError("A deal needs an amount (0 is allowed).", field="amount")
    if key == "probability" and value is not None:
        value = int(value)
        if not 0 <= value <= 100:
            raise ValidationError("Probability must be between 0 and 100 %.", field=key)
    if key == "customer_id" and not value:
        raise ValidationError("A deal needs a customer.", field="customer_id")
    return value


def update_deal(store: Store, deal_id: str, *, base: dict[str, Any] | None = None,
                **fields: Any) -> Op[dict[str, Any]]:
    """Change plain fields of a deal (not its stage: see :func:`move_deals`).

    ``base``: the values the editor showed for those fields; a field someone else saved since
    refuses the change (:class:`~services.core.conflicts.ConflictError`, nothing written).
    The value is the old values of the fields given; the undo is ``update_deal(id, **old)``
    with the saved values as its base.
    """
    clean = {k: _validate_field(k, v) for k, v in fields.items()}
    with store.write() as uow:
        s = uow.session
        d = locked(s, Deal, deal_id)
        if d is None or d.deleted_at is not None:
            raise NotFoundError(f"Deal {deal_id} does not exist.")
        check_base("deal", d, deal_id, base, clean, clean=_validate_field)
        if "customer_id" in clean and s.get(Customer, clean["customer_id"]) is None:
            raise ValidationError("That customer does not exist.", field="customer_id")
        if clean.get("owner_id") and s.get(Person, clean["owner_id"]) is None:
            raise ValidationError("That owner does not exist.", field="owner_id")
        old = {k: getattr(d, k) for k in clean}
        for k, v in clean.items():
            setattr(d, k, v)
        uow.commit()
        return uow.op(old, undo=call(update_deal, deal_id, base=dict(clean), **old))


def set_probability(store: Store, deal_id: str, value: int | None) -> Op[int | None]:
    """Override a deal's probability (0–100), or None to go back to the stage default.

    The value is the previous override (None if the stage default applied).
    """
    op = update_deal(store, deal_id, probability=value)
    return Op(op.value["probability"], op.changes, op.undo)


@dataclass(frozen=True)
class NewLine:
    """A product line for :func:`create_deal`; ``unit_price`` defaults to the product's price."""

    product_id: str
    quantity: int = 1
    unit_price: Decimal | None = None
    discount_bp: int = 0


def create_deal(store: Store, *, name: str, pipeline_id: str, customer_id: str,
                stage_id: str | None = None, owner_id: str | None = None,
                amount: Decimal | None = None, expected_close: date | None = None,
                probability: int | None = None, source: str | None = None,
                notes: str | None = None, lines: Sequence[NewLine] = (),
                by_person_id: str | None = None, at: datetime | None = None,
                deal_id: str | None = None) -> Op[str]:
    """Create a deal in ``stage_id`` (default: the pipeline's first open stage) and its first
    history row (from nothing to that stage). ``amount`` defaults to the sum of the lines.

    ``deal_id`` names the new deal's id. The value is the deal id; the undo is
    :func:`discard_deal` of it (whose undo restores the same deal).
    """
    at = at or utcnow()
    name = _validate_field("name", name)
    if probability is not None:
        probability = _validate_field("probability", probability)
    with store.write() as uow:
        s = uow.session
        if s.get(Customer, customer_id) is None:
            raise ValidationError("That customer does not exist.", field="customer_id")
        if owner_id and s.get(Person, owner_id) is None:
            raise ValidationError("That owner does not exist.", field="owner_id")
        if stage_id is None:
            first = next((st for st in _load_stages(s, pipeline_id) if st.is_open), None)
            if first is None:
                raise ValidationError("This pipeline has no open stage to start a deal in.",
                                      field="stage_id")
            stage_id = first.id
        stage = _get_stage(s, stage_id)
        if stage.pipeline_id != pipeline_id:
            raise ValidationError("The stage belongs to another pipeline.", field="stage_id")
        line_rows: list[dict[str, Any]] = []
        total = Decimal("0.00")
        did = deal_id or new_id()
        for ln in lines:
            prod = s.get(Product, ln.product_id)
            if prod is None:
                raise ValidationError("That product does not exist.", field="product_id")
            if ln.quantity <= 0:
                raise ValidationError("Quantity must be at least 1.", field="quantity")
            price = ln.unit_price if ln.unit_price is not None else prod.unit_price
            if not 0 <= ln.discount_bp <= 10000:
                raise ValidationError("A discount must be between 0 and 100 %.",
                                      field="discount_bp")
            amt = (price * ln.quantity * (10000 - ln.discount_bp) / 10000).quantize(
                CENT, rounding=ROUND_HALF_UP)
            total += amt
            line_rows.append(dict(id=new_id(), deal_id=did, product_id=prod.id,
                                  quantity=ln.quantity, unit_price=price, amount=amt,
                                  discount_bp=ln.discount_bp, created_at=at, updated_at=at))
        amt_value = _validate_field("amount", amount if amount is not None else total)
        won = stage.kind == StageKind.WON
        closed = stage.kind != StageKind.OPEN
        s.add(Deal(id=did, name=name, pipeline_id=pipeline_id, stage_id=stage_id,
                   customer_id=customer_id, owner_id=owner_id, amount=amt_value,
                   probability=probability, expected_close=expected_close, stage_entered_at=at,
                   closed_on=local_date(at) if closed else None,
                   won_amount=amt_value if won else None, source=source, notes=notes,
                   created_at=at, updated_at=at))
        s.flush()
        if line_rows:
            s.execute(insert(DealLine), line_rows)
        s.execute(insert(StageHistory), [dict(
            id=new_id(), deal_id=did, from_stage_id=None, to_stage_id=stage_id, at=at,
            by_person_id=by_person_id, amount=amt_value, expected_close=expected_close,
            created_at=at, updated_at=at)])
        uow.commit()
        return uow.op(did, undo=call(discard_deal, did))


def discard_deal(store: Store, deal_id: str) -> Op[None]:
    """Soft-delete a deal (undo of a quick-create; it disappears from boards and analytics).

    Undone by :func:`restore_deal` of the same id.
    """
    with store.write() as uow:
        _get_deal(uow.session, deal_id).deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_deal, deal_id))


def restore_deal(store: Store, deal_id: str) -> Op[None]:
    """Bring back a soft-deleted deal (redo of a quick-create); undone by :func:`discard_deal`."""
    with store.write() as uow:
        d = uow.session.get(Deal, deal_id)
        if d is None:
            raise NotFoundError(f"Deal {deal_id} does not exist.")
        d.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_deal, deal_id))


def stage_ids_by_kind(stages: Iterable[StageInfo], kind: str) -> list[str]:
    """Ids of the stages of one kind (helper for callers that route won/lost prompts)."""
    return [s.id for s in stages if s.kind == kind]


__all__ = [
    "BoardFilters", "ColumnTotals", "DealCard",
    "DealState", "LostReasonInfo", "MoveUndo", "NewLine", "NotFoundError",
    "PipelineInfo", "ProductInfo", "StageInfo", "create_deal", "days_between",
    "discard_deal", "effective_probability", "is_rotting", "list_lost_reasons", "list_pipelines",
    "list_products", "move_deals", "restore_deal",
    "restore_expected_close",
    "save_lost_reasons", "set_expected_close", "set_probability", "shown_amount",
    "stage_ids_by_kind",
    "summarize_columns", "undo_move", "unit_subtree_ids", "update_deal", "weighted_amount",
]
