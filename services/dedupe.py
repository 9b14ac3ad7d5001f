"""Duplicate detection keys (重复开发 prevention): normalised names, phones and e-mails.

The customer list, the customer card and import all call these functions, so the rules below are
the single definition of "the same customer" in Sailplan.

``normalise_name`` applies, in this order:

1. Unicode NFKC: full-width letters, digits, spaces and brackets become half-width
   (``ＡＢＣ`` → ``ABC``, ``（`` → ``(``); then ``casefold()`` (lower case).
2. Bracket characters ``【】〔〕［］〈〉《》「」『』〖〗`` are treated as round brackets.
3. A bracketed *region* anywhere in the name is removed: a bracketed segment whose content (spaces
   ignored) is ``中国``/``china``/``prc``, a name in :data:`REGION_NAMES` (provinces, province-level
   cities, large cities), or 2–6 CJK characters ending in 省/市/区/县/州
   (``某某（中国）有限公司`` → ``某某有限公司``, ``某某(上海)科技`` → ``某某科技``).
   Other bracketed text (e.g. ``(集团)`` or a product name) is kept, minus its brackets.
4. English legal suffixes at the end are removed, repeatedly: ``co., ltd.``, ``company limited``,
   ``limited``, ``ltd``, ``inc``, ``incorporated``, ``corp``, ``corporation``, ``llc``,
   ``co``, ``company``, ``gmbh`` (whole words only).
5. Every character that is not a letter, digit or combining mark is removed: all whitespace and
   all punctuation and symbols, Chinese ones included (``，。、·（）—`` …).
6. Chinese company suffixes at the end are removed, repeatedly, longest first:
   :data:`CN_SUFFIXES` (集团股份有限公司, 股份有限公司, 有限责任公司, 集团有限公司, 有限公司,
   集团公司, 分公司, 集团, 公司, 厂). ``上海某某集团有限公司`` and ``上海某某`` share a key.

A step that would leave an empty key is skipped, so ``有限公司`` alone normalises to itself.

``normalise_phone`` keeps digits only (after NFKC, so full-width digits count) and drops a leading
``86`` or ``0086`` country code when what follows is an 11-digit mainland mobile number
(``1`` + 10 digits), so ``+86 138-0013-8000``, ``0086 13800138000`` and ``138 0013 8000`` agree.

``normalise_email`` applies NFKC, trims whitespace and a leading ``mailto:``, drops surrounding
``<…>`` and lower-cases the whole address.
"""

from __future__ import annotations

import re
import unicodedata

CN_SUFFIXES: tuple[str, ...] = (
    "集团股份有限公司",
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "集团公司",
    "分公司",
    "集团",
    "公司",
    "厂",
)

REGION_NAMES: frozenset[str] = frozenset(
    """中国 中华人民共和国 china prc 大陆 内地 香港 澳门 台湾 hongkong hk macau macao taiwan
    北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
    广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 深圳 广州 杭州 南京
    苏州 无锡 宁波 厦门 青岛 大连 沈阳 长春 哈尔滨 武汉 长沙 成都 西安 郑州 济南 合肥 福州
    南昌 昆明 贵阳 南宁 太原 石家庄 兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 海口 三亚 东莞 佛山
    珠海 中山 惠州 温州 绍兴 嘉兴 金华 台州 常州 南通 扬州 徐州 烟台 潍坊 唐山 保定 洛阳
    beijing shanghai tianjin chongqing shenzhen guangzhou hangzhou nanjing suzhou chengdu wuhan
    xiamen qingdao asia asiapacific apac""".split()
)

_BRACKET_MAP = str.maketrans(
    {c: "(" for c in "【〔［〈《「『〖["} | {c: ")" for c in "】〕］〉》」』〗]"}
)
_BRACKETED = re.compile(r"\(([^()]*)\)")
_CJK_REGION = re.compile(r"^[\u4e00-\u9fff]{1,5}[省市区县州]$")
_EN_SUFFIX = re.compile(
    r"(?:[\s,.]+|^)(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|incorporated|inc|corporation|"
    r"corp|llc|company|co|gmbh)\.?\s*$"
)


def _is_region(text: str) -> bool:
    key = re.sub(r"\s+", "", text)
    return key in REGION_NAMES or bool(_CJK_REGION.match(key))


def _keep_word_chars(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNM")


def normalise_name(name: str | None) -> str:
    """The duplicate-detection key of a customer name (rules in the module docstring)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().translate(_BRACKET_MAP)
    without_regions = _BRACKETED.sub(lambda m: " " if _is_region(m.group(1)) else m.group(0), text)
    if _keep_word_chars(without_regions):
        text = without_regions
    while True:
        stripped = _EN_SUFFIX.sub("", text)
        if stripped == text or not _keep_word_chars(stripped):
            break
        text = stripped
    key = _keep_word_chars(text)
    return _strip_cn_suffixes(key)


def _strip_cn_suffixes(key: str) -> str:
    while True:
        suffix = next((s for s in CN_SUFFIXES if key.endswith(s)), None)
        if suffix is None or len(key) == len(suffix):
            return key
        key = key[: -len(suffix)]


def normalise_phone(text: str | None) -> str:
    """Digits only, without a +86/0086/86 prefix in front of an 11-digit mobile number."""
    if not text:
        return ""
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())
    digits = "".join(str(unicodedata.digit(ch)) for ch in digits)
    for prefix in ("0086", "86"):
        rest = digits[len(prefix):]
        if digits.startswith(prefix) and len(rest) == 11 and rest.startswith("1"):
            return rest
    return digits


def normalise_email(text: str | None) -> str:
    """Trimmed, lower-cased address without ``mailto:`` or surrounding angle brackets."""
    if not text:
        return ""
    email = unicodedata.normalize("NFKC", text).strip()
    if email.startswith("<") and email.endswith(">"):
        email = email[1:-1].strip()
    if email.lower().startswith("mailto:"):
        email = email[7:].strip()
    return email.casefold()
