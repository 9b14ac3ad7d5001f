"""The Reviews tab's chart: the waterfall of the exports (:mod:`services.reviews.chart`) drawn
in the interface's palette, like the Dashboard's charts (:mod:`gui.dashboard.chart_draw`), on
the task worker by :class:`gui.dashboard.chart_view.ChartView`.

The target, the three causes of the variance (volume, win rate, deal size) stepping from it and
the actual; each bar is labelled with its amount (万/亿 in Chinese). A click on a cause or on
the actual gives its key, and the tab lists the deals behind it
(:data:`services.reviews.chart.BAR_RECORDS`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.dashboard.chart_draw import BLUE, GREEN, RED, Style

translate = QCoreApplication.translate

KIND_COLOURS = {"total": BLUE, "up": GREEN, "down": RED}


def draw_waterfall(fig: Any, decomposition: Any, view: Any) -> list[Any]:
    """Draw ``decomposition`` (a :class:`services.reviews.figures.Decomposition`, or None: a
    note that the unit has no target) on ``fig``; the hits are (bar, [key]).
    """
    from services.reviews.chart import BAR_RECORDS, waterfall_bars
    from services.reviews.labels import word

    st = Style(view)
    fig.set_facecolor(st.base)
    if decomposition is None:
        fig.text(0.5, 0.5, translate("ReviewChart", "No signed-amount target for this unit "
                                     "and period"),
                 ha="center", va="center", color=st.text, fontsize=11)
        return []
    english = not st.chinese
    bars = waterfall_bars(decomposition)
    ax = st.axes(fig, 111)
    xs = list(range(len(bars)))
    drawn = ax.bar(xs, [float(b.height) for b in bars],
                   bottom=[float(b.bottom) for b in bars], width=0.6,
                   color=[st.c(KIND_COLOURS[b.kind]) for b in bars])
    for x, b in zip(xs, bars, strict=True):
        text = st.yuan(b.value)
        if b.kind == "up":
            text = "+" + text
        ax.annotate(text, (x, float(b.bottom + b.height)), ha="center", va="bottom",
                    fontsize=9, color=st.text, xytext=(0, 2), textcoords="offset points")
    for x in xs[:-1]:  # where each bar ends, the next starts
        end = bars[x].bottom + bars[x].height if bars[x].kind != "down" else bars[x].bottom
        ax.plot([x + 0.3, x + 0.7], [float(end)] * 2, color=st.text, alpha=0.45, lw=1)
    ax.set_xticks(xs, [word(b.key, english) for b in bars])
    ax.set_ylim(bottom=min(0.0, *(float(b.bottom) for b in bars)))
    top = max(float(b.bottom + b.height) for b in bars)
    if top > 0:
        ax.set_ylim(top=top * 1.12)
    st.money_axis(ax.yaxis)
    ax.set_title(word("chart", english))
    return [(patch, [b.key]) for patch, b in zip(drawn.patches, bars, strict=True)
            if b.key in BAR_RECORDS]
