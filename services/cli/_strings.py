"""The CLI's sentences for translation: ``python -m services.cli._strings [--check]``.

pyside6-lupdate reads ``QT_TRANSLATE_NOOP`` in the GUI's sources only, so the command line's
own sentences (``tr("…")`` and ``N_("…")`` in ``services/cli``, context ``Cli``) are gathered
here from the source with ``ast`` and written to ``resources/translations/cli_zh_CN.ts`` in the
format lupdate writes: translations already there are kept, a new sentence comes in empty and
``unfinished``, a sentence no longer used is dropped. ``python -m gui.common.i18n update`` runs
this too; ``compile`` turns the file into a ``.qm`` like any other (the CLI reads the ``.ts``).
Locations name the file only (no line numbers), so an edit elsewhere in a file leaves the
translation file alone.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from services.cli._i18n import CONTEXT
from services.core.catalog import ROOT, TRANSLATIONS_DIR

SOURCES = ROOT / "services" / "cli"
TS_FILE = TRANSLATIONS_DIR / "cli_zh_CN.ts"
MARKERS = ("tr", "N_")
#: Qt-free modules outside services/cli whose sentences the command line prints: the health
#: check's findings (``Problem("…")``, see services.core.findings).
FINDINGS = (ROOT / "services" / "core" / "check.py", ROOT / "services" / "core" / "check_pg.py")


def _calls(names: tuple[str, ...]) -> list[tuple[str, int, ast.Call]]:
    """Calls of ``names`` (in services/cli) and of ``Problem`` (in :data:`FINDINGS`): (path
    from the project folder, line, call).
    """
    found = []
    sources = [(p, names) for p in sorted(SOURCES.glob("*.py"))]
    sources += [(p, ("Problem",)) for p in FINDINGS]
    for path, markers in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in markers:
                found.append((path.relative_to(ROOT).as_posix(), node.lineno, node))
    return sorted(found, key=lambda f: (f[0], f[1]))


def sentences() -> list[tuple[str, str, int]]:
    """Every ``tr``/``N_`` literal of ``services/cli``: (source, file name, line), first use
    first; a call with anything but one literal is an error (it could not be translated).
    """
    seen: dict[str, tuple[str, str, int]] = {}
    for name, line, node in _calls(MARKERS):
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            raise ValueError(f"{name}:{line}: tr()/N_()/Problem() needs a literal sentence")
        seen.setdefault(first.value, (first.value, name, line))
    return list(seen.values())


def existing(path: Path = TS_FILE) -> dict[str, tuple[str, bool]]:
    """The translations in ``path``: source → (translation, finished)."""
    if not path.exists():
        return {}
    from defusedxml import ElementTree

    root = ElementTree.parse(path).getroot()
    out: dict[str, tuple[str, bool]] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for message in ctx.iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if source is None or node is None:
                continue
            out[source] = (node.text or "", node.get("type") is None)
    return out


def render(found: list[tuple[str, str, int]], known: dict[str, tuple[str, bool]]) -> str:
    """The .ts file for ``found`` with the translations ``known``."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="zh_CN">', "<context>", f"    <name>{CONTEXT}</name>"]
    for source, name, _line in found:
        text, done = known.get(source, ("", False))
        kind = "" if done and text else ' type="unfinished"'
        lines += ["    <message>",
                  f'        <location filename="../../{name}"/>',
                  f"        <source>{escape(source)}</source>",
                  f"        <translation{kind}>{escape(text)}</translation>",
                  "    </message>"]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def update(path: Path = TS_FILE) -> list[str]:
    """Rewrite ``path`` from the sources; returns the sentences still without a translation."""
    found = sentences()
    known = existing(path)
    path.write_text(render(found, known), encoding="utf-8")
    return [s for s, _n, _l in found if not known.get(s, ("", False))[0]]


def main(argv: list[str] | None = None) -> int:
    """``python -m services.cli._strings [--check]``."""
    parser = argparse.ArgumentParser(prog="python -m services.cli._strings",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="only list the sentences without a translation (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        known = existing()
        missing = [s for s, _n, _l in sentences() if not known.get(s, ("", False))[0]]
    else:
        missing = update()
        print(f"{TS_FILE.relative_to(ROOT)}: {len(sentences())} sentences")
    for source in missing:
        print(f"untranslated: {source}")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
