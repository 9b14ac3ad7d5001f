"""Org and people (组织与人员): Settings ▸ Org & people (the org tree, the people of each unit)
and a person who leaves."""
