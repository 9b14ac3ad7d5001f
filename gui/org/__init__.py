"""Org and people (组织与人员): Settings ▸ Org & people and a person who leaves."""
