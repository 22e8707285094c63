-- KvK queries per calendar month ("2026-12", Dutch time) over all users and instances (kvk/KvkLookup),
-- held against the configured monthly cap because the KvK charges per query.
CREATE TABLE kvk_usage (
    usage_month  VARCHAR(7) NOT NULL,
    queries      INT        NOT NULL,
    CONSTRAINT pk_kvk_usage PRIMARY KEY (usage_month)
);
