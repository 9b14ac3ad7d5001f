"""Data scope (数据范围): which customers and deals a signed-in person may see and change.

The rules, one place for both databases:

- **rep** (一线销售): the customers they own, the shared pool (公海, ``customers.in_pool``) and
  unassigned customers (no owner); the deals they own and the deals of those customers.
- **manager** (销售经理): the same for everyone whose unit is in their own unit's subtree
  (``org_units.parent_id``), themselves included, plus the pool and unassigned customers.
- **director** (销售总监) and **owner** (老板/管理员): everything.
- **analyst** (数据分析岗): reads everything, writes nothing.

Records that hang off a customer (contacts, follow-ups, ownership events, contracts, payments,
tickets, feedback, quotes) follow their customer; deal lines, credit splits and stage history
follow their deal; instalments, allocations and quote lines follow their contract, payment or
quote (:data:`SCOPED`). What a person may change is what they may see, and a change must leave
the record in their scope: a rep cannot give a customer to someone else (only release it to the
pool), a manager reassigns within their subtree.

On PostgreSQL the database enforces the rules itself (row-level security, installed by
:func:`services.team.pg_scope.install_scope`). On a SQLite file in team mode there are no
database roles: :func:`apply_scope` makes the store's sessions filter every ORM read of the
scoped tables and refuse a flush that would write outside the scope, with a message saying why
— the same message the services give on PostgreSQL before the server would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Alias,
    ColumnElement,
    Join,
    Select,
    Table,
    event,
    false,
    inspect,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from models.base import Base
from models.customers import Customer
from models.enums import Role
from models.org import OrgUnit, Person
from models.pipeline import Deal
from services.core.errors import ValidationError

if TYPE_CHECKING:
    from services.core.store import Store

SEES_ALL = frozenset({Role.OWNER.value, Role.DIRECTOR.value, Role.ANALYST.value})
"""Roles whose scope is everything."""
WRITERS = frozenset({Role.OWNER.value, Role.DIRECTOR.value, Role.MANAGER.value,
                     Role.REP.value})
"""Roles that may write (the analyst reads only)."""
ADMIN_TABLES = frozenset({"people", "org_units", "accounts"})
"""Tables only the owner changes: who is who, in which unit with which role (that decides
everyone's scope) and the accounts."""

SCOPED: dict[str, tuple[str, str]] = {
    "contacts": ("customer_id", "customers"),
    "followups": ("customer_id", "customers"),
    "customer_events": ("customer_id", "customers"),
    "contracts": ("customer_id", "customers"),
    "payments": ("customer_id", "customers"),
    "service_tickets": ("customer_id", "customers"),
    "customer_feedback": ("customer_id", "customers"),
    "quotes": ("customer_id", "customers"),
    "deal_lines": ("deal_id", "deals"),
    "credit_splits": ("deal_id", "deals"),
    "stage_history": ("deal_id", "deals"),
    "payment_instalments": ("contract_id", "contracts"),
    "payment_allocations": ("payment_id", "payments"),
    "quote_lines": ("quote_id", "quotes"),
    "quote_approvals": ("quote_id", "quotes"),
}
"""Table → (column, parent table): the record is in scope when its parent is. ``customers``
and ``deals`` carry the rules themselves."""

UNSCOPED = "sailplan_unscoped"
"""Execution option: a read the scope does not filter (the scope's own look-ups)."""


@dataclass(frozen=True)
class Scope:
    """What one person may see: ``people`` owns the records in scope (None: everything)."""

    person_id: str | None
    role: str
    people: frozenset[str] | None

    @property
    def sees_all(self) -> bool:
        """Whether every customer and deal is in scope."""
        return self.people is None

    @property
    def can_write(self) -> bool:
        """Whether the person may change anything (not the analyst)."""
        return self.role in WRITERS


EVERYTHING = Scope(None, Role.OWNER.value, None)
"""The scope of a personal file (no sign-in) and of the CLI: everything."""


def subtree_units(session: Session, unit_id: str) -> set[str]:
    """``unit_id`` and every unit below it."""
    parents: dict[str, str | None] = {
        u: p for u, p in session.execute(select(OrgUnit.id, OrgUnit.parent_id)
                                         .execution_options(**{UNSCOPED: True}))}
    found = {unit_id}
    grew = True
    while grew:
        more = {u for u, p in parents.items() if p in found and u not in found}
        found |= more
        grew = bool(more)
    return found


def scope_of(session: Session, person_id: str) -> Scope:
    """The scope of ``person_id`` by their role (a person who no longer exists: nothing)."""
    person = session.get(Person, person_id, execution_options={UNSCOPED: True})
    if person is None or person.deleted_at is not None:
        return Scope(person_id, "", frozenset())
    role = person.role
    if role in SEES_ALL:
        return Scope(person_id, role, None)
    if role == Role.MANAGER:
        units = subtree_units(session, person.unit_id)
        ids = session.scalars(select(Person.id).where(Person.unit_id.in_(units))
                              .execution_options(**{UNSCOPED: True})).all()
        return Scope(person_id, role, frozenset(ids) | {person_id})
    return Scope(person_id, role, frozenset({person_id}))


def _table(name: str) -> Any:
    return Base.metadata.tables[name]


def _customer_rows(t: Any, people: frozenset[str]) -> ColumnElement[bool]:
    return or_(t.c.owner_id.is_(None), t.c.in_pool.is_(True), t.c.owner_id.in_(sorted(people)))


def clause_for(table: str, scope: Scope, t: Any = None) -> ColumnElement[bool]:
    """The rows of the scoped ``table`` in ``scope``, on ``t`` (the table, or an alias of it):
    customers owned by its people, in the pool or unassigned; deals owned by its people or of
    a customer in scope; the other tables' rows by their parent (:data:`SCOPED`).
    """
    t = _table(table) if t is None else t
    people = scope.people
    if people is None:
        return true()
    if table == "customers":
        return _customer_rows(t, people)
    if table == "deals":
        if not people:
            return false()
        customers = _table("customers")
        return or_(t.c.owner_id.in_(sorted(people)),
                   t.c.customer_id.in_(select(customers.c.id)
                                       .where(_customer_rows(customers, people))))
    column, parent = SCOPED[table]
    return t.c[column].in_(ids_in_scope(parent, scope))


def ids_in_scope(table: str, scope: Scope) -> Any:
    """A select of the ids of ``table``'s rows in ``scope`` (customers, deals or a child)."""
    t = _table(table)
    return select(t.c.id).where(clause_for(table, scope, t))


def customer_clause(scope: Scope) -> ColumnElement[bool]:
    """Customers in ``scope`` (on ``customers``)."""
    return clause_for("customers", scope)


def deal_clause(scope: Scope) -> ColumnElement[bool]:
    """Deals in ``scope`` (on ``deals``)."""
    return clause_for("deals", scope)


# --- SQLite team mode: the sessions filter and check -------------------------------------


class OutOfScopeError(ValidationError):
    """A write outside the signed-in person's data scope."""


def _refuse_customer() -> OutOfScopeError:
    return OutOfScopeError("this customer is outside your data scope: it belongs to someone "
                           "you do not manage", field="owner")


def _check_customer(session: Session, scope: Scope, obj: Customer) -> None:
    people = scope.people or frozenset()
    state = inspect(obj)

    def fits(owner: str | None, pool: bool | None) -> bool:
        return owner is None or bool(pool) or owner in people

    if not fits(obj.owner_id, obj.in_pool):
        raise OutOfScopeError("you can only give customers to people you manage (or release "
                              "them to the pool)", field="owner")
    if state.persistent or state.deleted:
        owner_hist = state.attrs.owner_id.history
        pool_hist = state.attrs.in_pool.history
        owner = owner_hist.deleted[0] if owner_hist.deleted else obj.owner_id
        pool = pool_hist.deleted[0] if pool_hist.deleted else obj.in_pool
        if not fits(owner, pool):
            raise _refuse_customer()


def _customer_ok(session: Session, scope: Scope, customer_id: str | None) -> bool:
    if customer_id is None:
        return True
    row = session.execute(select(Customer.owner_id, Customer.in_pool)
                          .where(Customer.id == customer_id)
                          .execution_options(**{UNSCOPED: True})).first()
    if row is None:  # written in this flush: checked as a customer
        return True
    people = scope.people or frozenset()
    return row[0] is None or bool(row[1]) or row[0] in people


def _check_deal(session: Session, scope: Scope, obj: Deal) -> None:
    people = scope.people or frozenset()
    state = inspect(obj)
    if not (obj.owner_id in people or _customer_ok(session, scope, obj.customer_id)):
        raise OutOfScopeError("you can only give deals to people you manage", field="owner")
    if state.persistent or state.deleted:
        hist = state.attrs.owner_id.history
        owner = hist.deleted[0] if hist.deleted else obj.owner_id
        cust = state.attrs.customer_id.history
        customer = cust.deleted[0] if cust.deleted else obj.customer_id
        if not (owner in people or _customer_ok(session, scope, customer)):
            raise OutOfScopeError("this deal is outside your data scope: it belongs to "
                                  "someone you do not manage", field="owner")


def _row_in_scope(session: Session, scope: Scope, table: str, row_id: str | None) -> bool:
    if row_id is None:
        return True
    found = session.execute(ids_in_scope(table, scope).where(_table(table).c.id == row_id)
                            .execution_options(**{UNSCOPED: True})).first()
    if found is not None:
        return True
    # a parent written in this same flush is checked by itself
    exists = session.execute(select(_table(table).c.id)
                             .where(_table(table).c.id == row_id)
                             .execution_options(**{UNSCOPED: True})).first()
    return exists is None


def check_write(session: Session, scope: Scope, obj: object) -> None:
    """Refuse (:class:`OutOfScopeError`) when writing ``obj`` leaves ``scope``."""
    table = getattr(getattr(obj, "__table__", None), "name", "")
    if not table:
        return
    if not scope.can_write:
        raise OutOfScopeError("your role (data analyst) reads only; it changes nothing")
    if table in ADMIN_TABLES and scope.role != Role.OWNER:
        raise OutOfScopeError("only the owner changes people, units and accounts")
    if scope.sees_all:
        return
    if table == "customers":
        _check_customer(session, scope, obj)  # type: ignore[arg-type]
    elif table == "deals":
        _check_deal(session, scope, obj)  # type: ignore[arg-type]
    elif table in SCOPED:
        column, parent = SCOPED[table]
        state = inspect(obj)
        hist = state.attrs[column].history
        values = {getattr(obj, column), *(hist.deleted or ())}
        if not all(_row_in_scope(session, scope, parent, v) for v in values):
            raise OutOfScopeError("this record belongs to a customer outside your data scope")


SCOPED_TABLES = frozenset({"customers", "deals", *SCOPED})


def _tables(frm: Any, nullable: bool) -> list[tuple[Any, str, bool]]:
    """The scoped tables (or aliases of them) in a FROM element, with whether they are on the
    nullable side of an outer join.
    """
    if isinstance(frm, Join):
        return (_tables(frm.left, nullable or frm.full)
                + _tables(frm.right, nullable or frm.isouter or frm.full))
    base = frm.element if isinstance(frm, Alias) else frm
    name = getattr(base, "name", None) if isinstance(base, Table) else None
    return [(frm, name, nullable)] if name in SCOPED_TABLES else []


def scoped_select(statement: Any, scope: Scope) -> Any:
    """``statement`` (a SELECT) keeping only the rows in ``scope`` of every scoped table in its
    FROM list; other statements unchanged. Subqueries are not rewritten: the rows a query
    returns come from its outer FROM list.
    """
    if not isinstance(statement, Select) or scope.people is None:
        return statement
    clauses = []
    for frm in statement.get_final_froms():
        for t, name, nullable in _tables(frm, False):
            clause = clause_for(name, scope, t)
            clauses.append(or_(clause, t.c.id.is_(None)) if nullable else clause)
    return statement.where(*clauses) if clauses else statement


def _filter_reads(scope: Scope) -> Any:
    def before_execute(_conn: object, statement: Any, multiparams: Any, params: Any,
                       options: Any) -> tuple[Any, Any, Any]:
        unscoped = (options or {}).get(UNSCOPED) or getattr(
            statement, "_execution_options", {}).get(UNSCOPED)
        if not unscoped:
            statement = scoped_select(statement, scope)
        return statement, multiparams, params

    return before_execute


def _check_flush(scope: Scope) -> Any:
    def before_flush(session: Session, _context: object, _instances: object) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if session.is_modified(obj) or obj in session.new or obj in session.deleted:
                check_write(session, scope, obj)

    return before_flush


def apply_scope(store: Store, scope: Scope, *, filter_reads: bool = True) -> None:
    """Make every session of ``store`` keep to ``scope`` (see the module docstring).

    Called once, when someone signs in to the store; a scope that sees everything and may
    write needs nothing (the owner, the director). ``filter_reads=False`` when the database
    filters the reads itself (PostgreSQL's row-level security).
    """
    store.scope = scope
    if scope.sees_all and scope.can_write:
        return
    if filter_reads and not scope.sees_all:
        event.listen(store.engine, "before_execute", _filter_reads(scope), retval=True)
    for factory in (store.factories.read, store.factories.write):
        event.listen(factory, "before_flush", _check_flush(scope))


def scope_for_person(store: Store, person_id: str) -> Scope:
    """:func:`scope_of` in a read of ``store``."""
    with store.read() as uow:
        return scope_of(uow.session, person_id)


def sign_in_scope(store: Store, person_id: str) -> Scope:
    """Someone signed in: their scope, applied to ``store``'s sessions (SQLite) — on
    PostgreSQL the server applies it, and the sessions only check writes first for a clear
    message.
    """
    scope = scope_for_person(store, person_id)
    apply_scope(store, scope, filter_reads=store.engine.dialect.name != "postgresql")
    return scope
