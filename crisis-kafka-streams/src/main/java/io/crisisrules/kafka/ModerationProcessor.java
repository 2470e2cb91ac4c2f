package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleExecutionException;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.Rejection;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Moderates the comments of the authors of one partition: one outcome per comment, with the
 * authors' offences read from and recorded in the task's store. The engine is the instance's,
 * derived once per task with the task's store and clock (sharing the compiled rules).
 */
final class ModerationProcessor implements Processor<String, CommentInput, String, Emitted> {
    private final CrisisEngine engine;
    private final String storeName;
    private final Function<CommentInput, ModerationContext> contexts;

    private ProcessorContext<String, Emitted> context;
    private CrisisEngine taskEngine;
    private RecordClock clock;

    ModerationProcessor(CrisisEngine engine, String storeName, Function<CommentInput, ModerationContext> contexts) {
        this.engine = engine;
        this.storeName = storeName;
        this.contexts = contexts;
    }

    @Override
    public void init(ProcessorContext<String, Emitted> context) {
        this.context = context;
        KeyValueStore<String, List<StoredOffence>> store = context.getStateStore(storeName);
        clock = new RecordClock();
        taskEngine = engine.withClock(clock)
                .withOffenceHistory(new StoreOffenceHistory(store, engine.settings().moderation().offenceWindow()));
    }

    @Override
    public void process(Record<String, CommentInput> record) {
        CommentInput comment = record.value();
        long index = SourceHeaders.offset(record.headers()).orElse(0L);
        clock.set(record.timestamp());
        ModerationOutcome outcome;
        try {
            outcome = taskEngine.moderateBatch(List.of(comment), contexts.apply(comment)).get(0);
        } catch (RuleExecutionException e) {
            // the same comment would fail again on every retry: reject it rather than stop the task
            outcome = ModerationOutcome.rejected(0, new Rejection(comment.id(), "rules", e.getMessage()));
        }
        Record<String, Emitted> keyed = record.withKey(comment.id()).withValue(null);
        if (outcome.isDecided()) {
            context.forward(keyed.withValue(Emitted.output(ModerationOutcome.decided(index, outcome.decision()))));
        } else {
            Rejection rejection = outcome.rejection();
            byte[] value = Documents.json().write(comment).getBytes(StandardCharsets.UTF_8);
            context.forward(keyed.withValue(new Emitted(ModerationOutcome.rejected(index, rejection), value,
                    rejection.field(), rejection.reason())));
        }
    }
}
