"""A small team for the team-mode tests: the company, an owner, a manager and a rep."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.org.people import create_person, create_unit


@dataclass(frozen=True)
class Team:
    """The ids of the people made by :func:`make_team`."""

    company: str
    owner: str
    manager: str
    rep: str


def make_team(store: Any) -> Team:
    """王总 (owner), 李经理 (manager) and 张三 (rep) in one company."""
    company = create_unit(store, "星帆科技", "company").value
    return Team(company,
                create_person(store, "王总", company, role="owner").value,
                create_person(store, "李经理", company, role="manager").value,
                create_person(store, "张三", company, role="rep").value)
