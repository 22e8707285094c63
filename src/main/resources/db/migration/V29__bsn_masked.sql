-- The BSN as shown ("******123") is kept beside it and audited, so the history records a change or a
-- clearing of a BSN with masked old and new values; the BSN itself stays out of the history tables.
ALTER TABLE registration ADD COLUMN bsn_masked VARCHAR(9);
ALTER TABLE registration_aud ADD COLUMN bsn_masked VARCHAR(9);
UPDATE registration SET bsn_masked = CONCAT('******', SUBSTRING(bsn, 7, 3)) WHERE bsn IS NOT NULL;
