-- Addresses found by the postcode lookup (address/AddressLookup): postcode (as "1234AB") and huisnummer
-- with the BAG's straat and plaats, and when PDOK was asked (UTC). Shared by every instance; no person in it.
CREATE TABLE address_lookup (
    postcode      VARCHAR(6)   NOT NULL,
    huisnummer    INT          NOT NULL,
    straat        VARCHAR(100) NOT NULL,
    plaats        VARCHAR(80)  NOT NULL,
    looked_up_at  ${datetime}  NOT NULL,
    CONSTRAINT pk_address_lookup PRIMARY KEY (postcode, huisnummer)
);
