"""Use cases, unit of work, queries, import/export: everything below the GUI, free of Qt."""
