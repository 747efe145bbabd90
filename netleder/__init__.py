"""netleder: reflection on network leadership, in the terminal."""

__version__ = "0.1.0"
