package io.crisisrules.examples.cli;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code crisis}: evaluate scenarios, check rule files, moderate comment files from the command line.
 * Exit codes: 0 success, 1 bad input, bad settings or broken rules (one line per problem on stderr,
 * no stack trace; for {@code moderate}, any rejected line, after every line has its output line),
 * 2 wrong usage. {@code diff} differs: 1 when something changed, 2 for every error.
 */
@Command(name = "crisis", mixinStandardHelpOptions = true, version = "crisis-rules 0.2.0",
        description = "Evaluates brand and marketing crises with the crisis-rules policy.",
        subcommands = {EvaluateCommand.class, CheckRulesCommand.class, ModerateCommand.class,
                ReplayMentionsCommand.class, DetectionQualityCommand.class, SettingsCommand.class, TestCommand.class,
                DiffCommand.class})
public final class CrisisCli implements Runnable {
    /** Bad input, bad settings or broken rules; for {@code moderate}, a rejected line. */
    public static final int EXIT_INVALID = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: evaluate, check-rules, moderate, replay-mentions, detection-quality, settings, test or diff");
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the tool with the given streams, for tests and embedding.
     *
     * @param args command-line arguments
     * @param out  where results go
     * @param err  where errors go
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CrisisCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // for diff, 1 means "something changed": its errors exit with 2
            int invalid = line.getCommandSpec().userObject() instanceof DiffCommand ? DiffCommand.EXIT_ERROR : EXIT_INVALID;
            if (exception instanceof RuleCompilationException broken) {
                for (RuleProblem problem : broken.problems()) {
                    err.println(problem);
                }
                err.println("error: " + broken.problems().size() + " problem(s) in the rules");
                err.flush();
                return invalid;
            }
            if (exception instanceof io.crisisrules.settings.InvalidSettingException bad && bad.problems().size() > 1) {
                bad.problems().forEach(problem -> err.println("error: " + problem.getMessage().replace('\n', ' ')));
                err.flush();
                return invalid;
            }
            if (exception instanceof CrisisRulesException expected) {
                err.println("error: " + expected.getMessage().replace('\n', ' '));
                err.flush();
                return invalid;
            }
            throw exception;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
