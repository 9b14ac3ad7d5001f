"""The refusals of the target services, listed for translation (shown by gui.common.error_texts).

One literal per template so pyside6-lupdate finds them (context ``ServiceErrors``); a test keeps
this list equal to what the services raise and checks every entry has a Chinese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown metric “{metric}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this target node no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this target plan no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "year {year} is out of range"),
    QT_TRANSLATE_NOOP("ServiceErrors", "target values cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this target plan can no longer be restored"),
    QT_TRANSLATE_NOOP("ServiceErrors", "all changes must belong to one plan"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose who you are (我是…) first"),
    QT_TRANSLATE_NOOP("ServiceErrors", "an adjustment request needs a reason"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this adjustment request no longer exists"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "only the level above “{node}” (an owner of a parent node) or the firm's owner/director can decide this request"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "the {year} plan is already published"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "only the firm's owner or a sales director publishes targets"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the plan is not published"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "owners have acknowledged or asked for adjustments: the plan stays published"),
    QT_TRANSLATE_NOOP("ServiceErrors", "targets are acknowledged after they are published"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only the owner of “{node}” can acknowledge it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this acknowledgement no longer exists"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the plan is still a draft: edit the value directly"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the proposed values are the current ones"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a target node needs a name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a personal target needs a person"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a split weight cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a plan has one company root; add the node under a node"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the parent node belongs to another plan"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown person"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the company root cannot be removed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the company root cannot be moved"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a node can only move within its own plan"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown split rule “{rule}”"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "“{node}” cannot be moved under itself or one of its own children"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "“{node}” has no value for this period to split: type it first"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "taking back the over-allocation would make a child negative: lower the children by hand"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a week cannot be split further"),
    QT_TRANSLATE_NOOP("ServiceErrors", "periods split evenly or by last year's actuals"),
    QT_TRANSLATE_NOOP("ServiceErrors", "type this period's value before splitting it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "nothing to split into: the node has no children"),
    QT_TRANSLATE_NOOP("ServiceErrors", "split weights cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceErrors", "capacity loads do not match the parts"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "no capacity: none of these children has people with a load"),
    QT_TRANSLATE_NOOP("ServiceErrors", "capacity load for unknown tier “{tier}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "capacity load for {tier} cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceErrors", "last year's actuals do not match the parts"),
    QT_TRANSLATE_NOOP("ServiceErrors", "typed weights do not match the parts"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no weights typed: give at least one child a weight"),
    QT_TRANSLATE_NOOP("ServiceErrors", "capacity load for {tier} is not a number: {value}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the {year} plan is published (已公示): values change only through an adjustment request approved by the level above"),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the {year} plan is published (已公示): nodes are moved only through an adjustment request approved by the level above"),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the {year} plan is published (已公示): nodes are removed only through an adjustment request approved by the level above"),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the {year} plan is published (已公示): the plan is removed only through an adjustment request approved by the level above"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "this request is still pending"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this request was already approved"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this request was already rejected"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this request is pending now"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this request is approved now"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this request is rejected now"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown way for the other periods to follow: “{rule}”"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "no period of {year} after {period} is left to absorb the change, so the year cannot stay as it is: approve with “change the year”"),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{period} would go below zero: the other periods cannot absorb this change (approve with “change the year”, or ask for a smaller change)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown cut “{cut}”"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a cut's member is added under the company total"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "a node stays in its own tree: the org tree and each cut are separate"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "a cut's member needs what it stands for (a product line, a channel or a tier)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "“{key}” is already a member of this cut"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "a growth target is for amounts and counts: a rate is typed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the base is the average of 1 to {most} years"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a growth rate cannot be below −100 %"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "no actual in the {years} year(s) before {period} to grow from: type the value instead"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this value was not set from growth"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "the actual of “{metric}” comes from the records and is not typed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a share is between 0 % and 100 %"),
    QT_TRANSLATE_NOOP("ServiceErrors", "ramp for unknown tier “{tier}”"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "the ramp is whole percents separated by commas, e.g. 30, 60, 100"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a ramp month is between 0 % and 100 %"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a ramp lasts at most {most} months"),
)
