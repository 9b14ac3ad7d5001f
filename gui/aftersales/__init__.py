"""After-sales (售后) screens: the service tickets tab, its dialogs and the customer card's
after-sales panel.
"""
