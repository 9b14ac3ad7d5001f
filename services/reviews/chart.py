"""The pack's chart: the signed-amount target, the three causes of the variance (volume, win
rate, deal size) and the actual, as a waterfall.

:func:`waterfall_bars` gives the bars (shared by every drawing of the chart); :func:`waterfall_png`
draws them as PNG bytes by matplotlib without Qt (the Agg canvas), for the Excel and PDF exports,
with amounts in 万 for Chinese and in thousands of yuan for English. The Reviews tab draws the
same bars in the interface's palette (:mod:`gui.dashboard.review_chart`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from services.reviews.figures import Decomposition
from services.reviews.labels import word

BAR_KEYS = ("target", "volume", "win_rate", "deal_size", "actual")
"""The bars in order, as :func:`services.reviews.labels.word` keys."""


@dataclass(frozen=True)
class WaterfallBar:
    """One bar of the waterfall, in yuan: it spans ``bottom`` to ``bottom + height``
    (``height`` ≥ 0); ``value`` is what it stands for (a total, or a signed effect) and
    ``kind`` "total", "up" or "down".
    """

    key: str
    bottom: Decimal
    height: Decimal
    value: Decimal
    kind: str


def waterfall_bars(d: Decomposition) -> list[WaterfallBar]:
    """The target, each cause stepping from where the last one ended, and the actual."""
    bars = [WaterfallBar("target", Decimal(0), d.target, d.target, "total")]
    running = d.target
    for key, step in zip(BAR_KEYS[1:4], (d.volume_effect, d.win_rate_effect, d.size_effect),
                         strict=True):
        bars.append(WaterfallBar(key, running if step >= 0 else running + step, abs(step), step,
                                 "up" if step >= 0 else "down"))
        running += step
    bars.append(WaterfallBar("actual", Decimal(0), d.actual, d.actual, "total"))
    return bars


BAR_RECORDS = {"volume": "slipped", "win_rate": "lost", "deal_size": "won", "actual": "won"}
"""The pack's deal list behind each bar (as the findings on the causes link them): the deals
that slipped out for volume, the lost ones for win rate, the won ones for deal size and the
actual; the target has none."""

COLOURS = {"total": "#4472C4", "up": "#70AD47", "down": "#C0504D"}


def _scaled(amount: Decimal, english: bool) -> float:
    return float(amount) / (1000.0 if english else 10000.0)


def waterfall_png(d: Decomposition, english: bool, *, dpi: int = 150) -> bytes:
    """The waterfall of ``d`` as a PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from services.core.cjk_fonts import configure_matplotlib_cjk

    configure_matplotlib_cjk()
    unit = "k¥" if english else "万元"
    fig = Figure(figsize=(6.4, 3.2), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    bars = waterfall_bars(d)
    for i, bar in enumerate(bars):
        bottom, height = _scaled(bar.bottom, english), _scaled(bar.height, english)
        ax.bar(i, height, bottom=bottom, color=COLOURS[bar.kind], width=0.6)
        ax.annotate(f"{_scaled(bar.value, english):,.1f}", (i, bottom + height), ha="center",
                    va="bottom", fontsize=8)
    ax.set_xticks(range(len(bars)), [word(b.key, english) for b in bars])
    ax.set_ylabel(unit)
    ax.set_title(word("chart", english), fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
