"""Widgets, helpers and app-wide plumbing shared by every feature."""
