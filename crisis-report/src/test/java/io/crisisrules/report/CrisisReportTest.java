package io.crisisrules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.InvalidInputException;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrisisReportTest {
    private static final Instant NOW = Instant.parse("2026-05-03T14:00:00Z");
    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
            Pattern.DOTALL);

    @Test
    void text_from_the_host_cannot_close_the_script_or_inject_markup() throws Exception {
        String hostile = "</script><script>alert(1)</script><marquee>";
        ResponseAction action = new ResponseAction("i1", ActionKind.CONTACT_INFLUENCER, hostile, OwnerRole.COMMUNITY_MANAGER,
                Channel.X, NOW.plus(Duration.ofHours(2)), List.of(), List.of(), Explanation.NONE);
        Assessment assessment = new Assessment(hostile, NOW, List.of(), List.of(), List.of(action), List.of(),
                null, new InputReceipt(0, 0, 0, 0, 0, 0, 0, 0, 0));

        String html = CrisisReport.builder().build().render(assessment);

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<marquee>")
                .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;marquee&gt;");
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        assertThat(json.at("/plan/actions/0/title").asText()).endsWith("(" + hostile + ")");
    }

    @Test
    void a_french_page_is_french_throughout() {
        Assessment assessment = new Assessment("acme", NOW, List.of(), List.of(), List.of(), List.of(),
                null, new InputReceipt(0, 0, 0, 0, 0, 0, 0, 0, 0));

        String html = CrisisReport.builder().locale(Locale.FRENCH).build().render(assessment);

        assertThat(html).contains("<html lang=\"fr\">", "Rapport de crise : acme", "Aucun signal avant-coureur.",
                "Aucun incident.", "Les heures sont en UTC.", "registerLocale('FR'");
        assertThat(html).doesNotContain("No incident", "Response plan", "Times are in UTC");
    }

    @Test
    void a_replay_records_each_interval_with_its_baseline_band_and_threshold() {
        ReplayRecorder recorder = new ReplayRecorder("acme", PolicySettings.defaults());
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 600; i++) {
            recorder.mentionCount(new MentionCount(start.plus(Duration.ofMinutes(5L * i)), 40 + i % 7));
        }

        MentionReplay replay = recorder.replay();

        assertThat(replay.points()).hasSize(600);
        assertThat(replay.points().get(0).scored()).isFalse();
        ReplayPoint last = replay.points().get(599);
        assertThat(last.scored()).isTrue();
        assertThat(last.baseline()).isBetween(40.0, 46.0);
        // the threshold stands above the band and at least spikeMinimumRatio times the baseline
        assertThat(last.threshold()).isGreaterThan(last.baseline() + last.spread())
                .isGreaterThanOrEqualTo(PolicySettings.defaults().detection().spikeMinimumRatio() * last.baseline());
        assertThat(SeriesJson.of(replay.points())).startsWith("{\"start\":" + start.getEpochSecond() + ",\"gaps\":[0,300,300,");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_the_value() {
        ReplayRecorder recorder = new ReplayRecorder("acme", PolicySettings.defaults());
        recorder.mentionCount(new MentionCount(NOW, 3));

        assertThatThrownBy(() -> recorder.mentionCount(new MentionCount(NOW, 4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("count.at").hasMessageContaining(NOW.toString());
        assertThatThrownBy(() -> new ReplayPoint(NOW, -1, 1, 1, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mentions must be >= 0, but was -1");
        assertThatThrownBy(() -> new ReplayPoint(NOW, 1, 1, Double.NaN, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("be all numbers or all NaN");
        assertThatThrownBy(() -> new MentionReplay("acme", List.of(ReplayPoint.unscored(NOW, 1), ReplayPoint.unscored(NOW, 2)),
                List.of(), List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("points[1].at");
        assertThatThrownBy(() -> CrisisReport.builder().tableRows(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tableRows must be >= 1, but was 0");
        assertThatThrownBy(() -> CrisisReport.builder().build().render((Assessment) null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("assessment");
    }
}
