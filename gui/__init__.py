"""Sailplan's Qt user interface: one folder per feature, shared pieces in gui.common."""
