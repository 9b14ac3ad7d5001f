"""A quote saved as PDF — from the window's writer and from ``quotes pdf`` on the command line —
is an A4 page in Chinese with the firm's name, the number, the lines and the totals, read back
with pdftotext (NFKC, as Noto CJK draws 人 and 户 with the glyphs pdftotext names
⼈ and ⼾)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from gui.orders.quote_pdf import write_quote_pdf
from services.orders import quotes as Q
from services.products import catalogue as cat
from tests.unit.orders.orders_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out.replace("\u2f3e", "户"))  # NFKC gives 戶


@pytest.fixture
def quote(store):
    firm = build_firm(store)
    gw = cat.add_product(store, name="智能网关", code="GW-1", unit_price="12800",
                         tax_rate_bp=1300, measure_unit="台").value
    qid = Q.create_quote(store, customer_id=firm.customers[0], owner_id=firm.people["张三"],
                         issued_on=date(2026, 3, 2), notes="含安装调试，质保一年。", lines=[
                             Q.QuoteLineInput(product_id=gw, quantity=2, discount_bp=500),
                             Q.QuoteLineInput("实施服务", "1.5", "2500", 0, 600, None, "人天")]
                         ).value
    return qid


def test_the_pdf_is_the_quote_in_chinese_with_the_firms_name(qapp, store, quote, tmp_path):
    pdf = write_quote_pdf(store, quote, tmp_path / "报价.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _text(pdf)
    for expected in ("帆程公司", "报价单", "BJ-2026-0001", "客户0", "有效期至", "2026-04-01",
                     "智能网关", "实施服务", "人天", "¥24,320.00", "¥3,161.60", "−¥1,280.00",
                     "¥3,386.60", "报价总计（含税）", "¥31,456.60", "含安装调试"):
        assert unicodedata.normalize("NFKC", expected) in text, expected


def test_quotes_pdf_on_the_command_line(store, quote, tmp_path):
    out = tmp_path / "q.pdf"
    db = store.location
    store.close()
    done = subprocess.run([sys.executable, "main.py", "--db", db, "quotes", "pdf",
                           "BJ-2026-0001", str(out)], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "BJ-2026-0001" in done.stdout and "¥31,456.60" in _text(out)
    listed = subprocess.run([sys.executable, "main.py", "--db", db, "quotes", "list",
                             "--lang", "zh"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    assert "BJ-2026-0001\t客户0\t\t张三\t2026-03-02\t2026-04-01\t草稿\t\t31456.60" in listed
    missing = subprocess.run([sys.executable, "main.py", "--db", db, "quotes", "pdf",
                              "BJ-2026-0099", str(out), "--lang", "zh"], cwd=ROOT,
                             capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "没有编号为 BJ-2026-0099 的报价" in missing.stderr
