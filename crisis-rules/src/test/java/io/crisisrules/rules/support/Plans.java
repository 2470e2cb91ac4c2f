package io.crisisrules.rules.support;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;

/** Inputs and readers for response-plan tests. */
public final class Plans {

    private Plans() {
    }

    /** A small negative buzz on X: public signals, minor severity. */
    public static MentionStatistics minorBuzz(Map<Topic, Long> topics) {
        return Fixtures.mentions(Channel.X, 100, 60, 1_000, 100, 0.2, topics);
    }

    /** A negative buzz on X reaching 5 million people within the hour: major severity. */
    public static MentionStatistics majorBuzz(Map<Topic, Long> topics) {
        return Fixtures.mentions(Channel.X, 5_000, 3_000, 8_000_000, 5_000_000, 0.2, topics);
    }

    public static Claim claim(String id, Claim.Status status, boolean accusesBrand) {
        return new Claim(id, "statement " + id, null, "@someone", status, accusesBrand);
    }

    public static Complaint complaint(String id, Topic topic, ComplaintStatus status) {
        return new Complaint(id, "customer-" + id, ComplaintChannel.EMAIL, status, NOW.minus(Duration.ofHours(1)), topic);
    }

    /** @return the default engine's assessment at {@code at} */
    public static Assessment evaluateAt(Instant at, Snapshot snapshot) {
        return Engines.defaults().withClock(Clock.fixed(at, ZoneOffset.UTC)).evaluate(snapshot);
    }

    public static List<ActionKind> kinds(Assessment assessment) {
        return assessment.actions().stream().map(ResponseAction::kind).toList();
    }

    public static ResponseAction only(Assessment assessment, ActionKind kind) {
        List<ResponseAction> actions = assessment.actions(kind);
        if (actions.size() != 1) {
            throw new AssertionError("expected one " + kind + " but the plan holds " + kinds(assessment));
        }
        return actions.get(0);
    }
}
