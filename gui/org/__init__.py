"""Settings ▸ Org & people (组织与人员): the org tree and the people of each unit."""
