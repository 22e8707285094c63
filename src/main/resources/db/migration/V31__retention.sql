-- The nightly retention job (privacy/RetentionJob, docs/decisions/0018): ShedLock's lock row, so that
-- of several application instances exactly one runs it; and indexes on the dates it removes by.
-- Runs unchanged on H2 and MariaDB (${datetime}: base/FlywayDialect).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until ${datetime}  NOT NULL,
    locked_at  ${datetime}  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
CREATE INDEX ix_correspondence_created_at ON correspondence (created_at);
CREATE INDEX ix_bsn_reveal_revealed_at ON bsn_reveal (revealed_at);
