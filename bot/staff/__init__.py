"""What staff tools need: reload, explain, unanswered groups, schemas, evaluation."""
