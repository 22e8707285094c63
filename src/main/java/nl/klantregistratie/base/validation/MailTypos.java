package nl.klantregistratie.base.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.klantregistratie.base.EditDistance;

/**
 * "Bedoelde u …?": an e-mail address whose domain is one or two keystrokes from a common Dutch or
 * international mail domain ("gmial.com", "hotmial.nl", "ziggo.nll") gets that domain offered. A
 * suggestion, never a refusal: the typed address may be right (a company's own domain).
 */
public final class MailTypos {

    /** Domains most private and small-business addresses in the Netherlands use. */
    static final List<String> COMMON = List.of(
            "gmail.com",
            "hotmail.com",
            "hotmail.nl",
            "outlook.com",
            "outlook.nl",
            "live.nl",
            "live.com",
            "icloud.com",
            "me.com",
            "yahoo.com",
            "ziggo.nl",
            "kpnmail.nl",
            "kpnplanet.nl",
            "planet.nl",
            "home.nl",
            "xs4all.nl",
            "hetnet.nl",
            "telfort.nl",
            "upcmail.nl",
            "chello.nl",
            "casema.nl",
            "quicknet.nl",
            "zeelandnet.nl",
            "solcon.nl",
            "online.nl",
            "tele2.nl",
            "protonmail.com",
            "proton.me");

    private MailTypos() {}

    /** The address with the common domain it was probably meant to have; empty when it has one or is far from all. */
    public static Optional<String> suggest(String address) {
        String typed = address.strip();
        int at = typed.lastIndexOf('@');
        if (at <= 0 || at == typed.length() - 1) {
            return Optional.empty();
        }
        String domain = typed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (COMMON.contains(domain)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String common : COMMON) {
            int distance = EditDistance.between(domain, common);
            if (distance < bestDistance) {
                best = common;
                bestDistance = distance;
            }
        }
        int allowed = domain.length() >= 8 ? 2 : 1;
        return best != null && bestDistance <= allowed
                ? Optional.of(typed.substring(0, at + 1) + best)
                : Optional.empty();
    }
}
