"""Event → reply, no HTTP: the knowledge snapshot, crisis rules, the conversation, directory and settings chats."""
