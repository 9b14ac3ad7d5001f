"""The target-cascade tree editor (目标体系): plan years, node tree, values, lifecycle."""
