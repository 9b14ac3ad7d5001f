"""The Incentives page (激励) and its tabs."""
