"""The command line speaks the interface language: ``--lang``, else ``SAILPLAN_LANG``, the app's
own choice, the system locale; English otherwise. Real subprocesses on real files, and the
translation file checked against the sentences the commands use.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from services.cli import _labels, _strings
from services.core import catalog
from services.setup import open_store
from services.targets import cascade as T
from services.targets import ops
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{(\w*)\}")
REJECTED = "客户名称,手机\n戊公司,13800000001\n,13800000002\n"


def sailplan(db: Path, *args: str, env: dict[str, str] | None = None,
             drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """Run ``main.py --db DB ARGS`` with ``env`` added and ``drop`` removed."""
    full = {k: v for k, v in os.environ.items() if k not in drop}
    full.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=full)


CHINESE_LOCALE = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
NO_CHOICE = ("SAILPLAN_LANG",)


# --- the translation file ----------------------------------------------------------------------


def test_every_sentence_of_the_command_line_reads_in_chinese_with_the_same_fields():
    known = _strings.existing()
    found = _strings.sentences()
    assert len(found) > 100
    problems = []
    for source, name, line in found:
        text, finished = known.get(source, ("", False))
        # Chinese words, or at least Chinese punctuation ("{column}：{reason}（{rows}）")
        if not (text and finished and (CJK.search(text) or text != source)):
            problems.append(f"{name}:{line} untranslated: {source}")
        elif sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
            problems.append(f"{name}:{line} fields differ: {source} → {text}")
    assert problems == []
    # and the file holds nothing else (run `python -m services.cli._strings` after a change)
    assert set(known) == {s for s, _n, _l in found}


def test_the_translation_file_is_what_the_generator_writes():
    text = _strings.TS_FILE.read_text(encoding="utf-8")
    assert text == _strings.render(_strings.sentences(), _strings.existing())


def test_every_code_the_commands_show_has_its_chinese_word_from_the_gui():
    zh = catalog.Catalogue("zh_CN")
    missing = [(table, code) for table, (context, words) in _labels.TABLES.items()
               for code, source in words.items() if not zh.has(context, source)]
    assert missing == []
    assert zh.translate("OrgLabels", "Sales rep") == "一线销售"


def test_the_catalogue_falls_back_to_english():
    zh = catalog.catalogue("zh_CN")
    assert zh.translate("Cli", "no such sentence {x}") == "no such sentence {x}"
    assert catalog.catalogue("en").translate("Cli", "yes") == "yes"
    assert zh.translate("Cli", "yes") == "是"
    # a translation that lost a field: the English sentence with the values
    assert catalog.fill("{a} and {b}", "只有 {a} 和 {c}", {"a": 1, "b": 2}) == "1 and 2"


# --- which language ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("zh", "zh_CN"), ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"),
    ("zh_TW.UTF-8", "zh_CN"), ("Chinese (Simplified)_China", "zh_CN"), ("en", "en"),
    ("en_US", "en"), ("C.UTF-8", "en"), ("POSIX", "en"), ("fr_FR", None), ("", None),
])
def test_language_names_are_read_as_zh_or_en(text: str, lang: str | None):
    assert catalog.normalise(text) == lang


def test_the_language_falls_back_from_option_to_env_to_the_app_to_the_system(tmp_path: Path):
    data = tmp_path / "data"
    env = {"SAILPLAN_DATA_DIR": str(data), "LANG": "en_US.UTF-8"}
    assert catalog.choose_language(None, env) == "en"
    env["LC_MESSAGES"] = "zh_CN.UTF-8"  # LC_MESSAGES before LANG
    assert catalog.choose_language(None, env) == "zh_CN"
    env["LC_ALL"] = "C"  # LC_ALL before both
    assert catalog.choose_language(None, env) == "en"
    data.mkdir()
    (data / "ui-settings.ini").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    assert catalog.choose_language(None, env) == "zh_CN"  # the app's choice beats the locale
    env["SAILPLAN_LANG"] = "en"
    assert catalog.choose_language(None, env) == "en"
    assert catalog.choose_language("zh", env) == "zh_CN"  # --lang beats everything


def test_the_apps_choice_is_read_from_its_linux_settings_file(tmp_path: Path):
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("the native settings are not an INI file there")
    conf = tmp_path / "Sailplan" / "Sailplan.conf"
    conf.parent.mkdir()
    conf.write_text("[General]\nx=1\n\n[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    assert catalog.stored_language({"XDG_CONFIG_HOME": str(tmp_path)}) == "zh_CN"


# --- the commands ------------------------------------------------------------------------------


def test_a_rejected_import_names_row_and_field_in_chinese_and_in_english(db_path: Path,
                                                                           tmp_path: Path):
    csv = tmp_path / "客户.csv"
    csv.write_text(REJECTED, encoding="utf-8")
    zh = sailplan(db_path, "--lang", "zh", "import", "customers", str(csv))
    assert zh.returncode == 1, zh.stderr
    assert "第 3 行，客户名称：客户名称为必填项，但为空。" in zh.stdout
    assert "拒绝 1 行：客户名称：必填但为空（1）" in zh.stdout
    assert "本应：新建 1，更新 0，跳过 0，拒绝 1" in zh.stdout
    assert "文件被拒绝；未写入任何数据" in zh.stderr
    en = sailplan(db_path, "import", "customers", str(csv), "--lang", "en_US")
    assert en.returncode == 1
    assert "Row 3, 客户名称: Customer name is required but empty." in en.stdout
    assert "Would have: created 1, updated 0, skipped 0, rejected 1" in en.stdout
    assert not CJK.search(en.stderr)


def test_a_chinese_locale_gives_a_chinese_import_summary(db_path: Path, tmp_path: Path):
    csv = tmp_path / "客户.csv"
    csv.write_text("客户名称,手机\n甲公司,13800000000\n乙公司,12\n", encoding="utf-8")
    done = sailplan(db_path, "import", "customers", str(csv), env=CHINESE_LOCALE,
                    drop=NO_CHOICE)
    assert done.returncode == 0, done.stderr
    assert "已导入 客户.csv：新建 2，更新 0，跳过 0，拒绝 0" in done.stdout
    assert "1 个单元格留空，所在行已导入：手机：不是电话号码（1）" in done.stdout
    again = sailplan(db_path, "import", "customers", str(csv), "--dry-run",
                     env=CHINESE_LOCALE, drop=NO_CHOICE)
    assert "试运行：新建 0，更新 0，跳过 2，拒绝 0（未写入任何数据）" in again.stdout
    assert "跳过 2 行：系统中已存在（2）" in again.stdout


def test_a_service_refusal_is_worded_in_chinese_with_its_values(db_path: Path):
    done = sailplan(db_path, "--lang", "zh", "org", "add", "云帆科技", "--kind", "company")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "已添加公司 云帆科技。"
    refused = sailplan(db_path, "--lang", "zh", "people", "add", "张三", "--unit", "火星分部")
    assert refused.returncode == 2
    line = refused.stderr.strip()
    assert line.startswith("sailplan: ") and "火星分部" in line and CJK.search(
        line.replace("火星分部", "")), line
    assert not re.search(r"[A-Za-z]{4,}", line.removeprefix("sailplan: ")), line
    missing = sailplan(db_path.with_name("none.sqlite3"), "--lang", "zh", "check")
    assert missing.returncode == 2
    assert "none.sqlite3 处没有数据库" in missing.stderr


def test_the_apps_language_choice_makes_the_commands_chinese(db_path: Path,
                                                             _isolated_data_dir: Path):
    (_isolated_data_dir / "ui-settings.ini").write_text("[ui]\nlanguage=zh_CN\n",
                                                        encoding="utf-8")
    done = sailplan(db_path, "org", "add", "云帆科技", "--kind", "company",
                    env={"LANG": "C.UTF-8", "LC_ALL": ""}, drop=NO_CHOICE)
    assert done.stdout.strip() == "已添加公司 云帆科技。", done.stderr
    listed = sailplan(db_path, "org", "list", "--lang", "en")
    assert listed.stdout.splitlines() == ["unit\tkind\tpeople\twith sub-units\tclosed",
                                          "云帆科技\tcompany\t0\t0\t"]


def test_targets_check_speaks_chinese_and_english(db_path: Path):
    with open_store(db_path) as store:
        build_firm(store)
        plan_id = ops.create_plan_from_org(store, 2026).value
        zhang = next(n.id for n in T.load_tree(store, plan_id).nodes if n.name == "张三")
        T.set_values(store, zhang, "signed_amount", "2026", Values(96_000, 120_000, 144_000))
        ops.split_period(store, zhang, "signed_amount", "2026")
        ops.split_period(store, zhang, "signed_amount", "2026-Q2")
        T.set_values(store, zhang, "signed_amount", "2026-05", Values(8_000, 10_001, 12_000))
    zh = sailplan(db_path, "targets", "check", "--year", "2026", env=CHINESE_LOCALE,
                  drop=NO_CHOICE)
    assert zh.returncode == 1, zh.stderr
    assert zh.stdout.splitlines()[:3] == [
        "2026年度销售目标：1 个期间对不上",
        "节点\t指标\t期间\t档位\t本级数值\t下级期间合计\t差额",
        "张三\t签约额\t2026-Q2\t目标\t300.00\t300.01（月）\t-0.01"]
    en = sailplan(db_path, "--lang", "en", "targets", "check", "--year", "2026",
                  env=CHINESE_LOCALE)
    assert en.stdout.splitlines()[0] == "2026年度销售目标: 1 period(s) do not add up"
    assert en.stdout.splitlines()[2] == "张三\tsigned_amount\t2026-Q2\ttarget\t300.00\t" \
                                        "300.01 (months)\t-0.01"
