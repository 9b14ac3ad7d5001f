"""A date box that may be empty: it shows its special value text ("—", "not set") at the
minimum date.

Qt's QDateEdit moves Tab from section to section (year, month, day) and only then on to the
next control; while its special value text shows there are no sections to move through, and
Tab stayed in the box for ever. Here Tab leaves a box that shows no date at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose "no date" state Tab can leave."""

    def shows_no_date(self) -> bool:
        """Whether the box shows its special value text instead of a date."""
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if self.shows_no_date():
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
