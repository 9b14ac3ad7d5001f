"""The PostgreSQL half of ``check``: constraints, orphan rows and row counts, read-only.

PostgreSQL enforces foreign keys, but a constraint added ``NOT VALID`` (or dropped and
re-added, or bypassed by a restore run with triggers off) can leave rows that break it. So
for every foreign key Sailplan's models declare, ``check`` counts the rows pointing at a
missing parent itself; for every constraint the server holds unvalidated it tries
``VALIDATE CONSTRAINT`` inside a transaction that is rolled back; and it counts every table's
rows twice, once from the table and once through its primary key index, to notice an index
that no longer matches its table.
"""

from __future__ import annotations

from sqlalchemy import Connection, MetaData, inspect, text
from sqlalchemy.exc import DBAPIError

from services.core.findings import Problem

MAX_LISTED = 50


def pg_problems(conn: Connection, metadata: MetaData) -> tuple[list[str], dict[str, int]]:
    """Problems found in a PostgreSQL store, and the row count of every Sailplan table."""
    present = set(inspect(conn).get_table_names())
    tables = [t for t in metadata.sorted_tables if t.name in present]
    problems: list[str] = []
    problems.extend(_missing_foreign_keys(conn, tables))
    problems.extend(_orphans(conn, tables))
    problems.extend(_unvalidated(conn))
    counts, mismatched = _counts(conn, tables)
    problems.extend(mismatched)
    return problems, counts


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _orphans(conn: Connection, tables: list) -> list[str]:  # type: ignore[type-arg]
    found: list[str] = []
    for table in tables:
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table.name
            cols = [c.name for c in fk.columns]
            refs = [e.column.name for e in fk.elements]
            not_null = " AND ".join(f"c.{_q(c)} IS NOT NULL" for c in cols)
            match = " AND ".join(f"p.{_q(r)} = c.{_q(c)}" for c, r in zip(cols, refs,
                                                                         strict=True))
            n = conn.execute(text(
                f"SELECT count(*) FROM {_q(table.name)} c WHERE {not_null} AND NOT EXISTS "
                f"(SELECT 1 FROM {_q(parent)} p WHERE {match})")).scalar_one()
            if n:
                found.append(Problem("broken reference: {count} {table} row(s) point to a "
                                     "missing {parent} row ({columns})", count=n,
                                     table=table.name, parent=parent, columns=", ".join(cols)))
    return found


def _missing_foreign_keys(conn: Connection, tables: list) -> list[str]:  # type: ignore[type-arg]
    insp = inspect(conn)
    found: list[str] = []
    for table in tables:
        have = {(tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in insp.get_foreign_keys(table.name)}
        for fk in table.foreign_key_constraints:
            key = (tuple(c.name for c in fk.columns), fk.referred_table.name)
            if key not in have:
                found.append(Problem("missing constraint: {table}.{columns} should reference "
                                     "{parent}, but the database does not enforce it",
                                     table=table.name, columns=", ".join(key[0]),
                                     parent=key[1]))
    return found


def _unvalidated(conn: Connection) -> list[str]:
    rows = conn.execute(text(
        "SELECT c.conname, c.conrelid::regclass::text FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE NOT c.convalidated AND n.nspname = current_schema() ORDER BY 2, 1")).all()
    found: list[str] = []
    for name, table in rows:
        savepoint = conn.begin_nested()
        try:
            conn.exec_driver_sql(f"ALTER TABLE {table} VALIDATE CONSTRAINT {_q(name)}")
            problem = Problem("constraint {name} on {table} holds for every row but was never "
                              "validated", name=name, table=table)
        except DBAPIError as exc:
            first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            problem = Problem("constraint {name} on {table} is broken by existing rows "
                              "({detail})", name=name, table=table, detail=first)
        finally:
            savepoint.rollback()  # check changes nothing, not even the validated flag
        found.append(problem)
    return found


def _counts(conn: Connection, tables: list) -> tuple[dict[str, int], list[str]]:  # type: ignore[type-arg]
    counts: dict[str, int] = {}
    mismatched: list[str] = []
    for table in tables:
        pk = [c.name for c in table.primary_key.columns]
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexonlyscan = off")
        conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
        heap = int(conn.execute(text(f"SELECT count(*) FROM {_q(table.name)}")).scalar_one())
        counts[table.name] = heap
        if not pk:
            continue
        conn.exec_driver_sql("SET LOCAL enable_indexscan = on")
        conn.exec_driver_sql("SET LOCAL enable_indexonlyscan = on")
        conn.exec_driver_sql("SET LOCAL enable_bitmapscan = on")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        indexed = int(conn.execute(text(
            f"SELECT count({_q(pk[0])}) FROM {_q(table.name)}")).scalar_one())
        conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
        if indexed != heap:
            mismatched.append(Problem("row count: {table} has {heap} rows but its primary key "
                                      "index lists {indexed} (rebuild it: REINDEX TABLE "
                                      "{table})", table=table.name, heap=heap, indexed=indexed))
    return counts, mismatched
