"""Everything the bot keeps, and every SQL statement: the database, events, unanswered questions,
subscriptions, the notice ledger, and the privacy helpers applied before anything is written."""
