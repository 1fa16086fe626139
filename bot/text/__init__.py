"""Pure text helpers: folding and Unicode normalisation, Sudachi tokens, Japan time, opening-hours rules."""
