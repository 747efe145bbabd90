"""What is shown, computed once and drawn by every format: labels, provenance, a
reflection's summary."""
