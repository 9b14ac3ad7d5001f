"""Sailplan's Qt user interface: one folder per feature, shared pieces in gui.common.

The Qt-free store layer is imported here, before any PySide6 module: PySide6 installs an import
hook that reads the source of every module imported after it (for ``from __feature__``), which
costs start-up time on SQLAlchemy's and Alembic's hundreds of modules for nothing.
"""

import services.store  # noqa: F401 - import order matters, see above
