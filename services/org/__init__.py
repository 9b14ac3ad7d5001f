"""Organisation: people and the owner pickers."""
