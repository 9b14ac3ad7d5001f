"""Discovering and running benchmark scenarios; one printed line per scenario.

A scenario is a module in ``benchmarks/scenarios/`` with ``NAME`` (e.g. ``"customers-search"``)
and ``run(ctx) -> Measurement`` (or a list of them). The runner prints each
:meth:`Measurement.line` as soon as the scenario finishes; a scenario that raises prints
``NAME: ERROR …`` (traceback on stderr) and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TextIO

from benchmarks.core import BenchContext, Measurement

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
DEFAULT_PACKAGE = "benchmarks.scenarios"


@dataclass
class Scenario:
    """A discovered scenario module (or one that failed to import)."""

    name: str
    module_name: str
    module: ModuleType | None
    error: str | None = None

    @property
    def summary(self) -> str:
        """The first line of the module docstring."""
        doc = (self.module.__doc__ or "") if self.module is not None else ""
        return doc.strip().splitlines()[0] if doc.strip() else ""


def discover(package: str = DEFAULT_PACKAGE) -> list[Scenario]:
    """Every scenario module of ``package``, sorted by name; import failures are kept."""
    pkg = importlib.import_module(package)
    found: list[Scenario] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module_name = f"{package}.{info.name}"
        fallback = info.name.replace("_", "-")
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a broken scenario must not hide the others
            found.append(Scenario(fallback, module_name, None, f"import failed: {exc!r}"))
            continue
        name = getattr(module, "NAME", None)
        if not isinstance(name, str) or not callable(getattr(module, "run", None)):
            found.append(Scenario(fallback, module_name, None,
                                  "not a scenario (needs NAME and run(ctx))"))
            continue
        found.append(Scenario(name, module_name, module))
    return sorted(found, key=lambda s: s.name)


def select(scenarios: list[Scenario], wanted: list[str]) -> list[Scenario]:
    """The scenarios named in ``wanted`` (by NAME or module name); all if none named.

    Raises ``KeyError`` naming the first unknown scenario.
    """
    if not wanted:
        return scenarios
    by_name: dict[str, Scenario] = {}
    for s in scenarios:
        by_name[s.name] = s
        by_name[s.module_name.rsplit(".", 1)[-1]] = s
    chosen: list[Scenario] = []
    for w in wanted:
        if w not in by_name:
            raise KeyError(w)
        if by_name[w] not in chosen:
            chosen.append(by_name[w])
    return chosen


def _measurements(result: object) -> list[Measurement]:
    if isinstance(result, Measurement):
        return [result]
    if isinstance(result, Iterable):
        items = list(result)
        if items and all(isinstance(m, Measurement) for m in items):
            return items
    raise TypeError(f"run() returned {type(result).__name__}, not a Measurement")


def run_scenarios(scenarios: list[Scenario], ctx: BenchContext, out: TextIO | None = None,
                  err: TextIO | None = None) -> int:
    """Run each scenario, printing its line(s) as it completes. Returns the number that failed."""
    out = out or sys.stdout
    err = err or sys.stderr
    failed = 0
    for s in scenarios:
        t0 = time.perf_counter()
        try:
            if s.module is None:
                raise RuntimeError(s.error or "scenario could not be loaded")
            lines = [m.line() for m in _measurements(s.module.run(ctx))]
        except Exception as exc:
            failed += 1
            print(f"{s.name}: ERROR {type(exc).__name__}: {exc}", file=out, flush=True)
            traceback.print_exc(file=err)
            err.flush()
            continue
        for line in lines:
            print(line, file=out, flush=True)
        print(f"[{s.name} took {time.perf_counter() - t0:.1f}s]", file=err, flush=True)
    return failed


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``python -m benchmarks``."""
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run Sailplan's benchmark scenarios; each prints its median time and the "
        "ratio to a raw baseline measured in the same run.",
    )
    p.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                   help="scenario names (default: all)")
    p.add_argument("--quick", action="store_true", help="small sizes (CI smoke run)")
    p.add_argument("--repeat", type=int, default=None, metavar="N",
                   help="timed repetitions per measurement (default: 5, quick: 3)")
    p.add_argument("--list", action="store_true", help="list the scenarios and exit")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when a scenario misses its goal, too")
    return p


def main(argv: list[str] | None = None, package: str = DEFAULT_PACKAGE,
         cache_dir: Path | None = None) -> int:
    """Entry point; returns the exit code (1 when a scenario errored)."""
    args = build_parser().parse_args(argv)
    scenarios = discover(package)
    if args.list:
        for s in scenarios:
            note = s.summary if s.error is None else f"(broken: {s.error})"
            print(f"{s.name}\t{note}", flush=True)
        return 0
    try:
        chosen = select(scenarios, args.scenarios)
    except KeyError as exc:
        names = ", ".join(s.name for s in scenarios)
        print(f"unknown scenario {exc.args[0]!r}; available: {names}", file=sys.stderr)
        return 2
    if args.repeat is not None and args.repeat < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="sailplan-bench-"))
    ctx = BenchContext(quick=args.quick, cache_dir=cache_dir or CACHE_DIR, work_dir=work,
                       repeat=args.repeat or (3 if args.quick else 5))
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        missed = _Missed()
        failed = run_scenarios(chosen, ctx, out=missed.wrap(sys.stdout))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        return 1
    return 1 if args.strict and missed.count else 0


class _Missed:
    """Counts printed lines that report a missed goal (for ``--strict``)."""

    def __init__(self) -> None:
        self.count = 0

    def wrap(self, stream: TextIO) -> TextIO:
        outer = self

        class _Stream:
            def write(self, text: str) -> int:
                if " MISSED" in text:
                    outer.count += 1
                return stream.write(text)

            def flush(self) -> None:
                stream.flush()

        return _Stream()  # type: ignore[return-value]
