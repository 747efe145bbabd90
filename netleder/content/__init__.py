"""The content: the model (model.py), a strict bounded YAML reader (yaml_check.py), the two
schemas (schema.py) and where the files come from (loading.py)."""
