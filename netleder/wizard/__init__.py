"""The interactive reflection: the conversation (conversation.py) and the one seam that
asks questions (prompts.py, the only module that imports questionary)."""
