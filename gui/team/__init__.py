"""Team mode in the window: the sign-in dialog, the first owner's account and Settings ▸
Accounts (services in :mod:`services.team`).
"""
