"""Reading a person's role and capacity tier from a cell, in Chinese or English."""

from __future__ import annotations

import unicodedata
from typing import Any

from services.importing import messages as M
from services.importing.parsers import CellError, Parsed, clean_str

ROLES = {
    "owner": ("老板", "管理员", "老板/管理员", "老板管理员", "负责人", "总经理", "创始人", "owner",
              "admin", "administrator", "boss", "owner/admin"),
    "director": ("销售总监", "总监", "销售副总", "director", "sales director", "vp sales"),
    "manager": ("销售经理", "经理", "主管", "销售主管", "团队长", "组长", "manager",
                "sales manager", "team lead", "team leader", "supervisor"),
    "rep": ("一线销售", "销售", "销售代表", "业务员", "销售员", "客户经理", "rep", "sales rep",
            "sales representative", "salesperson", "account executive", "sales"),
    "analyst": ("数据分析岗", "数据分析", "数据分析师", "分析师", "分析岗", "analyst",
                "data analyst", "sales analyst"),
}
CAPACITY = {
    "novice": ("新手", "初级", "新人", "novice", "junior", "beginner", "new"),
    "intermediate": ("中级", "中等", "熟手", "intermediate", "mid", "middle", "regular"),
    "senior": ("资深", "高级", "老手", "senior", "expert", "veteran"),
}


def _key(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return "".join(ch for ch in s if not ch.isspace())


_ROLE_OF = {_key(w): code for code, words in ROLES.items() for w in (code, *words)}
_CAPACITY_OF = {_key(w): code for code, words in CAPACITY.items() for w in (code, *words)}


def parse_person_value(kind: str, value: Any) -> Parsed:
    """``kind`` "role" → a ``models.enums.Role`` code; "capacity" → a ``CapacityTier`` code."""
    text = _key(value)
    if not text:
        return None, None
    table, template = (_ROLE_OF, M.NOT_ROLE) if kind == "role" else (_CAPACITY_OF,
                                                                     M.NOT_CAPACITY)
    if text in table:
        return table[text], None
    raise CellError(template, value=clean_str(value))
