"""Argon2id password hashes and the rules for user names and passwords.

The parameters follow OWASP's minimum for Argon2id: 19 MiB of memory, two passes, one lane.
:func:`needs_rehash` tells whether a stored hash was made with other parameters (an older
Sailplan, or a future one raising them); the sign-in then stores a new hash of the password it
has just verified.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from services.core.errors import ValidationError
from services.core.text import trim

MEMORY_KIB = 19456
"""Argon2id memory cost in KiB (19 MiB)."""
TIME_COST = 2
"""Argon2id passes."""
PARALLELISM = 1

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
MAX_USER_NAME = 64
_USER_NAME = re.compile(r"^[\w.@+-]+$")

@cache
def _hasher() -> Any:
    """The Argon2id hasher (argon2 is imported on first use: opening a personal file, which
    only asks for the mode, never loads it).
    """
    from argon2 import PasswordHasher, Type

    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM,
                          hash_len=32, salt_len=16, type=Type.ID)


def hash_password(password: str) -> str:
    """A new Argon2id hash (with its own random salt) of ``password``."""
    return str(_hasher().hash(password))


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the stored hash (False for a damaged hash too)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):  # a mismatch is a VerificationError
        return False


def needs_rehash(stored: str) -> bool:
    """Whether the stored hash was made with parameters other than today's."""
    from argon2.exceptions import InvalidHashError

    try:
        return bool(_hasher().check_needs_rehash(stored))
    except (InvalidHashError, ValueError):
        return True


@cache
def _dummy() -> str:
    return hash_password("sailplan: no such account")


def spend_time(password: str) -> None:
    """Verify against a throw-away hash: an unknown user name costs as long as a known one."""
    verify_password(_dummy(), password)


def user_key(user_name: str) -> str:
    """The case-insensitive form of a user name (what the unique index compares)."""
    return unicodedata.normalize("NFKC", trim(user_name)).casefold()


def checked_user_name(text: str) -> str:
    """``text`` trimmed, or a refusal: 1–64 letters, digits and . _ - @ +, no spaces."""
    name = unicodedata.normalize("NFKC", trim(text or ""))
    if not name:
        raise ValidationError("a user name cannot be empty", field="user_name")
    if len(name) > MAX_USER_NAME or len(user_key(name)) > MAX_USER_NAME:
        raise ValidationError("a user name is at most {limit} characters", field="user_name",
                              limit=MAX_USER_NAME)
    if not _USER_NAME.match(name):
        raise ValidationError("a user name may hold letters, digits and . _ - @ + only, "
                              "no spaces: “{name}”", field="user_name", name=name)
    return name


def check_password(password: str, user_name: str = "") -> None:
    """Refuse a new password that is too short, too long or the user name itself."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError("a password needs at least {count} characters",
                              field="password", count=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("a password is at most {count} characters", field="password",
                              count=MAX_PASSWORD)
    if not password.strip():
        raise ValidationError("a password cannot be only spaces", field="password")
    if user_name and user_key(password) == user_key(user_name):
        raise ValidationError("a password cannot be the user name", field="password")
