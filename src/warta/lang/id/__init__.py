"""Indonesian language pack (data files only)."""
