"""First run: the short setup of a brand-new database (firm name, fiscal year start, who I am,
the team) and the getting-started checklist Today shows until everything on it is done.
"""
