"""Problem message templates (English source), so the GUI can translate them.

Every problem carries its template and arguments; ``str()`` gives the English sentence for the
CLI and logs, the wizard looks the template up in its translations (context ``ImportProblems``)
and fills in the same arguments. ``gui/importer/problem_texts.py`` lists every template below for
the translation tools; a test keeps the two lists equal.
"""

from __future__ import annotations

from dataclasses import dataclass

TOO_LONG = "Text is {length} characters long; at most {limit} fit here."
NOT_PHONE = "“{value}” is not a phone number."
BAD_PHONE = ("“{value}” is not a valid phone number (expected an 11-digit mobile or a landline "
             "such as 021-12345678).")
SECOND_PHONE = "Second number {number} was added to the notes."
NOT_EMAIL = "“{value}” is not an e-mail address."
SERIAL_OUT_OF_RANGE = "{value} is not a date."
EXPECTED_DATE = "Expected a date."
NOT_REAL_DATE = "“{value}” is not a real date."
NO_YEAR = "“{value}” has no year; write it with the year, e.g. {example}."
NOT_DATE = "“{value}” is not a date (expected e.g. 2024-03-05, 2024/3/5 or 2024年3月5日)."
EXPECTED_AMOUNT = "Expected an amount."
PLACEHOLDER_AMOUNT = "“{value}” is not an amount yet; left empty."
NOT_AMOUNT = "“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万)."
NEGATIVE_AMOUNT = "Negative amount {value} is not allowed here."
HUGE_AMOUNT = "{value} is too large for an amount."
NOT_PERCENT = "“{value}” is not a percentage."
PERCENT_RANGE = "Probability {value} is outside 0–100%."
RATE_RANGE = "Tax rate {value} is outside 0–100%."
NOT_TIER = "“{value}” is not a tier (A 大客户, B 普通, C 潜在)."
NOT_METHOD = "“{value}” is not a follow-up method (拜访, 电话, 微信, 邮件)."
NOT_BOOL = "“{value}” is not yes/no (是/否)."
REQUIRED = "{field} is required but empty."
FORMULA_NO_VALUE = ("Cell {cell} holds a formula without a saved result; open the file in Excel, "
                    "save it, and import again.")
FORMULA_LEFT_EMPTY = ("Cell {cell} holds a formula without a saved result; left empty (open the "
                      "file in Excel and save it to import the value).")
FORMULA_ONLY_ROW = ("Row {row} holds only formulas without a saved result ({cells}); it was "
                    "skipped. Open the file in Excel, save it, and import again.")
DUPLICATE_COLUMN = ("Column {column} “{header}” also matches {field}, which column {first} "
                    "“{first_header}” already fills; column {column} is not imported.")
BOOL_NOT_TEXT = "A TRUE/FALSE cell where text is expected."
DATE_OUT_OF_RANGE = "“{value}” is outside the dates Sailplan accepts ({first} to {last})."
CONTROL_REMOVED = "Control characters (such as NUL) were removed from the text."
TOTALS_SKIPPED = "Row {row}: totals row skipped."
MERGED = "Merged cell: value copied from the top-left cell."
UNKNOWN_OWNER = "Unknown owner “{value}”; left unassigned."
UNKNOWN_PIPELINE = ("Unknown pipeline “{value}”; create it in Settings or allow creating "
                    "missing ones.")
NAME_MADE = "No deal name in the file: named “{name}” from its customer, product and date."
NOT_STATUS = "“{value}” is not won, lost or open; the stage decides."
NO_PIPELINE = "There is no sales pipeline yet; create one in Settings."
NO_SUCH_STAGE = "The pipeline has no stage “{value}”."
UNKNOWN_STAGE = "Unknown stage “{value}”; map it to a stage or create it."
UNKNOWN_CUSTOMER = ("No customer named “{value}”; import customers first or allow creating "
                    "missing customers.")
UNKNOWN_DEAL = "No deal with the id “{value}”; the follow-up is imported without a deal."
SAME_AS_ROW = "Same as row {row} of this file; skipped."
LOOKS_EXISTING = "Looks like an existing record; created anyway (mode: create all)."
ALREADY_EXISTS = "Already in Sailplan; skipped."
LEFT_EMPTY = "The cell was left empty; the rest of the row is imported."
YEAR_FROM_NAME = ("{count} date(s) without a year were read as dates in {year}, the year in the "
                  "file name.")
YEAR_FROM_DATES = ("{count} date(s) without a year were read as dates in {year}, the year most "
                   "of the file's dates carry.")
YEAR_FROM_TODAY = "{count} date(s) without a year were read as dates in {year}, the current year."
YEAR_CHOSEN = "{count} date(s) without a year were read as dates in {year}."
NOT_ROLE = ("“{value}” is not a role (老板/管理员, 销售总监, 销售经理, 一线销售, 数据分析岗).")
NOT_CAPACITY = "“{value}” is not a capacity tier (新手, 中级, 资深)."
UNKNOWN_MANAGER = "No person named “{value}” in this file or in Sailplan."
AMBIGUOUS_MANAGER = "Several people are named “{value}”; the manager is not clear."
MANAGER_CYCLE = "“{value}” would manage themselves through their reports (a cycle)."
LEFT_BEFORE_START = "The left date {left} is before the start date {start}."

# Receivables ledgers (services.importing.ledger_plan).
NOT_INSTALMENT = "“{value}” is not an instalment (e.g. 第1期, 2, 3 质保金)."
NOT_PAY_METHOD = "“{value}” is not a payment method (银行转账, 承兑汇票, 现金, 微信, 支付宝)."
NOT_INVOICED = "“{value}” is not an invoice status (已开票, 未开票)."
PARTLY_INVOICED = "Partly invoiced: recorded as not invoiced yet."
LEDGER_NO_DUE = "The row has no due date (nor a sign or invoice date to use instead)."
LEDGER_NOT_POSITIVE = "The amount must be more than zero."
LEDGER_OTHER_CUSTOMER = ("Contract {number} is written for another customer, “{value}”, in row "
                         "{row}; a contract has one customer.")
LEDGER_CUSTOMER_VARIANT = ("“{value}” read as “{name}”, the customer of contract {number} in row "
                           "{row}.")
LEDGER_SUM = ("The instalments of contract {number} add up to {sum}, not its contract amount "
              "{amount}.")
LEDGER_SAME_INSTALMENT = "Contract {number} has instalment {seq} twice (row {row})."
LEDGER_SIBLING = ("Row {row} of contract {number} has an error; a contract is imported whole "
                  "or not at all.")
LEDGER_EXISTS = "Contract {number} is already in Sailplan; skipped."
LEDGER_PAID_UNDATED = "A paid amount without a date: recorded as received on {date}."
LEDGER_OPEN_TOO_LARGE = "The open amount {open} is more than the amount {amount}."
LEDGER_OVERPAID = ("Paid {paid}, more than the amount {amount}: the rest is kept as the "
                   "customer's credit.")

# Short reasons of the import summary (rows skipped or rejected, cells left empty), by template.
REASON_TOO_LONG = "text too long"
REASON_PHONE = "not a phone number"
REASON_EMAIL = "not an e-mail address"
REASON_DATE = "not a date"
REASON_DATE_RANGE = "date out of range"
REASON_AMOUNT = "not an amount"
REASON_PERCENT = "not a percentage"
REASON_TIER = "not a tier"
REASON_METHOD = "not a follow-up method"
REASON_BOOL = "not yes/no"
REASON_REQUIRED = "required but empty"
REASON_FORMULA = "formula without a saved result"
REASON_TRUE_FALSE = "TRUE/FALSE where text is expected"
REASON_PIPELINE = "unknown pipeline"
REASON_STAGE = "unknown stage"
REASON_CUSTOMER = "customer not found"
REASON_REPEATED = "repeats an earlier row"
REASON_EXISTS = "already in Sailplan"
REASON_MANAGER = "manager not found"
REASON_CONTRACT = "the contract's rows disagree"
REASON_OTHER = "other problem"

TEMPLATES: tuple[str, ...] = tuple(
    v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str))

REASON_OF: dict[str, str] = {
    TOO_LONG: REASON_TOO_LONG, NOT_PHONE: REASON_PHONE, BAD_PHONE: REASON_PHONE,
    NOT_EMAIL: REASON_EMAIL, SERIAL_OUT_OF_RANGE: REASON_DATE, EXPECTED_DATE: REASON_DATE,
    NOT_REAL_DATE: REASON_DATE, NO_YEAR: REASON_DATE, NOT_DATE: REASON_DATE,
    DATE_OUT_OF_RANGE: REASON_DATE_RANGE, EXPECTED_AMOUNT: REASON_AMOUNT,
    NOT_AMOUNT: REASON_AMOUNT, NEGATIVE_AMOUNT: REASON_AMOUNT, HUGE_AMOUNT: REASON_AMOUNT,
    NOT_PERCENT: REASON_PERCENT, PERCENT_RANGE: REASON_PERCENT, RATE_RANGE: REASON_PERCENT,
    NOT_TIER: REASON_TIER,
    NOT_METHOD: REASON_METHOD, NOT_BOOL: REASON_BOOL, REQUIRED: REASON_REQUIRED,
    FORMULA_NO_VALUE: REASON_FORMULA, FORMULA_LEFT_EMPTY: REASON_FORMULA,
    BOOL_NOT_TEXT: REASON_TRUE_FALSE, UNKNOWN_PIPELINE: REASON_PIPELINE,
    NO_PIPELINE: REASON_PIPELINE, NO_SUCH_STAGE: REASON_STAGE, UNKNOWN_STAGE: REASON_STAGE,
    UNKNOWN_CUSTOMER: REASON_CUSTOMER, SAME_AS_ROW: REASON_REPEATED,
    ALREADY_EXISTS: REASON_EXISTS, UNKNOWN_MANAGER: REASON_MANAGER,
    AMBIGUOUS_MANAGER: REASON_MANAGER,
    LEDGER_NO_DUE: REASON_REQUIRED, LEDGER_NOT_POSITIVE: REASON_AMOUNT,
    LEDGER_OTHER_CUSTOMER: REASON_CONTRACT, LEDGER_SUM: REASON_CONTRACT,
    LEDGER_SAME_INSTALMENT: REASON_CONTRACT, LEDGER_SIBLING: REASON_CONTRACT,
    LEDGER_EXISTS: REASON_EXISTS, LEDGER_OPEN_TOO_LARGE: REASON_AMOUNT,
}
"""The short reason of a problem template in the summaries (others: :data:`REASON_OTHER`)."""


@dataclass(frozen=True)
class Msg:
    """A template and its arguments; ``str()`` is the English sentence."""

    template: str
    args: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**dict(self.args))


MAX_ARG = 80
"""Characters of a value quoted in a message: a 32,767-character cell is never echoed whole."""


def short(text: str, limit: int = MAX_ARG) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    if len(text) > limit:
        text = text[:limit] + "…"
    if "\n" in text or "\r" in text:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return text


def msg(template: str, **args: object) -> Msg:
    """Build a :class:`Msg` (arguments are turned into text, each cut to :data:`MAX_ARG`)."""
    return Msg(template, tuple((k, short(str(v))) for k, v in args.items()))
