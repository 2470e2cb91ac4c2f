package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.FolderWatcher;
import io.crisisrules.InvalidInputException;
import io.crisisrules.RuleCheck;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleOverlay;
import io.crisisrules.RuleProblem;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.settings.HouseSettings;
import io.crisisrules.settings.SettingInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code crisis check-rules DIR}: checks a rules folder as building an engine would, without
 * building one ({@link CrisisEngine.Builder#check()}: the default rules are neither compiled nor
 * loaded, only DIR's files are compiled), and lists its rules and the house settings DIR declares
 * (as {@code crisis settings --rules DIR} does); {@code --watch} checks again after each save.
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = {"Checks the default rules overlaid with DIR (or DIR alone with --without-default-rules),",
                "lists every rule with its phase and policy IDs, what DIR replaced, added and removed, and the house",
                "settings its house-settings.properties declares (key, type, default, range, policy, meaning), and exits",
                "with 1 and file:line: message lines on stderr when anything is broken, a default policy ID that",
                "DIR leaves without any rule included (unless named with --allow-removed), and DRL using Java APIs",
                "rules may not (processes, System, files, network, reflection, threads, loops; unless --allow-rule-api).",
                "Only DIR's files are compiled. With --watch, checks again each time a file below DIR changes, until stopped."})
final class CheckRulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of .drl files.")
    Path directory;

    @Option(names = "--without-default-rules", description = "Compile DIR alone.")
    boolean withoutDefaults;

    @Option(names = "--allow-removed", paramLabel = "ID", split = ",",
            description = "A default policy ID DIR may drop on purpose (e.g. MOD-05). Repeatable, or comma-separated.")
    List<String> allowRemoved = new ArrayList<>();

    @Option(names = "--allow-rule-api", paramLabel = "API", split = ",",
            description = "A Java API DIR's DRL may use although the rule check rejects it (e.g. java.nio.file, java.lang.System, loops). Repeatable, or comma-separated.")
    List<String> allowRuleApis = new ArrayList<>();

    @Option(names = "--watch", description = "After the first check, check again after every change below DIR (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--watch-runs", paramLabel = "N",
            description = "With --watch, stop after N checks following changes (for scripts and tests); default: never.")
    int watchRuns;

    @Option(names = "--quiet-period", paramLabel = "MILLIS", defaultValue = "300",
            description = "With --watch, how long DIR must be quiet before it is checked again (default: ${DEFAULT-VALUE} ms).")
    long quietMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (watchRuns < 0) {
            throw new InvalidInputException("--watch-runs", watchRuns, "be >= 0");
        }
        if (quietMillis < 0) {
            throw new InvalidInputException("--quiet-period", quietMillis, "be >= 0");
        }
        boolean ok = checkAndReport();
        if (!watch) {
            return ok ? 0 : CrisisCli.EXIT_INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        Semaphore runs = new Semaphore(0);
        AtomicBoolean lastOk = new AtomicBoolean(ok);
        try (FolderWatcher watcher = FolderWatcher.start(List.of(directory), Duration.ofMillis(quietMillis), () -> {
            synchronized (this) {
                out.printf("--- checking again after a change%n");
                try {
                    lastOk.set(checkAndReport());
                } catch (CrisisRulesException e) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("error: " + e.getMessage().replace('\n', ' '));
                    err.flush();
                    lastOk.set(false);
                }
            }
            runs.release();
        })) {
            // only once the folders are registered: a save before that would not be seen
            synchronized (this) {
                out.printf("watching %s for changes%n", directory);
                out.flush();
            }
            if (watchRuns == 0) {
                new Semaphore(0).acquire(); // until the process is stopped
            }
            runs.acquire(watchRuns);
        }
        return lastOk.get() ? 0 : CrisisCli.EXIT_INVALID;
    }

    /** @return whether the rules have no problem; problems go to stderr, the rules to stdout */
    private boolean checkAndReport() {
        CrisisEngine.Builder builder = CrisisEngine.builder().rulesDirectory(directory);
        if (withoutDefaults) {
            builder.withoutDefaultRules();
        }
        builder.allowRemovedPolicies(allowRemoved.toArray(String[]::new));
        builder.allowRuleApis(allowRuleApis.toArray(String[]::new));
        RuleCheck check = builder.check();
        PrintWriter out = spec.commandLine().getOut();
        if (!check.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            for (RuleProblem problem : check.problems()) {
                err.println(problem);
            }
            err.println("error: " + check.problems().size() + " problem(s) in the rules");
            err.flush();
            out.flush();
            return false;
        }
        List<RuleInfo> rules = check.rules();
        for (RuleInfo rule : rules) {
            out.printf("%-14s %-18s %s%n", rule.phase(),
                    rule.policyIds().isEmpty() ? "(no @policy)" : String.join(",", rule.policyIds()), rule.name());
            out.printf("%-14s %-18s   %s%n", "", "", rule.file());
        }
        long withoutPolicy = rules.stream().filter(rule -> rule.policyIds().isEmpty()).count();
        out.printf("%d rules compiled%s%n", rules.size(),
                withoutPolicy == 0 ? "" : ", " + withoutPolicy + " without @policy metadata");
        RuleOverlay overlay = check.overlay();
        if (!withoutDefaults) {
            out.printf("replaced: %s%n", list(overlay.replacedFiles()));
            out.printf("added: %s%n", list(overlay.addedFiles()));
            out.printf("policy IDs removed (allowed): %s%n", list(overlay.removedPolicyIds()));
            out.printf("policy IDs added: %s%n", list(overlay.addedPolicyIds()));
        }
        // the check found no problem in the folder's house-settings.properties, so it loads
        List<SettingInfo> houseSettings = HouseSettings.load(directory).describe();
        out.printf("house settings (%s): %s%n", HouseSettings.FILE, houseSettings.isEmpty() ? "none" : houseSettings.size());
        houseSettings.forEach(info -> SettingsCommand.print(out, info, true));
        out.flush();
        return true;
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
