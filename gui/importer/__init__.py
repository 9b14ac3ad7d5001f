"""Import wizard and export dialog for customers, contacts, follow-ups and deals."""
