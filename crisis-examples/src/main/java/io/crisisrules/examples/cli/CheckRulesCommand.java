package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code crisis check-rules DIR}: compile a rules folder and list its rules. */
@Command(name = "check-rules", mixinStandardHelpOptions = true,
        description = {"Compiles the default rules overlaid with DIR (or DIR alone with --without-default-rules),",
                "lists every rule with its phase and policy IDs, and exits with 1 and file:line: message lines",
                "on stderr when anything is broken."})
final class CheckRulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of .drl files.")
    Path directory;

    @Option(names = "--without-default-rules", description = "Compile DIR alone.")
    boolean withoutDefaults;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CrisisEngine.Builder builder = CrisisEngine.builder().rulesDirectory(directory);
        if (withoutDefaults) {
            builder.withoutDefaultRules();
        }
        List<RuleInfo> rules = builder.build().rules();
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo rule : rules) {
            out.printf("%-14s %-18s %s%n", rule.phase(),
                    rule.policyIds().isEmpty() ? "(no @policy)" : String.join(",", rule.policyIds()), rule.name());
            out.printf("%-14s %-18s   %s%n", "", "", rule.file());
        }
        long withoutPolicy = rules.stream().filter(rule -> rule.policyIds().isEmpty()).count();
        out.printf("%d rules compiled%s%n", rules.size(),
                withoutPolicy == 0 ? "" : ", " + withoutPolicy + " without @policy metadata");
        return 0;
    }
}
