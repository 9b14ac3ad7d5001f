"""A quote saved as PDF (报价单): the HTML of :mod:`services.orders.quote_document` laid out by
a ``QTextDocument`` on an A4 ``QPdfWriter``, in a font with CJK glyphs (the app registers one).

Also a small program for the command line's ``quotes pdf NUMBER OUT.pdf``, which runs it in a
child process (the services and the CLI never import Qt)::

    python -m gui.orders.quote_pdf --db PATH|URL NUMBER OUT.pdf
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from gui.common.fonts import CJK_FAMILIES, register_cjk_font_file_if_missing
from services.core.store import Store
from services.orders.quote_document import quote_html

RESOLUTION = 300
LATIN_FAMILIES = ("Arial", "Helvetica", "DejaVu Sans", "Liberation Sans", "Noto Sans")


def pdf_families() -> list[str]:
    """A Latin family first, then the CJK ones: digits and letters set in a CJK font after
    Latin text lose their text in the PDF (a copy or a search finds "BJ-" for "BJ-2026-0001").
    """
    latin = [f for f in LATIN_FAMILIES if QFontDatabase.hasFamily(f)][:1]
    return latin + list(CJK_FAMILIES)


def write_quote_pdf(store: Store, quote_id: str, path: str | Path, today: date | None = None
                    ) -> Path:
    """Write the quote as an A4 PDF at ``path``; returns the path."""
    register_cjk_font_file_if_missing()
    out = Path(path)
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(out.stem)
    writer.setCreator("Sailplan")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # points are the page's, not the screen's
    font = QFont()
    font.setFamilies(pdf_families())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(quote_html(store, quote_id, today or date.today()))
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return out


def main(argv: list[str] | None = None) -> int:
    """``--db X NUMBER OUT.pdf``: the command line's PDF writer (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m gui.orders.quote_pdf")
    parser.add_argument("--db", required=True)
    parser.add_argument("number")
    parser.add_argument("out")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from services.core.errors import SailplanError
    from services.orders.quote_queries import find_quote
    from services.setup import open_store

    try:
        with open_store(args.db) as store:
            path = write_quote_pdf(store, find_quote(store, args.number), args.out)
    except SailplanError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
