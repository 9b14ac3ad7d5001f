"""Debugging aid for keyboard work: log every focus change to a file.

Off unless ``SAILPLAN_FOCUS_LOG`` names a file; then each change of
``QApplication.focusWidget()`` appends one line: the widget's class, object name, its
nearest named ancestors and the window title. Used to walk the app keyboard-only under Xvfb.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QWidget

FOCUS_LOG_ENV = "SAILPLAN_FOCUS_LOG"


def describe(widget: QWidget | None) -> str:
    """``Class#name < Ancestor#name …`` for a widget (``None`` for no focus)."""
    if widget is None:
        return "None"
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 5:
        name = current.objectName()
        if current is widget or name:
            text = getattr(current, "text", None)
            label = f"{type(current).__name__}#{name}"
            if current is widget and callable(text):
                try:
                    label += f" '{text()}'"
                except TypeError:
                    pass
            parts.append(label)
        current = current.parentWidget()
    window = widget.window()
    return " < ".join(parts) + f" [{window.windowTitle()}]"


def install_focus_log(app: QApplication) -> None:
    """Start logging focus changes when :data:`FOCUS_LOG_ENV` is set (else do nothing)."""
    path = os.environ.get(FOCUS_LOG_ENV)
    if not path:
        return

    def log(_old: QWidget | None, new: QWidget | None) -> None:
        with open(path, "a", encoding="utf-8") as out:
            out.write(describe(new) + "\n")

    app.focusChanged.connect(log)
