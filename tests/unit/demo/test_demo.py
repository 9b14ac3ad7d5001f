"""The demo firm: deterministic, consistent, Chinese, and written atomically."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from services.customers.tier_rules import reason_text, window_start
from services.demo import (
    PRESETS,
    TIER_A_MIN,
    TIER_B_MIN,
    DemoCancelled,
    DemoNotEmptyError,
    DemoSize,
    ensure_demo_db,
    generate_demo,
    parse_size,
)

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 22)
CJK = re.compile(r"[\u4e00-\u9fff]")
TABLES = ("org_units", "people", "products", "pipelines", "stages", "lost_reasons", "customers",
          "contacts", "followups", "customer_events", "deals", "deal_lines", "stage_history",
          "app_settings", "contracts", "payment_instalments", "payments", "payment_allocations",
          "quotes", "quote_lines", "quote_approvals", "service_tickets", "customer_feedback")


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, args).fetchall()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ensure_demo_db(path, size="small", today=TODAY)
    return path


@pytest.fixture
def conn(demo_file: Path):
    c = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    c.row_factory = sqlite3.Row
    yield c
    c.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("small", DemoSize(150, 400)),
    ("Standard", DemoSize(1500, 4000)),
    ("large", DemoSize(100_000, 300_000)),
    ("2000", DemoSize(2000, 5333)),
    ("2000:6000", DemoSize(2000, 6000)),
    (" 10 : 0 ", DemoSize(10, 0)),
])
def test_parse_size_accepts_presets_and_numbers(text: str, expected: DemoSize) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "huge", "0", "-5", "1:2:3", "abc:10"])
def test_parse_size_rejects_nonsense_with_a_message(text: str) -> None:
    with pytest.raises(ValueError, match="demo size"):
        parse_size(text)


def test_same_seed_gives_identical_rows_and_another_seed_does_not(tmp_path: Path,
                                                                 demo_file: Path) -> None:
    again = ensure_demo_db(tmp_path / "again.sqlite3", size="small", today=TODAY)
    first, second = _dump(demo_file), _dump(again)
    for table in TABLES:
        assert first[table] == second[table], table
    other = ensure_demo_db(tmp_path / "other.sqlite3", size="small", today=TODAY, seed=7)
    assert _dump(other)["customers"] != first["customers"]


def test_typed_sqlalchemy_path_writes_exactly_what_the_fast_sqlite_path_writes(
        tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # PostgreSQL uses Core inserts of typed values; forcing that path on SQLite must store the
    # very same text, integers and dates as the driver-level path used for SQLite files.
    import services.demo.generate as gen

    monkeypatch.setattr(gen, "RAW_SQLITE", False)
    typed = ensure_demo_db(tmp_path / "typed.sqlite3", size="small", today=TODAY)
    assert _dump(typed) == _dump(demo_file)


def test_counts_match_the_small_preset(conn: sqlite3.Connection) -> None:
    count = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert count["customers"] == PRESETS["small"].customers
    assert count["deals"] == PRESETS["small"].deals
    assert count["customers"] <= count["contacts"] <= 3 * count["customers"]
    assert count["followups"] > 2 * count["customers"]
    assert count["stage_history"] > count["deals"]
    assert count["products"] >= 10 and count["lost_reasons"] == 6
    assert count["pipelines"] == 2 and count["stages"] == 14


def test_team_has_every_role_tier_and_a_departed_rep(conn: sqlite3.Connection) -> None:
    people = _rows(conn, "SELECT * FROM people")
    assert 14 <= len(people) <= 18
    roles = defaultdict(int)
    for p in people:
        roles[p["role"]] += 1
    assert roles["owner"] == 1 and roles["director"] == 1 and roles["analyst"] == 1
    assert 3 <= roles["manager"] <= 4 and 8 <= roles["rep"] <= 10
    assert {p["capacity_tier"] for p in people if p["role"] == "rep"} == {
        "novice", "intermediate", "senior"}
    departed = [p for p in people if p["active_to"] is not None]
    assert len(departed) == 1 and departed[0]["role"] == "rep"
    assert departed[0]["active_to"] < TODAY.isoformat()
    # the departed rep owns no customers or open deals any more
    pid = departed[0]["id"]
    owned = conn.execute("SELECT count(*) FROM customers WHERE owner_id = ?", (pid,))
    assert owned.fetchone()[0] == 0
    open_deals = conn.execute(
        "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
        "WHERE d.owner_id = ? AND s.kind = 'open'", (pid,)).fetchone()[0]
    assert open_deals == 0


def test_everyone_but_the_owner_has_a_direct_manager(conn: sqlite3.Connection) -> None:
    """直属上级: a rep → the manager of the unit above their team, a manager → the director,
    the director → the owner; nobody reports to themselves.
    """
    people = {p["id"]: p for p in _rows(conn, "SELECT * FROM people")}
    units = {u["id"]: u for u in _rows(conn, "SELECT * FROM org_units")}
    boss = {p["manager_id"] and people[p["manager_id"]]["role"] for p in people.values()}
    assert boss == {None, "owner", "director", "manager"}
    for p in people.values():
        manager = people.get(p["manager_id"]) if p["manager_id"] else None
        if p["role"] == "owner":
            assert manager is None
        elif p["role"] == "director":
            assert manager is not None and manager["role"] == "owner"
        elif p["role"] in ("manager", "analyst"):
            assert manager is not None and manager["role"] == "director", p["name"]
        else:  # a rep: the manager of the region or channel their team belongs to
            assert manager is not None and manager["role"] == "manager", p["name"]
            assert manager["unit_id"] == units[p["unit_id"]]["parent_id"], p["name"]


def test_org_tree_has_company_channels_regions_and_teams(conn: sqlite3.Connection) -> None:
    units = {u["id"]: u for u in _rows(conn, "SELECT * FROM org_units")}
    roots = [u for u in units.values() if u["parent_id"] is None]
    assert len(roots) == 1 and roots[0]["kind"] == "company"
    names = {u["name"]: u for u in units.values()}
    assert {"华东大区", "华南大区", "华北大区"} <= set(names)
    assert sum(u["kind"] == "channel" for u in units.values()) == 2
    for region in ("华东大区", "华南大区", "华北大区"):
        assert units[names[region]["parent_id"]]["kind"] == "channel"
        assert any(u["parent_id"] == names[region]["id"] and u["kind"] == "team"
                   for u in units.values())


def test_every_deal_history_is_a_chain_ending_at_its_stage(conn: sqlite3.Connection) -> None:
    stages = {s["id"]: s for s in _rows(conn, "SELECT * FROM stages")}
    history = defaultdict(list)
    for h in _rows(conn, "SELECT * FROM stage_history ORDER BY at"):
        history[h["deal_id"]].append(h)
    deals = _rows(conn, "SELECT * FROM deals")
    assert len(history) == len(deals)
    for d in deals:
        rows = history[d["id"]]
        assert rows[0]["from_stage_id"] is None
        assert stages[rows[0]["to_stage_id"]]["name"] == "线索"
        for prev, cur in zip(rows, rows[1:], strict=False):
            assert cur["from_stage_id"] == prev["to_stage_id"]
            assert cur["at"] > prev["at"]
            src, dst = stages[cur["from_stage_id"]], stages[cur["to_stage_id"]]
            assert src["kind"] == "open"
            if dst["kind"] != "lost":  # forward one stage at a time, won only after 商务谈判
                assert dst["sort_order"] == src["sort_order"] + 1
        assert all(stages[h["to_stage_id"]]["pipeline_id"] == d["pipeline_id"] for h in rows)
        assert rows[-1]["to_stage_id"] == d["stage_id"]
        assert rows[-1]["at"] == d["stage_entered_at"]
        assert rows[-1]["amount"] == d["amount"]
        assert rows[0]["at"] == d["created_at"] and rows[0]["at"] >= _customer_created(conn, d)
        assert rows[-1]["at"] < TODAY.isoformat()


def _customer_created(conn: sqlite3.Connection, deal: sqlite3.Row) -> str:
    return conn.execute("SELECT created_at FROM customers WHERE id = ?",
                        (deal["customer_id"],)).fetchone()[0]


def test_closed_deals_carry_their_outcome(conn: sqlite3.Connection) -> None:
    reasons = {r[0] for r in conn.execute("SELECT name FROM lost_reasons")}
    kinds = defaultdict(int)
    for d in _rows(conn, "SELECT d.*, s.kind FROM deals d JOIN stages s ON s.id = d.stage_id"):
        kinds[d["kind"]] += 1
        if d["kind"] == "won":
            assert d["closed_on"] and d["won_amount"] == d["amount"] > 0
            assert d["lost_reason"] is None and d["expected_close"] == d["closed_on"]
        elif d["kind"] == "lost":
            assert d["closed_on"] and d["lost_reason"] in reasons and d["won_amount"] is None
        else:
            assert d["closed_on"] is None and d["won_amount"] is None
            assert d["lost_reason"] is None
    assert kinds["won"] > 20 and kinds["lost"] > 20 and kinds["open"] > 20


def test_current_year_has_plenty_of_deals_and_wins(conn: sqlite3.Connection) -> None:
    year = str(TODAY.year)
    created = conn.execute("SELECT count(*) FROM deals WHERE substr(created_at, 1, 4) = ?",
                           (year,)).fetchone()[0]
    won = conn.execute("SELECT count(*) FROM deals WHERE won_amount IS NOT NULL AND "
                       "substr(closed_on, 1, 4) = ?", (year,)).fetchone()[0]
    first = conn.execute("SELECT min(created_at) FROM customers").fetchone()[0]
    assert created > 100 and won > 20
    assert first < (TODAY - timedelta(days=800)).isoformat()


def test_money_round_trips_exactly_through_the_orm(demo_file: Path) -> None:
    from sqlalchemy import select

    from models import Deal, DealLine
    from services.setup import open_store

    with sqlite3.connect(demo_file) as raw:
        fen = dict(raw.execute("SELECT id, amount FROM deals"))
        line_sum = dict(raw.execute("SELECT deal_id, sum(amount) FROM deal_lines GROUP BY 1"))
    raw.close()
    store = open_store(demo_file)
    try:
        with store.read() as uow:
            deals = uow.session.execute(select(Deal.id, Deal.amount)).all()
            lines = uow.session.execute(
                select(DealLine.unit_price, DealLine.quantity, DealLine.amount)).all()
    finally:
        store.close()
    for deal_id, amount in deals:
        assert isinstance(amount, Decimal) and amount == Decimal(fen[deal_id]) / 100
        assert amount.as_tuple().exponent == -2
        if deal_id in line_sum:  # product lines add up to the quoted amount, to the fen
            assert amount * 100 == line_sum[deal_id]
    assert all(line.amount == line.unit_price * line.quantity for line in lines)
    assert any(amount % 1 != 0 for _id, amount in deals) or any(
        line.unit_price % 100 != 0 for line in lines)


def test_foreign_keys_and_integrity_hold(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("table", "column"), [
    ("org_units", "name"), ("people", "name"), ("products", "name"), ("stages", "name"),
    ("pipelines", "name"), ("lost_reasons", "name"), ("customers", "name"),
    ("customers", "industry"), ("customers", "region"), ("customers", "address"),
    ("customers", "source"), ("contacts", "name"), ("contacts", "title"),
    ("followups", "content"), ("deals", "name"),
])
def test_text_is_chinese(conn: sqlite3.Connection, table: str, column: str) -> None:
    values = [r[0] for r in conn.execute(f"SELECT {column} FROM {table}")]
    assert values and all(v and CJK.search(v) for v in values), column


def test_contact_details_look_real(conn: sqlite3.Connection) -> None:
    phone = re.compile(r"^1\d{2}-\d{4}-\d{4}$")
    for c in _rows(conn, "SELECT phone, email FROM customers"):
        assert phone.match(c["phone"]) and "@" in c["email"]
    primaries = conn.execute("SELECT customer_id, sum(is_primary) FROM contacts GROUP BY 1")
    assert all(n == 1 for _cid, n in primaries)


def test_followup_dates_and_tiers_are_consistent(conn: sqlite3.Connection) -> None:
    latest: dict[str, sqlite3.Row] = {}
    for f in _rows(conn, "SELECT * FROM followups ORDER BY at"):
        latest[f["customer_id"]] = f
    since = window_start(TODAY).isoformat()  # the tier rules' trailing twelve months
    won = dict(conn.execute(
        "SELECT customer_id, sum(won_amount) FROM deals WHERE won_amount IS NOT NULL "
        "AND closed_on >= ? GROUP BY 1", (since,)))
    lapsed = (TODAY - timedelta(days=30)).isoformat()
    stale = future = 0
    for c in _rows(conn, "SELECT * FROM customers"):
        f = latest.get(c["id"])
        assert c["last_followup_at"] == (f["at"] if f else None)
        planned = f["next_on"] if f else None
        if planned is not None and planned < lapsed:
            planned = None  # a plan that lapsed long ago was dropped: the customer is stale
        assert c["next_followup_on"] == planned
        amount = Decimal(won.get(c["id"], 0)) / 100
        expected = "A" if amount >= TIER_A_MIN else "B" if amount >= TIER_B_MIN else "C"
        assert c["tier"] == expected, (c["name"], amount)
        assert c["name_norm"]
        if f and f["at"] < (TODAY - timedelta(days=60)).isoformat():
            stale += 1
        if c["next_followup_on"] and c["next_followup_on"] >= TODAY.isoformat():
            future += 1
    assert stale >= 10 and future >= 10


def test_tier_reasons_are_the_rules_own_and_read_in_both_languages(demo_file: Path) -> None:
    from services.customers.tiers import recompute_tiers
    from services.setup import open_store

    with sqlite3.connect(demo_file) as c:
        stored = dict(c.execute("SELECT tier, tier_reason FROM customers WHERE tier = 'B'"))
    en, zh = reason_text(stored["B"], "en"), reason_text(stored["B"], "zh_CN")
    assert en.startswith("Trailing 12-month sales ¥") and not CJK.search(en.split("(")[0])
    assert zh.startswith("近12个月成交额 ¥")
    with open_store(demo_file) as store:  # the tier rules find nothing to change
        assert recompute_tiers(store, today=TODAY).value == 0


def test_pool_customers_have_no_owner_and_a_release_event(conn: sqlite3.Connection) -> None:
    pool = _rows(conn, "SELECT * FROM customers WHERE in_pool = 1")
    assert pool
    for c in pool:
        assert c["owner_id"] is None and c["pool_since"]
        actions = [r[0] for r in conn.execute(
            "SELECT action FROM customer_events WHERE customer_id = ? ORDER BY at", (c["id"],))]
        assert actions[0] == "create" and actions[-1] == "release"
    assert conn.execute("SELECT count(*) FROM customer_events WHERE action = 'claim'"
                        ).fetchone()[0] > 0
    creates = conn.execute("SELECT count(*) FROM customer_events WHERE action = 'create'")
    assert creates.fetchone()[0] == len(_rows(conn, "SELECT id FROM customers"))


def test_bigger_firm_has_near_duplicates_and_all_tiers(tmp_path: Path) -> None:
    path = ensure_demo_db(tmp_path / "mid.sqlite3", size="800:2000", today=TODAY)
    with sqlite3.connect(path) as c:
        dupes = c.execute("SELECT name_norm, count(DISTINCT name) FROM customers "
                          "GROUP BY name_norm HAVING count(*) > 1").fetchall()
        tiers = dict(c.execute("SELECT tier, count(*) FROM customers GROUP BY tier"))
        pipelines = dict(c.execute("SELECT p.name, count(*) FROM deals d JOIN pipelines p "
                                   "ON p.id = d.pipeline_id GROUP BY 1"))
    c.close()
    assert len(dupes) >= 5 and all(n >= 2 for _k, n in dupes)
    assert set(tiers) == {"A", "B", "C"}
    assert pipelines["新客户"] > pipelines["老客户续约"] > 0


def test_generation_refuses_a_database_with_data(store) -> None:
    generate_demo(store, size="20:30", today=TODAY)
    with pytest.raises(DemoNotEmptyError):
        generate_demo(store, size="20:30", today=TODAY)


def test_cancelled_generation_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite3"
    calls = []

    def cancel_after_a_while() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(DemoCancelled):
        ensure_demo_db(target, size="small", today=TODAY, is_cancelled=cancel_after_a_while)
    assert list(tmp_path.iterdir()) == []


def test_ensure_demo_db_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite3"
    seen = []
    ensure_demo_db(target, size="20:30", today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    before = target.stat().st_mtime_ns
    assert ensure_demo_db(target, size="small") == target
    assert target.stat().st_mtime_ns == before


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_writes_refuses_and_replaces(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite3"
    first = _cli(db, "--size", "30:60", "--today", TODAY.isoformat())
    assert first.returncode == 0, first.stderr
    assert "customers 客户: 30" in first.stdout and "opportunities 商机: 60" in first.stdout
    before = _dump(db)

    refused = _cli(db, "--size", "30:60", "--seed", "9")
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert _dump(db) == before

    forced = _cli(db, "--size", "40:50", "--seed", "9", "--force", "--today", "2026-01-01")
    assert forced.returncode == 0, forced.stderr
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == 40
        last = c.execute("SELECT max(at) FROM stage_history").fetchone()[0]
    c.close()
    assert datetime.fromisoformat(last).date() < date(2026, 1, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firm.sqlite3", "firm.sqlite3.lock"]

    bad = _cli(db, "--size", "lots")
    assert bad.returncode == 2 and "invalid demo size" in bad.stderr


def test_standard_firm_has_a_believable_board_and_today_page(tmp_path: Path) -> None:
    """A few hundred open deals, mostly recent; a rep's Today page is not flooded with
    follow-ups overdue for months."""
    from services.setup import open_store
    from services.today.reminders import collect_reminders

    path = ensure_demo_db(tmp_path / "std.sqlite3", size="standard", today=TODAY)
    with sqlite3.connect(path) as c:
        open_rows = c.execute(
            "SELECT p.name, d.created_at FROM deals d JOIN stages s ON s.id = d.stage_id "
            "JOIN pipelines p ON p.id = d.pipeline_id WHERE s.kind = 'open'").fetchall()
        reps = [r[0] for r in c.execute("SELECT id FROM people WHERE role = 'rep'")]
    main = [at for name, at in open_rows if name == "新客户"]
    assert 200 <= len(main) <= 800, len(main)
    recent = (TODAY - timedelta(days=270)).isoformat()
    assert sum(at >= recent for at in main) >= 0.9 * len(main)
    with open_store(path) as store:
        for rep in reps:
            due = [r for r in collect_reminders(store, TODAY, rep).reminders
                   if r.kind == "followup_due"]
            assert len(due) <= 120
            assert all((TODAY - r.due).days <= 30 for r in due)


def test_catalogue_looks_real(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT code, line, measure_unit, tax_rate_bp, unit_price, unit_cost, "
                        "active FROM products").fetchall()
    assert {r[1] for r in rows} == {"智能硬件", "软件产品", "实施与服务"}
    assert all(r[2] for r in rows)  # every product has its unit
    assert {r[3] for r in rows} == {1300, 600}
    assert all(0 < r[5] < r[4] for r in rows)  # a cost below the list price (fen)
    assert [r[0] for r in rows if not r[6]] == ["QF-SW-040"]  # one retired product
