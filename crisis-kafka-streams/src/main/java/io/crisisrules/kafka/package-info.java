/**
 * crisis-rules as Kafka Streams topologies, for hosts that run a stream-processing platform and
 * scale by starting more instances of one application.
 *
 * <p>Start with {@link io.crisisrules.kafka.ModerationTopology} (comments in, one moderation outcome
 * per comment out, repeat offenders counted per author in a state store) and
 * {@link io.crisisrules.kafka.MonitoringTopology} (a brand's mention counts, mentions, KPI points and
 * complaints in, its alert and incident changes out, each brand's monitor kept in a state store as
 * a checkpoint). Both read and write documents of the crisis-rules JSON format
 * ({@link io.crisisrules.kafka.CrisisSerdes}); what cannot be read or moderated goes to a dead-letter
 * topic with the reason in its headers ({@link io.crisisrules.kafka.DeadLetterHeaders}). Run them with
 * {@code processing.guarantee=exactly_once_v2}.
 */
package io.crisisrules.kafka;
