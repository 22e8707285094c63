-- Klant-personen, klant-bedrijven and contactpersonen in one table (single-table inheritance on
-- "kind"), so one index serves search by klantnummer and zoeknaam over all registrations.
-- Runs unchanged on H2 and MariaDB. Embedded value objects use their path as column prefix.
-- ${datetime} is a timestamp without time zone on either database (base/FlywayDialect).
-- Sequences are NOCACHE, as a MariaDB Galera cluster requires (docs/decisions/0021); a restart
-- then never skips a range of klantnummers either.
CREATE SEQUENCE registration_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE klantnummer_seq START WITH 100001 INCREMENT BY 1 NOCACHE;

CREATE TABLE registration (
    id                        BIGINT        NOT NULL,
    kind                      VARCHAR(10)   NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    klantnummer               BIGINT        NOT NULL,
    zoeknaam                  VARCHAR(100)  NOT NULL,
    zoeknaam_handmatig        BOOLEAN       NOT NULL DEFAULT FALSE,
    search_key                VARCHAR(100)  NOT NULL,
    notities                  VARCHAR(4000),
    created_at                ${datetime}   NOT NULL,
    updated_at                ${datetime}   NOT NULL,

    -- person registrations (klant-persoon, contactpersoon): privé gegevens
    personal_aanhef                                 VARCHAR(10),
    personal_titel                                  VARCHAR(30),
    personal_voorletters                            VARCHAR(20),
    personal_voornamen                              VARCHAR(100),
    personal_roepnaam                               VARCHAR(50),
    personal_tussenvoegsel                          VARCHAR(20),
    personal_achternaam                             VARCHAR(100),
    personal_geboortedatum                          DATE,
    personal_woonadres_straat                       VARCHAR(100),
    personal_woonadres_huisnummer                   INT,
    personal_woonadres_huisletter                   VARCHAR(1),
    personal_woonadres_toevoeging                   VARCHAR(6),
    personal_woonadres_postcode                     VARCHAR(10),
    personal_woonadres_plaats                       VARCHAR(80),
    personal_woonadres_land                         VARCHAR(2),
    personal_correspondentie_zelfde_als_woonadres   BOOLEAN,
    personal_correspondentieadres_straat            VARCHAR(100),
    personal_correspondentieadres_huisnummer        INT,
    personal_correspondentieadres_huisletter        VARCHAR(1),
    personal_correspondentieadres_toevoeging        VARCHAR(6),
    personal_correspondentieadres_postcode          VARCHAR(10),
    personal_correspondentieadres_plaats            VARCHAR(80),
    personal_correspondentieadres_land              VARCHAR(2),
    personal_prive_email                            VARCHAR(254),
    personal_prive_mobiel                           VARCHAR(40),
    personal_prive_telefoon                         VARCHAR(40),
    emailvoorkeur                                   VARCHAR(10),

    -- klant-persoon
    bsn                       VARCHAR(9),
    zakelijk_email            VARCHAR(254),

    -- contactpersoon
    company_id                BIGINT,
    business_functie          VARCHAR(100),
    business_afdeling         VARCHAR(100),
    business_zakelijk_email   VARCHAR(254),
    business_direct_telefoon  VARCHAR(40),
    business_zakelijk_mobiel  VARCHAR(40),
    business_toegang_client_online BOOLEAN,

    -- klant-bedrijf
    statutaire_naam           VARCHAR(200),
    handelsnaam               VARCHAR(200),
    rechtsvorm                VARCHAR(20),
    kvk_nummer                VARCHAR(8),
    vestigingsadres_straat    VARCHAR(100),
    vestigingsadres_huisnummer INT,
    vestigingsadres_huisletter VARCHAR(1),
    vestigingsadres_toevoeging VARCHAR(6),
    vestigingsadres_postcode  VARCHAR(10),
    vestigingsadres_plaats    VARCHAR(80),
    vestigingsadres_land      VARCHAR(2),
    postadres_zelfde_als_vestigingsadres BOOLEAN,
    postadres_straat          VARCHAR(100),
    postadres_huisnummer      INT,
    postadres_huisletter      VARCHAR(1),
    postadres_toevoeging      VARCHAR(6),
    postadres_postcode        VARCHAR(10),
    postadres_plaats          VARCHAR(80),
    postadres_land            VARCHAR(2),
    telefoon                  VARCHAR(40),
    email                     VARCHAR(254),
    website                   VARCHAR(200),

    CONSTRAINT pk_registration PRIMARY KEY (id),
    CONSTRAINT uk_registration_klantnummer UNIQUE (klantnummer),
    CONSTRAINT fk_registration_company FOREIGN KEY (company_id) REFERENCES registration (id),
    CONSTRAINT ck_registration_kind CHECK (kind IN ('PERSOON', 'BEDRIJF', 'CONTACT'))
);

CREATE INDEX ix_registration_search_key ON registration (search_key);
CREATE INDEX ix_registration_kind_search_key ON registration (kind, search_key);
CREATE INDEX ix_registration_company ON registration (company_id);

-- Who saw which BSN in full, and when (DOMAIN.md: showing it is recorded). No foreign key: the
-- record outlives a deleted klant.
CREATE TABLE bsn_reveal (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    registration_id BIGINT       NOT NULL,
    klantnummer     BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    revealed_at     ${datetime}  NOT NULL,
    CONSTRAINT pk_bsn_reveal PRIMARY KEY (id)
);
CREATE INDEX ix_bsn_reveal_registration ON bsn_reveal (registration_id);
