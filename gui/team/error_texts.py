"""The refusals of the team services (accounts, sign-in, team mode, data scope), listed for
translation (shown by gui.common.error_texts; context ``ServiceErrors``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    # accounts
    QT_TRANSLATE_NOOP("ServiceErrors", "this account no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "more than one account matches “{name}”; give the user "
                                       "name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no account “{name}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only the owner manages accounts"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this person no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{person} already has an account (“{user}”)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the user name “{name}” is taken"),
    QT_TRANSLATE_NOOP("ServiceErrors", "you cannot disable your own account"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{user}” is the last owner account: enable or create "
                                       "another owner's account first"),
    # team mode
    QT_TRANSLATE_NOOP("ServiceErrors", "the first account must be the owner's; {person} is not "
                                       "the owner (change their role first)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a password is needed for the new account"),
    # user names and passwords
    QT_TRANSLATE_NOOP("ServiceErrors", "a user name cannot be empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a user name is at most {limit} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a user name may hold letters, digits and . _ - @ + only, "
                                       "no spaces: “{name}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a password needs at least {count} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a password is at most {count} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a password cannot be only spaces"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a password cannot be the user name"),
    # signing in
    QT_TRANSLATE_NOOP("ServiceErrors", "wrong user name or password; try again in {minutes} "
                                       "minute(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "wrong user name or password; try again in {seconds} "
                                       "second(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "too many failed attempts; try again in {minutes} "
                                       "minute(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "too many failed attempts; try again in {seconds} "
                                       "second(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this account is disabled; ask the owner of the database"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the database server refused this account's login; ask "
                                       "the owner to reset your password"),
    # data scope
    QT_TRANSLATE_NOOP("ServiceErrors", "this customer is outside your data scope: it belongs to "
                                       "someone you do not manage"),
    QT_TRANSLATE_NOOP("ServiceErrors", "you can only give customers to people you manage (or "
                                       "release them to the pool)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "you can only give deals to people you manage"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this deal is outside your data scope: it belongs to "
                                       "someone you do not manage"),
    QT_TRANSLATE_NOOP("ServiceErrors", "your role (data analyst) reads only; it changes nothing"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only the owner changes people, units and accounts"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this record belongs to a customer outside your data "
                                       "scope"),
)
