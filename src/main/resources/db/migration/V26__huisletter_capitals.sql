-- Huisletters are stored in capitals ("12A", docs/domain.md Addresses); until now the registry
-- stored them in lower case. Every address embedded in a registration: woonadres and
-- correspondentieadres of a person, vestigingsadres and postadres of a klant-bedrijf.
-- (No "WHERE x <> UPPER(x)": MariaDB's case-insensitive collation would call them equal.)
--
-- registration_aud is left as it is: the history keeps what was stored at the time. Address.format
-- shows a huisletter in capitals whatever its case, so the history shows no change where only the
-- case differs.
UPDATE registration SET
    personal_woonadres_huisletter = UPPER(personal_woonadres_huisletter),
    personal_correspondentieadres_huisletter = UPPER(personal_correspondentieadres_huisletter),
    vestigingsadres_huisletter = UPPER(vestigingsadres_huisletter),
    postadres_huisletter = UPPER(postadres_huisletter);
