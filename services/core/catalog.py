"""Translations for Qt-free code (the CLI): read straight from ``resources/translations``.

The GUI installs compiled ``.qm`` files with Qt; the headless command line may not import Qt
(layering), so it reads the same ``*_zh_CN.ts`` files as XML. A message is found by its
context and English source (``("ServiceErrors", "The unit still has people or sub-units.")``);
a message nobody translated, or any message in English, is its source. The files are parsed
on first use, only those holding a context that is asked for, and kept for the process.

:func:`choose_language` picks the language the way the CLI documents it: an explicit choice,
else ``SAILPLAN_LANG``, else the language chosen in the app (when its settings are an INI file:
``ui-settings.ini`` in ``SAILPLAN_DATA_DIR``, or ``$XDG_CONFIG_HOME/Sailplan/Sailplan.conf`` on
Linux — the Windows registry and macOS property lists are not read), else the system locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import configparser
import locale
import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
"""The interface languages (English is the source text)."""
SETTINGS_KEY = ("ui", "language")
"""Where the app remembers its language (QSettings key ``ui/language``)."""


def normalise(text: object) -> str | None:
    """``zh_CN`` or ``en`` for a language or locale name (``zh``, ``zh-CN``, ``zh_CN.UTF-8``,
    ``Chinese (Simplified)_China``, ``en_US``, ``C``…); None for anything else.
    """
    if not isinstance(text, str):
        return None
    low = text.strip().lower()
    if not low:
        return None
    if low.startswith(("zh", "chinese")):
        return "zh_CN"
    if low.startswith(("en", "english")) or low.split(".")[0] in ("c", "posix"):
        return "en"
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """``zh_CN`` for a Chinese locale (the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that
    is set; without any, the platform's own locale), otherwise ``en``.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh_CN" if normalise(value) == "zh_CN" else "en"
    try:
        platform = locale.getlocale()[0] or ""
    except ValueError:
        platform = ""
    return "zh_CN" if normalise(platform) == "zh_CN" else "en"


def settings_files(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The app's settings files this module can read (INI), most specific first."""
    env = os.environ if environ is None else environ
    data = env.get("SAILPLAN_DATA_DIR")
    if data:  # the app keeps its UI state in the data folder then (gui/common/ui_settings.py)
        return [Path(data) / "ui-settings.ini"]
    if sys.platform.startswith(("win", "darwin")):
        return []  # the registry / a property list: not read without Qt
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return [Path(config) / "Sailplan" / "Sailplan.conf"]


def stored_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language chosen in the app's View menu, when its settings file can be read."""
    for path in settings_files(environ):
        if not path.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
            value = parser.get(*SETTINGS_KEY, fallback=None)
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        if value is not None:
            return normalise(value.strip().strip('"'))
    return None


def choose_language(override: str | None = None,
                    environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: ``override``, else ``SAILPLAN_LANG``, else the app's choice,
    else the system's; always one of :data:`LANGUAGES`.
    """
    env = os.environ if environ is None else environ
    return (normalise(override) or normalise(env.get("SAILPLAN_LANG"))
            or stored_language(env) or system_language(env))


class Catalogue:
    """The translations of one language, loaded context by context from the ``.ts`` files."""

    def __init__(self, lang: str, folder: Path = TRANSLATIONS_DIR):
        self.lang = lang
        self.folder = folder
        self._messages: dict[tuple[str, str], str] = {}
        self._parsed: set[Path] = set()
        self._contexts: set[str] = set()

    def translate(self, context: str, source: str) -> str:
        """``source`` in this language (``source`` itself when it has no translation)."""
        if self.lang == "en":
            return source
        if context not in self._contexts:
            self._load(context)
        return self._messages.get((context, source)) or source

    def has(self, context: str, source: str) -> bool:
        """True when ``source`` has a translation (a test's question)."""
        if context not in self._contexts:
            self._load(context)
        return bool(self._messages.get((context, source)))

    def _load(self, context: str) -> None:
        self._contexts.add(context)
        marker = f"<name>{context}</name>"
        for path in sorted(self.folder.glob(f"*_{self.lang}.ts")):
            if path in self._parsed:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if marker in text:
                self._parsed.add(path)
                self._read(text)

    def _read(self, text: str) -> None:
        from defusedxml import ElementTree  # lazy: only a Chinese run reads translations

        try:
            root = ElementTree.fromstring(text)
        except ElementTree.ParseError:
            return
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None:
                    continue
                if node.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in node.iter("numerusform")]
                translated = forms[0] if forms else (node.text or "")
                if translated:
                    self._messages.setdefault((name, source), translated)


@cache
def catalogue(lang: str) -> Catalogue:
    """The (cached) catalogue of ``lang``."""
    return Catalogue(lang)


def fill(template: str, translated: str, params: Mapping[str, object] | None) -> str:
    """``translated`` with ``{name}`` fields filled from ``params``; the English ``template``
    filled in when the translation lost or misspelt a field.
    """
    if not params:
        return translated
    values = {k: str(v) for k, v in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)
