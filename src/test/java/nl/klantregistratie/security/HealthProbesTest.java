package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The health endpoint answers this machine and the configured load balancers, nobody else. */
class HealthProbesTest {

    private final HealthProbes probes = new HealthProbes(" 10.0.0.2, 192.168.7.0/24 ");

    @Test
    void thisMachineAndTheLoadBalancersMayAsk() {
        assertThat(probes.matches(request("/actuator/health", "127.0.0.1"))).isTrue();
        assertThat(probes.matches(request("/actuator/health", "::1"))).isTrue();
        assertThat(probes.matches(request("/actuator/health", "10.0.0.2"))).isTrue();
        assertThat(probes.matches(request("/actuator/health/readiness", "192.168.7.40")))
                .isTrue();
    }

    @Test
    void anyOtherAddressOrPathIsNotLetThrough() {
        assertThat(probes.matches(request("/actuator/health", "10.0.0.3"))).isFalse();
        assertThat(probes.matches(request("/actuator/health", "192.168.8.1"))).isFalse();
        assertThat(probes.matches(request("/actuator/env", "127.0.0.1"))).isFalse();
        assertThat(probes.matches(request("/actuator/healthz", "10.0.0.2"))).isFalse();
        assertThat(new HealthProbes("").matches(request("/actuator/health", "10.0.0.2")))
                .as("by default only this machine")
                .isFalse();
    }

    private static MockHttpServletRequest request(String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }
}
