"""Limits that keep an import bounded in time and memory, and the error a refused file raises."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.errors import SailplanError

#: Excel's own sheet size; a file claiming more rows is malformed or hostile.
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384


class ImportFileError(SailplanError):
    """The file cannot be imported (unreadable, unsupported, hostile or too large).

    The message is a plain sentence for the user; nothing has been written.
    """


@dataclass(frozen=True)
class ReadLimits:
    """How much a file may contain before it is refused.

    ``max_rows`` is the configurable working limit (Excel's hard cap of 1,048,576 rows always
    applies as well). Zip limits follow the usual zip-bomb defences: the total uncompressed size,
    the compression ratio of each large entry, and the number of entries.
    """

    max_rows: int = 500_000
    max_columns: int = 200
    max_cells: int = 12_000_000
    max_uncompressed_bytes: int = 1_500_000_000
    max_entry_ratio: float = 200.0
    ratio_check_min_bytes: int = 1_000_000
    max_entries: int = 2_000
    max_csv_bytes: int = 600_000_000
    max_cell_chars: int = 32_767

    @property
    def row_cap(self) -> int:
        """The effective row limit (the smaller of the setting and Excel's maximum)."""
        return min(self.max_rows, EXCEL_MAX_ROWS)


DEFAULT_LIMITS = ReadLimits()
