-- Koppelvoorstellen (issue 6): pairs of registrations a manager said are not the same person, so they
-- are not suggested again. The smaller registration id first. No foreign keys: the refusal may outlive
-- a deleted registration harmlessly. Runs unchanged on H2 and MariaDB (${datetime}: base/FlywayDialect).
CREATE TABLE link_suggestion_rejection (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    first_id        BIGINT       NOT NULL,
    second_id       BIGINT       NOT NULL,
    rejected_by     VARCHAR(100) NOT NULL,
    rejected_at     ${datetime}  NOT NULL,
    CONSTRAINT pk_link_suggestion_rejection PRIMARY KEY (id),
    CONSTRAINT uk_link_suggestion_rejection UNIQUE (first_id, second_id)
);
