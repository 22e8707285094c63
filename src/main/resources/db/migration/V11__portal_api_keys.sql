-- Client-Online portal API (issue 5, DOMAIN.md R15): the keys portal clients authenticate with,
-- stored only as SHA-256 hashes of high-entropy random keys (shown once on creation), and a record
-- of every API call. Runs unchanged on H2 and MariaDB (${datetime}: base/FlywayDialect).
CREATE TABLE portal_api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    key_prefix   VARCHAR(12)  NOT NULL,
    key_hash     VARCHAR(64)  NOT NULL,
    created_at   ${datetime}  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    revoked_at   ${datetime},
    revoked_by   VARCHAR(100),
    last_used_at ${datetime},
    CONSTRAINT pk_portal_api_key PRIMARY KEY (id),
    CONSTRAINT uk_portal_api_key_hash UNIQUE (key_hash)
);

-- Every call of /api/portal/**, answered or refused: which key (none when missing or unknown),
-- what was asked, the HTTP status, when. No foreign key: the record outlives a deleted key.
CREATE TABLE portal_api_call (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    api_key_id BIGINT,
    method     VARCHAR(10)  NOT NULL,
    path       VARCHAR(500) NOT NULL,
    status     INT          NOT NULL,
    called_at  ${datetime}  NOT NULL,
    CONSTRAINT pk_portal_api_call PRIMARY KEY (id)
);
CREATE INDEX ix_portal_api_call_called_at ON portal_api_call (called_at);
