package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import io.github.bitforbit.agents.TrustBelief;
import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Role;

import java.util.Arrays;

/**
 * The sanctioned principal (docs/ODD.md sections 2 and 7): it gives up capability step by step in
 * exchange for relief, watches whether lifted sanctions stay lifted, and, if it is an opportunist,
 * may cheat on a step it performs. It owns its real and declared capability and, per concession,
 * what it cheated on, what it really removed and what it saw of the relief it got.
 */
final class Target extends Principal {
    // ------------------------------------------------------------ parameters (docs/ODD.md section 9)
    double deterrenceValue;
    double kappa;
    double threatPerception;
    double sanctionsPain;
    double temptation;
    double outsideOption;
    double cheatNoise;
    double opportunistPremium;
    double initialCapability;
    /**
     * How far evidence about one member of a sanctioning coalition moves its belief about the
     * others, in [0, 1]: the others' likelihoods are raised to this power (0: the members'
     * types are independent; 1: one member's conduct is the whole side's). Only coalitions read it.
     */
    double correlation;

    // ------------------------------------------------------------ run state
    /** Real capability left, in [0, 1]. */
    double capability;
    /** Capability as the sanctioner believes it (honest performances and cheats alike subtract), in [0, 1]. */
    double declared;
    /** It broke its continuing obligations in the open this step: it is going back to testing. */
    boolean brokeOut;
    /** It cheated on at least one step this run. */
    boolean cheatedEver;
    /** cheated[i]: step i was performed as a cheat. */
    boolean[] cheated;
    /** removed[i]: step i's capability was really removed (an honest performance happened). */
    boolean[] removed;
    /** pCheat[i]: the probability with which it decided whether to cheat on step i (what inspection updates on). */
    double[] pCheat;
    /** What it saw of lifted tranche i last step: 0 nothing, 1 held, 2 re-imposed without cause. */
    byte[] heldObserved;
    double[] heldHazardCommitted;
    double[] heldHazardWavering;
    /** Its continuing obligations, and the sanctioner's filter of their covert resumption. */
    final Obligations obligations;
    /** Its beliefs about each member of a sanctioning coalition (unused for a side of one principal). */
    final MemberBeliefs members = new MemberBeliefs(this);

    Target(World world, Party party) {
        super(world, party, Role.TARGET);
        RoleParameters.Target params = party.target();
        this.deterrenceValue = params.deterrenceValue();
        this.kappa = params.kappa();
        this.threatPerception = params.threatPerception();
        this.sanctionsPain = params.sanctionsPain();
        this.temptation = params.temptation();
        this.outsideOption = params.outsideOption();
        this.cheatNoise = params.cheatNoise();
        this.opportunistPremium = params.opportunistPremium();
        this.initialCapability = params.initialCapability();
        this.correlation = params.correlation();
        this.obligations = new Obligations(world, this);
    }

    void allocate(int concessions) {
        if (cheated == null || cheated.length != concessions) {
            cheated = new boolean[concessions];
            removed = new boolean[concessions];
            pCheat = new double[concessions];
            heldObserved = new byte[concessions];
            heldHazardCommitted = new double[concessions];
            heldHazardWavering = new double[concessions];
        }
    }

    /** Sizes its beliefs and weights for the sanctioning side's members (none: no coalition). */
    void allocateMembers(Ledger l, int count) {
        members.allocate(l, count);
    }

    @Override
    void reset() {
        super.reset();
        members.reset(initialTrust);
        capability = initialCapability;
        declared = capability;
        cheatedEver = false;
        brokeOut = false;
        obligations.reset();
        Arrays.fill(cheated, false);
        Arrays.fill(removed, false);
        Arrays.fill(pCheat, 0.0);
        Arrays.fill(heldObserved, (byte) 0);
    }

    @Override
    double temptation() {
        return temptation;
    }

    @Override
    double typeScale(boolean securitySeeker) {
        return securitySeeker ? 1.0 : 1.0 + opportunistPremium;
    }

    /** D as the type it is valued as sees it: an opportunist values its deterrent more. */
    double securityValue() {
        return deterrenceValue * typeScale;
    }

    /** An observer values its choices at the capability it declared, not the one it has. */
    @Override
    void choiceLikelihoods(PhaseTerms b, double[] out) {
        double real = capability;
        capability = declared;
        super.choiceLikelihoods(b, out);
        capability = real;
    }

    @Override
    int[] side(PhaseTerms b) {
        return b.target;
    }

    /** What it sees of lifted tranche i this step (used in the next step's observation). */
    void observeHolding(int i, boolean reimposed, double hazardCommitted, double hazardWavering) {
        heldObserved[i] = (byte) (reimposed ? 2 : 1);
        heldHazardCommitted[i] = hazardCommitted;
        heldHazardWavering[i] = hazardWavering;
    }

    /** Stage 2: updates its belief from whether each lifted tranche stayed lifted last step. */
    void observeRelief() {
        if (world.coalition) {
            observeMembersRelief();
            return;
        }
        double b = trust;
        boolean reimposed = false;
        for (int i : world.ledger.tranches) { // only tranches are observed holding
            if (heldObserved[i] != 0) {
                boolean re = heldObserved[i] == 2;
                reimposed |= re;
                b = TrustBelief.afterHolding(b, re, heldHazardCommitted[i], heldHazardWavering[i]);
                heldObserved[i] = 0;
            }
        }
        believe(b, reimposed ? "sanctions re-imposed without cause" : "relief held");
    }

    /** Stage 2 facing a coalition: each lifted tranche that held or came back is evidence about its owner. */
    private void observeMembersRelief() {
        Ledger l = world.ledger;
        for (int i : l.tranches) {
            if (heldObserved[i] != 0) {
                boolean re = heldObserved[i] == 2;
                double hc = heldHazardCommitted[i];
                double hw = heldHazardWavering[i];
                members.learn(l.owner[i], re ? hc : 1 - hc, re ? hw : 1 - hw,
                        re ? "sanctions re-imposed without cause" : "relief held");
                heldObserved[i] = 0;
            }
        }
    }

    /** Evidence about a coalition member ({@link MemberBeliefs#learn}); about its one counterpart otherwise. */
    @Override
    void learn(Principal about, double likelihoodCooperative, double likelihoodOther, String reason) {
        if (!world.coalition) {
            super.learn(about, likelihoodCooperative, likelihoodOther, reason);
            return;
        }
        members.learn(((Sanctioner) about).member, likelihoodCooperative, likelihoodOther, reason);
    }

    /** Its belief in the givers of phase b ({@link MemberBeliefs#forPhase}); its trust without a coalition. */
    @Override
    double trustFor(PhaseTerms b) {
        return world.coalition ? members.forPhase(b) : trust;
    }

    @Override
    double currentTrust() {
        return sideTrust();
    }

    /** Its belief in the sanctioning side: in its one principal, or in the coalition's members still in. */
    double sideTrust() {
        return world.coalition ? members.side() : trust;
    }

    /** Performs disarmament step i: honestly, or (an opportunist, by chance) as a cheat. */
    @Override
    void perform(int i, PhaseTerms b) {
        World w = world;
        Ledger l = w.ledger;
        boolean cheat = false;
        if (removed[i]) {
            // a remedy of a step already done honestly: it only reopens the site to inspection
            cheated[i] = false;
        } else {
            pCheat[i] = cheatProbability(i, b);
            cheat = !cooperative && pCheat[i] > 0 && w.random.nextDouble() < pCheat[i];
            if (!cheated[i]) {
                declared = Math.max(0.0, declared - l.deterrence[i]);
            }
            cheated[i] = cheat;
            if (cheat) {
                w.violations++;
                cheatedEver = true;
            } else {
                removed[i] = true;
                capability = Math.max(0.0, capability - l.deterrence[i]);
            }
        }
        w.performed(i, id, cheat);
    }

    /**
     * The probability that an opportunist cheats on step i of phase b: the security it keeps
     * against the relief it expects to lose if caught (all of it when rewards wait for
     * verification, since a cheated step is never verified; otherwise what snapback would take
     * back, times the chance of detection within the horizon).
     */
    double cheatProbability(int i, PhaseTerms b) {
        World w = world;
        Ledger l = w.ledger;
        int r = planning();
        double gain = Valuation.securityLoss(theta(), securityValue(), kappa, capability,
                l.deterrence[i]) * exposure(l.reversal[i], r);
        double atStake = value(b);
        double a = annuity(r);
        double leak = w.combinedLeakage(false);
        double protection = 0;
        double stakeWeight = 0;
        for (int j : b.sanctioner) {
            if (l.kind[j] == Ledger.TRANCHE && l.status[j] != Ledger.WITHDRAWN) {
                if (l.aidDuration[j] > 0) {
                    // aid with a duration: only the deliveries it has left are at stake; expired, none
                    if (l.expired[j]) {
                        continue;
                    }
                    if (!l.inForce[j]) {
                        atStake += exposure(l.aidLeft(j), r) * l.aidValue[j];
                    }
                } else if (!l.inForce[j]) {
                    // lifted tranches of this phase are at stake too, if snapback can take them back
                    atStake += a * (Valuation.pain(sanctionsPain, l.weight[j], leak) + l.aidValue[j]);
                }
                protection += (l.weight[j] + l.aidValue[j]) * l.reliability[j];
                stakeWeight += l.weight[j] + l.aidValue[j];
            }
        }
        double penalty;
        if (b.verify && b.order == io.github.bitforbit.rules.Order.TARGET_FIRST && l.verifiability[i] > 0) {
            penalty = atStake;
        } else {
            // the share of what is at stake that falls after the cheat is first caught
            double detect = afterDetection(l.verifiability[i]);
            double restorable = w.snapback && stakeWeight > 0 ? protection / stakeWeight : 0;
            penalty = detect * atStake * restorable;
        }
        if (QuantalResponse.isBestResponse(lambda)) {
            // the version-1 choice, kept as the best-response limit: relative noise cheatNoise
            return Valuation.cheatProbability(gain, penalty, cheatNoise);
        }
        return gain <= 0 ? 0.0 : QuantalResponse.probability(lambda, gain - penalty);
    }

    /** Stage 4: its continuing obligations kept, broken in the open or resumed covertly ({@link Obligations#step}). */
    void keepOrBreak() {
        obligations.step();
    }

    /** Threat perception now: baseline, plus exercises unless suspended, minus assurances in effect. */
    double theta() {
        World w = world;
        Ledger l = w.ledger;
        double theta = threatPerception;
        boolean exercisesSuspended = false;
        for (int i : l.assurances) {
            if (l.active[i]) {
                theta -= l.threatReduction[i];
                exercisesSuspended |= l.suspendsExercises[i];
            }
        }
        if (w.step < w.exercisesUntil && !exercisesSuspended) {
            theta += w.exerciseMagnitude;
        }
        return Math.max(0.0, theta);
    }

    @Override
    double value(PhaseTerms b, boolean kept) {
        World w = world;
        Ledger l = w.ledger;
        double a = annuity(planning());
        double leak = w.combinedLeakage(false);
        double after = capability;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN) {
                after = Math.max(0.0, after - l.deterrence[i]);
            }
        }
        double v = 0;
        for (int i : b.sanctioner) {
            if (l.status[i] == Ledger.WITHDRAWN) {
                continue; // a member that left will not give it
            }
            if (l.kind[i] == Ledger.TRANCHE && (l.inForce[i] || kept) && l.aidDuration[i] > 0) {
                // aid with a duration is worth its value for the steps of delivery it has left, within the horizon
                v += exposure(l.aidLeft(i), planning()) * l.aidValue[i];
            } else if (l.kind[i] == Ledger.TRANCHE && (l.inForce[i] || kept)) {
                // a tranche lifted ends its pain; aid delivered adds its value, untouched by leakage
                v += a * (Valuation.pain(sanctionsPain, l.weight[i], leak) + l.aidValue[i]);
            } else if (l.kind[i] == Ledger.ASSURANCE && (!l.active[i] || kept)) {
                // a lower threat is worth more the less deterrent is left to answer it
                v += a * (l.threatReduction[i] * Valuation.exposureToThreat(securityValue(), kappa,
                        after) + Valuation.pain(sanctionsPain, l.painRelief[i], leak));
            }
        }
        for (Partner p : w.partners) {
            if (!p.inducing && p.satisfied(b)) {
                v += a * p.inducement;
            }
        }
        return v;
    }

    @Override
    double cost(PhaseTerms b) {
        World w = world;
        Ledger l = w.ledger;
        int r = planning();
        double theta = theta();
        double c = capability;
        double loss = 0;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN && l.deterrence[i] > 0) {
                loss += Valuation.securityLoss(theta, securityValue(), kappa, c, l.deterrence[i])
                        * exposure(l.reversal[i], r);
                c = Math.max(0.0, c - l.deterrence[i]);
            }
        }
        return loss;
    }

    @Override
    double continuing() {
        World w = world;
        PhaseTerms next = w.plan.upcoming();
        double deal = next == null ? 0 : Math.max(0.0, trustFor(next) * value(next) - cost(next));
        double a = annuity(planning());
        double flow = -theta() * Valuation.exposureToThreat(securityValue(), kappa, capability)
                - Valuation.pain(sanctionsPain, w.ledger.weightInForce(), w.combinedLeakage(false))
                + w.ledger.aidDelivered() + w.inducementsFlowing();
        double v = a * flow + deal;
        Ledger l = w.ledger;
        for (int i : l.timedAid) {
            // aid with a duration delivered now flows for the steps it has left, not the whole horizon
            if (l.lifted(i)) {
                v += exposure(l.aidLeft(i), planning()) * l.aidValue[i];
            }
        }
        return v;
    }

    /**
     * Back to testing: it undoes what it can, loses every assurance and all relief (maximum
     * pressure), gains its outside option, and its patrons cut leakage.
     */
    @Override
    double outside() {
        World w = world;
        Ledger l = w.ledger;
        double a = annuity(planning());
        double regained = 0;
        double soon = 0;
        for (int i : l.disarms) {
            if (l.status[i] != Ledger.OPEN && l.reversal[i] != DisarmamentStep.IRREVERSIBLE && !cheated[i]) {
                regained += l.deterrence[i];
                // undoing takes its reversal time: capability that comes back later is worth less now
                soon += l.deterrence[i] * delay(l.reversal[i]);
            }
        }
        double rebuilt = Math.min(1.0, capability + regained);
        double theta = threatPerception + (w.step < w.exercisesUntil ? w.exerciseMagnitude : 0);
        double exposedNow = Valuation.exposureToThreat(securityValue(), kappa, capability);
        double exposed = regained <= 0 ? exposedNow : exposedNow
                + (Valuation.exposureToThreat(securityValue(), kappa, rebuilt) - exposedNow) * soon / regained;
        double flow = -theta * exposed
                + outsideOption - Valuation.pain(sanctionsPain, l.totalWeight,
                w.combinedLeakage(true));
        return a * flow;
    }

    @Override
    java.util.function.DoubleConsumer parameter(String name) {
        return switch (name) {
            case "deterrenceValue" -> v -> deterrenceValue = v;
            case "kappa" -> v -> kappa = v;
            case "threatPerception" -> v -> threatPerception = v;
            case "sanctionsPain" -> v -> sanctionsPain = v;
            case "temptation" -> v -> temptation = v;
            case "outsideOption" -> v -> outsideOption = v;
            case "cheatNoise" -> v -> cheatNoise = v;
            case "initialCapability" -> v -> initialCapability = v;
            case "opportunistPremium" -> v -> opportunistPremium = v;
            case "correlation" -> v -> correlation = v;
            default -> super.parameter(name);
        };
    }
}
