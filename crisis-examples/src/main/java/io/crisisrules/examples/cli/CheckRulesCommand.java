package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleOverlay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code crisis check-rules DIR}: compile a rules folder and list its rules. */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = {"Compiles the default rules overlaid with DIR (or DIR alone with --without-default-rules),",
                "lists every rule with its phase and policy IDs and what DIR replaced, added and removed, and exits",
                "with 1 and file:line: message lines on stderr when anything is broken, a default policy ID that",
                "DIR leaves without any rule included (unless named with --allow-removed), and DRL using Java APIs",
                "rules may not (processes, System, files, network, reflection, threads, loops; unless --allow-rule-api)."})
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CrisisEngine.Builder builder = CrisisEngine.builder().rulesDirectory(directory);
        if (withoutDefaults) {
            builder.withoutDefaultRules();
        }
        builder.allowRemovedPolicies(allowRemoved.toArray(String[]::new));
        builder.allowRuleApis(allowRuleApis.toArray(String[]::new));
        CrisisEngine engine = builder.build();
        List<RuleInfo> rules = engine.rules();
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo rule : rules) {
            out.printf("%-14s %-18s %s%n", rule.phase(),
                    rule.policyIds().isEmpty() ? "(no @policy)" : String.join(",", rule.policyIds()), rule.name());
            out.printf("%-14s %-18s   %s%n", "", "", rule.file());
        }
        long withoutPolicy = rules.stream().filter(rule -> rule.policyIds().isEmpty()).count();
        out.printf("%d rules compiled%s%n", rules.size(),
                withoutPolicy == 0 ? "" : ", " + withoutPolicy + " without @policy metadata");
        RuleOverlay overlay = engine.overlay();
        if (!withoutDefaults) {
            out.printf("replaced: %s%n", list(overlay.replacedFiles()));
            out.printf("added: %s%n", list(overlay.addedFiles()));
            out.printf("policy IDs removed (allowed): %s%n", list(overlay.removedPolicyIds()));
            out.printf("policy IDs added: %s%n", list(overlay.addedPolicyIds()));
        }
        return 0;
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
