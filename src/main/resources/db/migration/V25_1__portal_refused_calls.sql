-- Portal calls refused before they reach the API (docs/decisions/0011) are counted per day and HTTP
-- status (401: no valid key; 429: over its key's limit) instead of one portal_api_call row each, so
-- nobody can fill the database by calling without a key. One row per day and status; counting is
-- an UPDATE of that row, or an INSERT of it when the day's first call is refused.
CREATE TABLE portal_api_refused (
    refused_on DATE   NOT NULL,
    status     INT    NOT NULL,
    calls      BIGINT NOT NULL,
    CONSTRAINT pk_portal_api_refused PRIMARY KEY (refused_on, status)
);
