"""Sailplan's Qt user interface: one folder per feature, shared pieces in gui.common.

Nothing is imported here: the start-up path shows the main window before the store layer
(SQLAlchemy, the models) is imported at all, see gui.app.
"""
