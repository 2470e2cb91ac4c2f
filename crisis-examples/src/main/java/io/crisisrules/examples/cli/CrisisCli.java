package io.crisisrules.examples.cli;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code crisis}: evaluate scenarios, check rule files, moderate comment files from the command line.
 * Exit codes: 0 success, 1 bad input, bad settings or broken rules (one line per problem on stderr,
 * no stack trace; for {@code moderate}, any rejected line, after every line has its output line),
 * 2 wrong usage. {@code diff} differs: 1 when something changed, 2 for every error.
 */
@Command(name = "crisis", mixinStandardHelpOptions = true, version = "crisis-rules 0.2.0",
        description = "Evaluates brand and marketing crises with the crisis-rules policy.")
public final class CrisisCli implements Runnable {
    /** Bad input, bad settings or broken rules; for {@code moderate}, a rejected line. */
    public static final int EXIT_INVALID = 1;

    /**
     * The subcommands by name and alias, in the order {@code crisis --help} lists them. A command line
     * naming one gets only that one: picocli reads every option of every subcommand it is given, which
     * loads their classes (Jackson's among them) and took about a second of a cold {@code check-rules}.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("evaluate", EvaluateCommand.class);
        commands.put("report", EvaluateCommand.class); // evaluate's alias
        commands.put("check-rules", CheckRulesCommand.class);
        commands.put("moderate", ModerateCommand.class);
        commands.put("replay-mentions", ReplayMentionsCommand.class);
        commands.put("detection-quality", DetectionQualityCommand.class);
        commands.put("settings", SettingsCommand.class);
        commands.put("test", TestCommand.class);
        commands.put("diff", DiffCommand.class);
        return commands;
    }

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
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named);
        } else {
            COMMANDS.values().stream().distinct().forEach(commandLine::addSubcommand);
        }
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
