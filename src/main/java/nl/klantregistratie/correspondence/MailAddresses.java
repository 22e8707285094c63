package nl.klantregistratie.correspondence;

import java.util.List;

/** The pick list of a new e-mail: the addresses that may be used, and the privé ones the rules hide. */
public record MailAddresses(List<AddressOption> options, List<HiddenAddress> hidden) {

    public MailAddresses {
        options = List.copyOf(options);
        hidden = List.copyOf(hidden);
    }
}
