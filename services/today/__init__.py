"""Today: reminders collected from every feature."""
