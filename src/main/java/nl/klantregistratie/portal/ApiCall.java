package nl.klantregistratie.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One call of the portal API made with a valid key, answered or refused: key, method, path, status,
 * time, and the hoofd whose access was read (also for a lookup by e-mail, whose address is not
 * recorded). Calls without a valid key are counted per day instead ({@link RefusedCalls}); rows from
 * before that change may have no key.
 */
@Entity
@Table(name = "portal_api_call")
public class ApiCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long apiKeyId;

    @Column(nullable = false, length = 10)
    private String method = "";

    @Column(nullable = false, length = 500)
    private String path = "";

    @Column(nullable = false)
    private int status;

    @Column(nullable = false)
    private Instant calledAt = Instant.now();

    private @Nullable Long headId;

    protected ApiCall() {}

    ApiCall(long apiKeyId, String method, String path, int status, @Nullable Long headId) {
        this.apiKeyId = apiKeyId;
        this.headId = headId;
        this.method = method.length() > 10 ? method.substring(0, 10) : method;
        this.path = path.length() > 500 ? path.substring(0, 500) : path;
        this.status = status;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getApiKeyId() {
        return apiKeyId;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public int getStatus() {
        return status;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public @Nullable Long getHeadId() {
        return headId;
    }
}
