"""Status bar: transient messages plus who is using Sailplan and which database is open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class ShellStatusBar(QStatusBar):
    """Shows "I am …" and the database location permanently, messages on the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._person: str | None = None
        self._user: str | None = None
        self._location = ""
        self.person_label = QLabel(self)
        self.person_label.setObjectName("statusPerson")
        self.location_label = QLabel(self)
        self.location_label.setObjectName("statusLocation")
        self.addPermanentWidget(self.person_label)
        self.addPermanentWidget(self.location_label)
        self.retranslate()

    def set_person(self, name: str | None, user: str | None = None) -> None:
        """Show the current person's name (None: nobody chosen yet); ``user``: the user name
        they signed in with (a team database).
        """
        self._person = name
        self._user = user
        self.retranslate()

    def set_location(self, location: str) -> None:
        """Show the open database's location."""
        self._location = location
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild the labels' text in the current language."""
        if self._user:
            self.person_label.setText(self.tr("Signed in: {user} ({name})").format(
                user=self._user, name=self._person or ""))
            self.person_label.setToolTip("")
        elif self._person:
            self.person_label.setText(self.tr("I am: {name}").format(name=self._person))
            self.person_label.setToolTip("")
        else:
            self.person_label.setText(self.tr("I am: not chosen"))
            self.person_label.setToolTip(self.tr("Choose who you are in Settings → General."))
        short = self._location
        if len(short) > 60:
            short = "…" + short[-59:]
        self.location_label.setText(self.tr("Database: {location}").format(location=short))
        self.location_label.setToolTip(self._location)
