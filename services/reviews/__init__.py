"""Reviews (复盘): the review pack of a period and an org unit, what changed since the last
review, findings in plain sentences, saved reviews with their notes, decisions and the action
items and adjustment requests created from them, and the pack's Excel and PDF export.

* :mod:`~services.reviews.scope` — the period (week, month, quarter), the unit, whose deals count;
* :mod:`~services.reviews.figures` — the pack's sections, read through the features' services;
* :mod:`~services.reviews.snapshot` — the compact snapshot a saved review keeps, and its diff;
* :mod:`~services.reviews.findings` — automatic findings, ranked by the money at stake;
* :mod:`~services.reviews.pack` — the whole pack (what the GUI, the CLI and the export share);
* :mod:`~services.reviews.saved` — saving a review, notes, actions and their undo;
* :mod:`~services.reviews.export` / :mod:`~services.reviews.document` — Excel, and the HTML the
  PDF is laid out from (``gui.dashboard.review_pdf`` prints it).
"""
