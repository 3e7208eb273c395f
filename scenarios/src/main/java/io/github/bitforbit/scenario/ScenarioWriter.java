package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.SanctionTranche;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Scenario} as a document tree in the scenario format, every value explicit, so
 * that reading it back gives a scenario that simulates identically. Uncertain parameters are
 * written in place; if their order would not survive that (it decides which random number each
 * draws), they are all written under {@code uncertain:} in their order instead.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Scenario s;
    private final Map<String, Distribution> pending = new LinkedHashMap<>();
    private final List<String> placed = new ArrayList<>();
    private final boolean inline;

    private ScenarioWriter(Scenario s) {
        this.s = s;
        for (UncertainParameter u : s.uncertainties()) {
            pending.put(u.path(), u.distribution());
        }
        this.inline = inlineOrder().equals(s.uncertainties().stream().map(UncertainParameter::path).toList());
    }

    /**
     * The scenario as a tree.
     *
     * @throws IllegalArgumentException if it holds something the format cannot express (a
     *                                  strategy that is not built in)
     */
    static ObjectNode write(Scenario s) {
        return new ScenarioWriter(s).scenario();
    }

    /** The order in which the reader would meet the uncertain parameters, if all were inline. */
    private List<String> inlineOrder() {
        List<String> order = new ArrayList<>();
        for (String p : readingOrder()) {
            if (pending.containsKey(p)) {
                order.add(p);
            }
        }
        return order;
    }

    /** Every distributable path, in the order {@link ScenarioReader} reads them. */
    private List<String> readingOrder() {
        List<String> out = new ArrayList<>();
        out.add("falseAlarm");
        for (Party p : s.parties()) {
            String b = "parties." + p.id() + ".";
            out.add(b + "types.cooperative");
            out.add(b + "trust.initial");
            out.add(b + "trust.floor");
            out.add(b + "discount");
            out.add(b + "attention");
            out.add(b + "lambda");
            for (String k : strategyParameters(p.strategy()).keySet()) {
                out.add(b + "strategy." + k);
            }
            for (Field f : Format.PARTY.applicable(p.role().label())) {
                if (f.variants().contains(p.role().label()) && f.kind() == Field.Kind.NUMBER) {
                    out.add(b + f.name());
                }
            }
        }
        for (AgentParty a : s.agents()) {
            for (String k : a.parameters().keySet()) {
                out.add("parties." + a.id() + "." + k);
            }
        }
        for (Concession c : s.concessions()) {
            for (Field f : Format.CONCESSION.applicable(kind(c))) {
                if (!f.variants().isEmpty() && f.kind() == Field.Kind.NUMBER) {
                    out.add("concessions." + c.id() + "." + f.name());
                }
            }
        }
        for (int i = 0; i < s.events().size(); i++) {
            out.add("events[" + i + "].hazard");
            out.add("events[" + i + "].opportunistHazard");
            out.add("events[" + i + "].magnitude");
        }
        return out;
    }

    private ObjectNode scenario() {
        ObjectNode o = F.objectNode();
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("description", s.description());
        o.put("horizon", s.horizon());
        o.set("falseAlarm", number("falseAlarm", s.falseAlarm()));
        ArrayNode parties = o.putArray("parties");
        for (Party p : s.parties()) {
            parties.add(party(p));
        }
        for (AgentParty a : s.agents()) {
            ObjectNode agent = parties.addObject();
            agent.put("id", a.id());
            agent.put("role", a.type());
            a.parameters().forEach((k, v) -> agent.set(k, number("parties." + a.id() + "." + k, v)));
        }
        ArrayNode concessions = o.putArray("concessions");
        for (Concession c : s.concessions()) {
            concessions.add(concession(c));
        }
        ArrayNode events = o.putArray("events");
        for (int i = 0; i < s.events().size(); i++) {
            events.add(event(s.events().get(i), i));
        }
        AgreementDesign d = s.design();
        if (d instanceof RuleSet r && !s.ruleSets().contains(r)) {
            o.set("ruleSet", ruleSet(r));
        } else {
            o.put("ruleSet", d.name());
        }
        ArrayNode sets = o.putArray("ruleSets");
        for (RuleSet r : s.ruleSets()) {
            sets.add(ruleSet(r));
        }
        if (!inline && !s.uncertainties().isEmpty()) {
            ObjectNode u = o.putObject("uncertain");
            for (UncertainParameter p : s.uncertainties()) {
                u.set(p.path(), distribution(p.distribution()));
            }
        }
        ArrayNode sources = o.putArray("sources");
        s.sources().forEach(sources::add);
        ArrayNode assumptions = o.putArray("assumptions");
        s.assumptions().forEach(assumptions::add);
        return o;
    }

    private JsonNode number(String path, double value) {
        if (inline && pending.containsKey(path)) {
            placed.add(path);
            return distribution(pending.get(path));
        }
        return F.numberNode(value);
    }

    private static ObjectNode distribution(Distribution d) {
        ObjectNode o = F.objectNode();
        if (d instanceof Distribution.Uniform u) {
            o.putArray("uniform").add(u.low()).add(u.high());
        } else if (d instanceof Distribution.Beta b) {
            o.putArray("beta").add(b.alpha()).add(b.beta());
        } else if (d instanceof Distribution.TruncatedNormal t) {
            o.putArray("truncatedNormal").add(t.mu()).add(t.sd()).add(t.low()).add(t.high());
        } else {
            Distribution.Triangular t = (Distribution.Triangular) d;
            o.putArray("triangular").add(t.low()).add(t.mode()).add(t.high());
        }
        return o;
    }

    private ObjectNode party(Party p) {
        String b = "parties." + p.id() + ".";
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("role", p.role().label());
        o.putObject("types").set("cooperative", number(b + "types.cooperative", p.cooperativePrior()));
        ObjectNode trust = o.putObject("trust");
        trust.set("initial", number(b + "trust.initial", p.initialTrust()));
        trust.set("floor", number(b + "trust.floor", p.trustFloor()));
        o.put("patience", p.patience());
        o.set("discount", number(b + "discount", p.discount()));
        o.set("attention", number(b + "attention", p.attention()));
        o.set("lambda", number(b + "lambda", p.lambda()));
        Map<String, Double> params = strategyParameters(p.strategy());
        if (params.isEmpty()) {
            o.put("strategy", p.strategy().name());
        } else {
            ObjectNode st = o.putObject("strategy");
            st.put("name", p.strategy().name());
            params.forEach((k, v) -> st.set(k, number(b + "strategy." + k, v)));
        }
        Map<String, Object> coefficients = components(p.parameters());
        for (Field f : Format.PARTY.applicable(p.role().label())) {
            if (!f.variants().contains(p.role().label())) {
                continue;
            }
            Object v = coefficients.get(f.name());
            if (v instanceof Double d) {
                o.set(f.name(), number(b + f.name(), d));
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(f.name());
                list.forEach(x -> a.add(String.valueOf(x)));
            }
        }
        return o;
    }

    /** A built-in strategy's parameters, by name. */
    static Map<String, Double> strategyParameters(Strategy st) {
        if (!Strategies.names().contains(st.name())) {
            throw new IllegalArgumentException("strategy '" + st.name() + "' is not built in, so a scenario file "
                    + "cannot name it (built in: " + String.join(", ", Strategies.names()) + ")");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Double> own = st.parameters();
        for (String k : Strategies.parameters(st.name()).keySet()) {
            Double v = own.get(k);
            if (v == null) {
                throw new IllegalArgumentException("strategy '" + st.name() + "' has no readable parameter '" + k + "'");
            }
            out.put(k, v);
        }
        if (!Strategies.create(st.name(), out).equals(st)) {
            throw new IllegalArgumentException("strategy '" + st.name() + "' is not the built-in one of that name");
        }
        return out;
    }

    private static Map<String, Object> components(Object o) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.put(c.getName(), c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    static String kind(Concession c) {
        if (c instanceof DisarmamentStep) {
            return Format.DISARMAMENT;
        }
        if (c instanceof SanctionTranche) {
            return Format.TRANCHE;
        }
        if (c instanceof Aid) {
            return Format.AID;
        }
        return ((Assurance) c).kind().label();
    }

    private ObjectNode concession(Concession c) {
        String b = "concessions." + c.id() + ".";
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("kind", kind(c));
        o.put("owner", c.owner());
        if (c instanceof DisarmamentStep d) {
            o.set("deterrence", number(b + "deterrence", d.deterrence()));
            if (d.reversible()) {
                o.put("reversibility", d.reversalSteps());
            } else {
                o.put("reversibility", Format.IRREVERSIBLE);
            }
            o.set("verifiability", number(b + "verifiability", d.verifiability()));
            if (d.hasOwnFalseAlarm()) {
                o.set("falseAlarm", number(b + "falseAlarm", d.falseAlarm()));
            }
            if (d.continuing() != DisarmamentStep.continuingByDefault(d.reversalSteps())) {
                o.put("continuing", d.continuing());
            }
        } else if (c instanceof Relief r) {
            if (r instanceof SanctionTranche t) {
                o.set("weight", number(b + "weight", t.weight()));
            } else {
                Aid aid = (Aid) r;
                o.set("value", number(b + "value", aid.value()));
                if (aid.hasDuration()) {
                    o.put("duration", aid.duration());
                }
            }
            o.put("snapback", r.snapback().label());
            o.put("reimposable", r.reimposable().label());
            o.set("politicalCost", number(b + "politicalCost", r.politicalCost()));
        } else {
            Assurance a = (Assurance) c;
            o.set("threatReduction", number(b + "threatReduction", a.threatReduction()));
            o.set("painRelief", number(b + "painRelief", a.painRelief()));
            o.set("politicalCost", number(b + "politicalCost", a.politicalCost()));
        }
        return o;
    }

    private ObjectNode event(ExogenousEvent e, int i) {
        ObjectNode o = F.objectNode();
        o.put("kind", e.kind().label());
        if (e.isScheduled()) {
            o.put("at", e.at());
        } else {
            o.set("hazard", number("events[" + i + "].hazard", e.hazard()));
            if (!Double.isNaN(e.opportunistHazard())) {
                o.set("opportunistHazard", number("events[" + i + "].opportunistHazard", e.opportunistHazard()));
            }
        }
        o.put("duration", e.duration());
        o.set("magnitude", number("events[" + i + "].magnitude", e.magnitude()));
        if (e.party() != null) {
            o.put("party", e.party());
        }
        return o;
    }

    private static ObjectNode ruleSet(RuleSet r) {
        ObjectNode o = F.objectNode();
        o.put("name", r.name());
        ArrayNode phases = o.putArray("phases");
        for (Phase p : r.phases()) {
            ObjectNode po = phases.addObject();
            po.put("name", p.name());
            ArrayNode t = po.putArray("target");
            p.targetGives().forEach(t::add);
            ArrayNode sa = po.putArray("sanctioner");
            p.sanctionerGives().forEach(sa::add);
            po.put("order", p.order().label());
            po.put("deadline", p.deadline());
            po.put("verifyBeforeReward", p.verifyBeforeReward());
            po.put("unilateral", p.unilateral());
            po.put("notBefore", p.notBefore());
        }
        ArrayNode rules = o.putArray("rules");
        for (Rule rule : r.rules()) {
            ObjectNode ro = rules.addObject();
            ro.put("when", rule.when().toString());
            ro.put("then", rule.then().toString());
        }
        o.put("snapback", r.snapback());
        o.put("proposals", r.proposals().label());
        o.put("counterOffers", r.counterOffers());
        o.put("firstProposer", r.firstProposer().label());
        Negotiation n = r.negotiation();
        ObjectNode no = o.putObject("negotiation");
        no.put("ratioLow", n.ratioLow());
        no.put("ratioHigh", n.ratioHigh());
        no.put("maxBit", n.maxBit());
        no.put("order", n.order().label());
        no.put("deadline", n.deadline());
        no.put("verifyBeforeReward", n.verifyBeforeReward());
        return o;
    }

    /** Whether a design is a template (written by name). */
    static boolean isTemplate(AgreementDesign d) {
        return d instanceof Template;
    }
}
