"""The Settings page and its sections (features register theirs in ``sections.py``)."""
