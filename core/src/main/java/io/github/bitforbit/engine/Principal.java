package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.TrustBelief;
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
    /**
     * The multiplier of its type-dependent payoff term for the type it is valued as: its own type
     * in its own choices, each type in turn while an observer computes the likelihood of a choice.
     */
    double typeScale = 1;

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
    /** Decision precision of its quantal-response choices, per utility unit: >= 0, or infinity (best response). */
    double lambda;

    private final View view = new View();
    private final double[] likelihoods = new double[2];

    /**
     * {@code annuities[n] = Valuation.annuity(n, annuitiesDiscount)} for n from 0 to the horizon:
     * the value functions ask for A(n, discount) several times a step, each a {@code Math.pow};
     * the table gives the very same doubles (the same expression, computed once per discount).
     */
    private double[] annuities = new double[0];
    /** Steps of an unbounded future, for {@link #planning()} and {@link #annuity(int)}. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
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
        this.lambda = party.lambda();
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
        typeScale = typeScale(cooperative);
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

    /**
     * The steps over which it values a flow from now on (MODEL.md 4.1): an unbounded future
     * ({@link #UNBOUNDED}, so {@code A = 1 / (1 - discount)}, the terminal annuity) while it
     * discounts at all; with a discount of 1, where an unbounded stream has no finite value, the
     * steps left before the horizon. The horizon ends the measurement, not the agents' world, so
     * offers late in a run are not accepted merely because little time is left.
     */
    final int planning() {
        return discount < 1.0 ? UNBOUNDED : world.remaining();
    }

    /** {@code Valuation.annuity(steps, discount)}, from the table while the discount is the tabulated one. */
    final double annuity(int steps) {
        if (steps == UNBOUNDED && discount < 1.0) {
            // the limit of the closed form, without a Math.pow of a huge exponent
            return 1.0 / (1.0 - discount);
        }
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

    /**
     * {@code discount^steps}: what a flow that starts {@code steps} steps from now is worth against
     * the same flow starting now, from the annuity table ({@code 1 - (1 - d) A(n, d)}).
     */
    final double delay(int steps) {
        return discount >= 1.0 ? 1.0 : 1.0 - (1.0 - discount) * annuity(steps);
    }

    /**
     * The share of the future it values that falls after a cheat is first caught, when the
     * cheated steps are inspected each step with probability {@code verifiability} (docs/ODD.md
     * 7.1, {@code q}): {@link Valuation#afterDetection} over an unbounded future, and
     * {@code 1 - (1 - v)^R} over the steps left when it does not discount.
     */
    final double afterDetection(double verifiability) {
        return planning() == UNBOUNDED ? Valuation.afterDetection(verifiability, discount)
                : 1 - Math.pow(1 - verifiability, world.remaining());
    }

    /** {@code Valuation.exposure(reversalSteps, remaining, discount)}, from the table. */
    final double exposure(int reversalSteps, int remaining) {
        return annuity(Math.min(reversalSteps, remaining));
    }

    /** What phase b gives it if the counterpart delivers (V); {@code kept}: what it already received counts. */
    abstract double value(PhaseTerms b, boolean kept);

    /** What phase b costs it for certain (C). */
    abstract double cost(PhaseTerms b);

    /** Expected value of staying in the talks, over the future it values ({@link #planning()}). */
    abstract double continuing();

    /** Value of walking out now. */
    abstract double outside();

    /** Its side of phase b. */
    abstract int[] side(PhaseTerms b);

    /** Performs concession i of its side of phase b. */
    abstract void perform(int i, PhaseTerms b);

    /** The model's temptation coefficient for this principal. */
    abstract double temptation();

    /**
     * The multiplier of its type-dependent payoff term (MODEL.md 2: the types differ in payoffs,
     * so that their choices carry information): 1 for the cooperative type.
     */
    abstract double typeScale(boolean cooperativeType);

    /**
     * The probabilities that it would take the choice "go ahead with phase b" (offer or accept)
     * were it of the cooperative type ({@code out[0]}) and of the other ({@code out[1]}): its
     * quantal response at its precision on the surplus each type would see, as an observer who
     * knows the public history computes them (docs/ODD.md section 7.2). The observer assumes a
     * choice on the surplus alone, whatever the strategy.
     */
    void choiceLikelihoods(PhaseTerms b, double[] out) {
        double own = typeScale;
        typeScale = typeScale(true);
        double cooperativeSurplus = situation(b, false).surplus();
        typeScale = typeScale(false);
        double otherSurplus = situation(b, false).surplus();
        typeScale = own;
        out[0] = QuantalResponse.probability(lambda, cooperativeSurplus);
        out[1] = QuantalResponse.probability(lambda, otherSurplus);
    }

    /**
     * Updates its belief on a choice its counterpart made about phase b ({@code took}: offered or
     * accepted it; {@code answer}: a response to an offer rather than an offer), by Bayes' rule
     * with the likelihoods of the two types' choice models. A choice both types make alike moves
     * nothing (and is not traced).
     */
    final void observeChoice(Principal chooser, PhaseTerms b, boolean took, boolean answer) {
        chooser.choiceLikelihoods(b, likelihoods);
        learnChoice(chooser, b, took, answer, likelihoods);
    }

    /**
     * {@link #observeChoice} with the chooser's likelihoods already computed ({@code chosen}):
     * the members of a coalition see the same choice through the same public history, so one
     * computation serves them all.
     */
    final void learnChoice(Principal chooser, PhaseTerms b, boolean took, boolean answer, double[] chosen) {
        double yesCooperative = chosen[0];
        double yesOther = chosen[1];
        if (yesCooperative == yesOther) {
            return;
        }
        // the reason is text for traces only: built only when a trace is being recorded
        String what = !world.tracing ? "" : (answer ? (took ? "accepted " : "rejected ")
                : (took ? "offered " : "did not offer ")) + b.name;
        learn(chooser, took ? yesCooperative : 1 - yesCooperative, took ? yesOther : 1 - yesOther, what);
    }

    /**
     * Updates its belief by Bayes' rule on evidence about {@code about} with the likelihoods
     * under the cooperative and the other type; the target, facing a coalition, keeps one belief
     * per member ({@link Target#learn}).
     */
    void learn(Principal about, double likelihoodCooperative, double likelihoodOther, String reason) {
        believe(TrustBelief.update(trust, likelihoodCooperative, likelihoodOther), reason);
    }

    /** Its belief in the side it would deal with over phase b: its one counterpart's trust, unless overridden. */
    double trustFor(PhaseTerms b) {
        return trust;
    }

    /** Its belief in the other side as a whole (what its trust floor is compared with). */
    double currentTrust() {
        return trust;
    }

    final double value(PhaseTerms b) {
        return value(b, false);
    }

    /** The situation its strategy sees for phase b, refilled in place (no allocation). */
    final Situation situation(PhaseTerms b, boolean kept) {
        view.value = value(b, kept);
        view.cost = cost(b);
        view.everything = world.ledger.everythingRemaining(b);
        view.trust = trustFor(b);
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
        return currentTrust() < trustFloor;
    }

    /**
     * Whether it takes, by quantal response at its precision, a choice worth {@code advantage}
     * more than the alternative (one draw unless it best-responds).
     */
    final boolean chooses(double advantage) {
        return view.chooses(advantage);
    }

    /**
     * Updates its loss streak; why its patience ran out this step ({@link CollapseCause#UTILITY}
     * for losing too long, {@link CollapseCause#REJECTED} for offers rejected too often), or null.
     * A losing step is one in which staying is worth less than the outside option and its
     * quantal response says leave; staying worth at least as much is never a losing step.
     */
    final CollapseCause impatience() {
        double leave = outside() - continuing();
        lossStreak = leave > 0 && chooses(leave) ? lossStreak + 1 : 0;
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
            view.trust = currentTrust();
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
            case "lambda" -> v -> lambda = v;
            default -> null;
        };
    }

    /** The Situation handed to its strategy: one per principal, refilled before each decision. */
    private final class View implements Situation {
        double value;
        double cost;
        boolean everything;
        /** Its belief in the givers of the phase the decision is about ({@link #trustFor}). */
        double trust;

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
            return this.trust;
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

        @Override
        public double precision() {
            return lambda;
        }
    }
}
