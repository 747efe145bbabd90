"""The store: the SQLite database of reflections (database.py), its schema and migrations
(schema.py), connections (connection.py) and its files and permissions (files.py)."""
