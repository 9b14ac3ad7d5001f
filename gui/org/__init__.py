"""Org and people (组织与人员): the org tree, people, and a person who leaves."""
