"""Version and the About box."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.core.paths import data_dir

translate = QCoreApplication.translate


@cache
def app_version() -> str:
    """Sailplan's version: installed package metadata, else pyproject.toml beside the source."""
    import tomllib
    from importlib import metadata  # ~15 ms: imported when the About box needs it

    try:
        return metadata.version("sailplan")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent.parent / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "?"


class AboutDialog:
    """The About box (a classmethod so tests can patch it)."""

    @classmethod
    def text(cls, database: str) -> str:
        """The box's rich text: version, purpose, data folder and open database."""
        what = translate("AboutDialog", "A local-first sales management plan for small firms: "
                         "targets, plans, customers, pipeline, orders and reviews in one place.")
        data = translate("AboutDialog", "Data folder:")
        opened = translate("AboutDialog", "Open database:")
        return (f"<h3>Sailplan {app_version()}</h3><p>{html.escape(what)}</p>"
                f"<p>{html.escape(data)}<br>"
                f"<code>{html.escape(str(data_dir()))}</code></p>"
                f"<p>{html.escape(opened)}<br>"
                f"<code>{html.escape(database)}</code></p>")

    @classmethod
    def show(cls, parent: QWidget, database: str) -> None:
        """Show the About box."""
        QMessageBox.about(parent, translate("AboutDialog", "About Sailplan"), cls.text(database))
