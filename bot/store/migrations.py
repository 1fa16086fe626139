"""The database schema as ordered migrations (applied once each, in this order, by Database.migrate)."""

# Ordered, append-only. Each migration runs once, in one transaction, and is recorded in _migrations.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_processed_events",
        """
        CREATE TABLE processed_events (
            event_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_unanswered",
        """
        CREATE TABLE unanswered (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_key TEXT NOT NULL,
            message_id TEXT,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            nearest_id TEXT,
            nearest_score REAL,
            asked_at TEXT NOT NULL
        );
        CREATE INDEX unanswered_user ON unanswered (user_key);
        CREATE INDEX unanswered_asked ON unanswered (asked_at);
        """,
    ),
    (
        # Issue 6 (bot/subscriptions.py, bot/delivery.py): opt-in notices and the exactly-once send ledger.
        "0003_notice_subscriptions_and_ledger",
        """
        CREATE TABLE subscriptions (
            user_id TEXT PRIMARY KEY,
            area TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX subscriptions_area ON subscriptions (area);
        CREATE TABLE subscription_tags (
            user_id TEXT NOT NULL REFERENCES subscriptions (user_id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (user_id, tag)
        );
        CREATE INDEX subscription_tags_tag ON subscription_tags (tag);
        CREATE TABLE notice_deliveries (
            notice_id TEXT PRIMARY KEY,
            mode TEXT NOT NULL,
            state TEXT NOT NULL,
            messages TEXT NOT NULL,
            messages_hash TEXT NOT NULL,
            recipients INTEGER NOT NULL,
            batches INTEGER NOT NULL,
            owner TEXT,
            lease_until TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE TABLE notice_batches (
            notice_id TEXT NOT NULL REFERENCES notice_deliveries (notice_id),
            batch_no INTEGER NOT NULL,
            retry_key TEXT NOT NULL UNIQUE,
            recipients INTEGER NOT NULL,
            recipients_hash TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            first_attempt_at TEXT,
            last_status INTEGER,
            request_id TEXT,
            error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (notice_id, batch_no)
        );
        CREATE INDEX notice_batches_state ON notice_batches (state);
        CREATE TABLE notice_recipients (
            notice_id TEXT NOT NULL,
            batch_no INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            PRIMARY KEY (notice_id, batch_no, user_id)
        );
        CREATE INDEX notice_recipients_user ON notice_recipients (user_id);
        CREATE TABLE notice_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            notice_id TEXT,
            recipients INTEGER,
            batches INTEGER,
            delivered INTEGER,
            failed INTEGER,
            detail TEXT
        );
        CREATE INDEX notice_audit_notice ON notice_audit (notice_id)
        """,
    ),
    (
        # Issue 14 (bot/store/events.py): an event's life as a row, written before the 200; replaces the bare
        # dedupe table (ids already seen carry over as finished events).
        "0004_event_log",
        """
        CREATE TABLE event_log (
            event_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL,
            token_at BIGINT NOT NULL,
            state TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 1,
            body BLOB,
            owner TEXT,
            lease_until BIGINT,
            retry_key TEXT,
            via TEXT,
            detail TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX event_log_waiting ON event_log (state, priority, received_at);
        CREATE INDEX event_log_received ON event_log (received_at);
        INSERT INTO event_log (event_id, received_at, token_at, state, updated_at)
            SELECT event_id, received_at, 0, 'replied', received_at FROM processed_events;
        DROP TABLE processed_events
        """,
    ),
    (
        # Issue 16 (bot/store/stats.py): replies counted per Japan-time day, kind, entry and language; no text.
        "0006_stats",
        """
        CREATE TABLE reply_stats (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, entry_id, lang)
        )
        """,
    ),
    (
        # Issue 16 (bot/store/audit.py): who changed what from the staff side, and ignored unanswered wordings
        # (kept as keyed hashes, never as text).
        "0007_staff_audit",
        """
        CREATE TABLE staff_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,
            detail TEXT
        );
        CREATE INDEX staff_audit_at ON staff_audit (at);
        CREATE TABLE unanswered_ignored (
            key_hash TEXT PRIMARY KEY,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
    ),
    (
        # Issue 16 (bot/store/mode.py): state every server shares (disaster mode) and leases (scheduler leader).
        "0008_mode",
        """
        CREATE TABLE shared_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            owner TEXT,
            until TEXT,
            updated_by TEXT,
            updated_at TEXT NOT NULL
        )
        """,
    ),
    (
        # Issue 12 (bot/store/languages.py): each resident's reply language, by pseudonymised key.
        "0005_language",
        """
        CREATE TABLE languages (
            user_key TEXT PRIMARY KEY,
            lang TEXT NOT NULL,
            chosen INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """,
    ),
    (
        # Issue 14, round 3 (bot/store/events.py `once`): a handler's side effect that is not idempotent by nature
        # (a tag toggle) is applied once per webhook event, even when the event is handled again after a crash;
        # its result is kept so the second handling gives the same reply. Only ids and a short result, no text.
        # Unanswered questions are kept once per LINE message (the lookup needs the index).
        "r3-webhook-effects",
        """
        CREATE TABLE event_effects (
            event_id TEXT NOT NULL,
            effect TEXT NOT NULL,
            result TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (event_id, effect)
        );
        CREATE INDEX event_effects_at ON event_effects (at);
        CREATE INDEX unanswered_message ON unanswered (message_id)
        """,
    ),
]
