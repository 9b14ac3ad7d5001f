"""Where UI state (geometry, column widths, last page, language) is remembered.

Normally the platform's native QSettings store for organisation/application "Sailplan". When
``SAILPLAN_DATA_DIR`` overrides the data folder (portable installs, tests) the state goes to an
INI file inside that folder instead, so each data folder carries its own window state.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANIZATION = "Sailplan"
APPLICATION = "Sailplan"


def ui_settings() -> QSettings:
    """A QSettings for UI state (cheap to create; create one per use)."""
    override = os.environ.get("SAILPLAN_DATA_DIR")
    if override:
        from services.core.paths import data_dir

        return QSettings(str(data_dir() / "ui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def location_key(location: str) -> str:
    """A short stable key for settings remembered per database location."""
    import hashlib

    return hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]


def read_bool(settings: QSettings, key: str, default: bool = False) -> bool:
    """A boolean from QSettings (INI files store them as text)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in {"1", "true", "yes"}
    return bool(value)
