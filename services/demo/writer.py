"""Bulk writing of the demo rows: foreign-key order, one executemany per table and batch.

PostgreSQL (or any other database) gets SQLAlchemy Core inserts of typed values. On SQLite the
rows already hold storage values (fen integers, UTC timestamp text — see
:class:`~services.demo.common.Clock`) and go straight to the driver's ``executemany`` on a
writer thread: sqlite3 releases the GIL while SQLite works, so the next batch is generated while
the previous one is stored. At 100,000 customers the per-value type processing of the ORM path
would otherwise dominate the run.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

from sqlalchemy import bindparam, insert, update

from models import (
    Contact,
    Customer,
    CustomerEvent,
    Deal,
    DealLine,
    FollowUp,
    LostReason,
    OrgUnit,
    Person,
    Pipeline,
    Product,
    Stage,
    StageHistory,
)

# Insert order respects foreign keys (checked per statement on SQLite).
TABLES: tuple[tuple[str, type[Any]], ...] = (
    ("org_units", OrgUnit), ("people", Person), ("products", Product), ("pipelines", Pipeline),
    ("stages", Stage), ("lost_reasons", LostReason), ("customers", Customer),
    ("contacts", Contact), ("customer_events", CustomerEvent), ("deals", Deal),
    ("deal_lines", DealLine), ("stage_history", StageHistory), ("followups", FollowUp),
)
_Batch = list[tuple[str, list[dict[str, Any]]]]


class BulkWriter:
    """Buffers rows per table and bulk-inserts them in foreign-key order.

    Use :meth:`finish` after the last :meth:`flush` (it waits for the writer thread and raises
    what went wrong there) and :meth:`stop` in a ``finally`` so an error or a cancel never leaves
    the thread touching the connection while the caller rolls back.
    """

    def __init__(self, session: Any, raw_sqlite: bool):
        self.session = session
        self.raw_sqlite = raw_sqlite
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name, _m in TABLES}
        self.counts: dict[str, int] = dict.fromkeys(self.buffers, 0)
        self._sql: dict[str, str] = {}
        self._error: BaseException | None = None
        self._queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=2)
        self._thread: threading.Thread | None = None
        self._dbapi: Any = None
        if raw_sqlite:
            self._dbapi = session.connection().connection.driver_connection
            self._thread = threading.Thread(target=self._work, name="demo-writer", daemon=True)
            self._thread.start()

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Queue rows (table name → rows) for the next flush."""
        for name, batch in rows.items():
            self.buffers[name].extend(batch)

    def flush(self) -> None:
        """Write everything buffered, parents before children."""
        batch: _Batch = []
        for name, model in TABLES:
            rows = self.buffers[name]
            if rows:
                self.counts[name] += len(rows)
                self.buffers[name] = []
                if self.raw_sqlite:
                    batch.append((self._statement(model.__table__, rows[0], True), rows))
                else:
                    self.session.execute(insert(model.__table__), rows)
        if batch:
            self._raise_worker_error()
            self._queue.put(batch)

    def execute(self, table: Any, rows: list[dict[str, Any]], insert_rows: bool) -> None:
        """Insert ``rows`` (or update them by ``id``) now, after everything flushed before."""
        if not self.raw_sqlite:
            if insert_rows:
                self.session.execute(insert(table), rows)
            else:  # bind names must differ from the column names in an executemany UPDATE
                values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in rows[0] if k != "id"}
                stmt = update(table).where(table.c.id == bindparam("v_id")).values(values)
                self.session.execute(stmt, [{f"v_{k}": v for k, v in r.items()} for r in rows])
            return
        self.finish()
        self._dbapi.executemany(self._statement(table, rows[0], insert_rows), rows)

    def finish(self) -> None:
        """Wait until every flushed row is stored; re-raise a failure of the writer thread."""
        self.stop()
        self._raise_worker_error()

    def stop(self) -> None:
        """Stop the writer thread (idempotent); pending batches are still written or dropped."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _work(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self._error is not None:
                continue  # keep draining so the producer never blocks
            try:
                for sql, rows in batch:
                    self._dbapi.executemany(sql, rows)
            except BaseException as exc:  # handed to the generating thread
                self._error = exc

    def _raise_worker_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _statement(self, table: Any, sample: dict[str, Any], insert_rows: bool) -> str:
        key = f"{table.name}:{insert_rows}:{','.join(sample)}"
        sql = self._sql.get(key)
        if sql is None:
            cols = [c.name for c in table.columns if c.name in sample]
            if len(cols) != len(sample):
                raise ValueError(f"unknown columns for {table.name}: {sorted(sample)}")
            if insert_rows:
                sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) "
                       f"VALUES ({', '.join(':' + c for c in cols)})")
            else:
                sets = ", ".join(f"{c} = :{c}" for c in cols if c != "id")
                sql = f"UPDATE {table.name} SET {sets} WHERE id = :id"
            self._sql[key] = sql
        return sql
