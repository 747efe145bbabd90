"""The formats: terminal (rich), Markdown, HTML and JSON, one writer module each."""
