-- The code calls the registration that leads a person's data its head (docs/decisions/0012-names.md).
ALTER TABLE portal_api_call RENAME COLUMN hoofd_id TO head_id;
