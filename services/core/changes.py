"""What a write changed (:class:`Changes`), the result every write service returns (:class:`Op`)
and the recorder that builds ``Changes`` inside a unit of work.

A writing unit of work (``store.write()``) records every INSERT, UPDATE and DELETE that reaches
the database while it is open — ORM flushes, Core statements, executemany batches and plain
driver SQL alike — through one engine-level ``after_execute`` hook. Nothing depends on a service
remembering to say what it did: the description is true by construction, and the same for the
GUI, the CLI, imports and (later) sync. A statement whose rows cannot be told (an UPDATE by
something other than the primary key) marks its table as *changed, ids unknown*, so a view
reloads rather than misses a change.

Kinds are table names (``deals``, ``customers``, ``target_values``…). A soft delete
(``deleted_at`` set) counts as a deletion and clearing it (a restore) as a creation, which is
what a view needs to add or drop a row. ``facts`` carries derived facts that rules add (for
example the customers whose tier the tier rule recomputed).

An :class:`Op` is ``(value, changes, undo)``. ``undo`` is a :class:`Call` of a module-level
service function; running it returns another ``Op`` whose own ``undo`` redoes the action, so an
undo command holds only data, never a page or a bound method.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from services.core.store import Store

T = TypeVar("T")

CREATED, UPDATED, DELETED = "created", "updated", "deleted"
STAYED_OPEN = "deals.stayed_open"
"""A fact a writer may add: deals it changed that were open (never closed) before and are still
open after, so nothing read from closed deals (tiers, won amounts) can have moved."""
SOFT_DELETE = "deleted_at"
UNRECORDED = frozenset({"change_feed"})
"""Tables whose writes are not changes of the data: the change feed describes the others."""
_BOOKKEEPING = frozenset({"updated_at", "created_at"})


@dataclass(frozen=True)
class KindChanges:
    """The changes to one kind of record (one table).

    ``unknown`` means rows of this kind changed but not all their ids are known: treat any
    record of the kind as possibly changed. ``fields`` are the column names an UPDATE set
    (bookkeeping timestamps left out).
    """

    created: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()
    deleted: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    unknown: bool = False

    @property
    def ids(self) -> frozenset[str]:
        """Every id named, whatever happened to it."""
        return self.created | self.updated | self.deleted


_NOTHING = KindChanges()


@dataclass(frozen=True)
class Changes:
    """What one operation changed; empty means nothing did.

    ``everything`` is for a database switched or restored: reload it all.
    """

    kinds: Mapping[str, KindChanges] = field(default_factory=dict)
    facts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds) or bool(self.facts)

    def of(self, kind: str) -> KindChanges:
        """The changes to ``kind`` (an empty :class:`KindChanges` when it was not touched)."""
        return self.kinds.get(kind, _NOTHING)

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` changed (always, for ``everything``)."""
        return self.everything or any(k in self.kinds for k in kinds)

    def ids(self, kind: str) -> frozenset[str] | None:
        """Ids of ``kind`` created, updated or deleted; None when unknown (reload them all)."""
        if self.everything:
            return None
        kc = self.of(kind)
        return None if kc.unknown else kc.ids

    def fields(self, kind: str) -> frozenset[str]:
        """Names of the fields of ``kind`` that an update set."""
        return self.of(kind).fields

    def only_fields(self, kind: str, allowed: Iterable[str]) -> bool:
        """True when ``kind`` was only updated, and only in ``allowed`` fields."""
        if self.everything:
            return False
        kc = self.of(kind)
        return (not kc.unknown and not kc.created and not kc.deleted
                and kc.fields <= frozenset(allowed))

    def fact(self, name: str) -> frozenset[str]:
        """The ids a derived fact names (empty when the fact is absent)."""
        return self.facts.get(name, frozenset())

    def merged(self, other: Changes) -> Changes:
        """Both operations' changes, as one (for macros and multi-step services)."""
        if not other:
            return self
        if not self:
            return other
        rec = ChangeRecorder()
        rec.absorb(self)
        rec.absorb(other)
        return rec.changes()

    @staticmethod
    def setting(key: str) -> Changes:
        """One setting changed, e.g. ``"user/person_id"`` (who uses this computer)."""
        return Changes({"app_settings": KindChanges(updated=frozenset({key}))})

    @staticmethod
    def all() -> Changes:
        """Everything may have changed (a restore, a database switch)."""
        return Changes(everything=True)

    @staticmethod
    def merge(parts: Iterable[Changes]) -> Changes:
        """The union of several operations' changes."""
        rec = ChangeRecorder()
        for part in parts:
            rec.absorb(part)
        return rec.changes()

    def summary(self) -> str:
        """A short text for logs and test failures: ``deals: 2 updated (stage_id)``."""
        if self.everything:
            return "everything"
        out = []
        for kind, kc in sorted(self.kinds.items()):
            bits = [f"{len(ids)} {word}" for word, ids in
                    ((CREATED, kc.created), (UPDATED, kc.updated), (DELETED, kc.deleted)) if ids]
            if kc.unknown:
                bits.append("some")
            text = f"{kind}: {', '.join(bits)}"
            if kc.fields:
                text += f" ({', '.join(sorted(kc.fields))})"
            out.append(text)
        out += [f"{name}: {len(ids)}" for name, ids in sorted(self.facts.items())]
        return "; ".join(out) or "nothing"


@dataclass(frozen=True)
class Call:
    """A service call kept as data: ``fn(store, *args, **kwargs)`` returning an :class:`Op`.

    ``fn`` must be a module-level service function, so a ``Call`` holds no page or widget.
    """

    fn: Callable[..., Op[Any]]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def run(self, store: Store) -> Op[Any]:
        """Make the call."""
        return self.fn(store, *self.args, **dict(self.kwargs))


def call(fn: Callable[..., Op[Any]], *args: Any, **kwargs: Any) -> Call:
    """Shorthand for ``Call(fn, args, kwargs)``."""
    return Call(fn, tuple(args), dict(kwargs))


@dataclass(frozen=True)
class Op(Generic[T]):
    """The one result of every write service: its value, what changed, and how to undo it.

    ``undo`` is None for actions that cannot be undone (or that changed nothing). Running
    ``undo`` returns an ``Op`` whose ``undo`` redoes the action (or None: redo by repeating the
    original call).
    """

    value: T
    changes: Changes
    undo: Call | None = None


# --------------------------------------------------------------------------- recording


class ChangeRecorder:
    """Collects the changes of one unit of work (mutable; :meth:`changes` freezes them)."""

    def __init__(self) -> None:
        self._ids: dict[str, dict[str, set[str]]] = {}
        self._fields: dict[str, set[str]] = {}
        self._unknown: set[str] = set()
        self._facts: dict[str, set[str]] = {}

    def __bool__(self) -> bool:
        return bool(self._ids or self._unknown or self._facts)

    def clear(self) -> None:
        """Forget everything recorded (the transaction was rolled back or committed)."""
        self._ids.clear()
        self._fields.clear()
        self._unknown.clear()
        self._facts.clear()

    def _bucket(self, kind: str, what: str) -> set[str]:
        return self._ids.setdefault(kind, {}).setdefault(what, set())

    def created(self, kind: str, ids: Iterable[str]) -> None:
        """Rows of ``kind`` inserted (or restored from a soft delete)."""
        bucket = self._bucket(kind, CREATED)
        for i in ids:
            bucket.add(i)
            self._ids[kind].get(DELETED, set()).discard(i)

    def updated(self, kind: str, ids: Iterable[str] | None,
                fields: Iterable[str] = ()) -> None:
        """Rows of ``kind`` updated; ``ids`` None means "some rows, ids unknown"."""
        if ids is None:
            self._unknown.add(kind)
            self._ids.setdefault(kind, {})
        else:
            known = self._ids.setdefault(kind, {})
            fresh = known.get(CREATED, set()) | known.get(DELETED, set())
            self._bucket(kind, UPDATED).update(i for i in ids if i not in fresh)
        self._fields.setdefault(kind, set()).update(f for f in fields if f not in _BOOKKEEPING)

    def deleted(self, kind: str, ids: Iterable[str] | None) -> None:
        """Rows of ``kind`` deleted or soft-deleted; ``ids`` None: unknown."""
        if ids is None:
            self._unknown.add(kind)
            self._ids.setdefault(kind, {})
            return
        bucket = self._bucket(kind, DELETED)
        for i in ids:
            bucket.add(i)
            self._ids[kind].get(CREATED, set()).discard(i)
            self._ids[kind].get(UPDATED, set()).discard(i)

    def fact(self, name: str, ids: Iterable[str]) -> None:
        """A derived fact, e.g. ``fact("customers.tier", ids)``."""
        self._facts.setdefault(name, set()).update(ids)

    def absorb(self, changes: Changes) -> None:
        """Add a frozen :class:`Changes` (for merging)."""
        for kind, kc in changes.kinds.items():
            self.created(kind, kc.created)
            self.deleted(kind, kc.deleted)
            self.updated(kind, None if kc.unknown else kc.updated, kc.fields)
            if kc.unknown:
                self.updated(kind, kc.updated)
        for name, ids in changes.facts.items():
            self.fact(name, ids)

    def kinds_touched(self) -> set[str]:
        """The kinds recorded so far (for derived-update rules)."""
        return set(self._ids) | self._unknown

    def changes(self) -> Changes:
        """A frozen copy of what was recorded."""
        kinds: dict[str, KindChanges] = {}
        for kind in sorted(set(self._ids) | self._unknown):
            got = self._ids.get(kind, {})
            kinds[kind] = KindChanges(
                created=frozenset(got.get(CREATED, ())), updated=frozenset(got.get(UPDATED, ())),
                deleted=frozenset(got.get(DELETED, ())),
                fields=frozenset(self._fields.get(kind, ())), unknown=kind in self._unknown)
        facts = {k: frozenset(v) for k, v in sorted(self._facts.items())}
        return Changes(kinds, facts)


_ACTIVE: ContextVar[ChangeRecorder | None] = ContextVar("sailplan_change_recorder", default=None)


@contextmanager
def recording(recorder: ChangeRecorder) -> Iterator[ChangeRecorder]:
    """Record the statements executed in this thread (context) into ``recorder``."""
    token = _ACTIVE.set(recorder)
    try:
        yield recorder
    finally:
        _ACTIVE.reset(token)


def active_recorder() -> ChangeRecorder | None:
    """The recorder of the writing unit of work open in this context, if any."""
    return _ACTIVE.get()


# --------------------------------------------------------------------------- statement analysis


def install(engine: Any) -> None:
    """Hook ``engine`` so writing units of work record what their statements change.

    Idempotent per engine. The hook costs one context-variable read for statements outside a
    writing unit of work.
    """
    from sqlalchemy import event

    if not event.contains(engine, "after_execute", _after_execute):
        event.listen(engine, "after_execute", _after_execute)
        event.listen(engine, "after_cursor_execute", _after_driver_sql)


def install_session(factory: Any) -> None:
    """Hook a writing session factory so an ORM flush also records the previous values of the
    references it changes: fact ``"<table>.<column>.before"`` (e.g. ``deals.customer_id.before``)
    names the rows a record was moved away from, which a rule may need to update too.
    """
    from sqlalchemy import event

    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)


def _before_flush(session: Any, _context: Any, _instances: Any) -> None:
    recorder = _ACTIVE.get()
    if recorder is None or not session.dirty:
        return
    from sqlalchemy import inspect

    for obj in session.dirty:
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", None)
        if table is None:
            continue
        for attr in state.mapper.column_attrs:
            if not attr.key.endswith("_id"):
                continue
            old = [v for v in state.attrs[attr.key].history.deleted if v is not None]
            if old:
                recorder.fact(f"{table}.{attr.key}.before", (str(v) for v in old))


def _param_sets(multiparams: Any, params: Any) -> list[Any]:
    if multiparams:
        if len(multiparams) == 1 and isinstance(multiparams[0], list | tuple):
            inner = multiparams[0]
            if inner and isinstance(inner[0], Mapping | list | tuple):
                return list(inner)
        return list(multiparams)
    return [params] if params else [{}]


def _after_execute(conn: Any, statement: Any, multiparams: Any, params: Any,
                   _options: Any, result: Any) -> None:
    recorder = _ACTIVE.get()
    if recorder is None:
        return
    if isinstance(statement, str):
        _record_sql(recorder, statement, _param_sets(multiparams, params))
        return
    if not getattr(statement, "is_dml", False):
        if getattr(statement, "is_text", False) or type(statement).__name__ == "TextClause":
            _record_sql(recorder, str(statement), _param_sets(multiparams, params))
        return
    _record_dml(recorder, statement, _param_sets(multiparams, params), result)


def _after_driver_sql(conn: Any, _cursor: Any, statement: str, parameters: Any, context: Any,
                     executemany: bool) -> None:
    """Plain driver SQL (``exec_driver_sql``) reaches only the cursor-level event."""
    if getattr(context, "compiled", None) is not None:
        return  # a compiled statement: already seen by _after_execute
    recorder = _ACTIVE.get()
    if recorder is None:
        return
    sets = list(parameters) if executemany else [parameters]
    _record_sql(recorder, statement, sets)


@dataclass(frozen=True)
class _Shape:
    """What a DML statement writes, worked out once per statement object."""

    verb: str
    table: str
    pk: str  # the primary key column's name ("id", or "key" for app_settings)
    id_key: str | None  # the parameter key holding the row id, if the WHERE is by id
    id_values: tuple[Any, ...] | None  # literal ids in the statement itself
    fields: frozenset[str] | None  # SET columns, None: take them from the parameters
    value_keys: Mapping[str, str]  # column name → parameter key (for deleted_at)
    literal_values: Mapping[str, Any]  # column name → literal value given in .values()


_SHAPES: dict[int, tuple[Any, _Shape]] = {}


def _shape(statement: Any) -> _Shape | None:
    cached = _SHAPES.get(id(statement))
    if cached is not None and cached[0] is statement:
        return cached[1]
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if name is None:
        return None
    verb = "insert" if statement.is_insert else "update" if statement.is_update else "delete"
    id_key: str | None = None
    id_values: tuple[Any, ...] | None = None
    pks = [c.name for c in getattr(table, "primary_key", ())]
    pk = pks[0] if len(pks) == 1 else "id"
    where = getattr(statement, "whereclause", None)
    if where is not None:
        id_key, id_values = _id_condition(where, pk)
    value_keys: dict[str, str] = {}
    literal: dict[str, Any] = {}
    values = getattr(statement, "_values", None) or {}
    for col, val in values.items():
        col_name = getattr(col, "key", None) or str(col)
        if type(val).__name__ != "BindParameter":
            literal[col_name] = val  # an SQL expression: set, value unknown here
        elif val.unique:  # a literal given to .values(): its value is in the statement
            literal[col_name] = val.value
        else:  # a named parameter, filled from each parameter set
            value_keys[col_name] = val.key
    fields = frozenset(value_keys) | frozenset(literal) if values else None
    shape = _Shape(verb, name, pk, id_key, id_values, fields, value_keys, literal)
    if len(_SHAPES) > 512:
        _SHAPES.clear()
    _SHAPES[id(statement)] = (statement, shape)
    return shape


def _id_condition(where: Any, pk: str) -> tuple[str | None, tuple[Any, ...] | None]:
    """The parameter key or literal ids of ``WHERE pk = …`` / ``WHERE pk IN (…)``, possibly
    ANDed with other conditions; (None, None) when the rows are not chosen by id.
    """
    clauses = list(getattr(where, "clauses", ())) if _is_and(where) else [where]
    for clause in clauses:
        left = getattr(clause, "left", None)
        right = getattr(clause, "right", None)
        if getattr(left, "name", None) != pk or right is None:
            continue
        if type(right).__name__ == "Grouping":
            right = getattr(right, "element", right)
        if type(right).__name__ == "BindParameter":
            if right.value is not None and not right.expanding:
                return None, (right.value,)
            if right.expanding and right.value is not None:
                return None, tuple(right.value)
            return right.key, None
        inner = getattr(right, "clauses", None)
        if inner is not None:
            vals = [getattr(c, "value", None) for c in inner]
            if all(v is not None for v in vals):
                return None, tuple(vals)
    return None, None


def _is_and(where: Any) -> bool:
    op = getattr(where, "operator", None)
    return getattr(op, "__name__", "") == "and_" and hasattr(where, "clauses")


def _inserted_ids(result: Any) -> list[Any]:
    try:
        rows = result.inserted_primary_key_rows
    except Exception:  # noqa: BLE001 - not available for this statement: ids unknown
        return []
    return [r[0] if r is not None and len(r) == 1 else None for r in rows or ()]


def _record_dml(recorder: ChangeRecorder, statement: Any, sets: Sequence[Any],
                result: Any = None) -> None:
    shape = _shape(statement)
    if shape is None or shape.table in UNRECORDED:
        return
    kind = shape.table
    if shape.verb == "insert":
        ids = [p.get(shape.pk) for p in sets if isinstance(p, Mapping)]
        lit = shape.literal_values.get(shape.pk)
        if lit is not None:
            ids = [lit]
        if not ids or any(i is None for i in ids):
            ids = _inserted_ids(result) if result is not None else []
        if ids and all(i is not None for i in ids):
            recorder.created(kind, (str(i) for i in ids))
        else:
            recorder.updated(kind, None)
        return
    ids_per_row: list[list[Any]] | None
    if shape.id_values is not None:
        ids_per_row = [list(shape.id_values)]
    elif shape.id_key is not None:
        ids_per_row = []
        for p in sets:
            got = p.get(shape.id_key) if isinstance(p, Mapping) else None
            if got is None:
                ids_per_row = None
                break
            ids_per_row.append(list(got) if isinstance(got, list | tuple) else [got])
    else:
        ids_per_row = None
    if shape.verb == "delete":
        recorder.deleted(kind, None if ids_per_row is None else
                         [str(i) for row in ids_per_row for i in row])
        return
    fields = shape.fields
    if fields is None:
        keys: set[str] = set()
        for p in sets:
            if isinstance(p, Mapping):
                keys.update(p)
        keys.discard(shape.id_key or shape.pk)
        fields = frozenset(keys)
    if ids_per_row is None:
        recorder.updated(kind, None, fields)
        return
    if SOFT_DELETE not in fields:
        recorder.updated(kind, (str(i) for row in ids_per_row for i in row), fields)
        return
    key = shape.value_keys.get(SOFT_DELETE, SOFT_DELETE)
    others = fields - {SOFT_DELETE}
    for n, row in enumerate(ids_per_row):
        if SOFT_DELETE in shape.literal_values:
            value = shape.literal_values[SOFT_DELETE]
        else:
            p = sets[n] if n < len(sets) and isinstance(sets[n], Mapping) else {}
            value = p.get(key, ...)
        row_ids = [str(i) for i in row]
        if value is ...:
            recorder.updated(kind, row_ids, fields)
        elif value is None:
            recorder.created(kind, row_ids)
        else:
            recorder.deleted(kind, row_ids)
        if others and value is not ...:
            recorder.updated(kind, [], others)


_SQL = re.compile(r"^\s*(insert\s+into|update|delete\s+from)\s+[\"`]?(\w+)", re.IGNORECASE)
_SQL_SET = re.compile(r"\bset\b(.*?)\bwhere\b", re.IGNORECASE | re.DOTALL)
_SQL_BY_ID = re.compile(r"\bwhere\s+(?:\w+\.)?\"?id\"?\s*=\s*\?\s*;?\s*$", re.IGNORECASE)


def _record_sql(recorder: ChangeRecorder, sql: str, sets: Sequence[Any]) -> None:
    """Plain SQL: table from the text; ids only for ``UPDATE … WHERE id = ?`` (last parameter)."""
    m = _SQL.match(sql)
    if m is None:
        return
    verb, kind = m.group(1).split()[0].lower(), m.group(2)
    if kind in UNRECORDED:
        return
    fields: list[str] = []
    if verb == "update":
        s = _SQL_SET.search(sql)
        if s:
            fields = [part.split("=")[0].strip().strip('"') for part in s.group(1).split(",")]
        if _SQL_BY_ID.search(sql) and sets and all(isinstance(p, tuple | list) and p
                                                    for p in sets):
            if SOFT_DELETE not in fields:
                recorder.updated(kind, (str(p[-1]) for p in sets), fields)
                return
    if verb == "delete":
        recorder.deleted(kind, None)
    else:
        recorder.updated(kind, None, fields)
