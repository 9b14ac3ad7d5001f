"""``import`` and ``export`` subcommands: bring Excel/CSV data in, write customers/deals out.

``python main.py [--db X] import customers|contacts|followups|deals|products|people FILE [--dry-run]
[--report rejected.xlsx] [--create-missing] [--mode create|update|skip] [--sheet NAME]
[--encoding auto|utf-8|gbk|gb18030|utf-16] [--year YYYY] [--mapping FILE.json]
[--map FIELD=COLUMN …]`` prints a summary (created / updated / skipped / rejected, with the
reasons and the cells left empty). Columns are matched by their headers; ``--mapping`` applies
a mapping saved from the import wizard and each ``--map`` maps one column by hand
(:mod:`services.importing.column_map`); a field or column that does not exist is refused (exit
2), and ``--dry-run`` prints the mapping it used. When any row is rejected the file is refused:
exit code 1, nothing written, and ``--report`` saves the rejected rows with a Problem column. An
unreadable or hostile file exits with 2 and one line saying why (docs/IMPORT.md lists what is
refused); values quoted in messages are cut short.

``python main.py export customers|deals OUT.xlsx|OUT.csv [--english]`` writes the same columns
the import reads back; ``export plan --year YYYY OUT.xlsx`` writes the plan workbook
(:mod:`services.cli.plan_export_command`); ``export receivables --as-of YYYY-MM-DD
OUT.xlsx|OUT.csv`` the instalments open on a date (:mod:`services.cli.receivables_command`),
``export payments OUT.xlsx|OUT.csv [--from --to]`` the payments received
(:mod:`services.cli.payments_command`), ``export payouts --period YYYY-MM|YYYY-Qn|YYYY
OUT.xlsx`` the payout workbook of a period (:mod:`services.cli.payouts_command`). ``import
receivables FILE [--as-of YYYY-MM-DD]`` reads a receivables ledger
(:mod:`services.importing.ledger_plan`).
"""

from __future__ import annotations

import argparse
import sys

from services.cli._i18n import error_text, join, label, msg_text, problem_text, reason_text, tr

IMPORT_KINDS = ("customers", "contacts", "followups", "deals", "products", "people",
                "receivables")
MAX_LISTED = 30
MAX_VALUE = 60
MAX_LINE = 200


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` and ``export`` subcommands."""
    p = subparsers.add_parser("import", help="import customers, contacts, follow-ups, deals, "
                                             "products, people and units or a receivables "
                                             "ledger from .xlsx/.csv (all or nothing)")
    p.add_argument("kind", choices=IMPORT_KINDS, help="what the file holds")
    p.add_argument("file", help="the .xlsx or .csv file")
    p.add_argument("--dry-run", action="store_true", help="check and summarise, write nothing")
    p.add_argument("--report", metavar="REJECTED.xlsx",
                   help="save rejected rows (original columns + a Problem column)")
    p.add_argument("--create-missing", action="store_true",
                   help="create unknown owners, pipelines, stages and (for contacts/follow-ups/"
                        "deals) customers instead of leaving them unassigned/rejected")
    p.add_argument("--mode", choices=("create", "update", "skip"), default=None,
                   help="rows matching existing records: skip them (default), update them, "
                        "or create new records anyway (products: update by default, matched "
                        "by code, else by name)")
    p.add_argument("--sheet", help="worksheet name (default: the first sheet)")
    p.add_argument("--encoding", choices=("auto", "utf-8", "gbk", "gb18030", "utf-16"),
                   default="auto", help="a CSV file's encoding (default: detected; a file that "
                                        "is UTF-8 apart from a few bad bytes is refused, naming "
                                        "the first one)")
    p.add_argument("--year", type=_year, metavar="YYYY",
                   help="the year of dates written without one (3月15日, 3/15, 15-Mar); "
                        "default: the year in the file name, else the year most of the file's "
                        "dates carry, else the current year")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map a column by hand (repeatable): the field by its Chinese or English "
                        "name or key, the column by its header or letter, e.g. "
                        "--map \"商机名称=Opportunity ID\" or --map \"amount=F\"; FIELD= leaves a "
                        "field unmapped, =COLUMN ignores a column")
    p.add_argument("--as-of", type=_as_of, metavar="YYYY-MM-DD", default=None,
                   help="import receivables: the ledger's date; a paid amount without a date "
                        "was received on its due date or this date, whichever is earlier "
                        "(default: today)")
    p.add_argument("--mapping", metavar="FILE.json",
                   help="apply a column mapping saved from the import wizard (Save mapping…); "
                        "--map options then change it")
    p.set_defaults(handler=run_import)
    e = subparsers.add_parser("export", help="export customers, deals or follow-ups to "
                                             ".xlsx/.csv, or a plan year to .xlsx (export plan "
                                             "--year YYYY)")
    e.add_argument("kind", choices=("customers", "deals", "followups", "plan", "receivables",
                                    "payments", "payouts", "review"),
                   help="customers, deals or followups (the importer's columns: import them "
                        "back in that order), the plan workbook, the receivables open on "
                        "a date (--as-of), the payments received (--from/--to), or the "
                        "payout workbook of a period (--period), or the review pack of a "
                        "period (--period) and org unit (--node) as .xlsx or .pdf")
    e.add_argument("out", help="OUT.xlsx or OUT.csv (a plan: OUT.xlsx; a review: OUT.xlsx or "
                               "OUT.pdf)")
    e.add_argument("--english", action="store_true",
                   help="English column headers (customers, deals and follow-ups)")
    e.add_argument("--year", type=int, metavar="YYYY", help="export plan: the plan year")
    e.add_argument("--as-of", type=_as_of, metavar="YYYY-MM-DD", default=None,
                   help="export receivables: the instalments open on this date, recomputed "
                        "from the payments received by then (default: today)")
    e.add_argument("--from", dest="start", type=_as_of, metavar="YYYY-MM-DD", default=None,
                   help="export payments: received on or after this date")
    e.add_argument("--to", dest="end", type=_as_of, metavar="YYYY-MM-DD", default=None,
                   help="export payments: received on or before this date")
    e.add_argument("--period", metavar="YYYY-MM|YYYY-Qn|YYYY", default=None,
                   help="export payouts: the period of the payout run (a month, a quarter "
                        "or a year); export review: the week (2026-W38), month or quarter "
                        "reviewed")
    e.add_argument("--node", metavar="UNIT", default=None,
                   help="export review: the org unit reviewed, by name, path or id (default: "
                        "the whole firm)")
    e.set_defaults(handler=run_export)


def _as_of(text: str):  # noqa: ANN202 - a date, built without importing more at start-up
    from services.cli.receivables_command import as_of_date

    return as_of_date(text)


def _year(text: str) -> int:
    """A year for ``--year`` (1900–2199, the dates Sailplan accepts)."""
    if not (text.isdigit() and 1900 <= int(text) <= 2199):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year between 1900 and 2199")
    return int(text)


def _short(value: object, limit: int = MAX_VALUE) -> str:
    """Text on one line, cut to its start (a cell can hold megabytes)."""
    text = " ".join(str(value).split())
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(str(value)):,} characters)"


def _print_problems(plan) -> None:  # noqa: ANN001
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing.messages import short

    errors = [p for r in plan.rejected() for p in r.problems if p.severity == "error"]
    for prob in errors[:MAX_LISTED]:
        value = f" [{short(prob.value)}]" if prob.value else ""
        print(f"  {_short(problem_text(prob), MAX_LINE)}{value}")
    if len(errors) > MAX_LISTED:
        print("  " + tr("… and {count} more problem(s)", count=len(errors) - MAX_LISTED))


def _print_warnings(plan) -> None:  # noqa: ANN001
    """Warnings of rows that import anyway, one line per kind with a count and the first cell
    (the counts already cover skipped duplicates, unknown owners have their own line).
    """
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing import messages as M

    quiet = {M.ALREADY_EXISTS, M.SAME_AS_ROW, M.UNKNOWN_OWNER}
    seen: dict[str, list] = {}
    for r in plan.rows:
        if r.status == "reject":
            continue
        for p in r.problems:
            if p.severity == "warning" and p.template not in quiet:
                seen.setdefault(p.template, []).append(p)
    for group in list(seen.values())[:MAX_LISTED]:
        first = group[0]
        more = tr(" (and {count} more like it)", count=len(group) - 1) if len(group) > 1 else ""
        print(tr("Note: {problem}{more}", problem=problem_text(first), more=more))


def _print_unknowns(plan) -> None:  # noqa: ANN001
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing import CREATE
    from services.importing.messages import short

    for what, names in (("owners", plan.unknown_owners),
                        ("pipelines", plan.unknown_pipelines),
                        ("stages", plan.unknown_stages),
                        ("customers", plan.unknown_customers)):
        if not names:
            continue
        title = {"owners": tr("Unknown owners"), "pipelines": tr("Unknown pipelines"),
                 "stages": tr("Unknown stages"), "customers": tr("Unknown customers")}[what]
        listed = join(tr("{name} ({count})", name=short(n, 40), count=c)
                      for n, c in list(names.items())[:MAX_LISTED])
        if what == "owners":
            todo = tr("created") if any(v == CREATE for v in plan.owner_choice.values()) else \
                tr("left unassigned (use --create-missing to create them)")
        else:
            todo = tr("created") if plan.create_missing else \
                tr("rows rejected (use --create-missing)")
        if what == "pipelines" and plan.create_missing:
            todo = tr("created with the stages {stages}", stages=join(
                short(s.name, 30) for s in plan.new_stages if not isinstance(s.pipeline, str)))
        print(tr("{title}: {names} — {todo}", title=title, names=listed, todo=todo))


def _mapping(args: argparse.Namespace, source) -> list[str | None]:  # noqa: ANN001
    """The column mapping to use: the file's own, a saved one, then each --map."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing.column_map import apply_pairs, load_mapping_file

    headers = source.layout.headers
    mapping = list(source.mapping)
    if args.mapping:
        mapping = load_mapping_file(args.mapping, args.kind, headers)
    if args.map:
        mapping = apply_pairs(mapping, headers, args.kind, args.map)
    return mapping


def _map_hint(exc: Exception, kind: str) -> str:
    """How to map a required field by hand, after the refusal that says none is mapped."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing.fields import fields_for

    if not str(getattr(exc, "template", "")).startswith("No column is mapped to the required"):
        return ""
    wanted = str(getattr(exc, "params", {}).get("fields", "")).split(", ")
    example = next((s.header_zh for s in fields_for(kind) if s.label in wanted), "FIELD")
    return " " + tr('Map one by hand, e.g. --map "{example}=COLUMN".', example=example)


def _print_mapping(source, mapping: list[str | None]) -> None:  # noqa: ANN001
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing.fields import field_by_key
    from services.importing.xlsx_scan import col_letters

    used, ignored = [], []
    for i, header in enumerate(source.layout.headers):
        name = f"{col_letters(i + 1)} {_short(header, 40)}".rstrip()
        key = mapping[i] if i < len(mapping) else None
        if key:
            used.append(f"{name} → {label('ImportLabels', field_by_key(source.kind, key).label)}")
        elif header:
            ignored.append(name)
    print(tr("Columns: {columns}", columns=join(used, "; ")))
    if ignored:
        print(tr("Not imported: {columns}", columns=join(ignored)))


def run_import(args: argparse.Namespace) -> int:
    """Handle ``import``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, derived_lines, fail, open_for_command
    from services.core.errors import SailplanError
    from services.importing import commit_plan, open_source, plan_import, save_rejected

    try:  # an import may start a new database; a dry run never creates one
        store = open_for_command(args, create=not args.dry_run)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            source = open_source(args.file, args.kind, store=store, sheet=args.sheet,
                                 encoding=args.encoding,
                                 progress=StderrProgress(tr("Reading")))
            mapping = _mapping(args, source)
            args.mode = args.mode or ("update" if args.kind == "products" else "skip")
            plan = plan_import(store, source, mapping=mapping, mode=args.mode,
                               create_missing=args.create_missing, year=args.year,
                               progress=StderrProgress(tr("Checking")), as_of=args.as_of)
            if args.kind == "deals" and plan.lookups.default_pipeline is None \
                    and not args.dry_run:
                # A store without any pipeline gets the default one first, as the app does.
                # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
                from services.pipeline.settings import ensure_defaults

                ensure_defaults(store)
                plan = plan_import(store, source, mapping=mapping, mode=args.mode,
                                   create_missing=args.create_missing, year=args.year)
        except SailplanError as exc:
            return fail(error_text(exc) + _map_hint(exc, args.kind))
        counts = plan.counts()
        if args.dry_run:
            _print_mapping(source, plan.mapping)
        for note in source.layout.notes:
            print(msg_text(note.template, note.args, str(note)))
        _print_warnings(plan)
        _print_unknowns(plan)
        for line in _summary_lines(plan):
            print(line)
        summary = _counts_text(counts)
        if counts["reject"]:
            print(tr("Rejected rows ({count}):", count=counts["reject"]))
            _print_problems(plan)
            if args.report:
                try:
                    save_rejected(plan, args.report)
                except (SailplanError, OSError) as exc:
                    return fail(tr("the rejected rows could not be saved to {path}: {cause}",
                                   path=args.report, cause=error_text(exc)))
                print(tr("Rejected rows saved to {path}", path=args.report))
            print(tr("Would have: {summary}", summary=summary))
            print(tr("The file was rejected; nothing was written. Fix the rows and import "
                     "again."), file=sys.stderr)
            return 1
        if args.dry_run:
            print(tr("Dry run: {summary} (nothing written)", summary=summary))
            return 0
        try:
            op = commit_plan(store, plan, progress=StderrProgress(tr("Importing")))
        except SailplanError as exc:
            return fail(exc)
        print(tr("Imported {file}: {summary}", file=plan.file_name,
                 summary=_counts_text(op.value.counts)))
        for line in derived_lines(op):
            print(line)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Handle ``export``."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.cli._common import StderrProgress, fail, open_for_command
    from services.core.errors import SailplanError
    from services.importing.exporting import export_kind

    if args.kind == "plan":
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.cli.plan_export_command import run_plan_export

        return run_plan_export(args)
    if args.kind == "receivables":
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.cli.receivables_command import run_receivables_export

        return run_receivables_export(args)
    if args.kind == "payouts":
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.cli.payouts_command import run_payouts_export

        return run_payouts_export(args)
    if args.kind == "review":
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.cli.review_command import run_review_export

        return run_review_export(args)
    if args.kind == "payments":
        # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
        from services.cli.payments_command import run_payments_export

        return run_payments_export(args)
    try:
        store = open_for_command(args)
    except SailplanError as exc:
        return fail(exc)
    with store:
        try:
            result = export_kind(store, args.kind, args.out, english=args.english,
                                 progress=StderrProgress(tr("Exporting")))
        except (SailplanError, OSError) as exc:
            return fail(exc)
    what = {"customers": tr("customers"), "deals": tr("deals"),
            "followups": tr("follow-ups")}.get(args.kind, args.kind)
    print(tr("Exported {count} {what} to {path}", count=result.rows, what=what,
             path=result.path))
    for issue in result.issues[:MAX_LISTED]:
        print("  " + tr("Row {row}, {column}: {message}", row=issue.row, column=issue.column,
                        message=issue.message))
    if len(result.issues) > MAX_LISTED:
        print("  " + tr("… and {count} more text change(s)",
                        count=len(result.issues) - MAX_LISTED))
    return 0


def _counts_text(counts: dict[str, int]) -> str:
    """``created 3, updated 0, skipped 1, rejected 0`` in the run's language."""
    return tr("created {created}, updated {updated}, skipped {skipped}, rejected {rejected}",
              created=counts.get("create", 0), updated=counts.get("update", 0),
              skipped=counts.get("skip", 0), rejected=counts.get("reject", 0))


def _summary_lines(plan) -> list[str]:  # noqa: ANN001
    """Skipped and rejected rows by reason, cells left empty (as the wizard's finish page)."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.importing.summary import left_empty, reasons

    out = []
    counts = plan.counts()
    for status in ("skip", "reject"):
        found = reasons(plan, status)
        if found:
            listed = join(reason_text(r) for r in found)
            if status == "skip":
                out.append(tr("{count} row(s) skipped: {reasons}", count=counts[status],
                              reasons=listed))
            else:
                out.append(tr("{count} row(s) rejected: {reasons}", count=counts[status],
                              reasons=listed))
    cells = left_empty(plan)
    if cells:
        out.append(tr("{count} cell(s) left empty, their rows imported: {reasons}",
                      count=sum(r.rows for r in cells),
                      reasons=join(reason_text(r) for r in cells)))
    return out
