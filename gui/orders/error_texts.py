"""The refusals of the orders and cash services, listed for translation (shown by
gui.common.error_texts and the command line); a test keeps this list equal to what the services
raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'A contract number pattern needs exactly one sequence field (seq).'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A contract needs a number.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A contract number can be at most {limit} characters long.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "A contract's amount must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That customer does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This contract no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'An amount must be a number of yuan.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That person does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The contract number {number} is already used.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That deal does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Only a won deal gets a contract.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This deal already has the contract {number}.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'Payments are applied to this contract; it cannot be removed.'),
    QT_TRANSLATE_NOOP("ServiceErrors", '{file}: export to .xlsx or .csv.'),
    QT_TRANSLATE_NOOP("ServiceErrors", '“{value}” is not a payment method.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "A payment's amount must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A reference can be at most {limit} characters long.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'A later payment or refund depends on this one; undo that first.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "That contract is another customer's."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'That instalment does not exist.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "That instalment is not on this customer's contract."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The refund is more than the customer has paid ({paid}).'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This payment no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'There is no payment plan template {key}.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A payment plan needs at least one instalment.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "Every instalment's percentage must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The percentages add up to {sum} %, not 100 %.'),
    QT_TRANSLATE_NOOP("ServiceErrors", '{amount} is too small to split this way.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'Give every instalment a percentage, or every one an amount.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Only the last instalment may be left without an amount.'),
    QT_TRANSLATE_NOOP("ServiceErrors", "Every instalment's amount must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'The instalments add up to {sum}, not the contract amount {amount}.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "An instalment's label can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP("ServiceErrors", '“{value}” is not a percentage.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Payments are applied to this plan; it cannot be replaced.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'This instalment no longer exists.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Give a reason for cancelling the contract.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'A reason can be at most {limit} characters long.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The contract {number} is already cancelled.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Payments are applied to the contract {number}; refund '
                                       'them before cancelling it.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The contract {number} is cancelled.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'This instalment is paid in full; there is nothing to reschedule.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'The customer has no credit to apply.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'Nothing is open to apply the credit to.'),
)
