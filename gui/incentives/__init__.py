"""Incentives (绩效与激励) in the window: its tabs."""
