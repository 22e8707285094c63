-- Anonymisation (AVG, ClientService.anonymise, docs/decisions/0018): when and by whom a registration's
-- private data was erased; the registration itself stays as that record, read-only.
ALTER TABLE registration ADD COLUMN anonymised_at ${datetime};
ALTER TABLE registration ADD COLUMN anonymised_by VARCHAR(100);
