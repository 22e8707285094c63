-- Why a revision was made when it is more than a user at a form ("Import 12: klanten.csv"):
-- base/ChangeContext, shown in the history next to who made it.
ALTER TABLE revinfo ADD COLUMN reason VARCHAR(200);
