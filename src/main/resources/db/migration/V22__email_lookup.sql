-- E-mail addresses are stored in lower case (the registry normalises what users type), so the portal
-- finds a person by its portal e-mail through an index instead of reading every registration.
-- (No "WHERE x <> LOWER(x)": MariaDB's case-insensitive collation would call them equal.)
UPDATE registration SET
    personal_prive_email = LOWER(personal_prive_email),
    business_zakelijk_email = LOWER(business_zakelijk_email),
    zakelijk_email = LOWER(zakelijk_email),
    email = LOWER(email);
CREATE INDEX ix_registration_prive_email ON registration (personal_prive_email);
CREATE INDEX ix_registration_business_email ON registration (business_zakelijk_email);
