"""A brand-new database starts with the default pipeline; existing ones are never given any."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete

from models import LostReason, Pipeline, Stage
from services.core.db import make_engine
from services.core.migrate import upgrade
from services.demo import generate_demo
from services.pipeline import deals as pl
from services.pipeline.settings import DEFAULT_LOST_REASONS, DEFAULT_PIPELINE_NAME
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]


def _lost_reason_rows(store) -> list[str]:  # noqa: ANN001
    return [r.name for r in pl.list_lost_reasons(store)]


def test_new_database_has_the_default_pipeline_with_seven_stages(any_store):
    pipes = pl.list_pipelines(any_store)
    assert [p.name for p in pipes] == [DEFAULT_PIPELINE_NAME]
    stages = pipes[0].stages
    assert len(stages) == 7
    assert [s.kind for s in stages][-2:] == ["won", "lost"]
    assert _lost_reason_rows(any_store) == list(DEFAULT_LOST_REASONS)


def test_reopening_an_existing_file_never_adds_pipelines(tmp_path: Path):
    path = tmp_path / "firm.sqlite3"
    with open_store(path) as store:  # the user removed every pipeline and lost reason
        with store.write() as uow:
            for model in (Stage, Pipeline, LostReason):
                uow.session.execute(delete(model))
            uow.commit()
    with open_store(path) as again:
        assert pl.list_pipelines(again) == []
        assert _lost_reason_rows(again) == []


def test_upgrading_an_older_file_adds_no_pipeline(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    try:
        upgrade(engine, target="0001")
    finally:
        engine.dispose()
    with open_store(path, backup_dir=tmp_path / "b") as store:
        assert store.applied_revisions  # it was migrated …
        assert pl.list_pipelines(store) == []  # … but it is not a new database


def test_demo_replaces_the_defaults_instead_of_adding_to_them(any_store):
    generate_demo(any_store, size="small", seed=7)
    names = sorted(p.name for p in pl.list_pipelines(any_store))
    assert len(names) == 2 and len(set(names)) == 2
    reasons = _lost_reason_rows(any_store)
    assert len(reasons) == len(set(reasons))


def test_cli_demo_into_a_new_file_has_exactly_its_two_pipelines(tmp_path: Path):
    path = tmp_path / "new.sqlite3"
    run = subprocess.run([sys.executable, "main.py", "--db", str(path), "demo", "--size", "small"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM pipelines").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM stages").fetchone()[0] == 14
    finally:
        con.close()


def test_core_open_store_seeds_only_what_it_is_given_and_only_once(tmp_path: Path):
    from services.core.store import open_store as open_core_store

    with open_core_store(tmp_path / "bare.sqlite3") as bare:  # core knows no feature defaults
        assert pl.list_pipelines(bare) == []
    seeded: list[str | None] = []
    path = tmp_path / "seeded.sqlite3"
    with open_core_store(path, seed=lambda s: seeded.append(s.path)):
        pass
    with open_core_store(path, seed=lambda s: seeded.append(s.path)):  # not new any more
        pass
    assert seeded == [str(path)]


def _migrate(db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--db", db, "migrate"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_migrate_on_a_new_file_seeds_what_an_ordinary_open_seeds(tmp_path: Path):
    done = _migrate(str(tmp_path / "new.sqlite3"))
    assert done.returncode == 0, done.stderr
    with open_store(tmp_path / "new.sqlite3") as migrated, \
            open_store(tmp_path / "opened.sqlite3") as opened:
        def shape(store):  # noqa: ANN001, ANN202
            return ([(p.name, [(s.name, s.kind) for s in p.stages])
                     for p in pl.list_pipelines(store)], _lost_reason_rows(store))

        assert shape(migrated) == shape(opened)
        assert len(pl.list_pipelines(migrated)[0].stages) == 7
    again = _migrate(str(tmp_path / "new.sqlite3"))  # nothing to do, nothing added
    assert again.returncode == 0 and "nothing to do" in again.stdout
    with open_store(tmp_path / "new.sqlite3") as store:
        assert len(pl.list_pipelines(store)) == 1


@pytest.mark.postgres
def test_migrate_on_a_new_postgresql_database_seeds_the_defaults(pg_url: str):
    done = _migrate(pg_url)
    assert done.returncode == 0, done.stderr
    with open_store(pg_url) as store:
        pipes = pl.list_pipelines(store)
        assert [p.name for p in pipes] == [DEFAULT_PIPELINE_NAME] and len(pipes[0].stages) == 7


def test_migrate_of_an_older_file_adds_no_pipeline(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    try:
        upgrade(engine, target="0001")
    finally:
        engine.dispose()
    done = _migrate(str(path))
    assert done.returncode == 0, done.stderr
    with open_store(path) as store:
        assert pl.list_pipelines(store) == []


def test_a_fresh_database_and_the_demo_firm_offer_the_same_lost_reasons(tmp_path: Path):
    """One list of 输单原因: a firm that starts empty sees what the demo firm uses."""
    with open_store(tmp_path / "fresh.sqlite3") as fresh:
        fresh_reasons = _lost_reason_rows(fresh)
    with open_store(tmp_path / "demo.sqlite3") as demo:
        generate_demo(demo, size="small")
        demo_reasons = _lost_reason_rows(demo)
    assert fresh_reasons == demo_reasons
    assert "价格过高" in fresh_reasons and "价格太高" not in fresh_reasons
