-- Klantdossier: every e-mail composed in the application (issue 5, DOMAIN.md R8-R10), filed in
-- the dossier of the klant it concerns (the klant-bedrijf for mail to its contactpersoon). The row
-- is written before the message goes to the SMTP server, so a failure stays with its reason.
-- Names and klantnummers are kept with the message, and there is no foreign key: the dossier
-- outlives a deleted registration. Runs unchanged on H2 and MariaDB (${datetime}: base/FlywayDialect).
CREATE TABLE correspondence (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    dossier_id            BIGINT         NOT NULL,
    dossier_klantnummer   BIGINT         NOT NULL,
    recipient_id          BIGINT         NOT NULL,
    recipient_klantnummer BIGINT         NOT NULL,
    recipient_name        VARCHAR(250)   NOT NULL,
    to_address            VARCHAR(254)   NOT NULL,
    address_kind          VARCHAR(10)    NOT NULL,
    subject               VARCHAR(200)   NOT NULL,
    body                  VARCHAR(10000) NOT NULL,
    from_address          VARCHAR(254),
    sent_by               VARCHAR(100)   NOT NULL,
    sent_by_name          VARCHAR(200)   NOT NULL,
    created_at            ${datetime}    NOT NULL,
    sent_at               ${datetime},
    status                VARCHAR(20)    NOT NULL,
    failure_key           VARCHAR(100),
    failure_detail        VARCHAR(1000),
    CONSTRAINT pk_correspondence PRIMARY KEY (id),
    CONSTRAINT ck_correspondence_status CHECK (status IN ('VERZENDEN', 'VERZONDEN', 'NIET_VERZONDEN', 'MISLUKT')),
    CONSTRAINT ck_correspondence_kind CHECK (address_kind IN ('ZAKELIJK', 'PRIVE', 'ALGEMEEN'))
);
CREATE INDEX ix_correspondence_dossier ON correspondence (dossier_id, created_at);
CREATE INDEX ix_correspondence_recipient ON correspondence (recipient_id, created_at);
