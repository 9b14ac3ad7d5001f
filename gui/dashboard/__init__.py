"""The Dashboard & Reviews page (仪表盘与复盘): the dashboard's charts (看板) and the reviews."""
