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
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.customers import Contact, Customer
from models.org import Person
from services.core.store import Store

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


# --- Finding likely duplicates -------------------------------------------------------------

REASON_SAME_NAME = "same normalised name"
REASON_SAME_PHONE = "same phone"
REASON_SAME_EMAIL = "same email"
REASON_SIMILAR_NAME = "similar name"
_REASON_RANK = {REASON_SAME_NAME: 0, REASON_SAME_PHONE: 1, REASON_SAME_EMAIL: 2,
                REASON_SIMILAR_NAME: 3}
MIN_CONTAINED_LEN = 3  # the shorter name in a "contains" match has at least this many characters
MIN_EDIT_LEN = 4  # edit distance is only tried for keys of at least this many characters
_MAX_SCAN_HITS = 200  # bound on distinct names pulled by the containment/edit scans


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing customer that looks like the one being entered.

    ``reason`` is the strongest of ``reasons`` (one of the ``REASON_*`` strings, English source
    text the GUI translates); ``detail`` says what matched (the other name, phone or e-mail).
    """

    id: str
    name: str
    owner_id: str | None
    owner_name: str | None
    in_pool: bool
    reason: str
    reasons: tuple[str, ...]
    detail: str


def edit_distance_at_most(a: str, b: str, limit: int) -> int | None:
    """Levenshtein distance of ``a`` and ``b`` if it is ≤ ``limit``, else None (banded DP)."""
    if abs(len(a) - len(b)) > limit:
        return None
    if len(a) > len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [limit + 1] * len(b)
        lo, hi = max(1, i - limit), min(len(b), i + limit)
        for j in range(lo, hi + 1):
            cost = 0 if ca == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if min(current[max(0, lo - 1): hi + 1]) > limit:
            return None
        previous = current
    return previous[-1] if previous[-1] <= limit else None


def similar_limit(key: str) -> int:
    """Edits allowed for a "similar name": 0 below 4 characters, 1 up to 7, then 2."""
    if len(key) < MIN_EDIT_LEN:
        return 0
    return 1 if len(key) < 8 else 2


def phone_variants(digits: str) -> list[str]:
    """Common ways a stored phone may be written, for an indexed ``IN`` lookup.

    Phones are stored as typed (in the app and by imports), so this lists the spellings people
    type for the same digits: a mobile as 11 digits or 3-4-4 groups (joined by nothing, ``-``,
    a space or ``.``) with or without ``+86``/``86``/``0086``/``(+86)``; a landline with its area
    code (3 or 4 digits, in brackets or not) apart from the number by ``-``, a space or a
    bracket, the number whole or split 4-4 / 3-4, also written ``+86 21 …`` without the 0.
    """
    out = {digits}
    if len(digits) == 11 and digits.startswith("1"):
        groups = (digits[:3], digits[3:7], digits[7:])
        spelled = {digits} | {sep.join(groups) for sep in ("-", " ", ".")}
        for body in spelled:
            out.add(body)
            for prefix in ("+86", "+86 ", "+86-", "86", "86 ", "86-", "0086", "0086 ",
                           "0086-", "(+86)", "(+86) ", "（+86）"):
                out.add(prefix + body)
    elif digits.startswith("0") and len(digits) >= 10:
        for area in (3, 4):
            head, number = digits[:area], digits[area:]
            numbers = {number}
            if len(number) in (7, 8):
                cut = len(number) - 4
                numbers |= {number[:cut] + sep + number[cut:] for sep in ("-", " ")}
            for body in numbers:
                for sep in ("-", " "):
                    out.add(head + sep + body)
                    out.add("+86" + sep + head[1:] + sep + body)
                for left, right in (("(", ")"), ("(", ") "), ("（", "）")):
                    out.add(left + head + right + body)
    return sorted(out)


def _complete_email(mail: str) -> bool:
    local, _, domain = mail.partition("@")
    return bool(local) and "." in domain and not domain.endswith(".")


def _contained_keys(key: str) -> list[str]:
    """Substrings of ``key`` long enough to count as a name it contains (bounded)."""
    key = key[:40]
    subs = {key[i:j] for i in range(len(key)) for j in range(i + MIN_CONTAINED_LEN, len(key) + 1)}
    subs.discard(key)
    return sorted(subs)


def _similar_names(session: Session, key: str) -> list[str]:
    """Distinct stored name keys containing, contained in, or a few edits from ``key``."""
    found: set[str] = set()
    col = Customer.name_norm
    if len(key) >= MIN_CONTAINED_LEN:
        subs = _contained_keys(key)
        for start in range(0, len(subs), 500):
            found.update(session.scalars(select(col).where(col.in_(subs[start:start + 500]))))
    limit = similar_limit(key)
    sqlite = session.get_bind().dialect.name == "sqlite"
    conds = []
    if len(key) >= MIN_CONTAINED_LEN:
        # instr() is twice as fast as LIKE '%…%' on SQLite; both scan only the narrow index.
        conds.append(func.instr(col, key) > 0 if sqlite else col.contains(key, autoescape=True))
    if limit:
        # One edit leaves one half intact: the first half (an indexed range) or the second.
        half = len(key) // 2
        in_band = func.length(col).between(len(key) - limit, len(key) + limit)
        tail = key[half:]
        conds.append(and_(func.substr(col, -len(tail)) == tail if sqlite
                          else col.endswith(tail, autoescape=True), in_band))
        found.update(session.scalars(
            select(col).where(col >= key[:half], col < key[:half] + "\U0010ffff", in_band)
            .distinct().limit(_MAX_SCAN_HITS * 5)))
    if conds:
        found.update(session.scalars(select(col).where(or_(*conds)).distinct()
                                     .limit(_MAX_SCAN_HITS * 5)))
    found.discard(key)
    hits = [o for o in found if key in o or o in key
            or edit_distance_at_most(key, o, limit) is not None]
    return sorted(hits, key=lambda o: (abs(len(o) - len(key)), o))[:_MAX_SCAN_HITS]


def find_likely_duplicates(
    store: Store,
    name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    exclude_id: str | None = None,
    limit: int = 5,
) -> list[DuplicateCandidate]:
    """Live customers that look like the one described, strongest match first.

    Matches: same normalised name; same phone (customer or any contact, after
    :func:`normalise_phone`); same e-mail (customer or any contact); similar name (one key
    contains the other with at least 3 characters, or 1–2 edits for keys of 4+ characters).
    Soft-deleted and merged customers are never returned. Cheap enough to call per keystroke.
    """
    key = normalise_name(name)
    hits: dict[str, dict[str, str]] = {}

    def add(ids: Iterable[str], reason: str, detail: str) -> None:
        for cid in ids:
            if cid != exclude_id:
                hits.setdefault(cid, {}).setdefault(reason, detail)

    with store.read() as uow:
        s = uow.session
        live = Customer.deleted_at.is_(None)
        if key:
            add(s.scalars(select(Customer.id).where(Customer.name_norm == key, live)),
                REASON_SAME_NAME, name or "")
        digits = normalise_phone(phone)
        if len(digits) >= 7:
            variants = sorted(set(phone_variants(digits)) | {(phone or "").strip()})
            add(s.scalars(select(Customer.id).where(Customer.phone.in_(variants), live)),
                REASON_SAME_PHONE, phone or "")
            add(s.scalars(select(Contact.customer_id).join(Customer).where(
                Contact.phone.in_(variants), Contact.deleted_at.is_(None), live)),
                REASON_SAME_PHONE, phone or "")
        mail = normalise_email(email)
        if _complete_email(mail):  # e-mail has no index: look only once it is fully typed
            add(s.scalars(select(Customer.id).where(
                func.lower(func.trim(Customer.email)) == mail, live)), REASON_SAME_EMAIL, mail)
            add(s.scalars(select(Contact.customer_id).join(Customer).where(
                func.lower(func.trim(Contact.email)) == mail, Contact.deleted_at.is_(None),
                live)), REASON_SAME_EMAIL, mail)
        if key and len(hits) < limit:
            similar = _similar_names(s, key)
            if similar:
                rows = s.execute(select(Customer.id, Customer.name_norm).where(
                    Customer.name_norm.in_(similar), live).limit(limit * 4))
                for cid, norm in rows:
                    add([cid], REASON_SIMILAR_NAME, norm)
        return _candidates(s, hits, limit)


def _candidates(session: Session, hits: dict[str, dict[str, str]], limit: int
                ) -> list[DuplicateCandidate]:
    if not hits:
        return []
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.owner_id, Person.name, Customer.in_pool)
        .outerjoin(Person, Person.id == Customer.owner_id)
        .where(Customer.id.in_(list(hits)))
    ).all()
    out = []
    for cid, cname, owner_id, owner_name, in_pool in rows:
        reasons = tuple(sorted(hits[cid], key=_REASON_RANK.__getitem__))
        out.append(DuplicateCandidate(cid, cname, owner_id, owner_name, bool(in_pool),
                                      reasons[0], reasons, hits[cid][reasons[0]]))
    out.sort(key=lambda c: (_REASON_RANK[c.reason], -len(c.reasons), c.name))
    return out[:limit]
