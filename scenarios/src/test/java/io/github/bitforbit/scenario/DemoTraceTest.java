package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo-trace main prints exactly the trace of the chosen seed. */
class DemoTraceTest {
    @Test
    void printsTheTraceOfTheSeed() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            DemoTrace.main(new String[] {"7"});
        } finally {
            System.setOut(old);
        }
        String expected = new Simulation(Demo.scenario(0.2), Template.BIT_FOR_BIT).trace(7).format("USA", "DPRK");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertTrue(expected.contains("outcome: "));
    }
}
