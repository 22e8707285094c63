-- Staff accounts. Runs unchanged on H2 and MariaDB.
CREATE TABLE app_user (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    username           VARCHAR(100) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(200) NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_language VARCHAR(10),
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('MEDEWERKER', 'MANAGER', 'SUPPORT'))
);
