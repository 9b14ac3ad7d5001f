"""``team``: switching a database to team mode and managing its accounts, headless.

``team init [--db URL] [--user NAME] [--person P] [--password-stdin]`` switches the database to
team mode (团队模式) with the owner's first account, idempotently: run again, it says so and
changes nothing. ``team status`` prints the mode and the accounts. ``team account add PERSON
--user NAME`` · ``team account reset USER`` · ``team account disable USER`` · ``team account
enable USER`` · ``team account list``.

A password is never an argument (it would show in the process list and the shell history): it
is typed at a prompt that does not echo it (twice, for a new one), or read from the first line
of standard input with ``--password-stdin`` (scripts). The commands act with the rights of the
database connection, as an owner would. Exit codes: 0 done (or nothing to do), 2 refused (one
line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from services.cli._common import fail, open_for_command
from services.cli._i18n import tr
from services.cli._labels import code_label


class _Refused(Exception):
    """A refusal of the command itself (before any service ran)."""


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: given before the command (``--db X team …``) the top-level value stays.
    parser.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="the database (as the top-level --db)")


def _stdin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input "
                             "(for scripts) instead of a prompt")


def register(subparsers: Any) -> None:
    """Add the ``team`` command."""
    p = subparsers.add_parser("team", help="team mode (团队模式): init, status, accounts")
    sub = p.add_subparsers(dest="team_action", required=True, metavar="ACTION")
    i = sub.add_parser("init", help="switch the database to team mode (sign-in) with the "
                                    "owner's first account; running it again changes nothing")
    i.add_argument("--user", default=None, help="the owner's user name (default: a prompt)")
    i.add_argument("--person", default=None,
                   help="the owner (name or id of a person whose role is owner; default: the "
                        "only owner)")
    _stdin_option(i)
    s = sub.add_parser("status", help="personal or team mode, and the accounts")
    a = sub.add_parser("account", help="accounts: list, add, reset, disable, enable")
    acts = a.add_subparsers(dest="account_action", required=True, metavar="ACTION")
    acts.add_parser("list", help="every account with its person, role and state")
    add = acts.add_parser("add", help="give a person an account")
    add.add_argument("person", help="the person (name or id)")
    add.add_argument("--user", required=True, help="the user name (unique, any case)")
    _stdin_option(add)
    reset = acts.add_parser("reset", help="set a new password (clears the failed attempts)")
    reset.add_argument("account", help="the user name (or the person's name)")
    _stdin_option(reset)
    for name, text in (("disable", "disable an account: it can no longer sign in"),
                       ("enable", "enable a disabled account again")):
        d = acts.add_parser(name, help=text)
        d.add_argument("account", help="the user name (or the person's name)")
    for parser in (p, i, s, a, *acts.choices.values()):
        _db_option(parser)
    p.set_defaults(handler=run_team)


def run_team(args: argparse.Namespace) -> int:
    """Handle ``team …``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError

    try:
        with open_for_command(args) as store:
            if args.team_action == "init":
                return _init(store, args)
            if args.team_action == "status":
                return _status(store)
            return _account(store, args)
    except _Refused as exc:
        return fail(str(exc))
    except SailplanError as exc:
        return fail(exc)
    except (KeyboardInterrupt, EOFError):
        print(file=sys.stderr)
        return fail(tr("cancelled; nothing was changed"))


def read_password(args: argparse.Namespace, *, new: bool, user: str) -> str:
    """The password from standard input (``--password-stdin``) or a prompt without echo."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if password.endswith("\r"):
            password = password[:-1]
        if not password:
            raise _Refused(tr("no password on standard input"))
        return password
    if not sys.stdin.isatty():
        raise _Refused(tr("a password is needed: run this in a terminal to be asked for it, or "
                          "give it on standard input with --password-stdin"))
    import getpass

    password = getpass.getpass(tr("Password for {user}: ", user=user))
    if new and getpass.getpass(tr("The same password again: ")) != password:
        raise _Refused(tr("the two passwords differ; nothing was changed"))
    return password


def _ask_user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    if not sys.stdin.isatty() or getattr(args, "password_stdin", False):
        raise _Refused(tr("give the owner's user name with --user"))
    return input(tr("User name for the owner: ")).strip()


def _owner(store: Any, ref: str | None) -> Any:
    from services.org.lookup import find_person
    from services.org.people import list_people

    if ref:
        return find_person(store, ref)
    owners = [p for p in list_people(store) if p.role == "owner"]
    if len(owners) == 1:
        return owners[0]
    if not owners:
        raise _Refused(tr("nobody in this database is the owner: add the firm and yourself "
                          "first (python main.py setup --firm NAME --me NAME --role owner), "
                          "or make someone the owner (people edit NAME --role owner)"))
    raise _Refused(tr("more than one person is the owner ({names}): name one with --person",
                      names=", ".join(p.name for p in owners)))


def _init(store: Any, args: argparse.Namespace) -> int:
    from services.team.mode import init_team, team_state

    person = _owner(store, args.person)
    user = _ask_user(args)
    state = team_state(store, user)
    password = None
    ready = state.account is not None and state.account.person_id == person.id
    if not ready:
        password = read_password(args, new=True, user=user)
    done = init_team(store, person.id, user, password).value
    if done.switched:
        print(tr("{location} is now in team mode: everyone signs in.",
                 location=store.location))
    else:
        print(tr("{location} was already in team mode.", location=store.location))
    if done.created:
        print(tr("Created the owner account {user} for {person}.", user=done.account.user_name,
                 person=done.account.person_name))
    else:
        print(tr("The owner account {user} ({person}) exists already; its password is "
                 "unchanged.", user=done.account.user_name, person=done.account.person_name))
    return 0


def _status(store: Any) -> int:
    from services.team.accounts import list_accounts
    from services.team.mode import team_mode

    if team_mode(store):
        print(tr("{location}: team mode (everyone signs in)", location=store.location))
    else:
        print(tr("{location}: personal (no sign-in); python main.py team init switches it to "
                 "team mode", location=store.location))
    _print_accounts(store, list_accounts(store))
    return 0


def _print_accounts(store: Any, accounts: list[Any]) -> None:
    """The accounts, one a line; on PostgreSQL with each one's database login role."""
    from services.team.passwords import user_key
    from services.team.pg_scope import login_role

    if not accounts:
        print(tr("No accounts yet."))
        return
    database = store.url.database if store.engine.dialect.name == "postgresql" else None
    if database:
        print(tr("user name\tperson\trole\tstate\tlast sign-in\tdatabase login"))
    else:
        print(tr("user name\tperson\trole\tstate\tlast sign-in"))
    for a in accounts:
        state = tr("disabled") if a.disabled else tr("active")
        if not a.disabled and a.failed_attempts:
            state = tr("{count} failed attempt(s)", count=a.failed_attempts)
        last = a.last_sign_in_at.astimezone().strftime("%Y-%m-%d %H:%M") \
            if a.last_sign_in_at else ""
        login = f"\t{login_role(database, user_key(a.user_name))}" if database else ""
        print(f"{a.user_name}\t{a.person_name}\t{code_label('role', a.role)}\t{state}\t{last}"
              f"{login}")


def _account(store: Any, args: argparse.Namespace) -> int:
    from services.org.lookup import find_person
    from services.team import accounts as A
    from services.team.mode import team_mode

    action = args.account_action
    if action == "list":
        _print_accounts(store, A.list_accounts(store))
        return 0
    if action == "add":
        person = find_person(store, args.person)
        password = read_password(args, new=True, user=args.user)
        made = A.create_account(store, person.id, args.user, password).value
        print(tr("Created the account {user} for {person}.", user=made.user_name,
                 person=made.person_name))
        if not team_mode(store):
            print(tr("This database is still personal (no sign-in) until python main.py team "
                     "init switches it."))
        return 0
    account = A.find_account(store, args.account)
    if action == "reset":
        password = read_password(args, new=True, user=account.user_name)
        A.reset_password(store, account.id, password)
        print(tr("New password set for {user}.", user=account.user_name))
    elif action == "disable":
        A.disable_account(store, account.id)
        print(tr("Disabled {user}: it can no longer sign in.", user=account.user_name))
    else:
        A.enable_account(store, account.id)
        print(tr("Enabled {user} again.", user=account.user_name))
    return 0

