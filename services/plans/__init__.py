"""Plans: actions, timeline, reverse funnel and the plan export."""
