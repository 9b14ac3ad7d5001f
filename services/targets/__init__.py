"""Targets: the target tree, cascade values, splitting, roll-up, lifecycle."""
