"""Files people exchange with netleder: the answers file (answers.py) and export/import
records (records.py, checked by record_check.py)."""
