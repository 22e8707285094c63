package nl.klantregistratie.base.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
            int distance = distance(domain, common);
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

    /** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
