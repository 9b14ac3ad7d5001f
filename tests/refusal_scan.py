"""Reading the refusals a service package raises from its source, for the tests that check every
one is listed for translation and reads in Chinese (a new ``raise`` without one fails there)."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def service_files(*packages: str) -> list[Path]:
    """The modules of ``services/<package>`` for each package, sorted."""
    return [path for package in packages
            for path in sorted((ROOT / "services" / package).glob("*.py"))]


@dataclass
class Scan:
    """What the calls of the raisers pass as their sentence.

    ``found``: constant templates (a literal, or a module-level constant naming one);
    ``formatted``: ``file:line`` of the ones built from an f-string (cannot be translated);
    ``other``: ``file:line`` of anything else (a variable, a table lookup).
    """

    found: set[str] = field(default_factory=set)
    formatted: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


def scan(files: Iterable[Path], raisers: Iterable[str]) -> Scan:
    """The sentences passed first to a call of any name in ``raisers`` (a plain name or an
    attribute, e.g. ``ValidationError(...)`` or ``errors.ValidationError(...)``)."""
    names = set(raisers)
    out = Scan()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body
                     if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                     and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if getattr(node.func, "id", getattr(node.func, "attr", "")) not in names:
                continue
            first = node.args[0]
            where = f"{path.name}:{node.lineno}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                out.found.add(first.value)
            elif isinstance(first, ast.Name) and first.id in constants:
                out.found.add(constants[first.id])
            elif isinstance(first, ast.JoinedStr):
                out.formatted.append(where)
            else:
                out.other.append(where)
    return out
