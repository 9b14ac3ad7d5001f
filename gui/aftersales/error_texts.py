"""The refusals of the after-sales services, listed for translation (shown by
gui.common.error_texts and the command line); a test keeps this list equal to what the services
raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", 'A service ticket needs a title (the issue).'),
    QT_TRANSLATE_NOOP("ServiceErrors", "A ticket's title can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors", '“{key}” is not a field of a service ticket.'),
    QT_TRANSLATE_NOOP("ServiceErrors", '“{value}” is not a ticket type.'),
    QT_TRANSLATE_NOOP("ServiceErrors", '“{value}” is not a ticket priority.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "A ticket's dates must be dates."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That customer does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That person does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This contract no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "That contract is another customer's."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A ticket cannot be due before it was opened.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This service ticket no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'This ticket cannot move from its status to the one chosen.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Satisfaction is a score from 1 to 5, given at closing.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Say how the ticket was resolved first.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Feedback needs some text.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "That service ticket is another customer's."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This feedback entry no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'There is no service ticket {number}.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'There is no customer called “{name}”.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'More than one customer is called “{name}”; give its id.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'There is no contract {number}.'),
)
