"""Text clean-up every writer shares: what a user cannot see never leads or trails a value.

``str.strip()`` removes Unicode whitespace (the ideographic space U+3000 and the no-break space
U+00A0 included) but keeps zero-width spaces, joiners and a byte-order mark, which arrive with
text pasted from web pages, chat apps and some CSV exports. A name starting with one sorts
first and never matches the same name typed.
"""

from __future__ import annotations

import re

_EDGES = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$")


def trim(text: str) -> str:
    """``text`` without whitespace or invisible characters at either end."""
    return _EDGES.sub("", text)


def name_key(text: str) -> bytes:
    """A sort key that puts Chinese names in pinyin order (阿明, 陈静, 李强, 王芳, 张伟) after
    Latin ones (case-insensitive), as people look names up in a list.

    The GB 2312 level-1 characters — the common ones, almost every name — are in pinyin order,
    and GBK keeps that order; a character GBK lacks sorts after them.
    """
    out = bytearray()
    for ch in text.casefold():
        try:
            out += ch.encode("gbk")
        except UnicodeEncodeError:
            out += b"\xff" + ch.encode("utf-8")
    return bytes(out)
