-- History of every registration (DOMAIN.md R16), written by Hibernate Envers (history/).
-- Runs unchanged on H2 and MariaDB; ${datetime} is a timestamp without time zone (base/FlywayDialect).
--
-- revinfo: one row per transaction that changed registrations (who, when). Revision numbers come
-- from a sequence with increment 1, so they grow in the order the transactions started, on every
-- application node. Revision 1 is reserved for the baseline below; the sequence starts at 2.
CREATE SEQUENCE revinfo_seq START WITH 2 INCREMENT BY 1 NOCACHE;

CREATE TABLE revinfo (
    id         BIGINT       NOT NULL,
    changed_at ${datetime}  NOT NULL,
    username   VARCHAR(100) NOT NULL,
    CONSTRAINT pk_revinfo PRIMARY KEY (id)
);

-- registration_aud: the state of a registration after each revision that changed it (revtype 0
-- created, 1 changed, 2 deleted; a deletion keeps the last values). Every audited column of
-- registration, with the same names. Not audited: version, search_key, zoeknaam_handmatig,
-- created_at, updated_at (derived or told by revinfo) and, on purpose, bsn: the BSN never enters
-- the history. No foreign key to registration: the history outlives a deleted registration.
CREATE TABLE registration_aud (
    id                        BIGINT        NOT NULL,
    rev                       BIGINT        NOT NULL,
    revtype                   TINYINT,
    kind                      VARCHAR(10)   NOT NULL,
    klantnummer               BIGINT,
    zoeknaam                  VARCHAR(100),
    notities                  VARCHAR(4000),

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

    zakelijk_email            VARCHAR(254),

    company_id                BIGINT,
    head_id                   BIGINT,
    business_functie          VARCHAR(100),
    business_afdeling         VARCHAR(100),
    business_zakelijk_email   VARCHAR(254),
    business_direct_telefoon  VARCHAR(40),
    business_zakelijk_mobiel  VARCHAR(40),
    business_toegang_client_online BOOLEAN,

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

    CONSTRAINT pk_registration_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_registration_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE INDEX ix_registration_aud_rev ON registration_aud (rev);

-- Baseline: registrations that exist before the history starts get their current state as
-- revision 1 (by "systeem"), so the first change after this migration shows its old values too.
-- On an empty database nothing is inserted.
INSERT INTO revinfo (id, changed_at, username)
SELECT 1, CURRENT_TIMESTAMP, 'systeem' FROM (SELECT 1 AS one) baseline
WHERE EXISTS (SELECT 1 FROM registration);

INSERT INTO registration_aud (id, rev, revtype, kind, klantnummer, zoeknaam, notities,
    personal_aanhef, personal_titel, personal_voorletters, personal_voornamen, personal_roepnaam,
    personal_tussenvoegsel, personal_achternaam, personal_geboortedatum,
    personal_woonadres_straat, personal_woonadres_huisnummer, personal_woonadres_huisletter,
    personal_woonadres_toevoeging, personal_woonadres_postcode, personal_woonadres_plaats,
    personal_woonadres_land, personal_correspondentie_zelfde_als_woonadres,
    personal_correspondentieadres_straat, personal_correspondentieadres_huisnummer,
    personal_correspondentieadres_huisletter, personal_correspondentieadres_toevoeging,
    personal_correspondentieadres_postcode, personal_correspondentieadres_plaats,
    personal_correspondentieadres_land, personal_prive_email, personal_prive_mobiel,
    personal_prive_telefoon, emailvoorkeur, zakelijk_email,
    company_id, head_id, business_functie, business_afdeling, business_zakelijk_email,
    business_direct_telefoon, business_zakelijk_mobiel, business_toegang_client_online,
    statutaire_naam, handelsnaam, rechtsvorm, kvk_nummer,
    vestigingsadres_straat, vestigingsadres_huisnummer, vestigingsadres_huisletter,
    vestigingsadres_toevoeging, vestigingsadres_postcode, vestigingsadres_plaats, vestigingsadres_land,
    postadres_zelfde_als_vestigingsadres, postadres_straat, postadres_huisnummer, postadres_huisletter,
    postadres_toevoeging, postadres_postcode, postadres_plaats, postadres_land,
    telefoon, email, website)
SELECT id, 1, 0, kind, klantnummer, zoeknaam, notities,
    personal_aanhef, personal_titel, personal_voorletters, personal_voornamen, personal_roepnaam,
    personal_tussenvoegsel, personal_achternaam, personal_geboortedatum,
    personal_woonadres_straat, personal_woonadres_huisnummer, personal_woonadres_huisletter,
    personal_woonadres_toevoeging, personal_woonadres_postcode, personal_woonadres_plaats,
    personal_woonadres_land, personal_correspondentie_zelfde_als_woonadres,
    personal_correspondentieadres_straat, personal_correspondentieadres_huisnummer,
    personal_correspondentieadres_huisletter, personal_correspondentieadres_toevoeging,
    personal_correspondentieadres_postcode, personal_correspondentieadres_plaats,
    personal_correspondentieadres_land, personal_prive_email, personal_prive_mobiel,
    personal_prive_telefoon, emailvoorkeur, zakelijk_email,
    company_id, head_id, business_functie, business_afdeling, business_zakelijk_email,
    business_direct_telefoon, business_zakelijk_mobiel, business_toegang_client_online,
    statutaire_naam, handelsnaam, rechtsvorm, kvk_nummer,
    vestigingsadres_straat, vestigingsadres_huisnummer, vestigingsadres_huisletter,
    vestigingsadres_toevoeging, vestigingsadres_postcode, vestigingsadres_plaats, vestigingsadres_land,
    postadres_zelfde_als_vestigingsadres, postadres_straat, postadres_huisnummer, postadres_huisletter,
    postadres_toevoeging, postadres_postcode, postadres_plaats, postadres_land,
    telefoon, email, website
FROM registration;
