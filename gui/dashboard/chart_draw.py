"""How each dashboard chart is drawn on a matplotlib ``Figure`` (no pyplot), from the figures of
:mod:`services.dashboard`. Each function returns the clickable artists with the
:class:`~services.dashboard.records.Ref` of each (see :mod:`gui.dashboard.chart_view`).

Colours follow the widget's palette: the background is the palette's base, text and axes its
text colour, and the series colours go through :func:`gui.common.theme.ink`, which lightens them
on a dark palette until they read. Yuan amounts on axes and labels are short
(:func:`gui.dashboard.chart_text.short_yuan`: 万/亿 in Chinese).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette

from gui.common.theme import ink
from gui.dashboard.chart_text import pct, short_yuan
from services.dashboard.records import Ref

translate = QCoreApplication.translate

BLUE, GREEN, ORANGE, RED, GREY = "#2f72cc", "#2e9d5b", "#d9822b", "#d64545", "#8a94a6"


class Style:
    """The palette-derived colours and the language of one drawing."""

    def __init__(self, view: Any):  # a widget, or its Look on the worker
        pal = view.palette()
        self.view = view
        self.base = pal.color(QPalette.ColorRole.Base).name()
        self.text = pal.color(QPalette.ColorRole.Text).name()
        self.grid = pal.color(QPalette.ColorRole.Mid).name()
        self.chinese = QLocale().name().startswith("zh")

    def c(self, colour: str) -> str:
        """A series colour that reads on this background."""
        return ink(colour, self.view).name()

    def yuan(self, value: Any) -> str:
        return short_yuan(value, self.chinese)

    def axes(self, fig: Any, *args: Any) -> Any:
        """A subplot styled for the palette."""
        fig.set_facecolor(self.base)
        ax = fig.add_subplot(*args)
        ax.set_facecolor(self.base)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(self.grid)
        ax.tick_params(colors=self.text, labelsize=9)
        ax.title.set_color(self.text)
        ax.xaxis.label.set_color(self.text)
        ax.yaxis.label.set_color(self.text)
        return ax

    def money_axis(self, axis: Any) -> None:
        from matplotlib.ticker import FuncFormatter

        axis.set_major_formatter(FuncFormatter(lambda v, _p: self.yuan(v)))


def _empty(fig: Any, st: Style, text: str) -> list[Any]:
    fig.set_facecolor(st.base)
    fig.text(0.5, 0.5, text, ha="center", va="center", color=st.text, fontsize=11)
    return []


def draw_targets(fig: Any, data: Any, view: Any) -> list[Any]:
    """Bullets: floor/target/challenge bands, the actual as a bar, 达成率 beside it."""
    st = Style(view)
    cuts = {"product_line": translate("DashboardCharts", "by product line"),
            "channel": translate("DashboardCharts", "by channel"),
            "customer_tier": translate("DashboardCharts", "by customer type")}
    cut = cuts.get(data.cut or "", data.cut or "")
    if not data.bars:
        if data.plan is not None and data.cut:
            return _empty(fig, st, translate("DashboardCharts", "This year's target plan is not "
                                             "cut %1").replace("%1", cut))
        return _empty(fig, st, translate("DashboardCharts", "No target plan for this year"))
    ax = st.axes(fig, 111)
    bars = list(reversed(data.bars))
    ys = list(range(len(bars)))
    peak = max([float(max(b.challenge, b.target, b.actual)) for b in bars] + [1.0])
    band = st.c(GREY)
    for y, b in zip(ys, bars, strict=True):
        for lo, hi, alpha in ((0, b.floor, 0.35), (b.floor, b.target, 0.22),
                              (b.target, b.challenge, 0.10)):
            if hi > lo:
                ax.barh(y, float(hi - lo), left=float(lo), height=0.8, color=band, alpha=alpha)
        if b.target:
            ax.plot([float(b.target)] * 2, [y - 0.38, y + 0.38], color=st.c(ORANGE), lw=2.5)
    colours = [st.c(GREEN if b.band in ("target", "challenge") else
                    BLUE if b.band == "floor" else RED) for b in bars]
    actual = ax.barh(ys, [float(b.actual) for b in bars], height=0.34, color=colours)
    for y, b in zip(ys, bars, strict=True):
        ax.text(float(b.actual) + peak * 0.01, y, f"{st.yuan(b.actual)}  {pct(b.attainment)}",
                va="center", fontsize=9, color=st.text)
    ax.set_yticks(ys, [b.name for b in bars])
    ax.set_xlim(0, peak * 1.25)
    st.money_axis(ax.xaxis)
    ax.set_title(translate("DashboardCharts", "Target vs. actual %1 (floor · target · challenge)")
                 .replace("%1", cut) if cut else
                 translate("DashboardCharts", "Target vs. actual (floor · target · challenge)"))
    return [(patch, [Ref("targets", b.node_id, data.metric)])
            for patch, b in zip(actual.patches, bars, strict=True)][::-1]


def draw_trend(fig: Any, data: Any, view: Any) -> list[Any]:
    """Signed per month (last year's beside it), collected as a line, the target as a dashed
    line; 同比 above the bars, 环比 under the months, 季度增长率 under the axis.
    """
    st = Style(view)
    ax = st.axes(fig, 111)
    months = [m for m in data.months]
    xs = list(range(len(months)))
    labels = [m.month[5:] if m.signed_mom is None else f"{m.month[5:]}\n{pct(m.signed_mom, True)}"
              for m in months]
    ax.bar([x - 0.2 for x in xs], [float(m.signed_last_year) for m in months], width=0.38,
           color=st.c(GREY), alpha=0.5, label=translate("DashboardCharts", "Signed last year"))
    now = [m for m in months if not m.future]
    signed = ax.bar([xs[i] + 0.2 for i in range(len(now))], [float(m.signed) for m in now],
                    width=0.38, color=st.c(BLUE), label=translate("DashboardCharts", "Signed"))
    collected, = ax.plot(xs[:len(now)], [float(m.collected) for m in now], marker="o",
                         color=st.c(GREEN), label=translate("DashboardCharts", "Collected"))
    targets = [(x, float(m.signed_target)) for x, m in zip(xs, months, strict=True)
               if m.signed_target is not None]
    if targets:
        # one dash across each month that has a target: a line joining them would invent the
        # months in between that have none
        ax.plot([x for x, _t in targets], [t for _x, t in targets], ls="none", marker="_",
                markersize=26, markeredgewidth=2.5, color=st.c(ORANGE),
                label=translate("DashboardCharts", "Signed target"))
    for i, m in enumerate(now):
        if m.signed_yoy is not None:
            ax.text(xs[i] + 0.2, float(m.signed), pct(m.signed_yoy, True), ha="center",
                    va="bottom", fontsize=7, color=st.text)
    ax.set_xticks(xs, labels, fontsize=8)
    st.money_axis(ax.yaxis)
    growth = "  ".join(f"{q[-2:]} {pct(g, True)}" for q, g in data.quarter_growth
                       if g is not None)
    ax.set_title(translate("DashboardCharts", "%1: signed and collected by month (above the "
                           "bars: year on year; under the months: month on month)")
                 .replace("%1", str(data.year)), fontsize=10)
    if growth:
        ax.set_xlabel(translate("DashboardCharts", "Quarter on quarter: %1").replace("%1",
                                                                                      growth))
    legend = ax.legend(fontsize=8, frameon=False)
    for t in legend.get_texts():
        t.set_color(st.text)
    return ([(p, [Ref("trend", m.month, "signed")]) for p, m in zip(signed.patches, now,
                                                                       strict=True)]
            + [(collected, [Ref("trend", m.month, "collected") for m in now])])


def draw_funnel(fig: Any, data: Any, view: Any) -> list[Any]:
    """The stages as bars (entered, conversion, median days) and, beside them, won + weighted
    forecast against the target.
    """
    st = Style(view)
    if not data.stages:
        return _empty(fig, st, translate("DashboardCharts", "No pipeline yet"))
    grid = fig.add_gridspec(1, 3)
    ax = st.axes(fig, grid[0, :2])
    stages = list(reversed(data.stages))
    ys = list(range(len(stages)))
    bars = ax.barh(ys, [s.entered for s in stages], color=st.c(BLUE), height=0.7)
    peak = max([s.entered for s in stages] + [1])
    for y, s in zip(ys, stages, strict=True):
        days = "—" if s.median_days is None else translate(
            "DashboardCharts", "%1 d").replace("%1", f"{s.median_days:g}")
        ax.text(s.entered + peak * 0.02, y, f"{s.entered}  →{pct(s.rate)}  {days}",
                va="center", fontsize=9, color=st.text)
    ax.set_yticks(ys, [s.name for s in stages])
    ax.set_xlim(0, peak * 1.6)
    ax.set_title(translate("DashboardCharts", "Entered · converted · median days"))
    fx = st.axes(fig, grid[0, 2])
    won = fx.bar([0], [float(data.won)], color=st.c(GREEN), width=0.6,
                 label=translate("DashboardCharts", "Won"))
    weighted = fx.bar([0], [float(data.weighted)], bottom=[float(data.won)], width=0.6,
                      color=st.c(BLUE), alpha=0.6,
                      label=translate("DashboardCharts", "Weighted forecast"))
    if data.target is not None:
        fx.axhline(float(data.target), color=st.c(ORANGE), ls="--",
                   label=translate("DashboardCharts", "Target"))
        gap = data.gap
        text = (translate("DashboardCharts", "Gap %1").replace("%1", st.yuan(gap)) if gap > 0
                else translate("DashboardCharts", "Covered"))
        fx.set_title(text)
    fx.set_xticks([])
    st.money_axis(fx.yaxis)
    legend = fx.legend(fontsize=8, frameon=False, loc="upper center",
                       bbox_to_anchor=(0.5, -0.02))
    for t in legend.get_texts():
        t.set_color(st.text)
    return ([(p, [Ref("funnel", s.stage_id)]) for p, s in zip(bars.patches, stages,
                                                              strict=True)][::-1]
            + [(won.patches[0], [Ref("forecast", "won")]),
               (weighted.patches[0], [Ref("forecast", "open")])])


def draw_aging(fig: Any, data: Any, view: Any) -> list[Any]:
    """Open receivables per aging bucket."""
    st = Style(view)
    ax = st.axes(fig, 111)
    names = {"current": translate("DashboardCharts", "Not yet due"),
             "1-30": translate("DashboardCharts", "1–30 days"),
             "31-60": translate("DashboardCharts", "31–60 days"),
             "61-90": translate("DashboardCharts", "61–90 days"),
             "90+": translate("DashboardCharts", "Over 90 days")}
    colours = [st.c(c) for c in (GREEN, "#c9a227", ORANGE, "#e0642b", RED)]
    xs = list(range(len(data.buckets)))
    bars = ax.bar(xs, [float(b.amount) for b in data.buckets], color=colours, width=0.65)
    for x, b in zip(xs, data.buckets, strict=True):
        ax.text(x, float(b.amount), f"{st.yuan(b.amount)}\n{b.count}", ha="center",
                va="bottom", fontsize=8, color=st.text)
    ax.set_xticks(xs, [names.get(b.bucket, b.bucket) for b in data.buckets])
    st.money_axis(ax.yaxis)
    ax.set_title(translate("DashboardCharts", "Receivables on %1: %2 open, %3 overdue")
                 .replace("%1", str(data.as_of)).replace("%2", st.yuan(data.total))
                 .replace("%3", st.yuan(data.overdue)))
    return [(p, [Ref("aging", b.bucket)]) for p, b in zip(bars.patches, data.buckets,
                                                          strict=True)]


def draw_reasons(fig: Any, data: Any, view: Any) -> list[Any]:
    """Deals closed: won, then lost by reason."""
    st = Style(view)
    rows = [data.won, *data.lost]
    names = [translate("DashboardCharts", "Won")] + [
        b.reason or translate("DashboardCharts", "(no reason)") for b in data.lost]
    ax = st.axes(fig, 111)
    ys = list(range(len(rows)))[::-1]
    bars = ax.barh(ys, [b.count for b in rows],
                   color=[st.c(GREEN)] + [st.c(RED)] * len(data.lost), height=0.65)
    peak = max([b.count for b in rows] + [1])
    for y, b in zip(ys, rows, strict=True):
        ax.text(b.count + peak * 0.02, y, f"{b.count}  {st.yuan(b.amount)}", va="center",
                fontsize=9, color=st.text)
    ax.set_yticks(ys, names)
    ax.set_xlim(0, peak * 1.4)
    ax.set_title(translate("DashboardCharts", "Won and lost (win rate %1)")
                 .replace("%1", pct(data.win_rate)))
    return [(p, [Ref("reasons", b.key, b.reason)]) for p, b in zip(bars.patches, rows,
                                                                   strict=True)]


def draw_sources(fig: Any, data: Any, view: Any) -> list[Any]:
    """New customers per source and how many converted."""
    st = Style(view)
    if not data:
        return _empty(fig, st, translate("DashboardCharts", "No new customers in this period"))
    ax = st.axes(fig, 111)
    xs = list(range(len(data)))
    names = [r.source or translate("DashboardCharts", "(no source)") for r in data]
    total = ax.bar([x - 0.2 for x in xs], [r.customers for r in data], width=0.38,
                   color=st.c(GREY), label=translate("DashboardCharts", "New customers"))
    won = ax.bar([x + 0.2 for x in xs], [r.converted for r in data], width=0.38,
                 color=st.c(GREEN), label=translate("DashboardCharts", "Converted"))
    for x, r in zip(xs, data, strict=True):
        each = "—" if r.followups_each is None else f"{r.followups_each:.1f}"
        ax.text(x, r.customers, translate("DashboardCharts", "%1 · %2 follow-ups each")
                .replace("%1", pct(r.rate)).replace("%2", each),
                ha="center", va="bottom", fontsize=8, color=st.text)
    ax.set_xticks(xs, names)
    ax.set_title(translate("DashboardCharts", "Customer sources and conversion"))
    legend = ax.legend(fontsize=8, frameon=False)
    for t in legend.get_texts():
        t.set_color(st.text)
    return ([(p, [Ref("sources", r.source)]) for p, r in zip(total.patches, data, strict=True)]
            + [(p, [Ref("sources", r.source, "converted")])
               for p, r in zip(won.patches, data, strict=True)])


BOARD_ROWS = 15
"""People the leaderboard chart shows (the best)."""


def draw_board(fig: Any, data: Any, view: Any) -> list[Any]:
    """The ranked people's actual, best on top."""
    st = Style(view)
    ranked = [s for s in data.standings if s.rank is not None][:BOARD_ROWS]
    if not ranked:
        return _empty(fig, st, translate("DashboardCharts", "Nobody to rank"))
    ax = st.axes(fig, 111)
    rows = list(reversed(ranked))
    ys = list(range(len(rows)))
    values = [float(s.actual or 0) / 100 for s in rows]
    bars = ax.barh(ys, values, color=st.c(BLUE), height=0.65)
    peak = max(values + [1.0])
    for y, s, v in zip(ys, rows, values, strict=True):
        ax.text(v + peak * 0.01, y, f"{st.yuan(v)}  {s.movement if s.movement != 'new' else ''}",
                va="center", fontsize=9, color=st.text)
    ax.set_yticks(ys, [f"{s.rank}. {s.name}" for s in rows])
    ax.set_xlim(0, peak * 1.3)
    st.money_axis(ax.xaxis)
    ax.set_title(translate("DashboardCharts", "Leaderboard %1").replace("%1", data.period))
    return [(p, [Ref("board", s.id, data.metric)]) for p, s in zip(bars.patches, rows,
                                                                   strict=True)][::-1]


def draw_scorecards(fig: Any, data: Any, view: Any) -> list[Any]:
    """Each person's scorecard score, highest on top, coloured by the coefficient it reaches;
    the band boundaries as dashed lines with their coefficient (a person on a scorecard of other
    bands gets their own boundaries as ticks on their bar).
    """
    st = Style(view)
    if not data.bars:
        if data.other_grains:
            names = {"month": translate("DashboardCharts", "month"),
                     "quarter": translate("DashboardCharts", "quarter"),
                     "year": translate("DashboardCharts", "year")}
            grains = ", ".join(names.get(g, g) for g in data.other_grains)
            return _empty(fig, st, translate(
                "DashboardCharts", "The scorecards are per %1: choose such a period")
                .replace("%1", grains))
        if data.unscored:
            return _empty(fig, st, translate(
                "DashboardCharts", "No scorecard metric has a target or a result yet: %1")
                .replace("%1", "、".join(data.unscored)))
        return _empty(fig, st, translate("DashboardCharts", "Nobody here is on a scorecard"))
    ax = st.axes(fig, 111)
    rows = list(reversed(data.bars[:BOARD_ROWS]))
    ys = list(range(len(rows)))
    shared = data.bands
    peak = max([float(b.score) for b in rows]
               + [float(b.from_score) for r in rows for b in r.bands] + [100.0])
    colours = [st.c(GREEN if r.coefficient >= 1 else BLUE if r.coefficient > 0 else RED)
               for r in rows]
    bars = ax.barh(ys, [float(r.score) for r in rows], color=colours, height=0.6)
    for band in shared:
        if band.from_score > 0:
            ax.axvline(float(band.from_score), color=st.c(ORANGE), ls="--", lw=1)
        ax.text(float(band.from_score), len(rows) - 0.45, f"×{band.coefficient.normalize():f}",
                ha="left", va="bottom", fontsize=8, color=st.c(ORANGE))
    for y, r in zip(ys, rows, strict=True):
        if not shared:
            for band in r.bands:
                ax.plot([float(band.from_score)] * 2, [y - 0.4, y + 0.4], color=st.c(ORANGE),
                        lw=1.5)
        ax.text(float(r.score) + peak * 0.01, y,
                f"{r.score:f}  ×{r.coefficient.normalize():f}", va="center", fontsize=9,
                color=st.text)
    ax.set_yticks(ys, [r.name for r in rows])
    ax.set_xlim(0, peak * 1.2)
    ax.set_ylim(-0.6, len(rows) + 0.2)
    ax.set_xlabel(translate("DashboardCharts", "Score (points)"))
    title = translate("DashboardCharts", "Scorecard progress %1").replace("%1", data.period)
    if data.unscored:
        title += "\n" + translate("DashboardCharts", "Not scored yet: %1").replace(
            "%1", "、".join(data.unscored))
    ax.set_title(title, fontsize=10)
    return [(p, [Ref("scorecards", r.person_id, data.metric)])
            for p, r in zip(bars.patches, rows, strict=True)][::-1]
