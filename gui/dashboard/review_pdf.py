"""A review pack saved as PDF: the HTML of :mod:`services.reviews.document` laid out by a
``QTextDocument`` on an A4 ``QPdfWriter`` in a font with CJK glyphs, the waterfall chart as an
image, and "第 1 页，共 3 页" / "Page 1 of 3" at the foot of every page.

The Reviews tab runs :func:`write_review_pdf` on the task worker (a ``QTextDocument`` and a
``QPainter`` on a ``QPdfWriter`` need no GUI thread): it reports a step per page and stops at the
next page once cancelled; :func:`services.reviews.export.export_review` writes it to a temporary
file renamed into place, so a cancelled or failed export leaves no file. Call
:func:`prepare_fonts` on the GUI thread first (it may register the CJK font file).

Also a small program for the command line's ``export review … OUT.pdf``, which runs it in a
child process (the services and the CLI never import Qt)::

    python -m gui.dashboard.review_pdf --db PATH|URL --period 2026-Q3 [--node 华东大区]
        [--as-of YYYY-MM-DD] [--english] OUT.pdf
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from gui.common.fonts import register_cjk_font_file_if_missing
from gui.orders.quote_pdf import pdf_families
from services.reviews.document import CHART_URL, review_html
from services.reviews.labels import title, word
from services.reviews.pack import ReviewPack

RESOLUTION = 300
FOOTER_MM = 8


def prepare_fonts() -> list[str]:
    """Register the CJK font file if the system has none (on the GUI thread, before the PDF is
    laid out on the worker); returns the PDF's font families.
    """
    register_cjk_font_file_if_missing()
    return pdf_families()


def write_review_pdf(pack: ReviewPack, path: str | Path, english: bool = False, *,
                     progress: Callable[[int, int], None] | None = None,
                     is_cancelled: Callable[[], bool] | None = None,
                     families: list[str] | None = None) -> Path:
    """Write the pack as an A4 PDF at ``path`` (not atomic: the export wraps it); returns it.
    ``progress(done, total)`` is told of each page; once ``is_cancelled()`` the writing stops
    with :class:`~services.importing.exporting.ExportCancelled`. ``families``: those of
    :func:`prepare_fonts` (else it is called here, on a single-threaded caller).
    """
    if families is None:
        families = prepare_fonts()
    out = Path(path)
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter))
    s = pack.scope
    writer.setTitle(title(s.grain, s.period, s.unit_name, english))
    writer.setCreator("Sailplan")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    if pack.decomposition is not None:
        from services.reviews.chart import waterfall_png

        image = QImage.fromData(waterfall_png(pack.decomposition, english, dpi=200))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    doc.setHtml(review_html(pack, english))
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(rect.width(), rect.height() - footer)
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        painter.setFont(font)
        for page in range(pages):
            if is_cancelled is not None and is_cancelled():
                from services.importing.exporting import ExportCancelled

                raise ExportCancelled("Export cancelled; no file was written.")
            if progress is not None:
                progress(page, pages)
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                             body.height()))
            painter.restore()
            text = word("page", english).format(page=page + 1, pages=pages)
            painter.drawText(QRectF(0, body.height(), body.width(), footer),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             text)
    finally:
        painter.end()
    if progress is not None:
        progress(pages, pages)
    return out


def main(argv: list[str] | None = None) -> int:
    """The command line's PDF writer (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m gui.dashboard.review_pdf")
    parser.add_argument("--db", required=True)
    parser.add_argument("--period", required=True)
    parser.add_argument("--node", default=None)
    parser.add_argument("--as-of", default=None)
    parser.add_argument("--english", action="store_true")
    parser.add_argument("out")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from services.core.errors import SailplanError
    from services.reviews.export import export_review
    from services.reviews.pack import build_pack
    from services.reviews.scope import grain_of
    from services.setup import open_store

    try:
        with open_store(args.db) as store:
            unit = None
            if args.node:
                from services.org.lookup import find_unit

                unit = find_unit(store, args.node).id
            as_of = date.fromisoformat(args.as_of) if args.as_of else None
            pack = build_pack(store, grain_of(args.period), args.period, unit, as_of=as_of)
            path = export_review(pack, args.out, english=args.english,
                                 pdf_writer=write_review_pdf)
    except SailplanError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
