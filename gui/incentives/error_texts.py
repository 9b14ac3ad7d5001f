"""The refusals of the scheme document and the schemes service, listed for translation (shown
by gui.common.error_texts, the scheme editor and the command line); a test keeps this list equal
to what :mod:`services.incentives.doc` and :mod:`services.incentives.schemes` raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    # services/incentives/doc.py
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a number'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: an entry is not an object'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown field {field}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown metric {value}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} cannot be negative'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a PK needs two different teams'),
    QT_TRANSLATE_NOOP("ServiceErrors", "the scheme's rules are not an object"),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the rate table has no tiers'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the first tier must start at 0 %'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the tiers must start at rising attainments'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a rate cannot be negative'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a scorecard needs metrics and bands'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the weights add up to {value} %, not 100 %'),
    QT_TRANSLATE_NOOP("ServiceErrors", "the scheme's rules are not valid JSON: {detail}"),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: it has no id'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the id is used twice'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown kind {value}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a list'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be an object'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a list of ids'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be text'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} cannot be {value}'),
    # services/incentives/schemes.py
    QT_TRANSLATE_NOOP("ServiceErrors", 'there is no scheme called {name}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme needs a name'),
    QT_TRANSLATE_NOOP("ServiceErrors", "a scheme's name can be at most {limit} characters long"),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a note can be at most {limit} characters long'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme called {name} already exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this scheme no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this scheme version no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'version {number} is published and never changes; make a new version'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a payout run used this scheme; it cannot be removed'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'version {number} is not published'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'a locked payout run used version {number}; it stays published'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme keeps at least one version'),
)
