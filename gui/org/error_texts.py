"""The refusals of the org services, listed for translation (shown by gui.common.error_texts).

One literal per template so pyside6-lupdate finds them (context ``ServiceErrors``); a test keeps
this list equal to what services/org/units.py, people_edit.py and lookup.py raise and checks
every entry has a Chinese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "The unit still has people or sub-units."),
    QT_TRANSLATE_NOOP("ServiceErrors", "this org unit no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a unit needs a name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a unit name is at most {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there already is a unit called “{name}” here"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{name}” is closed and takes no new units"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown unit kind “{kind}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a unit other than the company needs a parent unit"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the firm already has its company unit"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only the top of the tree is the company"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the company unit is the top of the tree and cannot move"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{name}” cannot move under itself or one of its sub-units"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the company unit cannot be merged into another unit"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{name}” cannot be merged into itself or one of its sub-units"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{into}” already has a unit called “{name}”; rename one of them first"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the company unit cannot be closed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{name}” is already closed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{name}” still has active people ({people}); move them "
                                       "or set the day they left first"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "“{name}” still has open sub-units; close or move them first"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a person needs a name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a name is at most {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a phone number is at most {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "an e-mail address is at most {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not an e-mail address"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown person field “{key}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown role “{value}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown capacity tier “{value}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a start or left date must be a date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a person needs a start date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a person cannot be their own manager"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the manager no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that would make a circle of managers"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a person needs a unit"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{name}” is closed and takes no new people"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the day they left is before their start date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this person no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no unit called “{name}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "more than one unit is called “{name}”; name it by its "
                                       "path or id: {candidates}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is nobody called “{name}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "more than one person is called “{name}”; name them by "
                                       "their id: {candidates}"),
)
