"""Problem messages for translation (context ImportProblems).

Every template of ``services/importing/messages.py``, one literal per line so pyside6-lupdate
finds them (a test keeps both lists equal).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.importer.labels import tr as tr_label
from services.importing import Problem
from services.importing.messages import Msg
from services.importing.summary import Reason

CONTEXT = "ImportProblems"
TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Text is {length} characters long; at most {limit} fit here."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not a phone number."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not a valid phone number (expected an 11-digit mobile or a landline such as 021-12345678)."),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportProblems", "Second number {number} was added to the notes."),
    QT_TRANSLATE_NOOP("ImportProblems", "Tax rate {value} is outside 0–100%."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not an e-mail address."),
    QT_TRANSLATE_NOOP("ImportProblems", "{value} is not a date."),
    QT_TRANSLATE_NOOP("ImportProblems", "Expected a date."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not a real date."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” has no year; write it with the year, e.g. {example}."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not a date (expected e.g. 2024-03-05, 2024/3/5 or 2024年3月5日)."),
    QT_TRANSLATE_NOOP("ImportProblems", "Expected an amount."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not an amount yet; left empty."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万)."),
    QT_TRANSLATE_NOOP("ImportProblems", "Negative amount {value} is not allowed here."),
    QT_TRANSLATE_NOOP("ImportProblems", "{value} is too large for an amount."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not a percentage."),
    QT_TRANSLATE_NOOP("ImportProblems", "Probability {value} is outside 0–100%."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not a tier (A 大客户, B 普通, C 潜在)."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not a follow-up method (拜访, 电话, 微信, 邮件)."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not yes/no (是/否)."),
    QT_TRANSLATE_NOOP("ImportProblems", "{field} is required but empty."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Cell {cell} holds a formula without a saved result; open the file in Excel, save it, and import again."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Cell {cell} holds a formula without a saved result; left empty (open the file in Excel and save it to import the value)."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Row {row} holds only formulas without a saved result ({cells}); it was skipped. Open the file in Excel, save it, and import again."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Column {column} “{header}” also matches {field}, which column {first} “{first_header}” already fills; column {column} is not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportProblems", "A TRUE/FALSE cell where text is expected."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is outside the dates Sailplan accepts ({first} to {last})."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Control characters (such as NUL) were removed from the text."),
    QT_TRANSLATE_NOOP("ImportProblems", "Row {row}: totals row skipped."),
    QT_TRANSLATE_NOOP("ImportProblems", "Merged cell: value copied from the top-left cell."),
    QT_TRANSLATE_NOOP("ImportProblems", "Unknown owner “{value}”; left unassigned."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Unknown pipeline “{value}”; create it in Settings or allow creating missing ones."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "No deal name in the file: named “{name}” from its customer, product and date."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not won, lost or open; the stage decides."),
    QT_TRANSLATE_NOOP("ImportProblems", "There is no sales pipeline yet; create one in Settings."),
    QT_TRANSLATE_NOOP("ImportProblems", "The pipeline has no stage “{value}”."),
    QT_TRANSLATE_NOOP("ImportProblems", "Unknown stage “{value}”; map it to a stage or create it."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "No customer named “{value}”; import customers first or allow creating missing customers."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "No deal with the id “{value}”; the follow-up is imported without a deal."),
    QT_TRANSLATE_NOOP("ImportProblems", "Same as row {row} of this file; skipped."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Looks like an existing record; created anyway (mode: create all)."),
    QT_TRANSLATE_NOOP("ImportProblems", "Already in Sailplan; skipped."),
    QT_TRANSLATE_NOOP("ImportProblems",
                      "The cell was left empty; the rest of the row is imported."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "{count} date(s) without a year were read as dates in {year}, the year in the file name."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "{count} date(s) without a year were read as dates in {year}, the year most of the file's dates carry."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "{count} date(s) without a year were read as dates in {year}, the current year."),
    QT_TRANSLATE_NOOP("ImportProblems", "{count} date(s) without a year were read as dates in {year}."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not a role (老板/管理员, 销售总监, 销售经理, 一线销售, 数据分析岗)."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not a capacity tier (新手, 中级, 资深)."),
    QT_TRANSLATE_NOOP("ImportProblems", "No person named “{value}” in this file or in Sailplan."),
    QT_TRANSLATE_NOOP("ImportProblems",
                      "Several people are named “{value}”; the manager is not clear."),
    QT_TRANSLATE_NOOP("ImportProblems",
                      "“{value}” would manage themselves through their reports (a cycle)."),
    QT_TRANSLATE_NOOP("ImportProblems", "The left date {left} is before the start date {start}."),
    QT_TRANSLATE_NOOP("ImportProblems",
                      "“{value}” is not an instalment (e.g. 第1期, 2, 3 质保金)."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” is not a payment method (银行转账, 承兑汇票, 现金, 微信, 支付宝)."),
    QT_TRANSLATE_NOOP("ImportProblems", "“{value}” is not an invoice status (已开票, 未开票)."),
    QT_TRANSLATE_NOOP("ImportProblems", "Partly invoiced: recorded as not invoiced yet."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "The row has no due date (nor a sign or invoice date to use instead)."),
    QT_TRANSLATE_NOOP("ImportProblems", "The amount must be more than zero."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Contract {number} is written for another customer, “{value}”, in row {row}; a contract has one customer."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "“{value}” read as “{name}”, the customer of contract {number} in row {row}."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "The instalments of contract {number} add up to {sum}, not its contract amount {amount}."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Contract {number} has instalment {seq} twice (row {row})."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Row {row} of contract {number} has an error; a contract is imported whole or not at all."),
    QT_TRANSLATE_NOOP("ImportProblems", "Contract {number} is already in Sailplan; skipped."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "A paid amount without a date: recorded as received on {date}."),
    QT_TRANSLATE_NOOP("ImportProblems", "The open amount {open} is more than the amount {amount}."),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "Paid {paid}, more than the amount {amount}: the rest is kept as the customer's credit."),
    QT_TRANSLATE_NOOP("ImportProblems", "text too long"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a phone number"),
    QT_TRANSLATE_NOOP("ImportProblems", "not an e-mail address"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a date"),
    QT_TRANSLATE_NOOP("ImportProblems", "date out of range"),
    QT_TRANSLATE_NOOP("ImportProblems", "not an amount"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a percentage"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a tier"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a follow-up method"),
    QT_TRANSLATE_NOOP("ImportProblems", "not yes/no"),
    QT_TRANSLATE_NOOP("ImportProblems", "required but empty"),
    QT_TRANSLATE_NOOP("ImportProblems", "formula without a saved result"),
    QT_TRANSLATE_NOOP("ImportProblems", "TRUE/FALSE where text is expected"),
    QT_TRANSLATE_NOOP("ImportProblems", "unknown pipeline"),
    QT_TRANSLATE_NOOP("ImportProblems", "unknown stage"),
    QT_TRANSLATE_NOOP("ImportProblems", "customer not found"),
    QT_TRANSLATE_NOOP("ImportProblems", "repeats an earlier row"),
    QT_TRANSLATE_NOOP("ImportProblems", "already in Sailplan"),
    QT_TRANSLATE_NOOP("ImportProblems", "manager not found"),
    QT_TRANSLATE_NOOP("ImportProblems", "the contract's rows disagree"),
    QT_TRANSLATE_NOOP("ImportProblems", "other problem"),
)


def msg_text(m: Msg) -> str:
    """A service message in the interface language."""
    return problem_text(Problem(0, "", str(m), template=m.template, args=m.args))


def problem_text(problem: Problem) -> str:
    """The problem's message in the interface language (arguments filled in)."""
    if not problem.template:
        return problem.message
    args = dict(problem.args)
    if "field" in args:
        args["field"] = tr_label(args["field"])
    text = QCoreApplication.translate(CONTEXT, problem.template)
    try:
        text = text.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return problem.message
    if problem.suffix:  # an optional cell left empty
        text = f"{text} {QCoreApplication.translate(CONTEXT, problem.suffix)}"
    return text


def reason_text(reason: Reason) -> str:
    """``手机：不是电话号码（3）`` — one reason of the import summary in the interface language."""
    text = QCoreApplication.translate(CONTEXT, reason.reason)
    if reason.column:
        shown = QCoreApplication.translate("ImportProblems", "%1: %2 (%3)").replace(
            "%1", reason.column).replace("%2", text)
    else:
        shown = QCoreApplication.translate("ImportProblems", "%2 (%3)").replace("%2", text)
    return shown.replace("%3", str(reason.rows))
