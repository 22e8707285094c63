-- The security audit log (package audit, docs/decisions/0017): who signed in or failed to, was
-- refused a page or an action, changed whose account, exported, saw which klant's BSN, made or
-- revoked an API key. One row per event, written once and never changed; read newest first, by
-- period and by user. Never a password or a BSN. Runs unchanged on H2 and MariaDB (${datetime}:
-- base/FlywayDialect).
CREATE TABLE audit_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    ${datetime}  NOT NULL,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(64),
    event_type     VARCHAR(30)  NOT NULL,
    subject        VARCHAR(200),
    detail         VARCHAR(500),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_username ON audit_log (username, occurred_at);
