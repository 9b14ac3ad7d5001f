"""The headless ``org`` and ``people`` commands on a real file."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from models.enums import CapacityTier, Role, UnitKind
from services.cli import org_command
from services.org import units as U
from services.org.people_edit import list_unit_people
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_parser_knows_every_kind_role_and_tier() -> None:
    assert org_command.KINDS == tuple(k.value for k in UnitKind)
    assert org_command.ROLES == tuple(r.value for r in Role)
    assert org_command.TIERS == tuple(t.value for t in CapacityTier)


def test_org_add_starts_a_new_database_and_list_prints_the_tree(db_path: Path):
    assert not db_path.exists()
    done = sailplan(db_path, "org", "add", "云帆科技", "--kind", "company")
    assert done.returncode == 0, done.stderr
    with open_store(db_path) as store:
        company = U.unit_tree(store)[0].id
        east = U.add_unit(store, "华东区", "region", company).value
        U.add_unit(store, "一组", "team", east)
        U.add_unit(store, "一组", "team", company)
    moved = sailplan(db_path, "org", "move", "华东区/一组", "--to", "云帆科技")
    assert moved.returncode == 2 and "already is a unit called “一组”" in moved.stderr
    ambiguous = sailplan(db_path, "people", "add", "李强", "--unit", "一组")
    assert ambiguous.returncode == 2
    assert "more than one unit is called “一组”" in ambiguous.stderr
    assert "云帆科技 / 华东区 / 一组 (" in ambiguous.stderr
    assert "云帆科技 / 一组 (" in ambiguous.stderr
    added = sailplan(db_path, "people", "add", "李强", "--unit", "华东区/一组", "--role",
                     "manager", "--tier", "senior", "--phone", "138", "--start", "2025-02-01")
    assert added.returncode == 0, added.stderr
    listed = sailplan(db_path, "org", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "unit\tkind\tpeople\twith sub-units\tclosed",
        "云帆科技\tcompany\t0\t1\t",
        "  华东区\tregion\t0\t1\t",
        "    一组\tteam\t1\t1\t",
        "  一组\tteam\t0\t0\t"]


def test_org_rename_move_merge_close_and_people_edit(db_path: Path):
    with open_store(db_path) as store:
        company = U.add_unit(store, "云帆科技", "company", None).value
        U.add_unit(store, "华东区", "region", company)
        U.add_unit(store, "华西区", "region", company)
    assert sailplan(db_path, "org", "add", "上海团队", "--kind", "team", "--parent",
                    "华东区").returncode == 0
    assert sailplan(db_path, "people", "add", "王芳", "--unit", "上海团队",
                    "--start", "2025-01-01").returncode == 0
    assert sailplan(db_path, "people", "add", "周总监", "--unit", "云帆科技", "--role",
                    "director", "--start", "2024-01-01").returncode == 0
    edit = sailplan(db_path, "people", "edit", "王芳", "--manager", "周总监", "--email",
                    "wang@example.cn", "--tier", "novice")
    assert edit.returncode == 0 and "capacity_tier, email, manager_id changed" in edit.stdout
    circle = sailplan(db_path, "people", "edit", "周总监", "--manager", "王芳")
    assert circle.returncode == 2 and "circle of managers" in circle.stderr
    refused = sailplan(db_path, "org", "close", "上海团队", "--on", "2026-03-01")
    assert refused.returncode == 2 and "still has active people (王芳)" in refused.stderr
    assert sailplan(db_path, "org", "rename", "华东区", "华东大区").returncode == 0
    assert sailplan(db_path, "org", "kind", "华西区", "channel").returncode == 0
    assert sailplan(db_path, "org", "move", "上海团队", "--to", "华西区").returncode == 0
    cycle = sailplan(db_path, "org", "move", "华西区", "--to", "上海团队")
    assert cycle.returncode == 2 and "cannot move under itself" in cycle.stderr
    merged = sailplan(db_path, "org", "merge", "上海团队", "--into", "华东大区")
    assert merged.returncode == 0 and "1 people" in merged.stdout
    assert sailplan(db_path, "people", "edit", "王芳", "--left", "2026-02-28").returncode == 0
    closed = sailplan(db_path, "org", "close", "华东大区", "--on", "2026-03-01")
    assert closed.returncode == 0, closed.stderr
    people = sailplan(db_path, "people", "list", "--all")
    assert "王芳\t华东大区\trep\tnovice\t周总监\t\twang@example.cn\t2025-01-01\t2026-02-28" \
        in people.stdout.splitlines()
    with open_store(db_path) as store:
        tree = {u.name: u for u in U.unit_tree(store, date(2026, 3, 9))}
        assert set(tree) == {"云帆科技", "华东大区", "华西区"}
        assert tree["华东大区"].closed_on == date(2026, 3, 1)
        assert tree["华西区"].kind == "channel"
        assert [p.name for p in list_unit_people(store, today=date(2026, 3, 9))] == ["周总监"]
    nothing = sailplan(db_path, "people", "edit", "王芳")
    assert nothing.returncode == 2 and "nothing to change" in nothing.stderr
