"""Every file-level refusal of the importer reads in the interface language.

The services raise ``ImportFileError`` with an English template and its values; the wizard
shows it through ``gui.common.error_texts.error_text``. Read from the source, so a new refusal
without a translation fails here; then each kind of bad file is fed to the Chinese wizard and
no English sentence may remain.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common import error_texts as common
from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.i18n import install_translators
from gui.common.tasks import TaskRunner
from gui.importer import error_texts
from gui.importer.import_wizard import ImportWizard
from tests.refusal_scan import ROOT, scan, service_files
from tests.unit.importing.hostile_corpus import CORPUS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RAISERS = {"ImportFileError", "_refuse", "MappingError", "ImportRejected", "ImportCancelled",
           "ImportUndoError", "ExportCancelled", "ExportError"}
FULL_DISK = {"DiskFullError", "_full_disk"}  # (where, outcome): the outcome is a literal
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w+)\}")
SENTENCE_END = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+")


def raised_templates() -> tuple[set[str], list[str]]:
    """The refusal templates under services/importing (a literal, or a module constant naming
    one), and where one is an f-string."""
    found = scan(service_files("importing"), RAISERS)
    return found.found, found.formatted


def full_disk_templates() -> set[str]:
    """The sentences of the full disks import, its undo and export report."""
    from services.core.errors import DiskFullError

    found = set()
    for path in sorted((ROOT / "services" / "importing").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2 and getattr(
                    node.func, "id", "") in FULL_DISK:
                outcome = node.args[1]
                if isinstance(outcome, ast.Constant):  # else _full_disk passing its own on
                    found.add(DiskFullError("X", outcome.value).template)
    return found


def english_sentences(text: str) -> list[str]:
    """Sentences of ``text`` without a Chinese character (file names and numbers aside)."""
    out = []
    for sentence in SENTENCE_END.split(text):
        words = re.findall(r"[A-Za-z]{3,}", sentence)
        if words and not CJK.search(sentence):
            out.append(sentence.strip())
    return out


@pytest.fixture
def zh(qapp):
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


def test_refusals_are_templates_not_formatted_strings() -> None:
    _found, formatted = raised_templates()
    assert formatted == []


def test_every_refusal_is_listed_and_reads_in_chinese(zh) -> None:
    found, _formatted = raised_templates()
    assert found == set(error_texts.TEMPLATES)
    full = full_disk_templates()
    assert full == set(error_texts.DISK_FULL) and len(full) == 3
    for template in sorted(found | full):
        params = {f: "X" for f in FIELD.findall(template)}
        text = common.translate_template(template, params)
        assert CJK.search(text) and text != template.format(**params), template
        assert sorted(set(FIELD.findall(common.translate_template(template)))) == sorted(
            set(params)), template
        assert english_sentences(text) == [], (template, text)


def _bad_files(folder: Path) -> list[Path]:
    """One file per kind of refusal: the hostile corpus (one per outcome), CSVs, and files that
    are no spreadsheet at all."""
    out, seen = [], set()
    for case in CORPUS:
        if case.exit_code == 2 and case.output not in seen:
            seen.add(case.output)
            out.append(case.build(folder / case.name))
    files = {
        "stray-byte.csv": "客户名称\r\n杭州".encode() + b"\xe9" + "公司\r\n".encode(),
        "binary.csv": bytes(range(128, 256)) * 20,
        "long-cell.csv": ("客户名称\r\n" + "长" * 40_000 + "\r\n").encode(),
        "ragged.csv": ("客户名称\r\n" + ",".join(["x"] * 300) + "\r\n").encode(),
        "empty.csv": b"",
        "old.xls": b"\xd0\xcf\x11\xe0" * 10,
        "encrypted.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "report.pdf": b"%PDF-1.4\n",
        "no-workbook.xlsx": b"",
    }
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        out.append(path)
    import zipfile

    with zipfile.ZipFile(folder / "no-workbook.xlsx", "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    return out


def _refusal(qtbot, ctx: AppContext, path: Path) -> str:  # noqa: ANN001
    """What the Chinese wizard's file page says when Next is pressed on ``path``."""
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.file_page.error.text()), timeout=30_000)
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    text = wizard.file_page.error.text()
    wizard.close()
    return text


def test_each_kind_of_bad_file_is_refused_in_chinese(qtbot, store, tmp_path, zh):
    runner = TaskRunner()
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    shown: dict[str, str] = {}
    try:
        for path in _bad_files(tmp_path):
            shown[path.name] = _refusal(qtbot, ctx, path)
    finally:
        runner.wait()
    for name, text in shown.items():
        assert CJK.search(text), (name, text)
        assert english_sentences(text) == [], (name, text)
    assert len(set(shown.values())) >= 15  # every kind has its own sentence
