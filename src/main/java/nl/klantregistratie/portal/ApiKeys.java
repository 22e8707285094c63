package nl.klantregistratie.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, recognises and records API keys for the portal filter chain. A key is 32 random bytes
 * (SecureRandom) in URL-safe Base64 behind the prefix {@code kr_}; the database holds its SHA-256
 * hash only (a high-entropy key needs no slow password hash), so a stolen table opens nothing.
 */
@Component
class ApiKeys {

    static final String PREFIX = "kr_";
    private static final int PREFIX_SHOWN = 10;

    private final SecureRandom random = new SecureRandom();
    private final ApiKeyRepository keys;
    private final ApiCallRepository calls;

    ApiKeys(ApiKeyRepository keys, ApiCallRepository calls) {
        this.keys = keys;
        this.calls = calls;
    }

    String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String shownPrefix(String key) {
        return key.substring(0, Math.min(PREFIX_SHOWN, key.length()));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The id of the active key this is, if any; a revoked, expired or unknown key gives nothing. Marks
     * the key used with an update of that column alone, so it cannot undo a revoke committed meanwhile.
     */
    @Transactional
    Optional<Long> authenticate(@Nullable String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<Long> id = keys.findActiveId(hash(key.strip()), now);
        id.ifPresent(found -> keys.markUsed(found, now));
        return id;
    }

    /** Records a call of the API made with a valid key, whatever its outcome. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(long keyId, String method, String path, int status, @Nullable Long headId) {
        calls.save(new ApiCall(keyId, method, path, status, headId));
    }
}
