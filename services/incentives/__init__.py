"""Incentives (绩效与激励): pay schemes, payout runs with explainable statements, the
leaderboard and scheme modelling.

* :mod:`services.incentives.doc` — a scheme version's rules as one checked JSON document;
* :mod:`services.incentives.facts` — what a run reads, per person and period (plain data);
* :mod:`services.incentives.lines` — a payout line with its explanation and trace;
* :mod:`services.incentives.engine` — who is on which scheme; the rules evaluated in order;
* :mod:`services.incentives.rules` — the evaluators of every rule kind;
* :mod:`services.incentives.my_commission` — a rep's standing and what an open deal would add;
* :mod:`services.incentives.measures` — actuals, targets and attainment of people and units,
  values as statements write them, pools shared exactly to the fen;
* :mod:`services.incentives.leaderboard` — the leaderboard (业绩排行榜) with rank changes;
* :mod:`services.incentives.schemes` — schemes and versions: drafts, publishing, new versions;
* :mod:`services.incentives.runs` — payout runs: compute, review, approve, lock, reopen;
* :mod:`services.incentives.run_lines` — the lines a run adds: adjustments, clawbacks, recognition;
* :mod:`services.incentives.adjustments` — adjustments and recognition, added and removed;
* :mod:`services.incentives.run_queries` — the runs and per-person statements with totals;
* :mod:`services.incentives.gather` — the facts read from the database (credits, process
  metrics; targets in :mod:`services.incentives.gather_targets`);
* :mod:`services.incentives.splits` — a deal's credit split between people.
"""
