package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationOutcome;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationTopologyTest {
    private static final CrisisEngine ENGINE = CrisisEngine.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> comments;
    private TestOutputTopic<String, ModerationOutcome> decisions;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "moderation-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ModerationTopology.builder(ENGINE).build(), properties);
        comments = driver.createInputTopic("comments", new StringSerializer(), Serdes.ByteArray().serializer());
        decisions = driver.createOutputTopic("decisions", new StringDeserializer(),
                CrisisSerdes.document(ModerationOutcome.class).deserializer());
        deadLetters = driver.createOutputTopic("comments-dead-letters", new StringDeserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String key, CommentInput comment) {
        comments.pipeInput(key, CrisisSerdes.document(CommentInput.class).serializer().serialize("comments", comment),
                comment.postedAt());
    }

    private static CommentInput insult(String id, String author, Instant at) {
        return new CommentInput(id, author, "X", "you are all crooks", at, Set.of("INSULTING"), null, null);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void the_third_insult_of_an_author_blocks_whatever_key_the_comments_came_with() {
        send("brand-a", insult("c1", "u1", T0));
        send("brand-b", insult("c2", "u1", T0.plusSeconds(60)));
        send("brand-c", insult("c3", "u1", T0.plusSeconds(120)));

        List<TestRecord<String, ModerationOutcome>> outcomes = decisions.readRecordsToList();
        assertThat(outcomes).extracting(TestRecord::key).containsExactly("c1", "c2", "c3");
        assertThat(outcomes).extracting(record -> record.value().decision().action())
                .containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT,
                        ModerationAction.BLOCK_AUTHOR);
        assertThat(outcomes.get(2).value().decision().explanation().policyIds()).contains("MOD-04");
        assertThat(outcomes).extracting(record -> record.value().index()).containsExactly(0L, 1L, 2L);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void a_comment_delivered_twice_counts_as_one_offence() {
        send("k", insult("c1", "u1", T0));
        send("k", insult("c1", "u1", T0));
        send("k", insult("c2", "u1", T0.plusSeconds(60)));

        assertThat(decisions.readValuesToList()).extracting(outcome -> outcome.decision().action())
                .containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT,
                        ModerationAction.DELETE_AND_REPORT);
        send("k", insult("c3", "u1", T0.plusSeconds(120)));
        assertThat(decisions.readValue().decision().action()).isEqualTo(ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void offences_older_than_the_window_in_event_time_do_not_count() {
        Duration window = ENGINE.settings().moderation().offenceWindow();
        send("k", insult("c1", "u1", T0));
        send("k", insult("c2", "u1", T0.plusSeconds(60)));
        send("k", insult("c3", "u1", T0.plus(window).plusSeconds(61)));

        assertThat(decisions.readValuesToList()).extracting(outcome -> outcome.decision().action())
                .containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT,
                        ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void offences_of_other_authors_do_not_count() {
        send("k", insult("c1", "u1", T0));
        send("k", insult("c2", "u2", T0.plusSeconds(1)));
        send("k", insult("c3", "u3", T0.plusSeconds(2)));

        assertThat(decisions.readValuesToList()).extracting(outcome -> outcome.decision().action())
                .containsOnly(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void every_bad_record_gets_a_rejection_and_a_dead_letter_with_the_reason() {
        comments.pipeInput("k1", "{\"id\": ,}".getBytes(StandardCharsets.UTF_8), T0);
        send("k2", new CommentInput("c2", "u1", "X", null, T0, null, Map.of("HATEFUL", 1.5), null));
        send("k3", new CommentInput("c3", " ", "X", null, T0, Set.of("INSULTING"), null, null));
        send("k4", new CommentInput("c4", "u1", "MYSPACE", null, T0, null, null, null));
        comments.pipeInput("k5", (byte[]) null, T0);
        send("k6", insult("c6", "u1", T0));

        List<TestRecord<String, ModerationOutcome>> outcomes = decisions.readRecordsToList();
        assertThat(outcomes).hasSize(6);
        assertThat(outcomes).extracting(TestRecord::key).containsExactly("k1", "c2", "c3", "c4", "k5", "c6");
        assertThat(outcomes.subList(0, 5)).allSatisfy(record -> assertThat(record.value().isDecided()).isFalse());
        assertThat(outcomes.get(1).value().rejection().reason()).isEqualTo("scores.HATEFUL must be within [0, 1], but was 1.5");
        assertThat(outcomes.get(2).value().rejection().field()).isEqualTo("authorId");
        assertThat(outcomes.get(3).value().rejection().field()).isEqualTo("channel");
        assertThat(outcomes.get(3).value().rejection().reason()).contains("MYSPACE");
        assertThat(outcomes.get(0).value().rejection().reason()).contains("line 1, column 8");
        assertThat(outcomes.get(0).value().rejection().commentId()).isNull();
        assertThat(outcomes.get(5).value().decision().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(outcomes).extracting(record -> record.value().index()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("k1", "c2", "c3", "c4", "k5");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": ,}");
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.FIELD)).isEqualTo("scores.HATEFUL");
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.REASON))
                .isEqualTo("scores.HATEFUL must be within [0, 1], but was 1.5");
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("comments");
        assertThat(header(dead.get(1).headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(dead.get(4).headers(), DeadLetterHeaders.REASON)).contains("null");
    }

    @Test
    void a_comment_with_neither_labels_nor_scores_gets_no_action() {
        send("k", new CommentInput("c1", "u1", "X", "nice shoes", T0, null, null, null));

        assertThat(decisions.readValue().decision().action()).isEqualTo(ModerationAction.NO_ACTION);
    }
}
