package io.crisisrules.kafka;

import io.crisisrules.InvalidInputException;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.Rejection;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.util.Set;

/**
 * Reads each comment record and keys it by author for the repartition, or rejects it here: a value
 * that is no comment document, or a comment the engine would refuse (no author to partition by, an
 * unknown label, a score outside [0, 1]). Checking the whole comment before the repartition keeps
 * bad records out of the moderation tasks and names the source offset in the rejection.
 */
final class CommentReader implements Processor<String, byte[], String, ParsedComment> {
    private static final Documents COMMENTS = Documents.of(Set.of(CommentInput.class));

    private ProcessorContext<String, ParsedComment> context;

    @Override
    public void init(ProcessorContext<String, ParsedComment> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(0L);
        Record<String, byte[]> sourced = record.withHeaders(SourceHeaders.withSource(record.headers(), context));
        CommentInput comment = null;
        try {
            comment = (CommentInput) COMMENTS.read(record.value());
            comment.toComment();
        } catch (InvalidInputException e) {
            String commentId = comment == null || comment.id() == null || comment.id().isBlank() ? null : comment.id();
            context.forward(sourced.withKey(commentId != null ? commentId : record.key())
                    .withValue(new ParsedComment(null, new Rejection(commentId, e.field(), e.getMessage()), record.value(), offset)));
            return;
        }
        context.forward(sourced.withKey(comment.authorId()).withValue(new ParsedComment(comment, null, record.value(), offset)));
    }
}
