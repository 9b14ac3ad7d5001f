"""Names the first-run screens show: roles, months, the checklist's steps (translated when
called, so a language switch rewords them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from gui.org.labels import role_label

ROLES: tuple[str, ...] = ("owner", "director", "manager", "rep", "analyst")
"""Role keys in the order the pickers list them (models.enums.Role)."""


def role_name(role: str) -> str:
    """A role as people say it: 老板/管理员, 销售总监, 销售经理, 一线销售, 数据分析岗."""
    return role_label(role)


def month_name(month: int) -> str:
    """The month's name in the interface language (一月 / January)."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def step_title(key: str) -> str:
    """A checklist step's title."""
    titles = {
        "setup": QCoreApplication.translate("FirstRun", "Finish the setup"),
        "customers": QCoreApplication.translate("FirstRun", "Import customers"),
        "team": QCoreApplication.translate("FirstRun", "Set up the team (org and people)"),
        "targets": QCoreApplication.translate("FirstRun", "Create this year's targets"),
        "deal": QCoreApplication.translate("FirstRun", "Create the first deal"),
        "plan": QCoreApplication.translate("FirstRun", "Make a sales plan (action items)"),
        "backup": QCoreApplication.translate("FirstRun", "Make a backup"),
    }
    return titles.get(key, key)


def step_hint(key: str) -> str:
    """What a checklist step's button does, for its tooltip."""
    hints = {
        "setup": QCoreApplication.translate(
            "FirstRun", "Name the firm, say who you are and add the team"),
        "customers": QCoreApplication.translate(
            "FirstRun", "Bring your customer list in from Excel or CSV"),
        "team": QCoreApplication.translate(
            "FirstRun", "Add the regions, teams and people who sell"),
        "targets": QCoreApplication.translate(
            "FirstRun", "Set the year's target and split it down to people"),
        "deal": QCoreApplication.translate(
            "FirstRun", "Put a deal you are working on in the pipeline"),
        "plan": QCoreApplication.translate(
            "FirstRun", "Write down who does what by when to reach the target"),
        "backup": QCoreApplication.translate(
            "FirstRun", "Sailplan backs up daily; make one now and see where backups go"),
    }
    return hints.get(key, "")
