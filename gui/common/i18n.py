"""Interface language: choosing it, installing translators, and maintaining the .ts files.

English is the source language. Each GUI feature folder owns
``resources/translations/<feature>_zh_CN.ts``; the application shell (app, main window, Today,
Settings, shared widgets) owns ``shell_zh_CN.ts``. At start-up Qt's own ``qtbase_<lang>.qm`` and
every ``resources/translations/*_<lang>.qm`` are installed — ours after Qt's, so they win.
``qt_extra_<lang>.ts`` is kept by hand (no feature's sources): the labels of Qt's own widgets
(its file dialog) that ``qtbase`` leaves untranslated.

Maintenance: ``python -m gui.common.i18n update`` runs pyside6-lupdate for every feature,
``python -m gui.common.i18n compile`` runs pyside6-lrelease on every .ts file.
``cli_zh_CN.ts`` holds the command line's own sentences (``services/cli``, context ``Cli``):
``update`` refreshes it with :mod:`services.cli._strings` (lupdate cannot see them), and the CLI
reads the ``.ts`` files directly (:mod:`services.core.catalog`), without Qt.
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ROOT = Path(__file__).resolve().parent.parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
"""Supported interface languages (English is the source text)."""
LANGUAGE_NAMES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}
"""Each language named in itself, as language menus show it."""

SHELL_SOURCES: tuple[str, ...] = (
    "gui/app.py", "gui/main_window.py", "gui/pages.py", "gui/screenshots.py", "gui/__init__.py",
    "gui/common", "gui/shell", "gui/today",
    "gui/settings/settings_page.py", "gui/settings/sections.py",
    "gui/settings/section_list_model.py", "gui/settings/general_section.py",
    "gui/settings/backups_section.py", "gui/settings/backups_model.py",
)
"""Sources of ``shell_zh_CN.ts``; every other ``gui/<folder>`` gets its own file. Sections
that features keep in ``gui/settings/`` belong to those features' own .ts files."""

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for any Chinese system locale, otherwise English."""
    name = QLocale.system().name() or ""
    if not name or name == "C":
        name = locale.getlocale()[0] or os.environ.get("LANG", "")
    return "zh_CN" if name.lower().startswith("zh") else "en"


def choose_language(override: str | None, stored: object) -> str:
    """The language to use: command line, else the remembered choice, else the system's."""
    if override in LANGUAGES:
        return str(override)
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the installed translators with those for ``lang``; returns the files loaded.

    Installing sends a LanguageChange event to every widget, so a live switch only needs
    widgets that build their text once to rebuild it. ``SAILPLAN_LANG`` is set to ``lang`` for
    Qt-free services that word user-facing text themselves.
    """
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(qt_dir) / f"qtbase_{lang}.qm"]
    if TRANSLATIONS_DIR.is_dir():
        candidates += sorted(TRANSLATIONS_DIR.glob(f"*_{lang}.qm"))
    for path in candidates:
        if not path.exists():
            continue
        tr = QTranslator(app)
        if tr.load(str(path)):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(path.name)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    # Qt-free services that word text for people (reminder details, export headers) read it.
    os.environ["SAILPLAN_LANG"] = lang
    return loaded


def installed_files() -> list[str]:
    """The paths of the translation files installed now (empty in English without Qt's own)."""
    return [tr.filePath() for tr in _installed]


def feature_sources() -> dict[str, list[str]]:
    """Map each .ts stem (``shell``, ``customers``, …) to the source paths it covers."""
    groups: dict[str, list[str]] = {"shell": [s for s in SHELL_SOURCES if (ROOT / s).exists()]}
    shell_dirs = {Path(s).name for s in SHELL_SOURCES if (ROOT / s).is_dir()} | {"settings"}
    for folder in sorted((ROOT / "gui").iterdir()):
        if folder.is_dir() and folder.name not in shell_dirs and not folder.name.startswith("_"):
            if any(folder.rglob("*.py")):
                groups[folder.name] = [f"gui/{folder.name}"]
    return groups


def _python_files(sources: list[str]) -> list[str]:
    """Expand folders to their .py files (lupdate scans folders for C++ sources only)."""
    files: list[str] = []
    for source in sources:
        path = ROOT / source
        if path.is_dir():
            files += sorted(p.relative_to(ROOT).as_posix() for p in path.rglob("*.py"))
        elif path.suffix == ".py":
            files.append(source)
    return files


def _tool(name: str) -> str:
    import shutil

    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def update(features: list[str] | None = None) -> int:
    """Refresh each feature's ``<feature>_zh_CN.ts`` from its sources (keeps translations)."""
    import subprocess  # maintenance only: kept out of the GUI start-up

    status = 0
    for stem, sources in feature_sources().items():
        if features and stem not in features:
            continue
        ts = TRANSLATIONS_DIR / f"{stem}_zh_CN.ts"
        cmd = [_tool("pyside6-lupdate"), *_python_files(sources), "-ts",
               str(ts.relative_to(ROOT))]
        print(" ".join(cmd[:3]), "…", " ".join(cmd[-2:]))
        status |= subprocess.call(cmd, cwd=ROOT)
    if not features or "cli" in features:
        # The command line's sentences (services/cli, no Qt there): gathered by our own reader.
        from services.cli import _strings

        missing = _strings.update()
        print(f"{_strings.TS_FILE.relative_to(ROOT)}: {len(missing)} sentence(s) to translate")
    return status


def compile_all() -> int:
    """Compile every ``resources/translations/*.ts`` to the ``.qm`` beside it."""
    import subprocess

    status = 0
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        cmd = [_tool("pyside6-lrelease"), str(ts)]
        print(" ".join(cmd))
        status |= subprocess.call(cmd, cwd=ROOT)
    return status


def main(argv: list[str] | None = None) -> int:
    """Command line: ``update [FEATURE…]`` or ``compile``."""
    parser = argparse.ArgumentParser(prog="python -m gui.common.i18n", description=__doc__)
    sub = parser.add_subparsers(dest="action", required=True)
    up = sub.add_parser("update", help="run pyside6-lupdate for every feature's .ts")
    up.add_argument("features", nargs="*", help="only these (e.g. shell customers cli)")
    sub.add_parser("compile", help="run pyside6-lrelease on every .ts")
    args = parser.parse_args(argv)
    if args.action == "update":
        return update(args.features)
    return compile_all()


if __name__ == "__main__":
    sys.exit(main())
