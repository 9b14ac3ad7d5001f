"""In the Chinese interface no page, view or main dialog shows English words.

Every page is opened on a small demo firm, then every scene of the screenshot tool (each page's
other views and the dialogs a user opens from it: customer card tabs, new customer, follow-up,
export, deal detail, target adjustment, funnel, timeline, every settings section, About) and
the import wizard's pages up to the preview. What a user reads is collected — labels, buttons,
tabs, group titles, placeholders, combo box items, table headers and the first rows of every
table, window titles and the menus — and must hold no English word outside a short list of
names (Excel, CSV, PostgreSQL…). Upper-case abbreviations (KPI, CRM in the demo's deal names)
and file paths, e-mail and web addresses are data, not interface.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.common.i18n import install_translators
from gui.pages import PAGES
from gui.screenshots import IMPORT_KINDS, run_scene, walk_import
from gui.shell.screenshot_scenes import SCENES
from services import demo
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NAMES = {"sailplan", "excel", "csv", "postgresql", "sqlite", "utf", "gbk", "windows", "ctrl",
         "shift", "xlsx", "xlsm", "tsv", "txt", "app", "english"}
"""Words the Chinese interface keeps in Latin letters: product, format and key names, "App"
(as Chinese writes it) and "English" (the language chooser names each language in itself)."""

_NOT_WORDS = re.compile(
    r"\S*[/\\@]\S*"  # paths, e-mail addresses
    r"|\S+\.(?:com|cn|net|org|io)\S*"  # web addresses
    r"|<[^>]+>"  # rich-text tags
    r"|&(?:[a-z]+|#\d+);")  # and their entities
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def english_words(text: str) -> list[str]:
    """The words of ``text`` a Chinese reader would see as untranslated English."""
    words = _WORD.findall(_NOT_WORDS.sub(" ", text.replace("&&", "&")))
    return [w for w in words if w.lower() not in NAMES and not (w.isupper() and len(w) <= 5)
            and len(w) > 2 or w in ("OK", "Ok")]


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    parents = [root]
    for row in range(min(model.rowCount(root), 3)):  # a section's first rows too
        parents.append(model.index(row, 0, root))
    for parent in parents:
        for row in range(min(model.rowCount(parent), 12)):
            for column in range(columns):
                value = model.index(row, column, parent).data()
                if isinstance(value, str):
                    texts.append(value)
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """What a user can read in ``root`` and its visible children."""
    texts = [root.windowTitle()] if root.isWindow() else []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractItemView | QComboBox) and _in_file_dialog(w):
            continue  # the user's own files and folders
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            texts += _view_texts(w)
    return [t for t in texts if t]


def _in_file_dialog(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QFileDialog):
        parent = parent.parentWidget()
    return parent is not None


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _english(place: str, texts: list[str], found: dict[str, set[str]]) -> None:
    found.setdefault("(looked at)", set()).add(place)
    for text in texts:
        if english_words(text):
            found.setdefault(place, set()).add(text)


@pytest.fixture
def window(qtbot, store):
    demo.generate_demo(store, size=demo.DemoSize(40, 80))
    w = make_window(qtbot, store, "zh_CN")
    w.resize(1280, 800)
    yield w
    w.ctx.tasks.wait()
    install_translators(QApplication.instance(), "en")


def test_the_detector_finds_english_and_leaves_names_data_and_chinese_alone():
    assert english_words("Export plan to Excel…") == ["Export", "plan"]
    assert english_words("Cancel") == ["Cancel"]
    assert english_words("导出到 Excel（.xlsx）或 CSV") == []
    assert english_words("数据库：/tmp/sailplan-x/demo.sqlite3 · service@anchuang.cn") == []
    assert english_words("云帆 ERP 二期 · KPI与激励 · Q1 目标") == []


def test_no_english_words_on_any_page_view_or_main_dialog_in_chinese(qtbot, window):
    app = QApplication.instance()
    tasks = window.ctx.tasks
    found: dict[str, set[str]] = {}
    _english("menus", [t for m in window.menuBar().findChildren(QMenu)
                       if m.parent() is window.menuBar() for t in _menu_texts(m)], found)
    def show(key: str) -> QWidget:
        page = window.show_page(key)
        if callable(getattr(page, "is_loading", None)):
            qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
        return page

    for spec in PAGES:
        show(spec.key)
        _english(spec.key, visible_texts(window), found)
        for scene in (s for s in SCENES if s.page == spec.key):
            page = show(spec.key)
            run_scene(app, tasks, window, lambda s=scene, p=page: s.action(window, p),
                      lambda w, k=f"{spec.key}/{scene.name}": _english(k, visible_texts(w),
                                                                          found), pause=0.25)
            window.rebuild_pages()
    for kind in IMPORT_KINDS:
        walk_import(app, tasks, window,
                    lambda wizard, step, k=kind: _english(f"import {k}/{step}",
                                                          visible_texts(wizard), found),
                    pause=0.25, kind=kind)
    looked_at = found.pop("(looked at)")
    assert looked_at >= {f"{s.page}/{s.name}" for s in SCENES} | {
        f"import {k}/{step}" for k in IMPORT_KINDS for step in ("file", "mapping", "preview")}
    assert not found, "\n".join(f"{place}: {sorted(texts)}" for place, texts in sorted(
        found.items()))
