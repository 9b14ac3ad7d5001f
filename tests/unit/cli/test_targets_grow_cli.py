"""``targets grow``, ``targets actual`` and ``targets ramp`` on a real file."""

from __future__ import annotations

from pathlib import Path

from services.setup import open_store
from services.targets import cascade as T
from tests.unit.cli.test_targets_cli import sailplan
from tests.unit.target_fixtures import build_firm


def test_grow_shows_its_formula_and_recomputes_on_request(db_path: Path):
    with open_store(db_path) as store:
        build_firm(store)
    assert sailplan(db_path, "targets", "new", "--year", "2026").returncode == 0
    done = sailplan(db_path, "targets", "grow", "--year", "2026", "华东区", "--rate", "15%")
    assert done.returncode == 0, done.stderr
    # 华东区 2025: 100.00 + 300.00 = 400.00; × 1.15 = 460.00
    assert "华东区 signed_amount 2026: 2025 actual 400.00 × (1 + 15%) = 460.00" in done.stdout
    shown = sailplan(db_path, "targets", "show", "--year", "2026").stdout
    assert "  华东区\t460.00\t" in shown and "2025 actual 400.00 × (1 + 15%) = 460.00" in shown
    with open_store(db_path) as store:
        (plan,) = T.list_plans(store)
        east = next(n for n in T.load_tree(store, plan.id).nodes if n.name == "华东区")
        assert T.node_values(store, east.id)[("signed_amount", "2026")].target == 46_000
    again = sailplan(db_path, "targets", "grow", "--year", "2026", "华东区", "--recompute")
    assert again.returncode == 0 and "= 460.00" in again.stdout
    rate = sailplan(db_path, "targets", "grow", "--year", "2026", "华东区", "--rate", "10%",
                    "--metric", "conversion_rate")
    assert rate.returncode == 2  # not in the plan (and a rate is typed anyway)
    ramp = sailplan(db_path, "targets", "ramp", "--tier", "novice", "--months", "40,80")
    assert ramp.returncode == 0 and "novice\t40% / 80%" in ramp.stdout
    assert "senior\tno ramp" in ramp.stdout
