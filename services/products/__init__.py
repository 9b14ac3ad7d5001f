"""The product catalogue (产品目录): products, their product lines (产品线), list prices, tax
rates, costs, and whether they are still sold.

:mod:`services.products.catalogue` holds the queries and the writes (every write returns an
``Op``); :mod:`services.products.rules` the pure checks and sums shared with the deal lines of
:mod:`services.pipeline.deal_lines` and the import. Money is ``Decimal`` yuan here and integer
fen in the database; a tax rate is kept in basis points (1300 = 13 %).
"""
