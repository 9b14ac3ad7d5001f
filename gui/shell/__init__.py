"""The application shell: navigation, menus, status bar and the pages' common frame."""
