-- User administration (issue 6): a password set by applicatiebeheer must be changed at the next
-- login, and repeated failed logins lock the account for a while. Runs unchanged on H2 and MariaDB;
-- ${datetime} is a timestamp without time zone (base/FlywayDialect).
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until ${datetime};
