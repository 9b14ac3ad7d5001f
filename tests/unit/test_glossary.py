"""One term for one thing: the Chinese interface never uses the words docs/GLOSSARY.md rules out."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = sorted((ROOT / "resources" / "translations").glob("*_zh_CN.ts"))

# word ruled out → the glossary's word
RULED_OUT = {"客户等级": "客户分层", "客户层级": "客户分层", "久未跟进": "跟进断档",
             "长期未跟进": "跟进断档", "能力等级": "能力层级"}


def _translations(path: Path) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    return re.findall(r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
                      r"<translation[^>]*>(.*?)</translation>", text, flags=re.S)


def test_the_chinese_interface_uses_one_term_for_each_thing():
    assert TRANSLATIONS, "no Chinese translation files found"
    found = [(path.name, source, word, better)
             for path in TRANSLATIONS for source, chinese in _translations(path)
             for word, better in RULED_OUT.items() if word in chinese]
    assert not found, found


def test_a_checkpoint_is_called_a_checkpoint():
    found = [(path.name, chinese) for path in TRANSLATIONS
             for source, chinese in _translations(path)
             if re.search(r"\bcheckpoints?\b", source, re.I) and chinese
             and "检查点" not in chinese]
    assert not found, found


def test_the_glossary_lists_the_ruled_out_words_and_their_replacements():
    glossary = (ROOT / "docs" / "GLOSSARY.md").read_text(encoding="utf-8")
    for word, better in RULED_OUT.items():
        assert word in glossary and better in glossary
    for term in ("检查点", "拜访", "跟进", "输单原因", "销售总监", "一线销售"):
        assert term in glossary
