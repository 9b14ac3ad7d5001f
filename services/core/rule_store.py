"""Reading and writing JSON business settings (``AppSetting`` rows) inside a session."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from models.base import utcnow
from models.settings import AppSetting


def read_json(session: Session, key: str) -> Any:
    """The decoded value stored under ``key``, or None when missing or not valid JSON."""
    row = session.get(AppSetting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def write_json(session: Session, key: str, value: Any) -> None:
    """Store ``value`` as JSON under ``key`` (insert or replace); the caller commits."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=text, updated_at=utcnow()))
    else:
        row.value = text
        row.updated_at = utcnow()
    session.flush()
