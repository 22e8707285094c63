-- Samenvoegen (merge/, docs/decisions/0024-merge.md): duplicate registrations of one person or company
-- merged into the one that survives. A merged registration stays, read-only, as the record "samengevoegd
-- met …" (its klantnummer still finds the survivor) until the undo period is over; what moved is
-- recorded per item, so Samenvoegen ongedaan maken can move it back. Runs unchanged on H2 and MariaDB.
ALTER TABLE registration ADD COLUMN merged_into_id BIGINT;
ALTER TABLE registration ADD CONSTRAINT fk_registration_merged_into FOREIGN KEY (merged_into_id) REFERENCES registration (id);
CREATE INDEX ix_registration_merged_into ON registration (merged_into_id);
ALTER TABLE registration_aud ADD COLUMN merged_into_id BIGINT;

CREATE TABLE registration_merge (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    survivor_id              BIGINT       NOT NULL,
    survivor_klantnummer     BIGINT       NOT NULL,
    kind                     VARCHAR(10)  NOT NULL,
    survivor_revision_before BIGINT,
    survivor_version_after   BIGINT       NOT NULL,
    bsn_filled               BOOLEAN      NOT NULL,
    merged_by                VARCHAR(100) NOT NULL,
    merged_at                ${datetime}  NOT NULL,
    undone_by                VARCHAR(100),
    undone_at                ${datetime},
    -- the undo period ended and the retention job removed the merged records
    records_removed_at       ${datetime},
    CONSTRAINT pk_registration_merge PRIMARY KEY (id)
);
CREATE INDEX ix_registration_merge_survivor ON registration_merge (survivor_id);

-- One row per merged registration (MERGED) and per reference that moved to the survivor: a
-- contactpersoon to another klant-bedrijf, a volger to another hoofd, the survivor's own link, a
-- message of the klantdossier, a portal call. from_id: where it was; version_after: the moved
-- registration's version right after the merge (a later change refuses the undo).
CREATE TABLE registration_merge_part (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    merge_id      BIGINT      NOT NULL,
    what          VARCHAR(20) NOT NULL,
    item_id       BIGINT      NOT NULL,
    from_id       BIGINT,
    version_after BIGINT,
    CONSTRAINT pk_registration_merge_part PRIMARY KEY (id),
    CONSTRAINT fk_registration_merge_part FOREIGN KEY (merge_id) REFERENCES registration_merge (id)
);
CREATE INDEX ix_registration_merge_part ON registration_merge_part (merge_id);
CREATE INDEX ix_registration_merge_part_item ON registration_merge_part (what, item_id);
