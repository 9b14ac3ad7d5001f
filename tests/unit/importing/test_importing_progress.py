"""Reading and planning report progress and stop on Cancel (writing nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.importing import ImportCancelled, open_source, plan_import
from services.importing.progress import Meter
from tests.unit.importing_fixtures import snapshot, write_csv, write_xlsx


def _many(tmp_path: Path, n: int = 9000) -> Path:
    return write_csv(tmp_path / "many.csv",
                     [["客户名称", "电话"], *[[f"测试客户{i:05d}", ""] for i in range(n)]])


class Seen:
    """A progress reporter that remembers what it was told."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))


def test_reading_and_planning_report_progress_to_the_end(store, tmp_path):
    for path in (_many(tmp_path), write_xlsx(tmp_path / "c.xlsx", [["客户名称"], ["甲公司"]])):
        seen = Seen()
        source = open_source(path, "customers", store=store, progress=seen)
        assert len(seen.calls) >= 3
        assert seen.calls[-1][0] == seen.calls[-1][1]
        assert [d for d, _t in seen.calls] == sorted(d for d, _t in seen.calls)
        seen = Seen()
        plan_import(store, source, progress=seen)
        assert seen.calls[-1][0] == seen.calls[-1][1] and len(seen.calls) >= 3
        assert [d for d, _t in seen.calls] == sorted(d for d, _t in seen.calls)


def test_cancel_stops_reading_and_planning(store, tmp_path):
    path = _many(tmp_path)
    before = snapshot(store)
    asked = []

    def cancel_on_second_check() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ImportCancelled):
        open_source(path, "customers", store=store, is_cancelled=cancel_on_second_check)
    source = open_source(path, "customers", store=store)
    asked.clear()
    with pytest.raises(ImportCancelled):
        plan_import(store, source, is_cancelled=cancel_on_second_check)
    assert snapshot(store) == before


def test_meter_maps_steps_onto_one_bar():
    seen = Seen()
    meter = Meter(seen, [3, 1])
    first = meter.step()
    first(50, 100)
    second = meter.step()
    second(1, 1)
    meter.finish()
    assert seen.calls == [(0, 4), (1, 4), (3, 4), (4, 4), (4, 4)]
