-- The person whose access a portal call read: a lookup by e-mail has it only in the query string,
-- which is not recorded (an e-mail address is private data), so the answer's hoofd id is kept.
ALTER TABLE portal_api_call ADD COLUMN hoofd_id BIGINT;
