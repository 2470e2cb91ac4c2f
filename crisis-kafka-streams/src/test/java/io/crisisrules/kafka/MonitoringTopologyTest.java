package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Comment;
import io.crisisrules.json.CrisisJson;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import io.crisisrules.MonitorCheckpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringTopologyTest {
    static final CrisisEngine ENGINE = CrisisEngine.builder().build();
    static final Instant START = Instant.parse("2026-03-10T06:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(5);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Object> events;
    private TestOutputTopic<String, Object> changes;
    private TestOutputTopic<String, byte[]> deadLetters;

    private void start(MonitoringTopology.Builder topology) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "monitoring-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology.build(), properties);
        events = driver.createInputTopic("brand-events", new StringSerializer(), CrisisSerdes.documents().serializer());
        changes = driver.createOutputTopic("brand-changes", new StringDeserializer(),
                CrisisSerdes.documents(SignalChange.class, IncidentChange.class).deserializer());
        deadLetters = driver.createOutputTopic("brand-events-dead-letters", new StringDeserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    static Instant interval(int i) {
        return START.plus(INTERVAL.multipliedBy(i));
    }

    private void count(String brand, int i, long mentions) {
        events.pipeInput(brand, new MentionCount(interval(i), mentions), interval(i));
    }

    /** Two hours of ordinary traffic, then three intervals of a spike. */
    private void spike(String brand) {
        for (int i = 0; i < 24; i++) {
            count(brand, i, 40 + i % 3 * 5);
        }
        for (int i = 24; i < 27; i++) {
            count(brand, i, 900);
        }
    }

    private void mentions(String brand, int i, int mentions) {
        for (int m = 0; m < mentions; m++) {
            Instant at = interval(i).plusMillis(INTERVAL.toMillis() * m / mentions);
            events.pipeInput(brand, new Mention(at, Channel.X, m % 2 == 0, 100, null), at);
        }
    }

    private void mentionSpike(String brand) {
        for (int i = 0; i < 24; i++) {
            mentions(brand, i, 8 + i % 3 * 2);
        }
        for (int i = 24; i < 27; i++) {
            mentions(brand, i, 150);
        }
    }

    /** Each change as "brand at what", in output order. */
    static List<String> transitions(List<TestRecord<String, Object>> records) {
        return records.stream().map(record -> record.key() + " " + describe(record.value())).toList();
    }

    static String describe(Object change) {
        if (change instanceof SignalChange signal) {
            return signal.at() + " " + signal.alertKey() + " " + signal.from() + "->" + signal.to();
        }
        IncidentChange incident = (IncidentChange) change;
        return incident.at() + " incident " + incident.kind() + " " + incident.incident().id();
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void a_spike_fires_and_opens_an_incident_keyed_by_brand() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)));
        spike("acme");

        List<TestRecord<String, Object>> records = changes.readRecordsToList();
        assertThat(transitions(records)).containsExactly(
                "acme 2026-03-10T08:00:00Z MENTION_SPIKE/MENTIONS/all INACTIVE->PENDING",
                "acme 2026-03-10T08:05:00Z MENTION_SPIKE/MENTIONS/all PENDING->FIRING",
                "acme 2026-03-10T08:05:00Z incident OPENED " + ((IncidentChange) records.get(2).value()).incident().id());
        assertThat(records.get(1).timestamp()).isEqualTo(interval(25).toEpochMilli());
        assertThat(((SignalChange) records.get(1).value()).notified()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void a_quiet_brand_resolves_on_the_ticks_of_its_partitions_stream_time() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)));
        mentionSpike("acme");
        for (int i = 27; i < 40; i++) {
            count("other", i, 10);   // acme is silent; only another brand moves stream time
        }

        List<String> acme = transitions(changes.readRecordsToList()).stream().filter(t -> t.startsWith("acme")).toList();
        assertThat(acme).hasSize(4).last().isEqualTo("acme 2026-03-10T08:40:00Z MENTION_SPIKE/MENTIONS/all FIRING->RESOLVED");
        assertThat(Instant.parse("2026-03-10T08:40:00Z").toEpochMilli() % Duration.ofMinutes(5).toMillis()).isZero();
    }

    @Test
    void without_a_tick_in_sight_a_quiet_brand_stays_firing() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)).tickEvery(Duration.ofDays(1)));
        mentionSpike("acme");
        for (int i = 27; i < 40; i++) {
            count("other", i, 10);
        }

        assertThat(transitions(changes.readRecordsToList())).noneMatch(t -> t.contains("RESOLVED"));
    }

    @Test
    void the_changes_are_those_of_one_monitor_fed_in_process_and_advanced_at_the_same_ticks() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)));
        List<Object> expected = new ArrayList<>();
        try (CrisisMonitor reference = ENGINE.monitor(BrandContext.of("acme", Sector.RETAIL)).listener(new MonitorListener() {
            public void signalChanged(SignalChange change) {
                expected.add(change);
            }

            public void incidentChanged(IncidentChange change) {
                expected.add(change);
            }
        }).start()) {
            for (int i = 0; i < 40; i++) {
                long mentions = i < 24 ? 40 + i % 3 * 5 : i < 27 ? 900 : 45;
                reference.advanceTo(interval(i));   // the tick of the interval's boundary
                reference.mentionCount(new MentionCount(interval(i), mentions));
                count("acme", i, mentions);
            }
        }

        assertThat(changes.readValuesToList()).isEqualTo(expected).hasSizeGreaterThan(3);
    }

    @Test
    void a_late_mention_count_goes_to_the_dead_letters_and_the_brand_goes_on_as_if_it_had_not_come() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)));
        spike("acme");
        List<String> before = transitions(changes.readRecordsToList());
        events.pipeInput("acme", new MentionCount(interval(10), 5000), interval(26));   // for an interval long closed
        events.pipeInput("acme", new Mention(interval(26).minusSeconds(600), Channel.X, true, 100, null), interval(26));
        for (int i = 27; i < 40; i++) {
            count("acme", i, 45);
        }

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), DeadLetterHeaders.FIELD)).isEqualTo("mentionCount.at");
        assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).contains("2026-03-10T06:50:00Z");
        assertThat(header(dead.get(0), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("27");
        assertThat(before).hasSize(3);
        assertThat(transitions(changes.readRecordsToList())).contains("acme 2026-03-10T08:40:00Z MENTION_SPIKE/MENTIONS/all FIRING->RESOLVED");
    }

    @Test
    void bad_records_go_to_the_dead_letters_with_the_field_and_the_reason() {
        start(MonitoringTopology.builder(ENGINE).brands(id -> id.equals("ghost") ? Optional.empty()
                : Optional.of(BrandProfile.of(BrandContext.of(id, Sector.RETAIL)))));
        TestInputTopic<String, byte[]> raw = driver.createInputTopic("brand-events", new StringSerializer(),
                Serdes.ByteArray().serializer());
        raw.pipeInput("acme", "{\"at\": ".getBytes(StandardCharsets.UTF_8), START);
        events.pipeInput("acme", new Comment("c1", "u1", Channel.X, "hi", START, Set.of(), Map.of(), null), START);
        events.pipeInput((String) null, new MentionCount(START, 4), START);
        events.pipeInput("ghost", new MentionCount(START, 4), START);
        raw.pipeInput("acme", (byte[]) null, START);
        raw.pipeInput("acme", ("{\"$schema\":\"" + CrisisJson.schemaUri(MentionCount.class)
                + "\",\"at\":\"2026-03-10T06:00:00Z\",\"mentions\":-4}").getBytes(StandardCharsets.UTF_8), START);
        events.pipeInput("acme", new MentionCount(START, 4), START);

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(record -> header(record, DeadLetterHeaders.FIELD))
                .containsExactly("document", "$schema", "key", "key", "value", "mentions");
        assertThat(header(dead.get(1), DeadLetterHeaders.REASON)).contains("comment");
        assertThat(header(dead.get(3), DeadLetterHeaders.REASON)).contains("ghost");
        assertThat(header(dead.get(5), DeadLetterHeaders.REASON)).isEqualTo("mentions must be >= 0, but was -4");
        assertThat(dead).extracting(record -> header(record, DeadLetterHeaders.SOURCE_OFFSET))
                .containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"at\": ");
    }

    @Test
    void brands_come_from_the_profile_topic_and_a_changed_profile_continues_the_monitor_from_its_checkpoint() {
        start(MonitoringTopology.builder(ENGINE).brandProfilesTopic("brand-profiles"));
        TestInputTopic<String, BrandProfile> profiles = driver.createInputTopic("brand-profiles", new StringSerializer(),
                CrisisSerdes.brandProfiles().serializer());
        count("acme", 0, 40);
        profiles.pipeInput("acme", BrandProfile.of(BrandContext.of("acme", Sector.RETAIL)), START);
        for (int i = 1; i < 25; i++) {
            count("acme", i, 40 + i % 3 * 5);
        }
        // a setting the spike does not read: the monitor is restarted from its checkpoint under it
        profiles.pipeInput("acme", new BrandProfile(BrandContext.of("acme", Sector.RETAIL),
                Map.of("response.firstResponseWithin", "2h")), interval(24));
        count("acme", 25, 900);
        count("acme", 26, 900);
        profiles.pipeInput("acme", new BrandProfile(BrandContext.of("acme", Sector.RETAIL),
                Map.of("alerting.cooldown", "-1h")), interval(26));
        count("acme", 27, 900);

        assertThat(transitions(changes.readRecordsToList())).hasSize(3).element(1).asString().endsWith("PENDING->FIRING");
        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(record -> header(record, DeadLetterHeaders.FIELD)).containsExactly("key", "settings");
        assertThat(header(dead.get(1), DeadLetterHeaders.REASON)).contains("alerting.cooldown");
    }

    private List<String> runOfTwoBrandsWithAProfileChange(MonitoringTopology.Builder topology) {
        start(topology.brandProfilesTopic("brand-profiles"));
        TestInputTopic<String, BrandProfile> profiles = driver.createInputTopic("brand-profiles", new StringSerializer(),
                CrisisSerdes.brandProfiles().serializer());
        profiles.pipeInput("acme", BrandProfile.of(BrandContext.of("acme", Sector.RETAIL)), START);
        profiles.pipeInput("bolt", BrandProfile.of(BrandContext.of("bolt", Sector.RETAIL)), START);
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                // while acme's monitor is not live (bolt spoke last): its journal replays under the old profile
                profiles.pipeInput("acme", new BrandProfile(BrandContext.of("acme", Sector.RETAIL),
                        Map.of("alerting.moderateSpikeRatio", "3")), interval(i));
            }
            count("acme", i, i < 24 ? 40 + i % 3 * 5 : i < 27 ? 900 : 45);
            mentions("bolt", i, i >= 30 && i < 33 ? 120 : 6 + i % 4);
        }
        List<String> run = transitions(changes.readRecordsToList());
        driver.close();
        driver = null;
        return run;
    }

    @Test
    void brands_restored_from_checkpoint_and_journal_at_every_event_report_what_live_monitors_report(@TempDir Path otherDir) {
        List<String> live = runOfTwoBrandsWithAProfileChange(MonitoringTopology.builder(ENGINE));
        stateDir = otherDir;
        // one live monitor for two brands: every other event restores a brand from the stores
        List<String> restored = runOfTwoBrandsWithAProfileChange(MonitoringTopology.builder(ENGINE)
                .liveMonitors(1).checkpointEvery(3));

        assertThat(restored).isEqualTo(live);
        assertThat(live).anyMatch(t -> t.startsWith("acme") && t.contains("FIRING"))
                .anyMatch(t -> t.startsWith("bolt") && t.contains("FIRING"))
                .anyMatch(t -> t.contains("RESOLVED"));
    }

    @Test
    void a_push_writes_a_journal_entry_and_the_checkpoint_only_every_so_many_entries() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)).checkpointEvery(10));
        KeyValueStore<String, MonitorCheckpoint> checkpoints = driver.getKeyValueStore(MonitoringTopology.DEFAULT_CHECKPOINT_STORE);
        KeyValueStore<String, byte[]> journal = driver.getKeyValueStore(MonitoringTopology.DEFAULT_CHECKPOINT_STORE + "-journal");
        mentions("acme", 0, 4);
        MonitorCheckpoint first = checkpoints.get("acme");

        assertThat(first.mentions()).isEmpty();   // the checkpoint of the brand's first monitor, before any push
        assertThat(entries(journal)).isEqualTo(5);   // its profile, then four mentions
        mentions("acme", 0, 6);   // six more: the tenth entry rewrites the checkpoint and clears the journal
        assertThat(checkpoints.get("acme")).isNotEqualTo(first);
        assertThat(checkpoints.get("acme").openInterval().mentions()).isEqualTo(10);
        assertThat(entries(journal)).isEqualTo(1);
    }

    private static int entries(KeyValueStore<String, byte[]> store) {
        int count = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                all.next();
                count++;
            }
        }
        return count;
    }

    @Test
    void a_heartbeat_ticks_a_partition_where_no_brand_speaks_and_reports_nothing_itself() {
        start(MonitoringTopology.builder(ENGINE).brands(BrandLookup.everyBrandIn(Sector.RETAIL)));
        TestInputTopic<String, byte[]> raw = driver.createInputTopic("brand-events", new StringSerializer(),
                Serdes.ByteArray().serializer());
        mentionSpike("acme");
        List<String> before = transitions(changes.readRecordsToList());
        for (int i = 27; i < 40; i++) {
            var heartbeat = Heartbeats.<String, byte[]>records("brand-events", 1, interval(i)).get(0);
            raw.pipeInput(new TestRecord<>(heartbeat.key(), heartbeat.value(), heartbeat.headers(), heartbeat.timestamp()));
        }

        assertThat(before).noneMatch(t -> t.contains("RESOLVED"));
        assertThat(transitions(changes.readRecordsToList()))
                .containsExactly("acme 2026-03-10T08:40:00Z MENTION_SPIKE/MENTIONS/all FIRING->RESOLVED");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void heartbeats_go_to_every_partition_at_their_instant() {
        var records = Heartbeats.<String, Object>records("brand-events", 4, START);

        assertThat(records).extracting(record -> record.partition()).containsExactly(0, 1, 2, 3);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.timestamp()).isEqualTo(START.toEpochMilli());
            assertThat(record.key()).isNull();
            assertThat(record.headers().lastHeader(Heartbeats.HEADER)).isNotNull();
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Heartbeats.records("brand-events", 0, START))
                .hasMessageContaining("partitions");
    }

    @Test
    void journal_and_live_limits_are_checked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonitoringTopology.builder(ENGINE).checkpointEvery(0))
                .hasMessageContaining("checkpointEvery").hasMessageContaining("0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonitoringTopology.builder(ENGINE).liveMonitors(-2))
                .hasMessageContaining("liveMonitors").hasMessageContaining("-2");
    }
}
