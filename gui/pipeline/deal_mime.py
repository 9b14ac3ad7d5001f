"""The drag payload of deal cards: a custom MIME type carrying deal ids (never card data)."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

DEAL_IDS_MIME = "application/x-sailplan-deal-ids"


def encode_deal_ids(ids: list[str]) -> QMimeData:
    """A QMimeData with the ids as a JSON list under :data:`DEAL_IDS_MIME`."""
    mime = QMimeData()
    mime.setData(DEAL_IDS_MIME, json.dumps(list(ids)).encode("utf-8"))
    return mime


def decode_deal_ids(mime: QMimeData | None) -> list[str]:
    """The deal ids in a drag payload; [] for anything else or a malformed payload."""
    if mime is None or not mime.hasFormat(DEAL_IDS_MIME):
        return []
    try:
        value = json.loads(bytes(mime.data(DEAL_IDS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)]
