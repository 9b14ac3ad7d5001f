"""The benchmark runner: discovery, selection, one line per scenario, errors and exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.core import BenchContext, Measurement
from benchmarks.runner import discover, main

ROOT = Path(__file__).resolve().parents[3]
LINE = re.compile(r"^(?P<name>[\w-]+): median=(?P<median>\d+\.\d)ms baseline=(?P<base>\d+\.\d)ms "
                  r"ratio=(?P<ratio>\d+\.\d\d) goal=\S+ (ok|MISSED)( .*)?$")

SCENARIOS = {
    "fast_one.py": '''
        """fast-one: a scenario that meets its goal."""
        from benchmarks.core import Measurement
        NAME = "fast-one"
        def run(ctx):
            (ctx.work_dir / "seen").write_text(f"{ctx.quick} {ctx.repeat}")
            return Measurement(NAME, median_s=0.010, baseline_s=0.020, goal=1.5,
                               extra={"rows": "12"})
    ''',
    "slow_one.py": '''
        """slow-one: misses its goal."""
        from benchmarks.core import Measurement
        NAME = "slow-one"
        def run(ctx):
            return Measurement(NAME, median_s=0.5, baseline_s=0.1, goal=2)
    ''',
    "broken.py": '''
        """broken: raises."""
        NAME = "broken"
        def run(ctx):
            raise ValueError("no data for you")
    ''',
    "_helper.py": '''
        NAME = "helper-is-not-a-scenario"
        def run(ctx):
            raise AssertionError("private modules are skipped")
    ''',
}


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pkg = tmp_path / "fake_scenarios"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name, body in SCENARIOS.items():
        (pkg / name).write_text(textwrap.dedent(body))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "fake_scenarios"
    for name in [m for m in sys.modules if m.split(".")[0] == "fake_scenarios"]:
        del sys.modules[name]


def test_discovery_finds_public_modules_by_their_name(fake_package: str) -> None:
    found = discover(fake_package)
    assert [s.name for s in found] == ["broken", "fast-one", "slow-one"]
    assert found[1].summary == "fast-one: a scenario that meets its goal."


def test_running_prints_one_parsable_line_per_scenario(fake_package: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    code = main(["fast-one", "slow_one", "--repeat", "2"], package=fake_package,
                cache_dir=tmp_path / "cache")
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(out) == 2
    first, second = (LINE.match(line) for line in out)
    assert first and first["name"] == "fast-one" and first["ratio"] == "0.50"
    assert out[0].endswith("ok rows=12")
    assert second and second["name"] == "slow-one" and "MISSED" in out[1]
    assert (tmp_path / "cache").is_dir()


def test_strict_turns_a_missed_goal_into_failure(fake_package: str, tmp_path: Path) -> None:
    assert main(["slow-one", "--strict"], package=fake_package, cache_dir=tmp_path) == 1
    assert main(["fast-one", "--strict"], package=fake_package, cache_dir=tmp_path) == 0


def test_a_failing_scenario_prints_error_and_exits_1(fake_package: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = main([], package=fake_package, cache_dir=tmp_path)
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert code == 1
    assert lines[0] == "broken: ERROR ValueError: no data for you"
    assert [line.split(":")[0] for line in lines] == ["broken", "fast-one", "slow-one"]
    assert "Traceback" in captured.err


def test_unknown_scenario_is_refused(fake_package: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nope"], package=fake_package, cache_dir=tmp_path) == 2
    assert "unknown scenario 'nope'" in capsys.readouterr().err


def test_list_shows_every_real_scenario() -> None:
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--list"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    names = [line.split("\t")[0] for line in proc.stdout.splitlines()]
    assert "startup" in names
    assert names == sorted(names)


def test_context_picks_sizes_and_measurement_ratio() -> None:
    ctx = BenchContext(quick=True, cache_dir=Path("."), work_dir=Path("."))
    assert ctx.size(100_000, 2_000) == 2_000
    m = Measurement("x", median_s=0.3, baseline_s=0.2, goal=1.5)
    assert LINE.match(m.line()) and m.ratio == pytest.approx(1.5) and m.met


def test_demo_db_is_cached_by_size_and_copies_are_private(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import benchmarks.data as data

    ctx = BenchContext(quick=True, cache_dir=tmp_path / "cache", work_dir=tmp_path / "work")
    stale = ctx.cache_dir / "demo-c20-d30-s20260101-g0-v0-old.sqlite3"
    ctx.cache_dir.mkdir()
    stale.write_text("an older generation")
    first = data.demo_db(ctx, 20, 30)
    assert first.exists() and not stale.exists()
    stamp = first.stat().st_mtime_ns
    assert data.demo_db(ctx, 20, 30) == first and first.stat().st_mtime_ns == stamp
    copy = data.demo_db_copy(ctx, 20, 30)
    assert copy.parent == ctx.work_dir
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == 20
        c.execute("DELETE FROM followups")
    c.close()
    with sqlite3.connect(first) as c:
        assert c.execute("SELECT count(*) FROM followups").fetchone()[0] > 0
    c.close()
    monkeypatch.setattr("services.demo.GENERATOR_VERSION", 999)
    assert data.demo_db(ctx, 20, 30) != first and not first.exists()
