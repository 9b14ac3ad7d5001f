"""Writing the demo firm into a store, and building a demo database file atomically."""

from __future__ import annotations

import contextlib
import json
import os
import random
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, func, select, text

from models import (
    AppSetting,
    Customer,
    Deal,
    LostReason,
    Person,
    Pipeline,
    Stage,
)
from models.base import from_fen
from models.enums import CustomerTier
from services.customers.dedupe import normalise_name
from services.customers.stale import STALE_RULES_KEY, StaleRules
from services.customers.tier_rules import TierRules, compute_tier
from services.demo.common import (
    DEFAULT_SEED,
    GENERATOR_VERSION,
    TIER_A_MIN,
    TIER_B_MIN,
    CancelFn,
    Clock,
    DemoCancelled,
    DemoRandom,
    DemoSize,
    DemoSummary,
    ProgressFn,
    parse_size,
)
from services.demo.customers import CustomerFactory
from services.demo.deals import DealFactory, draw_starts
from services.demo.incentives import write_demo_incentives
from services.demo.orders import write_demo_orders
from services.demo.org import build_firm
from services.demo.plans import write_demo_plans
from services.demo.quotes import write_demo_quotes
from services.demo.targets import write_demo_targets
from services.demo.tickets import write_demo_tickets
from services.demo.writer import BulkWriter
from services.setup import open_store

LAPSED_PLAN_DAYS = 30
CHUNK = 2000  # customers or deals simulated between flushes
BULK_CACHE_KIB = 512 * 1024  # page cache while generating (SQLite allocates it only as used)
SETTING_KEY = "demo.generated"
# Write storage values straight through the sqlite3 driver (tests switch it off to compare).
RAW_SQLITE = True


class DemoNotEmptyError(ValueError):
    """The target database already holds business data; the demo is not mixed into it."""


def tier_for(won_recent: Decimal, today: date | None = None) -> tuple[CustomerTier, str]:
    """Tier and its structured reason (JSON, as ``services.customers.tiers`` stores it) from the
    trailing twelve months' won amount, under the default tier rules.
    """
    rules = TierRules(a_min=TIER_A_MIN, b_min=TIER_B_MIN)
    result = compute_tier(won_recent, None, None, today or date.today(), rules)
    return CustomerTier(result.tier), result.reason.to_json()


def generate_demo(store: Any, *, size: DemoSize | str = "standard", seed: int = DEFAULT_SEED,
                  today: date | None = None, progress: ProgressFn | None = None,
                  is_cancelled: CancelFn | None = None, incentives: bool = True
                  ) -> DemoSummary:
    """Write the demo firm into an open, migrated, empty store in one transaction, then its
    incentives (schemes and a year of payout runs, :mod:`services.demo.incentives`) through the
    services, a transaction each as in the app (``incentives=False``: the caller does that with
    :func:`add_demo_incentives`, once the indexes are built).

    The same ``seed``, ``size`` and ``today`` always give identical rows. Raises
    :class:`DemoCancelled` (nothing written) when ``is_cancelled()`` turns true, and
    :class:`DemoNotEmptyError` when the store already has customers or people.
    """
    t0 = time.perf_counter()
    size = parse_size(size)
    rng = DemoRandom(seed)
    total = size.customers + size.deals
    done = 0

    def step(n: int, final: bool = False) -> None:
        nonlocal done
        if is_cancelled is not None and is_cancelled():
            raise DemoCancelled()
        done = total if final else done + n
        if progress is not None:
            progress(min(done, total), total)

    with store.write() as uow:
        session = uow.session
        sqlite = session.get_bind().dialect.name == "sqlite"
        clock = Clock(today or date.today(), raw_sqlite=sqlite and RAW_SQLITE)
        if sqlite:  # random UUID keys: keep the indexes in memory while they grow
            session.execute(text(f"PRAGMA cache_size=-{BULK_CACHE_KIB}"))
        try:
            summary = _generate(session, size, seed, clock, rng, step)
        finally:
            if sqlite:
                with contextlib.suppress(Exception):  # never mask the original error
                    session.execute(text("PRAGMA cache_size=-2000"))
        uow.commit()
    summary = replace(summary, seconds=time.perf_counter() - t0)
    if incentives:
        summary = add_demo_incentives(store, summary, seed=seed, today=clock.today,
                                      is_cancelled=is_cancelled)
    return summary


def add_demo_incentives(store: Any, summary: DemoSummary, *, seed: int, today: date,
                        is_cancelled: CancelFn | None = None) -> DemoSummary:
    """Write the demo firm's schemes and payout runs into the store the firm was written to."""

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise DemoCancelled()

    t0 = time.perf_counter()
    counts = write_demo_incentives(store, Clock(today), seed, check)
    took = time.perf_counter() - t0
    return replace(summary, payout_runs=counts.get("runs", 0),
                   locked_runs=counts.get("locked_runs", 0), incentive_seconds=took,
                   seconds=summary.seconds + took)


def _generate(session: Any, size: DemoSize, seed: int, clock: Clock, rng: random.Random,
              step: Any) -> DemoSummary:
    """All inserts of one generation, inside the caller's transaction."""
    for model in (Customer, Person):
        if session.execute(select(func.count()).select_from(model)).scalar_one():
            raise DemoNotEmptyError("the database already holds data; the demo firm is "
                                    "only written into an empty database")
    if not session.execute(select(func.count()).select_from(Deal)).scalar_one():
        # A new database comes with the default pipeline and lost reasons: the demo firm brings
        # its own, so those (holding no deals yet) are replaced rather than duplicated.
        for seeded in (Stage, Pipeline, LostReason):
            session.execute(delete(seeded))
    writer = BulkWriter(session, clock.raw_sqlite)
    try:
        _fill(writer, size, seed, clock, rng, step)
        writer.finish()
    finally:
        writer.stop()  # on error or cancel: the thread is gone before the rollback
    write_demo_targets(session, clock, seed)
    write_demo_plans(session, clock, seed)
    write_demo_tickets(session, clock, seed)  # keep after the demo contracts: links the latest
    c = writer.counts
    return DemoSummary(
        org_units=c["org_units"], people=c["people"], products=c["products"],
        pipelines=c["pipelines"], stages=c["stages"], lost_reasons=c["lost_reasons"],
        customers=c["customers"], contacts=c["contacts"], followups=c["followups"],
        customer_events=c["customer_events"], deals=c["deals"], deal_lines=c["deal_lines"],
        stage_history=c["stage_history"], seconds=0.0, contracts=c["contracts"],
        instalments=c["payment_instalments"], payments=c["payments"], quotes=c["quotes"],
        quote_approvals=c["quote_approvals"],
    )


def _fill(writer: BulkWriter, size: DemoSize, seed: int, clock: Clock, rng: random.Random,
          step: Any) -> None:
    """Generate and write every row."""
    firm = build_firm(rng, clock)
    writer.add(firm.rows)
    writer.flush()
    managers = {s.index: s.manager_id for s in firm.sellers}
    customers = CustomerFactory(rng, clock, firm)
    for i in range(size.customers):
        plan = customers.plan(i)
        rows = customers.rows(plan, managers.__getitem__)
        rows["customers"][0]["name_norm"] = normalise_name(plan.name)
        writer.add(rows)
        if (i + 1) % CHUNK == 0:
            writer.flush()
            step(CHUNK)
    writer.flush()
    step(size.customers % CHUNK)
    deals = DealFactory(rng, clock, firm, customers, size.deals)
    plans = customers.plans
    starts = draw_starts(rng, plans, size.deals)
    for i, (start, cust, window) in enumerate(starts):
        deals.build(start, plans[cust], window, writer.buffers)
        if (i + 1) % CHUNK == 0:
            writer.flush()
            step(CHUNK)
    writer.flush()
    _finish_customers(writer, clock, plans)
    quotes, accepted = write_demo_quotes(writer, writer.session, clock, seed)
    writer.counts.update(quotes)
    writer.counts.update(write_demo_orders(writer, writer.session, clock, seed, accepted))
    writer.execute(AppSetting.__table__, [{
        "key": SETTING_KEY, "updated_at": clock.ts(clock.end - 1),
        "value": json.dumps({"seed": seed, "customers": size.customers,
                             "deals": size.deals, "today": clock.today.isoformat(),
                             "generator_version": GENERATOR_VERSION}),
    }, {  # the firm works with a shared pool (公海): its pool customers came from releases
        "key": STALE_RULES_KEY, "updated_at": clock.ts(clock.end - 1),
        "value": json.dumps(StaleRules(pool_enabled=True).to_dict()),
    }], insert_rows=True)
    step(0, final=True)


def _finish_customers(writer: BulkWriter, clock: Clock, plans: list[Any]) -> None:
    """Tier, follow-up dates and cooperation start, known only once the deals exist."""
    credit = {CustomerTier.A: 100_000_000, CustomerTier.B: 20_000_000}  # fen
    rows = []
    for p in plans:
        tier, reason = tier_for(from_fen(p.won_recent_fen), clock.today)
        last = p.last_fu if p.last_fu >= 0 else None
        rows.append({
            "id": p.id, "tier": str(tier), "tier_reason": reason,
            "credit_limit": clock.money(credit[tier]) if tier in credit else None,
            "cooperation_since": clock.dv(clock.day(p.first_won)) if p.first_won is not None
            else None,
            "last_followup_at": clock.ts(last) if last is not None else None,
            "next_followup_on": clock.dv(_planned(p.next_on, clock.today)) if last is not None
            else None,
            "updated_at": clock.ts(max(p.created, last or 0)),
        })
        if len(rows) >= 20_000:
            writer.execute(Customer.__table__, rows, insert_rows=False)
            rows = []
    if rows:
        writer.execute(Customer.__table__, rows, insert_rows=False)


def _planned(next_on: date | None, today: date) -> date | None:
    """The customer's planned follow-up date: a plan that lapsed more than LAPSED_PLAN_DAYS ago
    was dropped by its rep (the follow-up record keeps it); the customer then counts as stale
    under the staleness rules instead of sitting overdue for months.
    """
    if next_on is None or (today - next_on).days > LAPSED_PLAN_DAYS:
        return None
    return next_on


def ensure_demo_db(path: str | os.PathLike[str], size: DemoSize | str = "standard",
                   progress: ProgressFn | None = None, is_cancelled: CancelFn | None = None,
                   *, seed: int = DEFAULT_SEED, today: date | None = None) -> Path:
    """Return ``path``, first building the demo database there if the file does not exist.

    The file is built under a temporary name beside ``path`` and moved into place only when
    complete, so a cancelled or crashed generation never leaves a half demo behind.
    """
    target = Path(path)
    if target.exists():
        return target
    build_demo_file(target, size=size, progress=progress, is_cancelled=is_cancelled, seed=seed,
                    today=today)
    return target


def build_demo_file(target: Path, *, size: DemoSize | str, seed: int = DEFAULT_SEED,
                    today: date | None = None, progress: ProgressFn | None = None,
                    is_cancelled: CancelFn | None = None) -> DemoSummary:
    """Build a fresh demo database and atomically put it at ``target`` (replacing any file).

    The caller makes sure nobody has ``target`` open.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.building-{os.getpid()}")
    _remove_sqlite_files(temp)
    try:
        store = open_store(temp, backup_dir=target.parent / "backups")
        # A file nobody else sees yet: skip the per-commit fsync, then fsync once before the
        # rename. Fresh connections pick the setting up (the listener runs after the house one).
        event.listen(store.engine, "connect", _no_sync)
        store.engine.dispose()
        try:
            # Secondary indexes are built once at the end (sorting beats a random-order insert
            # into each index per row); the exact CREATE INDEX text is kept from the schema.
            with store.engine.begin() as conn:
                indexes = [r[0] for r in conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
                for name in [r[0] for r in conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]:
                    conn.exec_driver_sql(f'DROP INDEX "{name}"')
            summary = generate_demo(store, size=size, seed=seed, today=today, progress=progress,
                                    is_cancelled=is_cancelled, incentives=False)
            with store.engine.begin() as conn:
                for sql in indexes:
                    conn.exec_driver_sql(sql)
                conn.exec_driver_sql("PRAGMA analysis_limit=1000")  # quick, sampled stats
                conn.exec_driver_sql("ANALYZE")
            # the payout runs read the firm through the services: with the indexes back
            summary = add_demo_incentives(store, summary, seed=seed,
                                          today=today or date.today(),
                                          is_cancelled=is_cancelled)
            with store.engine.connect() as conn:  # the finished file is a WAL database again
                raw: Any = conn.connection.driver_connection
                raw.execute("PRAGMA journal_mode=WAL")
        finally:
            store.close()
        _fsync(temp)
        for suffix in ("-wal", "-shm", "-journal"):  # stale companions of a replaced file
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(temp, target)
        _fsync(target.parent)
    finally:
        _remove_sqlite_files(temp)
    return summary


def _remove_sqlite_files(db: Path) -> None:
    """Delete a SQLite file with its companions (WAL, shared memory, journal, lock)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def _no_sync(dbapi_connection: Any, _record: Any) -> None:
    # The journal only has to support a rollback (cancel); the whole file is discarded on any
    # failure, so no WAL is needed while building: that saves writing every page twice.
    dbapi_connection.execute("PRAGMA journal_mode=MEMORY")
    dbapi_connection.execute("PRAGMA synchronous=OFF")
    # The generator only writes ids it has just created (the unit tests run foreign_key_check
    # on its output); skipping millions of parent look-ups is a large part of the build time.
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _fsync(path: Path) -> None:
    """Flush a file (or a directory entry, where the OS supports it) to disk."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
