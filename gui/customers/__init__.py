"""The Customers area (客户): list with search, filters and bulk actions, and the customer card."""
