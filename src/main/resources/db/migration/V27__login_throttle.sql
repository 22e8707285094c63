-- Growing delays instead of a lockout (security/LoginThrottle, docs/decisions/0015): failed sign-ins
-- are counted per account and per client address, and the next attempt waits until blocked_until.
-- Usernames are kept as they are compared: trimmed, in lower case. Runs unchanged on H2 and MariaDB.
UPDATE app_user SET username = LOWER(TRIM(username));
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(220) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at ${datetime}  NOT NULL,
    blocked_until   ${datetime},
    CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key)
);
