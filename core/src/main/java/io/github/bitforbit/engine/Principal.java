package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.terms.Role;

/**
 * A principal of the talks, the {@link Sanctioner} or the {@link Target} (docs/ODD.md section 2):
 * an agent that holds a private type, a belief about its counterpart, its patience, and a
 * {@link Strategy} that makes its choices. What a phase is worth to it, what it costs and what
 * walking out would give are its own ({@link #value}, {@link #cost}, {@link #outside}); the
 * shared protocol of offering, performing and walking out is here.
 *
 * <p>{@link #believe} is the one place a principal's trust changes.
 */
abstract sealed class Principal permits Sanctioner, Target {
    final World world;
    final Party party;
    final String id;
    final Role role;
    Principal counterpart;
    /** Its strategy's instance for this simulation. */
    final Strategy strategy;
    /** Whether its strategy decides walk-outs of its own (so the walk-out stage must ask it). */
    private final boolean decidesWalkOut;

    // ------------------------------------------------------------ run state
    /** Its private type: a committed sanctioner, a security-seeking target. */
    boolean cooperative;
    /** Its belief that the counterpart is cooperative, in [0, 1]. */
    double trust;
    /** Consecutive steps in which walking out was worth more than staying. */
    int lossStreak;
    /** Its offers rejected since the last completed phase. */
    int rejections;
    /** The counterpart defected since the last completed phase (what tit-for-tat answers). */
    boolean defected;

    // ------------------------------------------------------------ parameters (docs/ODD.md section 9)
    /** P(cooperative type), in [0, 1]. */
    double cooperativePrior;
    /** Trust at the start of a run, in [0, 1]. */
    double initialTrust;
    /** It walks out when its trust falls below this, in [0, 1]. */
    double trustFloor;
    /** Steps of losing (or rejections) it bears before walking out, >= 1. */
    int patience;
    /** Discount factor per step, in (0, 1]. */
    double discount;
    /** Chance per step that it attends to the talks, in [0, 1]. */
    double attention;

    private final View view = new View();

    /**
     * {@code annuities[n] = Valuation.annuity(n, annuitiesDiscount)} for n from 0 to the horizon:
     * the value functions ask for A(n, discount) several times a step, each a {@code Math.pow};
     * the table gives the very same doubles (the same expression, computed once per discount).
     */
    private double[] annuities = new double[0];
    private double annuitiesDiscount = Double.NaN;

    Principal(World world, Party party, Role role) {
        this.world = world;
        this.party = party;
        this.id = party.id();
        this.role = role;
        this.strategy = party.strategy().instance();
        this.cooperativePrior = party.cooperativePrior();
        this.initialTrust = party.initialTrust();
        this.trustFloor = party.trustFloor();
        this.patience = party.patience();
        this.discount = party.discount();
        this.attention = party.attention();
        this.decidesWalkOut = overridesWalksOut(strategy);
    }

    private static boolean overridesWalksOut(Strategy s) {
        try {
            return s.getClass().getMethod("walksOut", Situation.class).getDeclaringClass() != Strategy.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh run: draws its private type, then starts from its initial trust. */
    void reset() {
        cooperative = world.random.nextDouble() < cooperativePrior;
        trust = initialTrust;
        lossStreak = 0;
        rejections = 0;
        defected = false;
        strategy.reset();
    }

    /**
     * Changes this principal's belief about its counterpart to {@code posterior} (clamped to
     * [0, 1]) for {@code reason}, and traces the change. Every trust update of the model comes
     * through here. The reason is read only when tracing: one built by concatenation is passed as
     * null in an untraced run, which then builds no string.
     */
    final void believe(double posterior, String reason) {
        double before = trust;
        trust = Math.min(1.0, Math.max(0.0, posterior));
        if (world.tracing && before != trust) {
            world.record(new TraceEvent.TrustChanged(world.step, id, counterpart.id, before, trust, reason));
        }
    }

    /** The chance that it attends to the talks this step, in [0, 1]: its attention, as the modifiers change it. */
    final double attentionNow() {
        double a = attention;
        for (Modifier m : world.modifiers) {
            a = m.attention(id, a, world);
        }
        return a;
    }

    /** One draw: whether it attends to the talks this step. */
    final boolean attentive() {
        return world.random.nextDouble() < attentionNow();
    }

    /** {@code Valuation.annuity(steps, discount)}, from the table while the discount is the tabulated one. */
    final double annuity(int steps) {
        if (discount != annuitiesDiscount || annuities.length <= world.horizon) {
            // a new discount (an uncertain draw) or a longer horizon: tabulate again
            if (annuities.length <= world.horizon) {
                annuities = new double[world.horizon + 1];
            }
            for (int n = 0; n < annuities.length; n++) {
                annuities[n] = Valuation.annuity(n, discount);
            }
            annuitiesDiscount = discount;
        }
        return steps >= 0 && steps < annuities.length ? annuities[steps] : Valuation.annuity(steps, discount);
    }

    /** {@code Valuation.exposure(reversalSteps, remaining, discount)}, from the table. */
    final double exposure(int reversalSteps, int remaining) {
        return annuity(Math.min(reversalSteps, remaining));
    }

    /** What phase b gives it if the counterpart delivers (V); {@code kept}: what it already received counts. */
    abstract double value(PhaseTerms b, boolean kept);

    /** What phase b costs it for certain (C). */
    abstract double cost(PhaseTerms b);

    /** Expected value of staying in the talks over the remaining horizon. */
    abstract double continuing();

    /** Value of walking out now. */
    abstract double outside();

    /** Its side of phase b. */
    abstract int[] side(PhaseTerms b);

    /** Performs concession i of its side of phase b. */
    abstract void perform(int i, PhaseTerms b);

    /** The model's temptation coefficient for this principal. */
    abstract double temptation();

    final double value(PhaseTerms b) {
        return value(b, false);
    }

    /** The situation its strategy sees for phase b, refilled in place (no allocation). */
    final Situation situation(PhaseTerms b, boolean kept) {
        view.value = value(b, kept);
        view.cost = cost(b);
        view.everything = world.ledger.everythingRemaining(b);
        return view;
    }

    /** Stage 4 (docs/ODD.md section 7.3): performs its due side of the phase under way, if it decides to. */
    void implement() {
        World w = world;
        PhaseTerms b = w.plan.current;
        if (b == null || w.blocked() || w.outcome != null) {
            return;
        }
        int[] mine = side(b);
        if (w.ledger.allPerformed(mine) || !w.plan.due(b, this instanceof Target) || !attentive()) {
            return;
        }
        boolean reciprocating = b.unilateral && (this instanceof Target) != Plan.targetMovesFirst(b);
        Situation s = situation(b, reciprocating);
        boolean go = reciprocating ? strategy.accepts(s) : strategy.performs(s);
        if (!go) {
            return;
        }
        for (int i : mine) {
            if (w.ledger.status[i] == Ledger.OPEN) {
                perform(i, b);
            }
        }
        if (w.ledger.allPerformed(b.target) && w.ledger.allPerformed(b.sanctioner)) {
            w.completePhase(b);
        }
    }

    /** Whether it walks out now: its trust fell below its floor. */
    final boolean lostTrust() {
        return trust < trustFloor;
    }

    /**
     * Updates its loss streak; why its patience ran out this step ({@link CollapseCause#UTILITY}
     * for losing too long, {@link CollapseCause#REJECTED} for offers rejected too often), or null.
     */
    final CollapseCause impatience() {
        lossStreak = continuing() < outside() ? lossStreak + 1 : 0;
        if (lossStreak >= patience) {
            return CollapseCause.UTILITY;
        }
        return rejections >= patience ? CollapseCause.REJECTED : null;
    }

    /** Whether its strategy walks out now, about the phase the talks are about (if any). */
    final boolean strategyWalksOut() {
        if (!decidesWalkOut) {
            return false;
        }
        PhaseTerms b = world.plan.upcoming();
        if (b == null) {
            view.value = 0;
            view.cost = 0;
            view.everything = false;
            return strategy.walksOut(view);
        }
        return strategy.walksOut(situation(b, false));
    }

    /**
     * A setter of the parameter {@code name} (the leaf of its path {@code parties.ID.name}), so
     * that an uncertain parameter is drawn straight into the agent; null if there is none.
     */
    java.util.function.DoubleConsumer parameter(String name) {
        return switch (name) {
            case "types.cooperative" -> v -> cooperativePrior = v;
            case "trust.initial" -> v -> initialTrust = v;
            case "trust.floor" -> v -> trustFloor = v;
            case "patience" -> v -> patience = (int) v;
            case "discount" -> v -> discount = v;
            case "attention" -> v -> attention = v;
            default -> null;
        };
    }

    /** The Situation handed to its strategy: one per principal, refilled before each decision. */
    private final class View implements Situation {
        double value;
        double cost;
        boolean everything;

        @Override
        public String self() {
            return id;
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public int step() {
            return world.step;
        }

        @Override
        public int horizon() {
            return world.horizon;
        }

        @Override
        public double trust() {
            return trust;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double cost() {
            return cost;
        }

        @Override
        public double temptation() {
            return Principal.this.temptation();
        }

        @Override
        public boolean everythingRemaining() {
            return everything;
        }

        @Override
        public boolean counterpartDefected() {
            return defected;
        }

        @Override
        public double random() {
            return world.random.nextDouble();
        }
    }
}
