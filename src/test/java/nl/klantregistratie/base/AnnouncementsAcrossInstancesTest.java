package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.klantregistratie.test.RedisTest;
import nl.klantregistratie.test.RedisTestSupport;
import nl.klantregistratie.test.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application, each with its own {@link Announcements} and
 * {@link ChangeBroadcaster}, sharing one Redis server as in production: what one announces the
 * other hears, once; a single instance without Redis hears its own.
 */
@RedisTest
class AnnouncementsAcrossInstancesTest {

    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable each : started.reversed()) {
            each.close();
        }
    }

    @Test
    void aChangeOnOneInstanceReachesTheOpenCardsOfTheOther() {
        ChangeBroadcaster first = new ChangeBroadcaster(announcements(RedisTestSupport.url()));
        ChangeBroadcaster second = new ChangeBroadcaster(announcements(RedisTestSupport.url()));
        List<Long> heardOnSecond = new CopyOnWriteArrayList<>();
        List<Long> heardOnFirst = new CopyOnWriteArrayList<>();
        second.register(41, heardOnSecond::add);
        first.register(41, heardOnFirst::add);
        second.register(42, heardOnSecond::add);

        first.changed(List.of(41L, 43L));

        await().atMost(Duration.ofSeconds(5)).until(() -> heardOnSecond.size() == 1 && heardOnFirst.size() == 1);
        Threads.pause(Duration.ofMillis(300)); // time for a second delivery, which must not come
        assertThat(heardOnSecond)
                .as("only the card of 41 is open there; 42 did not change")
                .containsExactly(41L);
        assertThat(heardOnFirst)
                .as("heard on its own instance once, not again over Redis")
                .containsExactly(41L);
    }

    @Test
    void everyInstanceHearsEveryChannelItListensTo() {
        Announcements first = announcements(RedisTestSupport.url());
        Announcements second = announcements(RedisTestSupport.url());
        Announcements third = announcements(RedisTestSupport.url());
        List<String> heard = new CopyOnWriteArrayList<>();
        second.listen("sessions-ending", name -> heard.add("second:" + name));
        third.listen("sessions-ending", name -> heard.add("third:" + name));
        third.listen("other", name -> heard.add("third-other:" + name));

        first.announce("sessions-ending", "joke");

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 2);
        assertThat(heard).containsExactlyInAnyOrder("second:joke", "third:joke");
    }

    @Test
    void withoutRedisAnInstanceHearsOnlyItself() {
        ChangeBroadcaster alone = new ChangeBroadcaster(announcements(""));
        List<Long> heard = new CopyOnWriteArrayList<>();
        alone.register(7, heard::add);

        alone.changed(List.of(7L));

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.equals(List.of(7L)));
    }

    @Test
    void aConfiguredRedisThatDoesNotAnswerStopsTheStart() {
        assertThatThrownBy(() -> new ClusterRedis("redis://127.0.0.1:1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Redis does not answer at redis://127.0.0.1:1");
    }

    private Announcements announcements(String url) {
        ClusterRedis redis = new ClusterRedis(url);
        Announcements announcements = new Announcements(redis);
        started.add(redis::destroy);
        started.add(announcements::destroy);
        return announcements;
    }
}
