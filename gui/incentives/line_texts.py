"""The explanations of payout lines (context PayoutLines) and the sentences of the
performance-fraud signals (context FraudSignals), listed for the translation tools: the services
keep them as English templates with {fields} (services/incentives/rules/*, run_lines, fraud) and
the Incentives page, the payout workbook and the command line translate them. A test keeps these
lists equal to the services' own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

LINES = (
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Adjustment {amount} for {period}, correcting the {run} run: {reason}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Adjustment {amount} for {period}: {reason}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Clawback {amount}: contract {contract} was cancelled on {date} after the {run} run paid {rule} on it'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Clawback {amount}: contract {contract} was removed after the {run} run paid {rule} on it'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Honour: {title}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Recommended for promotion: {title}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      'Training: {title}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} attainment {attainment}, steps reached: {parts} = {amount}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} collected {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} collected {parts} (attainment {attainment}, tier {tier}) = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} collected {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} collected {parts} (no target: the first tier's rate) = {amount}"),
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} collected {parts} (no target: the first tier's rate) = {computed}, capped at {cap} per period"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} collected {parts} (no target: the first tier's rate; includes the refund of contract {refunds}) = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} collected {parts} (no target: the first tier's rate; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} key account won: {parts} = {amount}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} new customers (first contract at least {min_contract}): {parts} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} new customers: {parts} = {amount}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} signed {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} signed {parts} (attainment {attainment}, tier {tier}) = {amount}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} signed {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} signed {parts} (no target: the first tier's rate) = {amount}"),
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} signed {parts} (no target: the first tier's rate) = {computed}, capped at {cap} per period"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} signed {parts} (no target: the first tier's rate; includes the cancellation of contract {refunds}) = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} signed {parts} (no target: the first tier's rate; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: no metric could be scored ({left_out} had no target or no result), so the bonuses stay as they are = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {breakdown} = {score} points ({left_out} had no target or no result and is left out, the other weights scaled up), band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {breakdown} = {score} points, band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise, shared by {tied} people: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {novice} had no {metric} target, so nothing is paid'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ {target}) × {base} = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ {target}), capped at {cap}, × {base} = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared by contribution, {share} of {total}: {formula} = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared by weight, {share} of {total}: {formula} = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared equally by {count} people: {formula} = {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by contribution, {share} of {total}: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by weight, {share} of {total}: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared equally by {count} people: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by contribution, {share} of {total}: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by weight, {share} of {total}: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared equally by {count} people: {formula} = {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("PayoutLines",
                      '{period} {title}: {value}, place {place} of {count} = {amount}'),
    QT_TRANSLATE_NOOP("PayoutLines",
                      "{period} {title}: {value}, {tied} people tied for places {places} of {count} and share those places' prizes: {formula} = {amount}"),  # noqa: E501
)

SIGNALS = (
    QT_TRANSLATE_NOOP("FraudSignals",
                      'Contract {contract} ({customer}) was cancelled on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}'),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      '{customer} was refunded {refund} on contract {contract} on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}; at stake {amount}'),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      '{deal} ({customer}) closes on {closed} but was marked won on {recorded}, {days} days later'),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      '{deal} ({customer}) closes on {closed}, before it was created on {created}'),
    QT_TRANSLATE_NOOP("FraudSignals",
                      '{deal} ({customer}) was created and won on the same day, {day}, for {amount} (signals start at {threshold})'),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      "{person}'s customers {customers} share the address {value}; created in {period}: {created}; new-customer awards on them: {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      "{person}'s customers {customers} share the e-mail address {value}; created in {period}: {created}; new-customer awards on them: {amount}"),  # noqa: E501
    QT_TRANSLATE_NOOP("FraudSignals",
                      "{person}'s customers {customers} share the phone number {value}; created in {period}: {created}; new-customer awards on them: {amount}"),  # noqa: E501
)
