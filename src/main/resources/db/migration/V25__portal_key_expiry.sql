-- An API key may expire (docs/decisions/0011): the moment it stops working, the start of the day
-- after the last day support chose (Dutch time). Empty: the key does not expire.
ALTER TABLE portal_api_key ADD COLUMN expires_at ${datetime};
