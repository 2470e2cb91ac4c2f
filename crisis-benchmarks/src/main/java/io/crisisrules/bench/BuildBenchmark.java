package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cold start in a fresh JVM (one shot per fork): building the engine with every default rule and
 * running the first assessment, against compiling the same DRL files on bare Drools and opening one
 * session (the peer; there is no plain-Java equivalent of compiling rules).
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
        KieBase base = RawDrools.compile(RawDrools.files(""));
        base.newKieSession().dispose();
        return base;
    }
}
