"""The Today page: what needs attention now, gathered from every feature's reminders."""
