package io.github.bitforbit.engine;

import sim.engine.Steppable;

/** A stage: the built-in agents acting in it, then the users' actors of the stage. */
abstract class StageStep implements Steppable {
    private static final long serialVersionUID = 1L;
    final World w;
    private final Actor[] extra;

    StageStep(World w, Actor[] extra) {
        this.w = w;
        this.extra = extra;
    }

    final void actors() {
        for (Actor a : extra) {
            a.act(w);
        }
    }
}
