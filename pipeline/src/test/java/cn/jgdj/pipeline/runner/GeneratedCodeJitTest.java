package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class GeneratedCodeJitTest {

    @Test
    void theDirectiveIsOnTheJvmsStackOnceWhateverTheCalls() throws Exception {
        String first = GeneratedCodeJit.keepOutOfC2();
        String second = GeneratedCodeJit.keepOutOfC2();
        assertEquals("added", first);
        assertEquals(first, second);
        assertEquals(first, GeneratedCodeJit.outcome());
        String stack = directives();
        String match = "matching: org/apache/spark/sql/catalyst/expressions/GeneratedClass*.*";
        assertEquals(1, stack.split(java.util.regex.Pattern.quote(match), -1).length - 1, stack);
        // C2 excluded for those classes, C1 left on: the printed c2 block says Exclude:true.
        String c2 = stack.substring(stack.indexOf(match)).split("c2 directives:")[1];
        assertTrue(c2.contains("Exclude:true"), c2);
        // Their row orderings are the exception, matched first: C2 left on.
        String ordering = "matching: org/apache/spark/sql/catalyst/expressions/GeneratedClass$SpecificOrdering.*";
        assertEquals(1, stack.split(java.util.regex.Pattern.quote(ordering), -1).length - 1, stack);
        assertTrue(stack.indexOf(ordering) < stack.indexOf(match), stack);
        String orderingC2 = stack.substring(stack.indexOf(ordering)).split("c2 directives:")[1];
        assertTrue(orderingC2.split("Directive:")[0].contains("Exclude:false"), orderingC2);
        // Janino, the compiler of those classes, likewise: one directive for both of its packages (printed as one
        // "matching:" line), on the stack once, with C2 excluded and C1 left on.
        String janino = "matching: org/codehaus/commons/compiler/*.*, org/codehaus/janino/*.*";
        assertEquals(1, stack.split(java.util.regex.Pattern.quote(janino), -1).length - 1, stack);
        String[] blocks = stack.substring(stack.indexOf(janino)).split("c2 directives:");
        assertTrue(blocks[0].contains("Exclude:false"), blocks[0]);
        assertTrue(blocks[1].split("Directive:")[0].contains("Exclude:true"), blocks[1]);
    }

    private static String directives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
