package io.github.bitforbit.cli;

import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.SanctionTranche;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario described for a terminal: title and description, parties, concessions, events, every
 * rule set it can run under (its phases and triggers), uncertain inputs, sources and assumptions.
 */
public final class ScenarioText {

    /** Lines are wrapped at this width. */
    static final int WIDTH = 100;

    private final Scenario s;
    private final StringBuilder out = new StringBuilder();

    private ScenarioText(Scenario s) {
        this.s = s;
    }

    /**
     * The description of a scenario.
     *
     * @param scenario the scenario to describe
     * @return the text {@code describe} prints
     */
    public static String describe(Scenario scenario) {
        ScenarioText t = new ScenarioText(scenario);
        t.write();
        return t.out.toString();
    }

    /**
     * A scenario's historical record, as {@code describe} prints it after the scenario.
     *
     * @param scenario the scenario
     * @param record   its observed record
     * @return the text: the record in a few words, then its judgements and sources
     */
    public static String observed(Scenario scenario, io.github.bitforbit.evidence.ObservedRecord record) {
        ScenarioText t = new ScenarioText(scenario);
        t.out.append("Observed record (the evidence check-history and calibrate use; read under ")
                .append(record.design()).append(")\n");
        t.wrap(HistoryReport.describe(record), "  ", "  ");
        t.out.append('\n');
        t.list("Judgements in reading the record", record.judgements());
        t.list("Sources of the record", record.sources());
        return t.out.toString();
    }

    private void write() {
        out.append(s.name()).append(": ").append(s.title()).append('\n');
        if (!s.description().isBlank()) {
            wrap(s.description(), "  ", "  ");
        }
        out.append('\n').append(String.format(Locale.ROOT,
                "Horizon %d months; false-alarm probability of an inspection %s; default rule set %s%n%n",
                s.horizon(), Numbers.fixed(s.falseAlarm(), 2), s.design().name()));
        parties();
        concessions();
        events();
        ruleSets();
        uncertain();
        list("Sources", s.sources());
        list("Assumptions", s.assumptions());
    }

    private void parties() {
        Table t = new Table("Parties", "id", "role", ">cooperative", ">trust", ">floor", ">patience", ">discount",
                ">attention", "strategy");
        List<String> roles = new ArrayList<>();
        for (Party p : s.parties()) {
            boolean principal = p.role().isPrincipal();
            t.row(p.id(), p.role().label(), principal ? Numbers.fixed(p.cooperativePrior(), 2) : "-",
                    principal ? Numbers.fixed(p.initialTrust(), 2) : "-", principal ? Numbers.fixed(p.trustFloor(), 2) : "-",
                    principal ? Integer.toString(p.patience()) : "-", principal ? Numbers.fixed(p.discount(), 2) : "-",
                    principal ? Numbers.fixed(p.attention(), 2) : "-", principal ? strategy(p) : "-");
            String params = roleParameters(p.parameters());
            roles.add(p.id() + " (" + p.role().label() + "): " + (params.isEmpty() ? "model defaults" : params));
        }
        for (AgentParty a : s.agents()) {
            // a party of a registered agent type: its own parameters, by its type's descriptors
            t.row(a.id(), a.type(), "-", "-", "-", "-", "-", "-", "-");
            List<String> values = new ArrayList<>();
            a.parameters().forEach((k, v) -> values.add(k + " " + value(v)));
            roles.add(a.id() + " (" + a.type() + "): " + (values.isEmpty() ? "no parameters" : String.join(", ", values)));
        }
        t.text(out);
        wrap("cooperative: prior of the cooperative type (security-seeker / committed); trust: initial belief "
                + "in the other principal; floor: it walks out below this trust; patience: months of losses or "
                + "rejections it tolerates (the columns apply to the two principals)", "  ", "  ");
        for (String r : roles) {
            wrap(r, "  ", "      ");
        }
        out.append('\n');
    }

    private static String strategy(Party p) {
        String name = p.strategy().name();
        if (p.strategy() instanceof Record r) {
            List<String> parts = components(r, null);
            if (!parts.isEmpty()) {
                return name + " (" + String.join(", ", parts) + ")";
            }
        }
        return name;
    }

    private static String roleParameters(RoleParameters p) {
        Record defaults;
        if (p instanceof RoleParameters.Target) {
            defaults = RoleParameters.Target.DEFAULTS;
        } else if (p instanceof RoleParameters.Sanctioner) {
            defaults = RoleParameters.Sanctioner.DEFAULTS;
        } else {
            defaults = null;
        }
        List<String> parts = components((Record) p, defaults);
        return String.join(", ", parts) + (defaults != null && !parts.isEmpty() ? "; others default" : "");
    }

    /** {@code name value} of every component, leaving out those equal to {@code defaults} (if given). */
    private static List<String> components(Record r, Record defaults) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                if (defaults != null && v.equals(c.getAccessor().invoke(defaults))) {
                    continue;
                }
                out.add(c.getName() + " " + value(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static String value(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : Numbers.csv(d);
        }
        if (v instanceof List<?>) {
            return "[" + String.join(", ", ((List<?>) v).stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(v);
    }

    private void concessions() {
        Table t = new Table("Concessions", "id", "kind", "owner", "terms");
        for (Concession c : s.concessions()) {
            if (c instanceof DisarmamentStep) {
                DisarmamentStep d = (DisarmamentStep) c;
                t.row(d.id(), "disarmament", d.owner(), "removes " + Numbers.percent(d.deterrence()) + " of the deterrent, "
                        + (d.reversible() ? "undone in " + d.reversalSteps() + " months" : "irreversible")
                        + ", verifiability " + Numbers.fixed(d.verifiability(), 2)
                        + (d.hasOwnFalseAlarm() ? ", false alarm " + Numbers.fixed(d.falseAlarm(), 3) : "")
                        + (d.reversible() && !d.continuing() ? ", one-off (not a continuing obligation)" : ""));
            } else if (c instanceof Relief x) {
                String size = x instanceof SanctionTranche st ? "weight " + Numbers.fixed(st.weight(), 2) + " of the sanctions pain"
                        : "worth " + Numbers.fixed(((Aid) x).value(), 2) + " a month to the target"
                        + (((Aid) x).hasDuration() ? " for " + ((Aid) x).duration() + " months of delivery" : "");
                t.row(x.id(), x instanceof SanctionTranche ? "tranche" : "aid", x.owner(), size + ", snapback "
                        + x.snapback().label() + ", re-imposable " + x.reimposable().label() + ", political cost "
                        + Numbers.fixed(x.politicalCost(), 2));
            } else {
                Assurance a = (Assurance) c;
                t.row(a.id(), a.kind().label(), a.owner(), "threat reduction " + Numbers.fixed(a.threatReduction(), 2)
                        + ", pain relief " + Numbers.fixed(a.painRelief(), 2) + ", political cost "
                        + Numbers.fixed(a.politicalCost(), 2));
            }
        }
        t.text(out);
        out.append('\n');
    }

    private void events() {
        if (s.events().isEmpty()) {
            out.append("Events\n  none\n\n");
            return;
        }
        Table t = new Table("Events", "#", "kind", "when", ">months", ">magnitude", "what it does");
        for (int i = 0; i < s.events().size(); i++) {
            ExogenousEvent e = s.events().get(i);
            t.row(Integer.toString(i), e.kind().label(), e.isScheduled() ? "month " + (e.at() + 1)
                    : "random, " + Numbers.percent(e.hazard()) + " a month", Integer.toString(e.duration()),
                    Numbers.fixed(e.magnitude(), 2), e.kind().effect(e.magnitude())
                            + (e.party() == null ? "" : " (" + e.party() + "'s only)"));
        }
        t.text(out);
        out.append('\n');
    }

    private void ruleSets() {
        out.append("Rule sets (--rule-set NAME)\n");
        for (String name : s.designNames()) {
            AgreementDesign d = s.design(name);
            RuleSet r;
            try {
                r = d.ruleSetFor(s);
            } catch (IllegalArgumentException e) {
                out.append("  ").append(name).append(": does not fit this scenario: ").append(e.getMessage()).append('\n');
                continue;
            }
            String origin = d instanceof Template ? "built-in: " + ((Template) d).summary() : "this scenario's own";
            out.append("  ").append(name).append(name.equals(s.design().name()) ? " [default]" : "")
                    .append(" (").append(origin).append(")\n");
            List<String> terms = new ArrayList<>();
            terms.add(r.proposals().label());
            terms.add(r.snapback() ? "snapback on violation" : "no automatic snapback");
            terms.add(r.counterOffers() ? "counter-offers allowed" : "no counter-offers");
            terms.add(s.principal(r.firstProposer()).id() + " proposes first");
            if (r.proposals() == ProposalMode.NEGOTIATED) {
                terms.add(String.format(Locale.ROOT, "phases built with value ratio %s..%s, bits of at most %s deterrence",
                        Numbers.fixed(r.negotiation().ratioLow(), 2), Numbers.fixed(r.negotiation().ratioHigh(), 2),
                        Numbers.fixed(r.negotiation().maxBit(), 2)));
            }
            wrap(String.join("; ", terms), "    ", "    ");
            String target = s.principal(io.github.bitforbit.terms.Role.TARGET).id();
            String sanctioner = s.principal(io.github.bitforbit.terms.Role.SANCTIONER).id();
            int i = 1;
            for (Phase p : r.phases()) {
                String line = i++ + ". " + p.name() + ": " + target + " gives " + items(p.targetGives()) + "; "
                        + sanctioner + " gives " + items(p.sanctionerGives()) + " (" + p.order().label()
                        + ", deadline " + p.deadline() + " months" + (p.verifyBeforeReward() ? ", verified before reward" : "")
                        + (p.unilateral() ? ", unilateral" : "")
                        + (p.notBefore() > 0 ? ", not before month " + (p.notBefore() + 1) : "") + ")";
                wrap(line, "    ", "       ");
            }
            for (Rule rule : r.rules()) {
                wrap("trigger: " + rule, "    ", "      ");
            }
        }
        out.append('\n');
    }

    private static String items(List<String> ids) {
        return ids.isEmpty() ? "nothing" : String.join(", ", ids);
    }

    private void uncertain() {
        if (s.uncertainties().isEmpty()) {
            return;
        }
        out.append("Uncertain inputs (drawn at the start of every run)\n");
        for (UncertainParameter u : s.uncertainties()) {
            out.append("  ").append(u.path()).append(" ~ ").append(u.distribution()).append('\n');
        }
        out.append('\n');
    }

    private void list(String title, List<String> items) {
        out.append(title).append('\n');
        if (items.isEmpty()) {
            out.append("  none\n");
        }
        for (String item : items) {
            wrap(item, "  - ", "    ");
        }
        out.append('\n');
    }

    /** Appends {@code text} wrapped at {@link #WIDTH}, the first line after {@code first}, the rest after {@code rest}. */
    private void wrap(String text, String first, String rest) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                out.append(prefix).append(line).append('\n');
                line.setLength(0);
                prefix = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(prefix).append(line).append('\n');
    }
}
