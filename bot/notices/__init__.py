"""Sending notices exactly once: the sender state machine, its retry policy and the scheduler."""
