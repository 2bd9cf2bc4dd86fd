package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompileWorkTest {

    @Test
    void threadCpuIsUserPlusSystemTicksOfTheStatLine() {
        // A real C2 thread's line, shortened after field 17; its name holds a space and a parenthesis.
        String stat = "4242 (C2 Compiler) Thre) S 4200 4200 4200 0 -1 4194368 9036 0 0 0 10321 457 0 0 20";
        assertEquals((10321 + 457) / 100.0, CompileWork.cpuSeconds(stat), 1e-9);
    }

    @Test
    void theDifferenceOfTwoReadingsIsTheRunsWork() {
        CompileWork before = new CompileWork(10.0, 5.0, 100, "added", null, 0.5, 1_000);
        CompileWork run = new CompileWork(150.5, 30.25, 1_400, "added", null, 8.75, 204_557).minus(before);
        assertEquals(140.5, run.c2Seconds(), 1e-9);
        assertEquals(25.25, run.c1Seconds(), 1e-9);
        assertEquals(1_300, run.janinoClasses());
        assertEquals(8.25, run.ruleSeconds(), 1e-9);
        assertEquals(203_557, run.ruleRuns());
        assertEquals("JIT compiler threads 165.8 CPU s (C2 140.5, C1 25.3); Spark compiled 1,300 generated classes "
                + "(Janino); keeping them out of C2: added.\n"
                + "Catalyst's analyser and optimiser rules 8.3 s (203,557 rule runs).\n", run.line());
    }

    @Test
    void unknownThreadCpuStaysUnknown() {
        CompileWork run = new CompileWork(-1, -1, 20, null, null, 2.0, 30).minus(new CompileWork(-1, -1, 5, null, null, 0, 0));
        assertEquals("JIT compiler threads' CPU unknown (no /proc); Spark compiled 15 generated classes (Janino); "
                + "keeping them out of C2: not tried.\n"
                + "Catalyst's analyser and optimiser rules 2.0 s (30 rule runs).\n",
                run.line());
    }

    @Test
    void aSmallCountysRuleIsNamedAfterTheGeneratedCodesRule() {
        CompileWork run = new CompileWork(0.5, 12.0, 600, "added", "added", 3.0, 40)
                .minus(new CompileWork(0.25, 2.0, 0, null, null, 0, 0));
        assertEquals("JIT compiler threads 10.3 CPU s (C2 0.3, C1 10.0); Spark compiled 600 generated classes "
                + "(Janino); keeping them out of C2: added; small county, all code kept in C1: added.\n"
                + "Catalyst's analyser and optimiser rules 3.0 s (40 rule runs).\n", run.line());
    }

    @Test
    void thisJvmReadsItsOwnCompilerThreadsOnLinux() {
        CompileWork now = CompileWork.now();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(now.c2Seconds() >= 0 && now.c1Seconds() >= 0, now.toString());
            // The test JVM runs C1 (test.jvm.flags stop at level 1), which has compiled something by now.
            assertTrue(now.c1Seconds() + now.c2Seconds() > 0, now.toString());
        }
    }
}
