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

    Sanctioner(World world, Party party) {
        super(world, party, Role.SANCTIONER);
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

    @Override
    int[] side(PhaseTerms b) {
        return b.sanctioner;
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
                if (alarm) {
                    detected(i);
                }
                continue;
            }
            // the rate it believes in, which may be wrong (MODEL.md 4.3: assumedFalseAlarm)
            believe(TrustBelief.afterInspection(trust, alarm, t.pCheat[i], Math.min(1.0, f * assumedFalseAlarmFactor)),
                    !w.tracing ? null : alarm ? "violation detected on " + l.id[i] : l.id[i] + " verified");
            if (alarm) {
                detected(i);
            } else {
                l.status[i] = Ledger.VERIFIED;
                // tit-for-tat answers the latest move: a verified step is cooperation
                defected = false;
                w.log.emit(EventLog.VERIFIED, i);
                if (w.tracing) {
                    w.record(new TraceEvent.Inspected(w.step, id, l.id[i], false, false));
                }
            }
        }
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
        defected = true;
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
        Ledger l = w.ledger;
        Target t = w.target;
        double factor = w.step < w.electionUntil ? electionRenegeFactor : 1.0;
        double hc = Math.min(1.0, committedRenegeHazard * factor);
        double hw = Math.min(1.0, renegeHazard * factor);
        double h = cooperative ? hc : hw;
        for (int i : l.tranches) {
            if (!l.lifted(i) || l.reimposable[i] == Reimposition.NEVER) {
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
            }
        }
    }

    @Override
    double value(PhaseTerms b, boolean kept) {
        Ledger l = world.ledger;
        double a = annuity(world.remaining());
        double dc = 0;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN) {
                dc += l.deterrence[i];
            }
        }
        return a * threatCost * dc;
    }

    @Override
    double cost(PhaseTerms b) {
        Ledger l = world.ledger;
        double pressure = world.pressure;
        double cost = 0;
        for (int i : b.sanctioner) {
            if (l.kind[i] == Ledger.TRANCHE && l.inForce[i]) {
                cost += world.politicalCost(i, Valuation.politicalCost(l.politicalCost[i], hawkishness, trust,
                        pressure, snapbackRelief * l.reliability[i]));
            } else if (l.kind[i] == Ledger.ASSURANCE && !l.active[i]) {
                cost += world.politicalCost(i, Valuation.politicalCost(l.politicalCost[i], hawkishness, trust,
                        pressure, 0));
            }
        }
        // a wavering sanctioner feels the political cost of relief more (MODEL.md 2)
        return cost * typeScale;
    }

    @Override
    double continuing() {
        PhaseTerms next = world.plan.upcoming();
        double deal = next == null ? 0 : Math.max(0.0, trust * value(next) - cost(next));
        double a = annuity(world.remaining());
        return -a * threatCost * world.target.declared + deal;
    }

    /** Maximum pressure again, against the capability the target would rebuild (as declared). */
    @Override
    double outside() {
        Ledger l = world.ledger;
        double a = annuity(world.remaining());
        double rebuiltDeclared = world.target.declared;
        for (int i : l.disarms) {
            if (l.status[i] != Ledger.OPEN && l.reversal[i] != DisarmamentStep.IRREVERSIBLE) {
                rebuiltDeclared += l.deterrence[i];
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
