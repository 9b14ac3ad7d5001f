"""The pack's chart as PNG bytes, drawn by matplotlib without Qt (the Agg canvas), for the
Excel and PDF exports: the signed-amount target, the three causes of the variance (volume, win
rate, deal size) and the actual, as a waterfall; amounts in 万 for Chinese, in thousands of yuan
for English.
"""

from __future__ import annotations

import io
from decimal import Decimal

from services.reviews.figures import Decomposition
from services.reviews.labels import word


def _scaled(amount: Decimal, english: bool) -> float:
    return float(amount) / (1000.0 if english else 10000.0)


def waterfall_png(d: Decomposition, english: bool, *, dpi: int = 150) -> bytes:
    """The waterfall of ``d`` as a PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from services.core.cjk_fonts import configure_matplotlib_cjk

    configure_matplotlib_cjk()
    unit = "k¥" if english else "万元"
    labels = [word("target", english), word("volume", english), word("win_rate", english),
              word("deal_size", english), word("actual", english)]
    steps = [d.volume_effect, d.win_rate_effect, d.size_effect]
    fig = Figure(figsize=(6.4, 3.2), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    running = _scaled(d.target, english)
    bars = [(0.0, running, "#4472C4")]
    for step in steps:
        h = _scaled(step, english)
        bars.append((running if h >= 0 else running + h, abs(h),
                     "#70AD47" if h >= 0 else "#C0504D"))
        running += h
    bars.append((0.0, _scaled(d.actual, english), "#4472C4"))
    for i, (bottom, height, colour) in enumerate(bars):
        ax.bar(i, height, bottom=bottom, color=colour, width=0.6)
        value = height if i in (0, len(bars) - 1) else _scaled(
            steps[i - 1], english)
        ax.annotate(f"{value:,.1f}", (i, bottom + height), ha="center", va="bottom",
                    fontsize=8)
    ax.set_xticks(range(len(labels)), labels)
    ax.set_ylabel(unit)
    ax.set_title(word("chart", english), fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
