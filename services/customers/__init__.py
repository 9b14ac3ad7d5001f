"""Customers: queries, edits, bulk edits, search, duplicates, merge, pool, tiers."""
