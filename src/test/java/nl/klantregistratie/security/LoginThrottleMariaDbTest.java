package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.test.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On MariaDB: colleagues behind one address (the office's NAT) who mistype their passwords at the
 * same moment are all counted, and none of them gets an error instead of the login page: the first
 * failures of a new address race to insert its row without deadlocking.
 */
@MariaDbTest
class LoginThrottleMariaDbTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void firstFailuresOfOneAddressAtTheSameMomentAreAllCounted() throws Exception {
        int colleagues = 8;
        for (int round = 0; round < 5; round++) {
            String address = "192.0.2." + RUN.incrementAndGet();
            ExecutorService pool = Executors.newFixedThreadPool(colleagues);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> attempts = new ArrayList<>();
                for (int i = 0; i < colleagues; i++) {
                    String name = "collega" + round + "x" + i;
                    attempts.add(pool.submit(() -> {
                        start.await();
                        throttle.failed(name, address);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get(); // throws if one of them failed
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = :key")
                            .param("key", LoginThrottle.addressKey(address))
                            .query(Integer.class)
                            .single())
                    .isEqualTo(colleagues);
        }
    }
}
