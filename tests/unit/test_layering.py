"""House rules on layering, read from the source (imports parsed with ``ast``).

- models/ and services/ never import PySide6 (they run headless, in the CLI);
- services/ never imports gui/;
- ``services/core`` imports no feature package, and the graph of services packages (core,
  customers, pipeline, … and any package added later) has no cycle;
- no import cycle among the modules of services/ and gui/;
- no module in services/ or gui/ is over 800 lines.

Packages are found on disk, so a new feature package (orders, incentives, dashboard, sync …) is
covered without editing this file. Imports inside functions count as much as module-level ones
(a function-local import hides a cycle, it does not remove it); imports under
``if TYPE_CHECKING:`` serve type hints only and are left out of the cycle checks.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("services", "gui")
CORE = "core"
MAX_LINES = 800

PROBE = r"""
import importlib, importlib.abc, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"{name} imported from models/ or services/")
        return None

sys.meta_path.insert(0, NoQt())
sys.path.insert(0, ROOT)
names = []
for package in ("models", "services"):
    pkg = importlib.import_module(package)
    names.append(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        names.append(info.name)
failed = []
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print(len(names))
print("\n".join(failed))
"""


@dataclass(frozen=True)
class Edge:
    """One import: ``source`` module imports ``target`` module, at ``file:line``."""

    source: str
    target: str
    file: str
    line: int
    typing_only: bool

    def where(self) -> str:
        return f"{self.file}:{self.line} imports {self.target}"


@cache
def modules() -> dict[str, Path]:
    """Every module of services/ and gui/ by dotted name (packages by their own name)."""
    found: dict[str, Path] = {}
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _resolve(name: str) -> str | None:
    """The known module ``name`` is (or lies in): ``a.b.func`` → ``a.b``."""
    mods = modules()
    while name and name not in mods:
        name = name.rpartition(".")[0]
    return name or None


@cache
def edges() -> tuple[Edge, ...]:
    """Every import between modules of services/ and gui/, module-level and function-local."""
    out: list[Edge] = []
    for mod, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        typing_only: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                typing_only.update(id(n) for stmt in node.body for n in ast.walk(stmt))
        is_pkg = path.name == "__init__.py"
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = mod.split(".")[: None if is_pkg else -1]
                    parts = parts[: len(parts) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                # ``from pkg import mod`` imports the submodule; ``from mod import name`` the module
                names = [f"{base}.{a.name}" for a in node.names]
            rel = str(path.relative_to(ROOT))
            for name in names:
                target = _resolve(name)
                # a package's __init__ importing its own submodules is no cycle worth counting
                if target is None or target == mod or (is_pkg and target.startswith(mod + ".")):
                    continue
                out.append(Edge(mod, target, rel, node.lineno, id(node) in typing_only))
    return tuple(out)


def services_package(module: str) -> str | None:
    """``services.pipeline.board`` → ``pipeline``; None for services/__init__ and gui/."""
    parts = module.split(".")
    return parts[1] if parts[0] == "services" and len(parts) > 1 else None


Link = tuple[str, str, Edge]  # (from node, to node, an import that makes the link)


def find_cycle(graph: dict[str, dict[str, Edge]]) -> list[Link] | None:
    """One cycle of ``graph`` (node → {neighbour: an import linking them}) as its links."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[Link] = []

    def visit(node: str) -> list[Link] | None:
        state[node] = 1
        for nxt, edge in sorted(graph.get(node, {}).items()):
            if state.get(nxt) == 1:
                start = next((i for i, link in enumerate(path) if link[0] == nxt), len(path))
                return [*path[start:], (node, nxt, edge)]
            if nxt not in state:
                path.append((node, nxt, edge))
                found = visit(nxt)
                if found:
                    return found
                path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def _chain(cycle: list[Link], label: str) -> str:
    names = " → ".join([cycle[0][0], *[to for _, to, _ in cycle]])
    return f"{label} import cycle {names}:\n" + "\n".join(
        f"  {frm} → {to}: {edge.where()}" for frm, to, edge in cycle)


def package_graph() -> dict[str, dict[str, Edge]]:
    """services package → {imported services package: the first import that links them}."""
    graph: dict[str, dict[str, Edge]] = {}
    for e in edges():
        src, dst = services_package(e.source), services_package(e.target)
        if src and dst and src != dst:
            graph.setdefault(src, {}).setdefault(dst, e)
    return graph


def test_models_and_services_import_without_pyside6():
    done = subprocess.run([sys.executable, "-c", f"ROOT = {str(ROOT)!r}\n" + PROBE],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    count, *failures = done.stdout.strip().splitlines()
    assert int(count) > 10  # it really walked the packages
    assert failures == [], "\n".join(failures)


def test_the_import_graph_is_really_read():
    packages = {services_package(m) for m in modules()} - {None}
    assert {CORE, "customers", "pipeline", "targets", "setup"} <= packages
    assert any(e.source.startswith("gui.") and e.target.startswith("services.") for e in edges())
    assert find_cycle({"a": {"b": Edge("a", "b", "a.py", 1, False)},
                       "b": {"a": Edge("b", "a", "b.py", 2, False)}}) is not None


def test_services_never_import_gui():
    bad = [e.where() for e in edges() if e.source.startswith("services") and
           e.target.startswith("gui")]
    assert bad == [], "services/ must not import gui/:\n" + "\n".join(bad)


def test_core_imports_no_feature_package():
    bad = [e.where() for e in edges()
           if services_package(e.source) == CORE and services_package(e.target) not in (None, CORE)]
    assert bad == [], "services/core imports a feature package:\n" + "\n".join(bad)


def test_services_packages_form_no_cycle():
    cycle = find_cycle(package_graph())
    assert cycle is None, _chain(cycle, "services package") if cycle else ""


def test_no_import_cycle_among_modules_of_services_and_gui():
    graph: dict[str, dict[str, Edge]] = {}
    for e in edges():
        if not e.typing_only:
            graph.setdefault(e.source, {}).setdefault(e.target, e)
    cycle = find_cycle(graph)
    assert cycle is None, _chain(cycle, "module") if cycle else ""


def test_no_module_over_800_lines():
    long = sorted(f"{path.relative_to(ROOT)}: {n} lines" for path in modules().values()
                  if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES)
    assert long == [], f"modules over {MAX_LINES} lines (split them):\n" + "\n".join(long)
