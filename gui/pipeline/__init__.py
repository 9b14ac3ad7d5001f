"""Pipeline (销售漏斗): Kanban board, list and forecast views, deal detail."""
