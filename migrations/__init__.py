"""Alembic migrations for Sailplan's schema; run at open by :mod:`services.core.migrate`."""
