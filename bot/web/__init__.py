"""The FastAPI edge: the app and its runtime, the LINE webhook, the staff page, metrics and logs."""
