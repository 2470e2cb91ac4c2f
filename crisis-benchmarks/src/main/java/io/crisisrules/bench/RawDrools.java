package io.crisisrules.bench;

import io.crisisrules.facts.ModerationFinding;
import io.crisisrules.facts.OpenCrisis;
import io.crisisrules.facts.PriorOffences;
import io.crisisrules.facts.SubjectQuestions;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.Severity;
import io.crisisrules.settings.ModerationSettings;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.io.BufferedReader;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer: the same moderation DRL files on bare Drools, no facade, on the same path as the engine
 * (the executable model). A KIE base compiled from a {@code KieFileSystem} with
 * {@link ExecutableModelProject} in the default (cloud) mode; per batch a pooled {@link KieSession} gets the
 * settings, comments and the two counts the rules need, fires the decision group, fires again after
 * inserting repeat-offender counts of the batch (no history), and picks the strictest finding per
 * comment. No provenance listener, no explanations, no input checks, no offence history.
 */
public final class RawDrools {
    private static final String ROOT = "io/crisisrules/rules/";
    private final KieSessionsPool sessions;

    private RawDrools(KieBase base) {
        // the pool the engine uses too, so that the ratio to the peer is the facade's own work
        this.sessions = base.newKieSessionsPool(1);
    }

    /** @return the moderation rules compiled on bare Drools */
    public static RawDrools moderationRules() {
        return new RawDrools(compile(files("moderation/")));
    }

    /**
     * @param prefix a folder of {@code rules.index}, or "" for all
     * @return the default rule files below it
     */
    public static List<String> files(String prefix) {
        List<String> files = new ArrayList<>();
        try (InputStream in = RawDrools.class.getClassLoader().getResourceAsStream(ROOT + "rules.index");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#") && line.startsWith(prefix)) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Compiles DRL files of the default rules on bare Drools, on the executable model, at run time. */
    public static KieBase compile(List<String> files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (String file : files) {
            try (InputStream in = RawDrools.class.getClassLoader().getResourceAsStream(ROOT + file)) {
                kfs.write("src/main/resources/" + ROOT + file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().getMessages(Message.Level.ERROR).toString());
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    /**
     * Loads the precompiled default rules on bare Drools, as a host using the crisis-rules jar as a
     * plain kjar would: its module through the KIE repository, its KIE base of every rule.
     */
    public static KieBase precompiled() {
        URL index = RawDrools.class.getClassLoader().getResource(ROOT + "rules.index");
        String url = index.toExternalForm();
        String root = url.substring(0, url.length() - (ROOT + "rules.index").length());
        try {
            File file = root.startsWith("jar:") ? Path.of(new URL(root.substring(4, root.length() - 2)).toURI()).toFile()
                    : Path.of(new URL(root).toURI()).toFile();
            KieServices services = KieServices.Factory.get();
            KieModule module = services.getRepository().addKieModule(services.getResources().newFileSystemResource(file));
            return services.newKieContainer(module.getReleaseId()).getKieBase("io.crisisrules.rules");
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return one decision per comment, in order; {@code rules} is -1 (not tracked)
     */
    public List<PlainModeration.Decision> moderate(List<Comment> comments, ModerationSettings settings,
                                                   Severity openCrisis) {
        KieSession session = sessions.newKieSession();
        try {
            session.insert(settings);
            Map<String, Long> questions = new HashMap<>();
            for (Comment comment : comments) {
                session.insert(comment);
                if (comment.subject() != null
                        && comment.confidence(CommentLabel.QUESTION) >= settings.actionThreshold()) {
                    questions.merge(comment.subject(), 1L, Long::sum);
                }
            }
            questions.forEach((subject, count) -> session.insert(new SubjectQuestions(subject, count)));
            if (openCrisis != null) {
                session.insert(new OpenCrisis(openCrisis));
            }
            session.getAgenda().getAgendaGroup("moderation").setFocus();
            session.fireAllRules();

            Map<String, Comment> byId = new HashMap<>();
            comments.forEach(comment -> byId.put(comment.id(), comment));
            List<Comment> offending = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(ModerationFinding.class))) {
                ModerationFinding finding = (ModerationFinding) fact;
                if (finding.action().isOffence() && !finding.provisional()) {
                    offending.add(byId.get(finding.commentId()));
                }
            }
            if (!offending.isEmpty()) {
                offending.sort(Comparator.comparing(Comment::postedAt).thenComparing(Comment::id));
                Map<String, Integer> counts = new HashMap<>();
                for (Comment comment : offending) {
                    int before = counts.merge(comment.authorId(), 1, Integer::sum) - 1;
                    session.insert(new PriorOffences(comment.id(), comment.authorId(), before));
                }
                session.getAgenda().getAgendaGroup("moderation").setFocus();
                session.fireAllRules();
            }
            Map<String, List<ModerationFinding>> findings = new HashMap<>();
            Collection<?> all = session.getObjects(new ClassObjectFilter(ModerationFinding.class));
            for (Object fact : all) {
                ModerationFinding finding = (ModerationFinding) fact;
                findings.computeIfAbsent(finding.commentId(), id -> new ArrayList<>(2)).add(finding);
            }
            List<PlainModeration.Decision> decisions = new ArrayList<>(comments.size());
            for (Comment comment : comments) {
                decisions.add(resolve(comment.id(), findings.getOrDefault(comment.id(), List.of())));
            }
            return decisions;
        } finally {
            session.dispose();
        }
    }

    private static PlainModeration.Decision resolve(String id, List<ModerationFinding> findings) {
        ModerationAction action = ModerationAction.NO_ACTION;
        for (ModerationFinding finding : findings) {
            if (finding.action().isStricterThan(action)) {
                action = finding.action();
            }
        }
        boolean provisional = true;
        boolean crm = false;
        java.time.Instant due = null;
        for (ModerationFinding finding : findings) {
            if (finding.action() == action && !finding.provisional()) {
                provisional = false;
            }
            crm |= finding.openCrmCase();
            if (finding.replyDue() != null && (due == null || finding.replyDue().isBefore(due))) {
                due = finding.replyDue();
            }
        }
        return new PlainModeration.Decision(id, action, findings.isEmpty() ? false : provisional, crm,
                action.isReply() ? due : null, -1);
    }
}
