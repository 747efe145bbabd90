"""One module per command family: it looks up what was asked for, picks the writer and
sends the result out. The CLI shell (netleder/cli/) only parses and calls these."""
