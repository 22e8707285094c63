-- Importeren (importing/, docs/decisions/0019-import.md). An import batch keeps its file, so that after
-- a crash or a restart it resumes where it stopped; each row that was handled is recorded with its
-- outcome in the same transaction as its registration, so no row is imported twice; the values a row
-- changed are kept, so the batch can be reverted. Runs unchanged on H2 and MariaDB (base/FlywayDialect).
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 1 NOCACHE;
CREATE TABLE import_batch (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content         ${blob},
    kind            VARCHAR(10),
    mapping         VARCHAR(2000) NOT NULL,
    on_match        VARCHAR(10)   NOT NULL,
    empty_erases    BOOLEAN       NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    cancel_requested BOOLEAN      NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    rows_total      INT           NOT NULL,
    rows_done       INT           NOT NULL,
    next_row        INT           NOT NULL,
    created_count   INT           NOT NULL,
    updated_count   INT           NOT NULL,
    unchanged_count INT           NOT NULL,
    skipped_count   INT           NOT NULL,
    suggested_count INT           NOT NULL,
    rejected_count  INT           NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      ${datetime}   NOT NULL,
    heartbeat_at    ${datetime}   NOT NULL,
    finished_at     ${datetime},
    CONSTRAINT pk_import_batch PRIMARY KEY (id)
);
CREATE INDEX ix_import_batch_status ON import_batch (status, heartbeat_at);

CREATE SEQUENCE import_row_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE import_row (
    id              BIGINT        NOT NULL,
    batch_id        BIGINT        NOT NULL,
    row_no          INT           NOT NULL,
    outcome         VARCHAR(10)   NOT NULL,
    registration_id BIGINT,
    klantnummer     BIGINT,
    message         VARCHAR(2000),
    values_before   VARCHAR(10000),
    version_after   BIGINT,
    CONSTRAINT pk_import_row PRIMARY KEY (id),
    CONSTRAINT uk_import_row UNIQUE (batch_id, row_no),
    CONSTRAINT fk_import_row_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
);
CREATE INDEX ix_import_row_registration ON import_row (registration_id);

-- the import matches by BSN, KvK-nummer and birth date (client/RegistrationLookup)
CREATE INDEX ix_registration_bsn ON registration (bsn);
CREATE INDEX ix_registration_kvk_nummer ON registration (kvk_nummer);
CREATE INDEX ix_registration_geboortedatum ON registration (personal_geboortedatum);
