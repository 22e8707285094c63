package nl.klantregistratie.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may ask {@code /actuator/health} without signing in: this machine, and the load balancers
 * named in {@code klantregistratie.health.allowed-addresses} (addresses or ranges such as
 * {@code 10.0.0.0/24}, comma-separated), which take an instance out of rotation when it answers
 * DOWN or not at all. Everyone else is refused; the answer says UP or DOWN and no more.
 */
final class HealthProbes implements RequestMatcher {

    private final List<IpAddressMatcher> allowed;

    HealthProbes(String allowedAddresses) {
        this.allowed = Arrays.stream(allowedAddresses.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/actuator/health") && !path.startsWith("/actuator/health/")) {
            return false;
        }
        String address = request.getRemoteAddr();
        return isLoopback(address) || allowed.stream().anyMatch(range -> range.matches(address));
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
