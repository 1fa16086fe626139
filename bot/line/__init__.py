"""The only importers of line-bot-sdk's API clients: one gateway, and the rich menu."""
