"""Moving a firm's database to the team's server (``python main.py team migrate-from FILE --db
URL``): every record of a Sailplan database copied into an empty one, verified, all or nothing.

:func:`copy_firm` opens the target with the current schema and **no** default data, refuses it
unless every table is empty (a target with anything in it is somebody's data), then copies the
tables parents first (the models' foreign-key order; rows of a table that refers to itself —
org units, managers, merged customers, target nodes, quote revisions — parents before
children) in **one** transaction on the target, in chunks, with progress and Cancel. Before
it commits, it counts every table and sums every money column (integer fen) on both sides;
any difference rolls the whole copy back (:class:`CopyError` naming the table and column).
The source is only read. The change feed (what the source's own apps were told) is not
copied; the audit log is, as it is — the copy itself records no audit rows (on PostgreSQL the
tables' triggers are off for the copy, inside its transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Table, func, insert, select
from sqlalchemy.engine import Connection

from models.base import Base, Money
from services.core.errors import SailplanError
from services.core.store import Store

CHUNK = 2_000
SKIPPED = frozenset({"change_feed"})
Progress = Callable[[int, int], None]


class CopyError(SailplanError):
    """The copy was refused or did not verify; the target was left as it was."""


class CopyCancelled(SailplanError):
    """The user cancelled; the target was left as it was."""


@dataclass
class CopyReport:
    """What was copied: rows per table and every money column's sum (fen), both verified."""

    rows: dict[str, int] = field(default_factory=dict)
    sums: dict[str, int] = field(default_factory=dict)  # "table.column" → fen

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """The tables copied, parents first."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _self_parent(table: Table) -> Column[Any] | None:
    for fk in table.foreign_keys:
        if fk.column.table is table:
            return fk.parent
    return None


def _money_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if isinstance(c.type, Money)]


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _fen_sum(conn: Connection, column: Column[Any]) -> int:
    """The column's sum in fen, read as stored (integer minor units)."""
    stored = column.type.impl if hasattr(column.type, "impl") else column.type
    raw = conn.execute(select(func.coalesce(func.sum(column.cast(stored)), 0))).scalar_one()
    return int(raw)


def _parents_first(rows: list[dict[str, Any]], key: str, parent: str) -> list[dict[str, Any]]:
    """Rows ordered so a row's parent (in the same table) comes before it."""
    by_id = {r[key]: r for r in rows}
    done: set[Any] = set()
    out: list[dict[str, Any]] = []
    for row in rows:
        chain = []
        cur: dict[str, Any] | None = row
        while cur is not None and cur[key] not in done and cur not in chain:
            chain.append(cur)
            up = cur.get(parent)
            cur = by_id.get(up) if up is not None else None
        for item in reversed(chain):
            done.add(item[key])
            out.append(item)
    return out


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _rows(conn: Connection, table: Table) -> Iterable[list[dict[str, Any]]]:
    """The table's rows as dicts, in chunks (a self-referencing table whole, parents first)."""
    key = next(iter(table.primary_key.columns)).name
    parent = _self_parent(table)
    result = conn.execute(select(table).order_by(*table.primary_key.columns))
    if parent is not None:
        rows = [dict(r._mapping) for r in result]
        yield from _chunks(_parents_first(rows, key, parent.name), CHUNK)
        return
    while True:
        part = result.fetchmany(CHUNK)
        if not part:
            return
        yield [dict(r._mapping) for r in part]


def check_empty(conn: Connection) -> None:
    """Refuse a target that holds any record."""
    for table in tables():
        n = _count(conn, table)
        if n:
            raise CopyError("the target database is not empty ({table} has {count} rows); "
                            "Sailplan copies a firm only into an empty database",
                            table=table.name, count=n)


def copy_firm(source: Store, target: Store, *, progress: Progress | None = None,
              is_cancelled: Callable[[], bool] | None = None) -> CopyReport:
    """Copy every record of ``source`` into the empty ``target`` (see the module docstring)."""
    report = CopyReport()
    todo = tables()
    with source.engine.connect() as src:
        total = sum(_count(src, t) for t in todo)
        with target.engine.begin() as dst:
            check_empty(dst)
            postgres = dst.dialect.name == "postgresql"
            done = 0
            for table in todo:
                if postgres:  # the copy is not a change to audit: the records arrive as they are
                    dst.exec_driver_sql(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER')
                for chunk in _rows(src, table):
                    if is_cancelled is not None and is_cancelled():
                        raise CopyCancelled("the copy was cancelled; nothing was written")
                    dst.execute(insert(table), chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                if postgres:
                    dst.exec_driver_sql(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER')
            for table in todo:
                have, got = _count(src, table), _count(dst, table)
                if have != got:
                    raise CopyError("{table}: {source} rows in the source but {target} copied; "
                                    "nothing was written", table=table.name, source=have,
                                    target=got)
                report.rows[table.name] = got
                for column in _money_columns(table):
                    want, sent = _fen_sum(src, column), _fen_sum(dst, column)
                    if want != sent:
                        raise CopyError("{column}: the amounts add up to {source} fen in the "
                                        "source but {target} in the copy; nothing was written",
                                        column=f"{table.name}.{column.name}", source=want,
                                        target=sent)
                    report.sums[f"{table.name}.{column.name}"] = sent
    return report
