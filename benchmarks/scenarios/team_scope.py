"""team-scope: the customers search and the Kanban board as a rep under row-level security on
PostgreSQL, against the same as the owner (300,000 deals at full size).

The demo firm is copied into a PostgreSQL database (a throwaway PostgreSQL 15 server like the
tests', or ``SAILPLAN_BENCH_PG_URL``: a database the run may wipe, reached as a superuser),
``team init`` installs the scope, and the owner and the rep with the most open deals get
accounts. Each side then signs in the way the window does (``open_as_account``: connected as
the account's login role) and runs what the pages run: the customer list's load
(``load_customer_rows``) with a search over it (``filter_rows``), and the board of the pipeline
with most open deals (``load_board_snapshot``).

Sailplan: as the rep (RLS limits every row to the rep's scope: own, pool, unassigned).
Baseline: as the owner (RLS with the owner's "sees everything" policies).
Goal: ≤ 1.5×. ``no_rls_ms`` is the owner's work as the schema owner (no policies at all).

Full size: ``env -u PYTHONDONTWRITEBYTECODE python -m benchmarks team-scope`` (the copy of the
100,000-customer firm into PostgreSQL takes a few minutes before the timing); ``--quick`` copies
the 2,000-customer demo.

Measured 2026-12-07 (2 shared cores, PostgreSQL 15 on the same machine): full size rep 8.56 s
vs owner 8.81 s, ratio 0.97 (the rep's scope: 31,979 customers, 1,227 cards; the owner's
100,000 and 5,733; the same work as the schema owner, without policies: 5.13 s); quick 1.04×.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.core import BenchContext, Measurement, median_time
from benchmarks.data import demo_db

NAME = "team-scope"
GOAL = 1.5
PASSWORD = "bench-scope-1"
CHUNK = 5000


@contextmanager
def _server() -> Iterator[str]:
    given = os.environ.get("SAILPLAN_BENCH_PG_URL")
    if given:
        yield given
        return
    from tests.pg_server import PgServer

    server = PgServer()
    try:
        yield server.start()
    finally:
        server.stop()


def _copy(source: Path, url: str) -> None:
    """Every row of the SQLite demo into the empty schema at ``url`` (foreign keys checked
    off for the copy: rows of a table that point at each other come in any order)."""
    from sqlalchemy import create_engine, delete, select

    from models.base import Base
    from services.core.store import open_store as open_core

    open_core(url).close()  # the schema, without the default pipeline
    src = create_engine(f"sqlite:///{source}")
    dst = create_engine(url)
    tables = Base.metadata.sorted_tables
    with src.connect() as s, dst.begin() as d:
        d.exec_driver_sql("SET session_replication_role = replica")
        for table in reversed(tables):
            d.execute(delete(table))
        for table in tables:
            result = s.execute(select(table)).mappings()
            while batch := result.fetchmany(CHUNK):
                d.execute(table.insert(), [dict(r) for r in batch])
        d.exec_driver_sql("SET session_replication_role = origin")
    with dst.connect() as d:
        d.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    src.dispose()
    dst.dispose()


def _pick(path: Path) -> tuple[str, str, str]:
    """(owner person id, rep person id with most open deals, pipeline with most open deals)."""
    con = sqlite3.connect(path)
    try:
        owner = con.execute("SELECT id FROM people WHERE role = 'owner' AND deleted_at IS NULL "
                            "ORDER BY name LIMIT 1").fetchone()[0]
        rep, pipeline = con.execute(
            "SELECT d.owner_id, d.pipeline_id FROM deals d JOIN stages s ON s.id = d.stage_id "
            "JOIN people p ON p.id = d.owner_id WHERE s.kind = 'open' AND p.role = 'rep' "
            "AND d.deleted_at IS NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return owner, rep, pipeline


def _work(store: Any, pipeline: str, today: date) -> tuple[int, int]:
    from services.customers.queries import load_customer_rows
    from services.customers.search import SearchIndex, filter_rows
    from services.pipeline.board import load_board_snapshot

    rows = load_customer_rows(store, today)
    index = SearchIndex(rows)
    for text in ("科技", "有限", "a"):
        filter_rows(rows, index, text)
    board = load_board_snapshot(store, pipeline, today)
    return len(rows), len(board.cards)


def run(ctx: BenchContext) -> Measurement:
    from services.setup import open_store
    from services.team.accounts import create_account
    from services.team.mode import init_team
    from services.team.signin import open_as_account, sign_in
    from tests.pg_server import drop_sailplan_roles, reset_schema

    customers, deals = ctx.size(100_000, 2_000), ctx.size(300_000, 6_000)
    path = demo_db(ctx, customers=customers, deals=deals)
    owner_id, rep_id, pipeline = _pick(path)
    today = date.today()
    with _server() as url:
        reset_schema(url)
        _copy(path, url)
        admin = open_store(url)
        stores = [admin]
        try:
            init_team(admin, owner_id, "bench-owner", PASSWORD)
            create_account(admin, rep_id, "bench-rep", PASSWORD)
            sides = {}
            for user in ("bench-owner", "bench-rep"):
                account = sign_in(admin, user, PASSWORD).value
                sides[user] = open_as_account(admin, account, PASSWORD)
                stores.append(sides[user])
            seen = {user: _work(store, pipeline, today) for user, store in sides.items()}
            no_rls = median_time(lambda: _work(admin, pipeline, today), ctx.repeat)
            owner_s = median_time(lambda: _work(sides["bench-owner"], pipeline, today),
                                  ctx.repeat)
            rep_s = median_time(lambda: _work(sides["bench-rep"], pipeline, today), ctx.repeat)
        finally:
            for store in stores:
                store.close()
            import psycopg

            with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                                 autocommit=True) as conn:
                drop_sailplan_roles(conn)
    rep_rows, rep_cards = seen["bench-rep"]
    owner_rows, owner_cards = seen["bench-owner"]
    return Measurement(NAME, rep_s, owner_s, GOAL, extra={
        "rep_customers": str(rep_rows), "rep_cards": str(rep_cards),
        "owner_customers": str(owner_rows), "owner_cards": str(owner_cards),
        "no_rls_ms": f"{no_rls * 1000:.1f}", "deals_in_db": str(deals)})
