"""Every option and argument of every command says what it is for in ``--help``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from main import build_parser
from models.enums import TargetCut, TargetMetric
from services.cli.targets_command import CUTS, METRICS


def _parsers(parser: argparse.ArgumentParser, path: str = "sailplan",
             ) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_option_has_help_text() -> None:
    missing = []
    seen = 0
    for path, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            seen += 1
            if not (action.help or "").strip():
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert seen > 30 and missing == []


def test_metric_help_lists_the_real_metrics() -> None:
    assert list(METRICS) == [m.value for m in TargetMetric]
    show = build_parser().parse_args(["targets", "show", "--year", "2026", "--metric",
                                      "deal_count"])
    assert show.metric == "deal_count"
    help_text = dict(_parsers(build_parser()))["sailplan targets show"].format_help()
    assert all(m in help_text for m in METRICS)
    assert list(CUTS) == [c.value for c in TargetCut] and all(c in help_text for c in CUTS)
