package io.github.bitforbit.engine;

import io.github.bitforbit.agents.TrustBelief;
import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Role;

/**
 * The sanctioning principal (docs/ODD.md sections 2 and 7): it inspects the target's steps, lifts
 * tranches and gives assurances, and may re-impose lifted sanctions without cause. Its value of a
 * phase is the threat it removes; its cost is the domestic political cost of the relief.
 */
final class Sanctioner extends Principal {
    // ------------------------------------------------------------ parameters (docs/ODD.md section 9)
    double threatCost;
    double hawkishness;
    double snapbackRelief;
    double temptation;
    double outsideOption;
    double renegeHazard;
    double committedRenegeHazard;
    double electionRenegeFactor;
    double waverCost;
    double assumedFalseAlarmFactor;

    /** Its index among the sanctioning side's members ({@link World#members}), from 0. */
    final int member;
    /** It left the coalition this run: it acts no more, and its beliefs no longer matter. */
    boolean left;
    /** The step its own election ends (exclusive; 0: none this run), and that election's magnitude (a share). */
    int electionUntil;
    double electionMagnitude;

    Sanctioner(World world, Party party, int member) {
        super(world, party, Role.SANCTIONER);
        this.member = member;
        RoleParameters.Sanctioner params = party.sanctioner();
        this.threatCost = params.threatCost();
        this.hawkishness = params.hawkishness();
        this.snapbackRelief = params.snapbackRelief();
        this.temptation = params.temptation();
        this.outsideOption = params.outsideOption();
        this.renegeHazard = params.renegeHazard();
        this.committedRenegeHazard = params.committedRenegeHazard();
        this.electionRenegeFactor = params.electionRenegeFactor();
        this.waverCost = params.waverCost();
        this.assumedFalseAlarmFactor = params.assumedFalseAlarmFactor();
    }

    @Override
    double temptation() {
        return temptation;
    }

    @Override
    double typeScale(boolean committed) {
        return committed ? 1.0 : 1.0 + waverCost;
    }

    /** Its own items of the sanctioning side of phase b: all of them unless the side is a coalition. */
    @Override
    int[] side(PhaseTerms b) {
        World w = world;
        return w.coalition ? b.sanctionerOf(member, w.members.length, w.ledger.owner) : b.sanctioner;
    }

    @Override
    void reset() {
        super.reset();
        left = false;
        electionUntil = 0;
        electionMagnitude = 0;
    }

    /**
     * Stage 2: inspects every step the target has performed, verified or not, and updates its
     * belief. A performed step stays an obligation for the rest of the run, so it stays under
     * inspection: the first clean reading verifies it; a later alarm on a verified step is a
     * detection like any other (the rules and snapback answer it), though, since a cheat is found
     * at the first reading, it tells an observer nothing about the target's type.
     */
    void inspect() {
        World w = world;
        Ledger l = w.ledger;
        Target t = w.target;
        for (int i : l.disarms) {
            byte status = l.status[i];
            if ((status != Ledger.PERFORMED && status != Ledger.VERIFIED)
                    || l.performedAt[i] >= w.step || l.verifiability[i] <= 0) {
                continue;
            }
            if (w.random.nextDouble() >= l.verifiability[i]) {
                continue;
            }
            double f = Double.isNaN(l.falseAlarm[i]) ? w.falseAlarm : l.falseAlarm[i];
            boolean alarm = t.cheated[i] || w.random.nextDouble() < f;
            if (status == Ledger.VERIFIED) {
                if (l.continuing[i]) {
                    readObligation(alarm, f, l.id[i]);
                }
                if (alarm) {
                    detected(i);
                }
                continue;
            }
            // every member still in reads the same public report, each at the rate it believes
            // in, which may be wrong (MODEL.md 4.3: assumedFalseAlarm)
            String reason = !w.tracing ? null : alarm ? "violation detected on " + l.id[i] : l.id[i] + " verified";
            for (Sanctioner m : w.members) {
                if (!m.left) {
                    m.believe(TrustBelief.afterInspection(m.trust, alarm, t.pCheat[i],
                            Math.min(1.0, f * m.assumedFalseAlarmFactor)), reason);
                }
            }
            if (alarm) {
                detected(i);
            } else {
                l.status[i] = Ledger.VERIFIED;
                // tit-for-tat answers the latest move: a verified step is cooperation
                for (Sanctioner m : w.members) {
                    m.defected = false;
                }
                w.log.emit(EventLog.VERIFIED, i);
                if (w.tracing) {
                    w.record(new TraceEvent.Inspected(w.step, id, l.id[i], false, false));
                }
            }
        }
    }

    /**
     * A later reading of a verified continuing obligation: evidence through the filter of covert
     * resumption (MODEL.md 4.3). If the target is an opportunist, it has resumed with probability
     * r, and a resumed step always raises the alarm; an honest one falsely with {@code f}. A clean
     * reading proves that nothing was resumed (resumption is of all obligations at once).
     */
    private void readObligation(boolean alarm, double trueRate, String step) {
        World w = world;
        Obligations o = w.target.obligations;
        double r = o.resumedIfOpportunist;
        if (r <= 0 && !alarm) {
            return;
        }
        String reason = !w.tracing ? null : alarm ? "violation detected on " + step : step + " still kept";
        for (Sanctioner m : w.members) {
            if (!m.left) {
                double fm = Math.min(1.0, trueRate * m.assumedFalseAlarmFactor);
                m.believe(TrustBelief.update(m.trust, alarm ? fm : 1 - fm, alarm ? r + (1 - r) * fm : (1 - r) * (1 - fm)),
                        reason);
            }
        }
        // the filter is the side's: the first member's assumed rate carries it
        double f = Math.min(1.0, trueRate * assumedFalseAlarmFactor);
        o.resumedIfOpportunist = !alarm ? 0 : r + (1 - r) * f <= 0 ? 1 : r / (r + (1 - r) * f);
    }

    /** An inspection of step i reported cheating (its first reading, or a later one of a verified step). */
    private void detected(int i) {
        World w = world;
        Ledger l = w.ledger;
        boolean real = w.target.cheated[i];
        l.status[i] = Ledger.DETECTED;
        w.detections++;
        if (!real) {
            w.falseAlarms++;
        }
        w.targetDefected();
        w.log.emit(EventLog.DETECTED, i);
        if (w.tracing) {
            w.record(new TraceEvent.Inspected(w.step, id, l.id[i], true, !real));
        }
    }

    /** Lifts a tranche or gives an assurance of its side, unless a veto point stops the lift. */
    @Override
    void perform(int i, PhaseTerms b) {
        World w = world;
        Ledger l = w.ledger;
        if (l.kind[i] == Ledger.TRANCHE) {
            if (!w.mayLift(i)) {
                return;
            }
            l.inForce[i] = false;
            counterpart.defected = false;
        } else {
            l.active[i] = true;
        }
        w.performed(i, id, false);
    }

    /**
     * Stage 4: a lifted tranche may be re-imposed without cause, often if wavering, rarely if
     * committed, as its {@code reimposable} allows: never a {@code never} tranche (nothing to
     * draw, and nothing for the target to learn from its holding); a {@code vote} tranche only if
     * no veto point vetoes the vote. A vetoed vote is public, so the target learns from the
     * attempt as from a re-imposition, but nothing is taken back.
     */
    void mayRenege() {
        World w = world;
        if (left) {
            return;
        }
        Ledger l = w.ledger;
        Target t = w.target;
        double factor = w.step < electionUntil ? electionRenegeFactor : 1.0;
        double hc = Math.min(1.0, committedRenegeHazard * factor);
        double hw = Math.min(1.0, renegeHazard * factor);
        double h = cooperative ? hc : hw;
        for (int i : l.tranches) {
            if (!l.lifted(i) || l.reimposable[i] == Reimposition.NEVER || l.owner[i] != member) {
                continue;
            }
            boolean attempt = w.random.nextDouble() < h;
            t.observeHolding(i, attempt, hc, hw);
            if (attempt && (l.reimposable[i] != Reimposition.VOTE || w.mayReimpose(i))) {
                l.inForce[i] = true;
                w.violations++;
                t.defected = true;
                w.log.emit(EventLog.RESTORED, i);
                w.log.emit(EventLog.VIOLATED, i);
                if (w.tracing) {
                    w.record(new TraceEvent.Restored(w.step, l.id[i], "re-imposed without cause by " + id));
                }
                if (w.coalition) {
                    // a member that re-imposes its sanctions without cause has left the agreement
                    w.leave(this, CollapseCause.REIMPOSED);
                    return;
                }
            }
        }
    }

    @Override
    double value(PhaseTerms b, boolean kept) {
        Ledger l = world.ledger;
        double a = annuity(planning());
        double dc = 0;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN) {
                dc += l.deterrence[i];
            }
        }
        return a * threatCost * dc;
    }

    /**
     * The political cost of phase b's relief, over the future it would be in force, in expectation
     * over the target's type (MODEL.md 4.1): a cooperative target keeps its steps, and the relief is
     * paid for every step; against the other type, which in Kydd's accounting defects, relief that
     * snapback can take back is paid for only until the cheat is caught ({@link #caughtShare}), and
     * none at all when the reward waits for verification of steps that can be inspected.
     */
    @Override
    double cost(PhaseTerms b) {
        Ledger l = world.ledger;
        double a = annuity(planning());
        // a reward that waits for verification is never paid to a cheat, snapback or not
        boolean neverRewarded = rewardWaitsForVerification(b);
        double caught = neverRewarded || !world.snapback ? 0 : caughtShare(b);
        double cost = 0;
        for (int i : side(b)) {
            if (l.kind[i] == Ledger.TRANCHE && l.inForce[i] && l.status[i] != Ledger.WITHDRAWN) {
                double spared = neverRewarded ? 1 : l.reliability[i] * caught;
                cost += flowCost(i) * a * (1 - (1 - trust) * spared);
            } else if (l.kind[i] == Ledger.ASSURANCE && !l.active[i]) {
                cost += flowCost(i) * a;
            }
        }
        return cost;
    }

    /**
     * Whether phase b's reward waits for the verification of steps that can all be inspected: a
     * cheated step is never verified, so a cheat on it is never rewarded.
     */
    private boolean rewardWaitsForVerification(PhaseTerms b) {
        if (!b.verify || b.order != io.github.bitforbit.rules.Order.TARGET_FIRST) {
            return false;
        }
        Ledger l = world.ledger;
        boolean any = false;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN && l.deterrence[i] > 0) {
                any = true;
                if (l.verifiability[i] <= 0) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The share of relief's future that a cheat on phase b's steps would not be paid for if
     * snapback restores it once caught: what falls after the first detection at the steps'
     * deterrence-weighted verifiability; 0 with nothing to catch.
     */
    private double caughtShare(PhaseTerms b) {
        Ledger l = world.ledger;
        double weight = 0;
        double verifiable = 0;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN && l.deterrence[i] > 0) {
                weight += l.deterrence[i];
                verifiable += l.deterrence[i] * l.verifiability[i];
            }
        }
        return weight <= 0 ? 0.0 : afterDetection(verifiable / weight);
    }

    /**
     * The political cost per step of relief i (a tranche or aid lifted, an assurance given), as
     * this sanctioner feels it now: its base cost raised by hawkishness at low trust, lowered by
     * the partners' pressure and by a reliable snapback's reassurance of critics, then by every
     * cost modifier; a wavering sanctioner feels it more (MODEL.md 2).
     */
    private double flowCost(int i) {
        Ledger l = world.ledger;
        double protection = l.kind[i] == Ledger.TRANCHE ? snapbackRelief * l.reliability[i] : 0;
        return world.politicalCost(i, Valuation.politicalCost(l.politicalCost[i], hawkishness, trust,
                world.pressure, protection)) * typeScale;
    }

    /**
     * Going on: the threat of the capability it believes is left, and the political cost of the
     * relief in force (MODEL.md 4.1: {@code u_S = -T c - sum k_j ...}), plus the next phase if
     * it is worth taking.
     */
    @Override
    double continuing() {
        Ledger l = world.ledger;
        PhaseTerms next = world.plan.upcoming();
        double deal = next == null ? 0 : Math.max(0.0, trust * value(next) - cost(next));
        double a = annuity(planning());
        double flow = -threatCost * world.target.declared;
        // what it has given costs it; what its partners in a coalition gave is theirs
        for (int i : l.tranches) {
            if (!l.inForce[i] && l.owner[i] == member) {
                flow -= flowCost(i);
            }
        }
        for (int i : l.assurances) {
            if (l.active[i] && l.owner[i] == member) {
                flow -= flowCost(i);
            }
        }
        return a * flow + deal;
    }

    /** Maximum pressure again, against the capability the target would rebuild (as declared). */
    @Override
    double outside() {
        Ledger l = world.ledger;
        double a = annuity(planning());
        double rebuiltDeclared = world.target.declared;
        for (int i : l.disarms) {
            if (l.status[i] != Ledger.OPEN && l.reversal[i] != DisarmamentStep.IRREVERSIBLE) {
                // rebuilt over its reversal time: a threat that returns later weighs less now
                rebuiltDeclared += l.deterrence[i] * delay(l.reversal[i]);
            }
        }
        rebuiltDeclared = Math.min(1.0, rebuiltDeclared);
        return a * (outsideOption - threatCost * rebuiltDeclared);
    }

    @Override
    java.util.function.DoubleConsumer parameter(String name) {
        return switch (name) {
            case "threatCost" -> v -> threatCost = v;
            case "hawkishness" -> v -> hawkishness = v;
            case "snapbackRelief" -> v -> snapbackRelief = v;
            case "temptation" -> v -> temptation = v;
            case "outsideOption" -> v -> outsideOption = v;
            case "renegeHazard" -> v -> renegeHazard = v;
            case "committedRenegeHazard" -> v -> committedRenegeHazard = v;
            case "electionRenegeFactor" -> v -> electionRenegeFactor = v;
            case "waverCost" -> v -> waverCost = v;
            case "assumedFalseAlarmFactor" -> v -> assumedFalseAlarmFactor = v;
            default -> super.parameter(name);
        };
    }
}
