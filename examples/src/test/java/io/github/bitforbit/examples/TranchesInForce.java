package io.github.bitforbit.examples;

import io.github.bitforbit.engine.Probe;
import io.github.bitforbit.engine.World;

/** A probe: how many tranches are still in force when the run ends. */
public final class TranchesInForce implements Probe {
    @Override
    public String name() {
        return "tranchesInForce";
    }

    @Override
    public double read(World world) {
        int n = 0;
        for (int i = 0; i < world.concessions(); i++) {
            if (world.isTranche(i) && world.inForce(i)) {
                n++;
            }
        }
        return n;
    }
}
