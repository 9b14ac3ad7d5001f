"""Every ``LazyText.translate("Context", "source")`` label has a Chinese translation.

Undo labels name their context by hand, so a mistyped context (or a call pyside6-lupdate cannot
read) would leave the label in English in the Chinese interface; this reads the sources and the
.ts files and lists any label without a finished translation.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _labels() -> list[tuple[str, str, str]]:
    """(file:line, context, source) of every LazyText.translate call with literal strings."""
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "LazyText"):
                context, source = node.args[0], node.args[1]
                assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                    f"{path}:{node.lineno}: lupdate reads literal strings only")
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", context.value,
                              source.value))
    return found


def _translated() -> set[tuple[str, str]]:
    """(context, source) of every finished translation in the Chinese .ts files."""
    done = set()
    for ts in (ROOT / "resources" / "translations").glob("*_zh_CN.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue  # unfinished, vanished or obsolete
                if "".join(translation.itertext()).strip():
                    done.add((name, message.findtext("source") or ""))
    return done


def test_every_lazy_label_has_a_chinese_translation():
    labels = _labels()
    assert len(labels) > 50  # the undo labels of every feature
    translated = _translated()
    missing = [label for label in labels if label[1:] not in translated]
    assert not missing
