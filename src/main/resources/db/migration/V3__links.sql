-- Koppeling: a contactpersoon (volger) follows the privé gegevens of its hoofd (DOMAIN.md R1-R3).
ALTER TABLE registration ADD COLUMN head_id BIGINT;
ALTER TABLE registration ADD CONSTRAINT fk_registration_head FOREIGN KEY (head_id) REFERENCES registration (id);
CREATE INDEX ix_registration_head ON registration (head_id);
