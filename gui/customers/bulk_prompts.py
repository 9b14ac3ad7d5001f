"""The small questions bulk actions ask (which owner, which tag, which tier).

Classmethods, so tests replace them instead of clicking modal dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from gui.customers.formatting import tier_label
from services.org.people import PersonRow


class BulkPrompts:
    """Modal pickers returning the choice, or None when cancelled."""

    @classmethod
    def choose_owner(cls, parent: QWidget | None, people: Sequence[PersonRow],
                     count: int) -> str | None:
        """Pick the new owner of ``count`` customers."""
        if not people:
            return None
        names = [p.name for p in people]
        name, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("BulkPrompts", "Reassign owner"),
            QCoreApplication.translate("BulkPrompts",
                                       "New owner of the selected customers ({0}):"
                                       ).format(count), names, 0, False)
        if not ok:
            return None
        return people[names.index(name)].id

    @classmethod
    def ask_tag(cls, parent: QWidget | None, title: str, suggestions: Sequence[str]
                ) -> str | None:
        """A tag to add or remove (typed, or picked from the known tags)."""
        text, ok = QInputDialog.getItem(parent, title,
                                        QCoreApplication.translate("BulkPrompts", "Tag:"),
                                        list(suggestions), 0, True)
        text = text.strip()
        return text if ok and text else None

    @classmethod
    def choose_tier(cls, parent: QWidget | None, count: int) -> str | None:
        """A manual tier for ``count`` customers."""
        labels = [tier_label(t) for t in ("A", "B", "C")]
        text, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("BulkPrompts", "Set tier"),
            QCoreApplication.translate("BulkPrompts",
                                       "Tier for the selected customers ({0}), set by hand:"
                                       ).format(count),
            labels, 0, False)
        if not ok:
            return None
        return ("A", "B", "C")[labels.index(text)]
