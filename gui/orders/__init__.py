"""Orders and cash (订单与回款) in the window. The page itself is not built yet; the services
(services/orders) and the command line use the refusals listed in :mod:`gui.orders.error_texts`.
"""
