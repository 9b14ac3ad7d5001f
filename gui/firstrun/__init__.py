"""First run: the setup wizard of a brand-new database and Today's getting-started checklist."""
