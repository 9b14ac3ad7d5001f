"""Incentives (绩效与激励) screens: the page's tabs, starting with the pay schemes (激励方案) and
their editor.
"""
