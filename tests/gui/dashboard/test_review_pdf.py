"""A review pack saved as PDF — from the writer the tab uses and from ``export review … .pdf``
on the command line — read back with pdftotext (NFKC: Noto CJK draws some characters with
glyphs pdftotext names as radicals): Chinese title, findings, the tables, page numbers."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from gui.dashboard.review_pdf import write_review_pdf
from services.reviews.export import export_review
from services.reviews.pack import build_pack
from tests.unit.dashboard.review_fixtures import AS_OF, build_review_world

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    # NFKC gives 戶 for ⼾ and leaves the radical ⻚ (U+2EDA) as it is
    return unicodedata.normalize("NFKC", out.replace("\u2f3e", "户").replace("\u2eda", "页"))


def _has(text: str, *expected: str) -> None:
    for e in expected:
        assert unicodedata.normalize("NFKC", e) in text, e


def test_the_pdf_is_the_pack_in_chinese_with_page_numbers(qapp, store, tmp_path):
    rw = build_review_world(store)
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF)
    pdf = export_review(pack, tmp_path / "复盘.pdf", pdf_writer=write_review_pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _text(pdf)
    _has(text, "华东区 2026-09 月复盘", "数据截至 2026-09-20",
         "华东区 2026-09 签约额达成率 35%，距目标差 ¥130,000", "输单 2 个，合计 ¥70,000",
         "目标与实际", "差额成因（签约额）", "-¥80,000", "漏斗转化", "商机清单", "东方机械",
         "HT-1", "第 1 页，共")
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    count = int(next(line.split()[-1] for line in pages.splitlines()
                     if line.startswith("Pages:")))
    _has(text, f"第 {count} 页，共 {count} 页")


def test_english_pdf(qapp, store, tmp_path):
    rw = build_review_world(store)
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF)
    pdf = export_review(pack, tmp_path / "r.pdf", english=True, pdf_writer=write_review_pdf)
    _has(_text(pdf), "Monthly review 2026-09", "Target vs. actual", "Page 1 of")


def test_export_review_pdf_on_the_command_line(store, tmp_path):
    build_review_world(store)
    out = tmp_path / "q.pdf"
    db = store.location
    store.close()
    done = subprocess.run([sys.executable, "main.py", "--db", db, "export", "review",
                           "--period", "2026-09", "--node", "华东区", "--as-of", "2026-09-20",
                           str(out), "--lang", "zh"], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    _has(_text(out), "华东区 2026-09 月复盘", "第 1 页")
