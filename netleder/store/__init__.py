"""The store: the SQLite database of reflections (database.py assembles `Store` from parts by
what they store: base.py, snapshots.py, loading.py, reflections.py, transfer.py, feedback.py),
its schema and migrations (schema.py), connections (connection.py), its files and permissions
(files.py), draft locks (locks.py) and the leader's settings (settings.py)."""
