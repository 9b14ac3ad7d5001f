"""The editor of one scheme version: the scheme's name, the day the version takes effect, its
note, who the scheme applies to (roles, teams, people) and its rules.

A draft is edited here and saved as a whole (:meth:`VersionEditor.pending`); a published version
is shown read-only, with a line saying why. What is typed is checked as the user types
(:func:`services.incentives.doc.parse`); the refusal is shown under the rules, worded in the
interface language with the rule and the field named. The editor writes nothing itself: the
Schemes tab saves what it holds as one undo step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.theme import ink
from gui.incentives import texts as T
from gui.incentives.rule_fields import make_field
from gui.incentives.rules_panel import RulesPanel
from gui.incentives.schemes_model import version_name
from services.incentives.choices import EditorChoices
from services.incentives.schemes import SchemeRecord, VersionRecord


@dataclass(frozen=True)
class Pending:
    """What the editor holds for its draft: the scheme's name, the version's effective date,
    note and document (a plain object; :attr:`text` is its JSON).
    """

    name: str
    effective_from: date
    note: str
    document: dict[str, Any]

    @property
    def text(self) -> str:
        """The document as JSON text (keys sorted)."""
        return json.dumps(self.document, ensure_ascii=False, sort_keys=True)


class VersionEditor(QWidget):
    """See the module docstring. ``changed`` follows every edit; ``save_requested`` and
    ``revert_requested`` are the Save and Revert buttons.
    """

    changed = Signal()
    save_requested = Signal()

    def __init__(self, pick: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionEditor")
        self.pick = pick
        self.scheme: SchemeRecord | None = None
        self.version: VersionRecord | None = None
        self._saved: Pending | None = None
        self._assign_extra: dict[str, Any] = {}
        self._loading = False

        self.heading = QLabel(self)
        self.heading.setObjectName("versionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = QLabel(self)
        self.banner.setObjectName("publishedBanner")
        self.banner.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("schemeName")
        self.effective = QDateEdit(self)
        self.effective.setObjectName("effectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        self.note.setObjectName("versionNote")
        self.assign = {name: make_field(name, pick, self)
                       for name in ("roles", "unit_ids", "person_ids")}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        rows: tuple[tuple[tuple[str, QWidget], ...], ...] = (
            ((self.tr("Scheme name:"), self.name), (self.tr("Effective from:"), self.effective)),
            ((self.tr("Note:"), self.note),),
            ((self.tr("Roles:"), self.assign["roles"]),
             (self.tr("Teams:"), self.assign["unit_ids"])),
            ((self.tr("People:"), self.assign["person_ids"]),),
        )
        for r, pairs in enumerate(rows):
            for c, (text, widget) in enumerate(pairs):
                label = QLabel(text, self)
                label.setBuddy(widget)
                grid.addWidget(label, r, c * 2)
                span = 3 if len(pairs) == 1 else 1
                grid.addWidget(widget, r, c * 2 + 1, 1, span)
        applies = QLabel(self.tr("The scheme applies to the people named, else to those in the "
                              "teams, else to those in the roles."), self)
        applies.setObjectName("assignHint")
        applies.setWordWrap(True)
        applies.setStyleSheet(f"color: {ink('#666666').name()}")

        self.rules = RulesPanel(pick, self)
        self.message = QLabel(self)
        self.message.setObjectName("schemeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ink('#b00020').name()}")
        self.revert = QPushButton(self.tr("Revert"), self)
        self.revert.setObjectName("revertVersion")
        self.save = QPushButton(self.tr("Save draft"), self)
        self.save.setObjectName("saveVersion")
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_requested)
        self.revert.clicked.connect(self.discard_edits)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.banner)
        lay.addLayout(grid)
        lay.addWidget(applies)
        lay.addWidget(self.rules, 1)
        lay.addLayout(bottom)

        self.name.textEdited.connect(lambda _t: self._edited())
        self.note.textEdited.connect(lambda _t: self._edited())
        self.effective.dateChanged.connect(lambda _d: self._edited())
        for field in self.assign.values():
            field.changed.connect(self._edited)
        self.rules.changed.connect(self._edited)
        self.show_version(None, None)

    # --- showing -------------------------------------------------------------------------

    def show_version(self, scheme: SchemeRecord | None, version: VersionRecord | None, *,
                     keep_rule: bool = False) -> None:
        """Show ``version`` of ``scheme`` (None: nothing selected); what was typed and not
        saved is dropped.
        """
        self.scheme, self.version = scheme, version
        self._loading = True
        try:
            self._fill(scheme, version, keep_rule)
        finally:
            self._loading = False
        self._saved = self.pending() if version is not None else None
        self._edited()

    def _fill(self, scheme: SchemeRecord | None, version: VersionRecord | None,
              keep_rule: bool) -> None:
        doc: dict[str, Any] = {}
        if version is not None:
            try:
                doc = json.loads(version.document or "{}")
            except ValueError:
                doc = {}
        assign = dict(doc.get("assign") or {})
        self._assign_extra = {k: v for k, v in assign.items()
                              if k not in ("roles", "unit_ids", "person_ids")}
        self.name.setText(scheme.name if scheme else "")
        start = version.effective_from if version else date.today()
        self.effective.setDate(QDate(start.year, start.month, start.day))
        self.note.setText((version.note or "") if version else "")
        for name, field in self.assign.items():
            field.load(assign.get(name) or [])
        self.rules.set_rules(list(doc.get("rules") or []), keep=keep_rule)
        self.set_read_only(version is None or version.status != "draft")
        if scheme is None or version is None:
            self.heading.setText(self.tr("Choose a scheme version on the left, or make a new "
                                      "scheme (Ctrl+N)."))
            self.banner.hide()
            return
        self.heading.setText(f"{scheme.name} · {version_name(version.number)} · "
                             f"{T.status_label(version.status)}")
        self.banner.setVisible(version.status != "draft")
        self.banner.setText(self.tr("This version is published and is never edited: runs from "
                                 "its effective date use it as it is. To change the scheme, "
                                 "make a new version."))

    def set_read_only(self, on: bool) -> None:
        """Let the version be looked at only (published, or nothing shown)."""
        self.name.setReadOnly(on)
        self.note.setReadOnly(on)
        self.note.setPlaceholderText("" if on else self.tr("What changed in this version, and "
                                                           "why"))
        self.effective.setReadOnly(on)
        self.effective.setCalendarPopup(not on)
        for field in self.assign.values():
            field.set_read_only(on)
        self.rules.set_read_only(on)
        self.save.setVisible(not on)
        self.revert.setVisible(not on)

    def is_read_only(self) -> bool:
        """Whether the version shown cannot be edited."""
        return self.name.isReadOnly()

    # --- what was typed ------------------------------------------------------------------

    def pending(self) -> Pending:
        """What the editor holds now."""
        assign = dict(self._assign_extra)
        for name, field in self.assign.items():
            assign[name] = field.value()
        d = self.effective.date()
        return Pending(self.name.text().strip(), date(d.year(), d.month(), d.day()),
                       self.note.text().strip(),
                       {"assign": assign, "rules": self.rules.rules()})

    def is_dirty(self) -> bool:
        """Whether something was typed and not saved."""
        if self._saved is None or self.is_read_only():
            return False
        now, saved = self.pending(), self._saved
        return (now.name, now.effective_from, now.note, now.text) != (
            saved.name, saved.effective_from, saved.note, saved.text)

    def problem(self) -> tuple[str, str | None] | None:
        """Why the document cannot be saved — the message and the rule it names — or None."""
        from services.incentives.doc import SchemeError, parse

        pending = self.pending()
        if not pending.name:
            return self.tr("The scheme needs a name."), None
        try:
            parse(pending.document)
        except SchemeError as exc:
            rule = exc.params.get("rule") if isinstance(exc.params, dict) else None
            return (T.scheme_error_text(exc, pending.document["rules"]),
                    None if rule is None else str(rule))
        return None

    def show_problem(self) -> bool:
        """Show why the draft cannot be saved, with its rule selected; whether there is one."""
        problem = self.problem()
        if problem is None:
            return False
        text, rule = problem
        self.message.setText(text)
        if rule is not None:
            self.rules.select_id(rule)
        return True

    def mark_saved(self) -> None:
        """What the editor holds was saved: nothing is pending any more."""
        self._saved = self.pending()
        self._edited()

    def discard_edits(self) -> None:
        """Revert: show the version as saved."""
        self.show_version(self.scheme, self.version, keep_rule=True)

    def _edited(self) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        problem = self.problem() if self.version is not None and not self.is_read_only() \
            else None
        self.message.setText(problem[0] if problem else "")
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)
        self.changed.emit()
