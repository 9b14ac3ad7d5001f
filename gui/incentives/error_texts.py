"""The refusals of the incentives services, listed for translation (shown by
gui.common.error_texts, the Incentives page and the command line); a test keeps this list equal
to what services/incentives raises.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", 'The amount that raises a same-day win must be 0 or more.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'The days a close date may lie before the win must be between 0 and {max}.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'There is no payout run for {period}; compute one first.'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a locked payout run paid this adjustment; it stays'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'a locked payout run used version {number}; it stays published'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a modelling year is between 2000 and 2100, not {year}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a note can be at most {limit} characters long'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'a payout period is a month (2026-06), a quarter (2026-Q2) or a year (2026), not {period}'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'a payout period is a month, a quarter or a year, not {period}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a payout run used this scheme; it cannot be removed'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a recognition needs a title'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme called {name} already exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme keeps at least one version'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'a scheme needs a name'),
    QT_TRANSLATE_NOOP("ServiceErrors", "a scheme's name can be at most {limit} characters long"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'a share of a credit split is a whole number of basis points above 0, not {value}'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", 'a text can be at most {limit} characters long'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'an adjustment corrects a locked payout run'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'an adjustment needs an amount other than zero'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'an amount must be a number of yuan'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'approve the {period} payout run before locking it'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'at most two versions are modelled side by side'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'give the reason for the adjustment'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'recognition is an honour, a training or a promotion recommendation, not {kind}'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", 'review the {period} payout run before approving it'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a PK needs two different teams'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a rate cannot be negative'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: a scorecard needs metrics and bands'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: an entry is not an object'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: it has no id'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the first tier must start at 0 %'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the id is used twice'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the rate table has no tiers'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the tiers must start at rising attainments'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: the weights add up to {value} %, not 100 %'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown field {field}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown kind {value}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: unknown metric {value}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} cannot be negative'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} cannot be {value}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a list'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a list of ids'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be a number'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be an object'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'rule {rule}: {field} must be text'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'that person does not exist'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'the credit split names someone who does not exist: {person}'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", 'the modelling was stopped'),
    QT_TRANSLATE_NOOP("ServiceErrors", "the scheme's rules are not an object"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the scheme's rules are not valid JSON: {detail}"),
    QT_TRANSLATE_NOOP("ServiceErrors", 'the shares of a credit split add up to 100 %, not {total} %'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", 'the {period} payout run is already approved'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'the {period} payout run is already reviewed'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'the {period} payout run is locked'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'the {period} payout run is neither reviewed nor approved; there is nothing to reopen'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", 'the {period} payout run was computed again since'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'there is no scheme called {name}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'there is no scheme version {version}'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'there is no {period} payout run; compute it first'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this adjustment no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this credit split was changed since; it cannot be undone'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this deal no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this payout run no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this recognition no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this scheme no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'this scheme version no longer exists'),
    QT_TRANSLATE_NOOP("ServiceErrors", 'version {number} is not published'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'version {number} is published and never changes; make a new version'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      'what the {period} payout run pays changed since it was computed; compute it again'),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", '{file}: the payout workbook is written to an .xlsx file.'),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      '{period} is not a payout period: give a month (2026-06), a quarter (2026-Q2) or a year (2026).'),  # noqa: E501
)
