"""Text kept untranslated until it is shown, so it can be shown again in another language.

A label made once and shown for long — an undo command's "Move 2 deals to Won" in Edit ▸ Undo
— must follow a language switch. ``self.tr()`` translates at once and freezes the language;
:class:`LazyText` keeps what ``QCoreApplication.translate`` needs (context, source text,
disambiguation, count) plus the values for ``%1``, ``%2``… and translates each time
:meth:`LazyText.text` is called. It holds strings and numbers only, never a widget.

Write ``LazyText.translate("ClassName", "Move %n deal(s) to %1").plural(n).arg(stage)``.
pyside6-lupdate reads every ``….translate("Context", "source")`` call, so the string lands in
the .ts file like a ``self.tr()`` call in class ``ClassName`` — use the enclosing class's name
as the context and an existing translation is found again. The count goes through
:meth:`~LazyText.plural`, not a fourth argument: lupdate's Python parser takes a name there for
a Qt 4 encoding argument and skips a call such as ``len(ids)`` (and the string with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


@dataclass(frozen=True)
class LazyText:
    """A translatable text, its count and its arguments; see the module docstring."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    args: tuple[object, ...] = ()

    @classmethod
    def translate(cls, context: str, source: str, disambiguation: str | None = None,
                  ) -> LazyText:
        """What ``QCoreApplication.translate(context, source, disambiguation)`` gives, translated
        when shown.
        """
        return cls(context, source, disambiguation)

    def plural(self, n: int) -> LazyText:
        """Counted: ``%n`` becomes ``n`` and the translation's plural form follows it."""
        return replace(self, n=n)

    def arg(self, *values: object) -> LazyText:
        """The next ``%1``, ``%2``… become ``values`` (a :class:`LazyText` value is translated
        when shown too).
        """
        return replace(self, args=self.args + values)

    def text(self) -> str:
        """The text in the current language, its placeholders filled in."""
        text = QCoreApplication.translate(self.context, self.source, self.disambiguation,
                                          self.n)
        if not self.args:
            return text

        def fill(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            if i >= len(self.args):
                return match.group(0)
            value = self.args[i]
            return value.text() if isinstance(value, LazyText) else str(value)

        # One pass, so a value that contains "%2" is not filled in again.
        return _PLACEHOLDER.sub(fill, text)

    def __str__(self) -> str:
        return self.text()
