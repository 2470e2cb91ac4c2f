package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleCheck;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Cold start in a fresh JVM (one shot per fork): building the engine with every default rule
 * (precompiled: it loads classes) and running the first assessment, against bare Drools loading the
 * same precompiled module and opening one session (the peer; there is no plain-Java equivalent of
 * compiling rules); and building an engine with one house-rule file overlaid (the file and the default
 * package it changes, moderation, compiled at run time on the executable model; the other default
 * packages included precompiled) and running the first assessment; and checking the
 * same overlay without building an engine ({@code CrisisEngine.Builder.check()}: the defaults come
 * precompiled, only the house file is compiled), as {@code crisis check-rules} does (issue 18).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class BuildBenchmark {

    @Benchmark
    public Object buildEngineToFirstAssessment() {
        return CrisisEngine.builder().build().evaluate(Inputs.snapshot());
    }

    @Benchmark
    public Object buildRawDroolsAllRules() {
        KieBase base = RawDrools.precompiled();
        base.newKieSession().dispose();
        return base;
    }

    @Benchmark
    public Object buildEngineWithHouseRule() throws IOException {
        return CrisisEngine.builder().rulesDirectory(houseRules()).build().evaluate(Inputs.snapshot());
    }

    @Benchmark
    public Object checkDefaultsWithHouseRule() throws IOException {
        RuleCheck check = CrisisEngine.builder().rulesDirectory(houseRules()).check();
        if (!check.ok()) {
            throw new IllegalStateException(check.problems().toString());
        }
        return check;
    }

    /** A folder with one house file: a copy of the default moderation/abusive-content.drl (MOD-01). */
    private static Path houseRules() throws IOException {
        Path rules = Files.createTempDirectory("house-rules");
        Path file = rules.resolve("moderation/abusive-content.drl");
        Files.createDirectories(file.getParent());
        try (InputStream in = BuildBenchmark.class.getClassLoader()
                .getResourceAsStream("io/crisisrules/rules/moderation/abusive-content.drl")) {
            Files.write(file, in.readAllBytes());
        }
        return rules;
    }
}
