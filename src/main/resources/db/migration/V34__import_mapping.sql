-- Named column mappings of the import (importing/ImportMappings), kept by the file's header names so the
-- next file from the same source (the same export of the previous system) is mapped in one choice.
CREATE SEQUENCE import_mapping_seq START WITH 1 INCREMENT BY 1 NOCACHE;
CREATE TABLE import_mapping (
    id          BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    kind        VARCHAR(10),
    column_map  VARCHAR(4000) NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  ${datetime}   NOT NULL,
    CONSTRAINT pk_import_mapping PRIMARY KEY (id),
    CONSTRAINT uk_import_mapping_name UNIQUE (name)
);
