"""Limits that keep an import bounded in time and memory, and the error a refused file raises."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.errors import SailplanError

#: Excel's own sheet size; a file claiming more rows is malformed or hostile.
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
#: Excel's limit on the characters of one cell.
EXCEL_MAX_CELL_CHARS = 32_767


class ImportFileError(SailplanError):
    """The file cannot be imported (unreadable, unsupported, hostile or too large).

    The message is one plain sentence for the user; nothing has been written.
    """


@dataclass(frozen=True)
class ReadLimits:
    """How much a file may contain before it is refused.

    ``max_rows`` is the configurable working limit (Excel's hard cap of 1,048,576 rows always
    applies as well). Zip limits follow the usual zip-bomb defences: the total uncompressed size,
    the compression ratio of each large entry, and the number of entries.

    The sheet limits are checked by the pre-check *before* any reader allocates: the sheet's
    real extent (rows × columns of the cells that hold a value, which is what the reader
    allocates), the number of cells, the characters of text the cells hold (a shared string
    counts once per cell that uses it), the characters of one cell, merged ranges, and an
    estimate of the memory the read needs (``max_table_bytes``).

    The read itself runs in a child process whose address space is capped at
    ``reader_memory_bytes`` (and its CPU time at ``reader_cpu_seconds``): if a library still
    blows up, the child dies and the import is refused with a message, the app lives on.
    """

    max_rows: int = 500_000
    max_columns: int = 200
    max_cells: int = 12_000_000
    max_uncompressed_bytes: int = 1_500_000_000
    max_entry_ratio: float = 200.0
    ratio_check_min_bytes: int = 1_000_000
    max_entries: int = 2_000
    max_csv_bytes: int = 600_000_000
    max_cell_chars: int = EXCEL_MAX_CELL_CHARS
    max_text_chars: int = 100_000_000
    max_merged_ranges: int = 100_000
    max_table_bytes: int = 2_500_000_000
    reader_memory_bytes: int = 4_000_000_000
    reader_cpu_seconds: int = 900

    @property
    def row_cap(self) -> int:
        """The effective row limit (the smaller of the setting and Excel's maximum)."""
        return min(self.max_rows, EXCEL_MAX_ROWS)


def table_bytes(box_cells: int, cells: int, text_chars: int) -> int:
    """A generous estimate of the memory reading a sheet takes: the reader allocates every cell
    of the sheet's extent (``box_cells``), then a Python object per cell holding a value and
    the text (up to 4 bytes a character in Python, plus the reader's own UTF-8 copy).
    """
    return box_cells * 48 + cells * 72 + text_chars * 6


DEFAULT_LIMITS = ReadLimits()
