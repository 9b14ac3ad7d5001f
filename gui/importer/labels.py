"""Translated names of import kinds, fields, statuses and modes (English source in services)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ImportLabels"

KIND_TITLES = {
    "customers": QT_TRANSLATE_NOOP("ImportLabels", "Customers"),
    "contacts": QT_TRANSLATE_NOOP("ImportLabels", "Contacts"),
    "followups": QT_TRANSLATE_NOOP("ImportLabels", "Follow-ups"),
    "deals": QT_TRANSLATE_NOOP("ImportLabels", "Deals"),
    "products": QT_TRANSLATE_NOOP("ImportLabels", "Products"),
    "people": QT_TRANSLATE_NOOP("ImportLabels", "People and units"),
    "receivables": QT_TRANSLATE_NOOP("ImportLabels", "Receivables ledger"),
}
STATUS_TITLES = {
    "create": QT_TRANSLATE_NOOP("ImportLabels", "Create"),
    "update": QT_TRANSLATE_NOOP("ImportLabels", "Update"),
    "skip": QT_TRANSLATE_NOOP("ImportLabels", "Skip"),
    "reject": QT_TRANSLATE_NOOP("ImportLabels", "Reject"),
}
MODE_TITLES = {
    "skip": QT_TRANSLATE_NOOP("ImportLabels",
                              "Skip rows that match existing records, create the rest"),
    "update": QT_TRANSLATE_NOOP("ImportLabels",
                                "Update existing records matched by key, create the rest"),
    "create": QT_TRANSLATE_NOOP("ImportLabels",
                                "Create every row as a new record (even likely duplicates)"),
}
# Every FieldSpec.label of services/importing/fields.py (a test keeps this list complete).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportLabels", "Customer name"),
    QT_TRANSLATE_NOOP("ImportLabels", "Phone"),
    QT_TRANSLATE_NOOP("ImportLabels", "Email"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contact"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contact title"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contact phone"),
    QT_TRANSLATE_NOOP("ImportLabels", "Industry"),
    QT_TRANSLATE_NOOP("ImportLabels", "Region"),
    QT_TRANSLATE_NOOP("ImportLabels", "Address"),
    QT_TRANSLATE_NOOP("ImportLabels", "Source"),
    QT_TRANSLATE_NOOP("ImportLabels", "Owner"),
    QT_TRANSLATE_NOOP("ImportLabels", "Tier"),
    QT_TRANSLATE_NOOP("ImportLabels", "Tier set by hand"),
    QT_TRANSLATE_NOOP("ImportLabels", "Tags"),
    QT_TRANSLATE_NOOP("ImportLabels", "Credit limit"),
    QT_TRANSLATE_NOOP("ImportLabels", "Customer since"),
    QT_TRANSLATE_NOOP("ImportLabels", "Last follow-up"),
    QT_TRANSLATE_NOOP("ImportLabels", "Next follow-up"),
    QT_TRANSLATE_NOOP("ImportLabels", "Website"),
    QT_TRANSLATE_NOOP("ImportLabels", "Notes"),
    QT_TRANSLATE_NOOP("ImportLabels", "Customer"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contact name"),
    QT_TRANSLATE_NOOP("ImportLabels", "Title"),
    QT_TRANSLATE_NOOP("ImportLabels", "WeChat"),
    QT_TRANSLATE_NOOP("ImportLabels", "Primary contact"),
    QT_TRANSLATE_NOOP("ImportLabels", "Date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Method"),
    QT_TRANSLATE_NOOP("ImportLabels", "Content"),
    QT_TRANSLATE_NOOP("ImportLabels", "Next step"),
    QT_TRANSLATE_NOOP("ImportLabels", "Next date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Deal name"),
    QT_TRANSLATE_NOOP("ImportLabels", "Pipeline"),
    QT_TRANSLATE_NOOP("ImportLabels", "Stage"),
    QT_TRANSLATE_NOOP("ImportLabels", "Amount"),
    QT_TRANSLATE_NOOP("ImportLabels", "Probability %"),
    QT_TRANSLATE_NOOP("ImportLabels", "Expected close"),
    QT_TRANSLATE_NOOP("ImportLabels", "Closed on"),
    QT_TRANSLATE_NOOP("ImportLabels", "Won amount"),
    QT_TRANSLATE_NOOP("ImportLabels", "Lost reason"),
    QT_TRANSLATE_NOOP("ImportLabels", "Created on"),
    QT_TRANSLATE_NOOP("ImportLabels", "Customer ID"),
    QT_TRANSLATE_NOOP("ImportLabels", "Deal ID"),
    QT_TRANSLATE_NOOP("ImportLabels", "Product"),
    QT_TRANSLATE_NOOP("ImportLabels", "Won/lost"),
    QT_TRANSLATE_NOOP("ImportLabels", "Product code"),
    QT_TRANSLATE_NOOP("ImportLabels", "Product name"),
    QT_TRANSLATE_NOOP("ImportLabels", "Product line"),
    QT_TRANSLATE_NOOP("ImportLabels", "Unit"),
    QT_TRANSLATE_NOOP("ImportLabels", "List price"),
    QT_TRANSLATE_NOOP("ImportLabels", "Tax rate"),
    QT_TRANSLATE_NOOP("ImportLabels", "Cost"),
    QT_TRANSLATE_NOOP("ImportLabels", "Active"),
    QT_TRANSLATE_NOOP("ImportLabels", "Name"),
    QT_TRANSLATE_NOOP("ImportLabels", "Org unit"),
    QT_TRANSLATE_NOOP("ImportLabels", "Role"),
    QT_TRANSLATE_NOOP("ImportLabels", "Manager"),
    QT_TRANSLATE_NOOP("ImportLabels", "Capacity tier"),
    QT_TRANSLATE_NOOP("ImportLabels", "Start date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Left on"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contract number"),
    QT_TRANSLATE_NOOP("ImportLabels", "Sign date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Invoice date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Invoiced"),
    QT_TRANSLATE_NOOP("ImportLabels", "Contract amount"),
    QT_TRANSLATE_NOOP("ImportLabels", "Instalment"),
    QT_TRANSLATE_NOOP("ImportLabels", "Due date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Paid date"),
    QT_TRANSLATE_NOOP("ImportLabels", "Paid amount"),
    QT_TRANSLATE_NOOP("ImportLabels", "Open amount"),
    QT_TRANSLATE_NOOP("ImportLabels", "Payment method"),
    QT_TRANSLATE_NOOP("ImportLabels", "Reference"),
    QT_TRANSLATE_NOOP("ImportLabels", "Disputed"),
)


def tr(text: object) -> str:
    """Translate one of the strings above."""
    return QCoreApplication.translate(CONTEXT, str(text))
