"""つながりナビ (tsunagari): a LINE bot that guides residents of 鴻巣市 to help."""

__version__ = "0.1.0"
