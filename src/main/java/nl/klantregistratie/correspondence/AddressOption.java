package nl.klantregistratie.correspondence;

/**
 * One address of the pick list for a new e-mail: to whom (the registration that receives the mail:
 * the klant itself, or one of a klant-bedrijf's contactpersonen), which address and what kind.
 */
public record AddressOption(long recipientId, String recipientName, String address, AddressKind kind) {}
