"""Pipeline: deals, board snapshot, analytics, pickers, settings, lost reasons."""
