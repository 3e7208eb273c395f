package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.TargetValues;
import io.github.bitforbit.terms.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five named agreement designs (docs/ODD.md section 7.6), and those registered by users, each
 * a function that builds a rule set from any scenario's own concessions.
 *
 * <p>The paired templates sort the target's steps by deterrence and the relief by its value to the
 * target (smallest first, so that cheap bits come first) and cut both lists into the same number
 * of consecutive groups so that each phase's value ratio, on the target's scale ({@link
 * io.github.bitforbit.terms.TargetValues}), is near the whole agreement's ({@code Pairing}); group
 * i of each side is phase i, and assurances ride along with the relief.
 */
public final class Template implements AgreementDesign {
    /** One phase: the target gives everything, verified, then everything is lifted. No counter-offers. */
    public static final Template ALL_OR_NOTHING = new Template("all-or-nothing",
            "one phase: the target gives everything, then everything is lifted", Template::allOrNothing);
    /** Pairs of similar value ratio, target first, rewards after verification, snapback on violation. */
    public static final Template BIT_FOR_BIT = new Template("bit-for-bit",
            "pairs of similar value ratio, target first, verified, snapback on violation",
            s -> paired(s, "bit-for-bit", Order.TARGET_FIRST, true, false));
    /** Pairs of similar value ratio performed simultaneously, snapback on violation. */
    public static final Template ACTION_FOR_ACTION = new Template("action-for-action",
            "pairs of similar value ratio performed simultaneously, snapback on violation",
            s -> paired(s, "action-for-action", Order.SIMULTANEOUS, false, false));
    /** Pairs of similar value ratio, the sanctioner first, snapback on violation. */
    public static final Template FRONT_LOADED = new Template("front-loaded",
            "pairs of similar value ratio, relief first, snapback on violation",
            s -> paired(s, "front-loaded", Order.SANCTIONER_FIRST, false, false));
    /**
     * Osgood's GRIT: the sanctioner announces and makes small unilateral concessions, smallest
     * first, each inviting a paired reciprocation; it continues while they are reciprocated.
     */
    public static final Template GRIT = new Template("grit",
            "small unilateral relief steps, continued while reciprocated (Osgood)",
            s -> paired(s, "grit", Order.SANCTIONER_FIRST, false, true));

    /** The built-ins, then the registered ones (guarded by the class). */
    private static final List<Template> ALL = new ArrayList<>(List.of(ALL_OR_NOTHING, BIT_FOR_BIT,
            ACTION_FOR_ACTION, FRONT_LOADED, GRIT));

    static {
        for (TemplateSource source : java.util.ServiceLoader.load(TemplateSource.class, Template.class.getClassLoader())) {
            for (Template t : source.templates()) {
                register(t);
            }
        }
    }

    /** Deadline of each paired phase, in steps. */
    public static final int PAIR_DEADLINE = 6;
    /** Deadline of the single all-or-nothing phase, in steps. */
    public static final int LONG_DEADLINE = 12;

    private final String label;
    private final String summary;
    private final java.util.function.Function<Terms, RuleSet> build;

    private Template(String label, String summary, java.util.function.Function<Terms, RuleSet> build) {
        this.label = label;
        this.summary = summary;
        this.build = build;
    }

    @Override
    public RuleSet ruleSetFor(Terms terms) {
        return build.apply(terms);
    }

    /**
     * A template of your own: {@code build} makes the rule set for any scenario it is given (it
     * may reject one, with an {@link IllegalArgumentException} saying why).
     *
     * @param name    its name in files and on the command line: lower case letters, digits, hyphens
     * @param summary one line saying what it does
     * @param build   makes the rule set for a scenario
     * @return the template, not yet registered (see {@link #register})
     * @throws IllegalArgumentException if the name is not of that form
     */
    public static Template of(String name, String summary, java.util.function.Function<Terms, RuleSet> build) {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("template name '" + name + "': lower case letters, digits and hyphens");
        }
        return new Template(name, java.util.Objects.requireNonNull(summary, "summary"),
                java.util.Objects.requireNonNull(build, "build"));
    }

    /**
     * Adds a template (also done for those of every {@link TemplateSource} listed in
     * {@code META-INF/services/io.github.bitforbit.rules.TemplateSource}); files, sweeps and the
     * command line then know it by name. Registering the same instance again does nothing.
     *
     * @param template the template, made with {@link #of}
     * @throws IllegalArgumentException if another template has its name
     */
    public static synchronized void register(Template template) {
        for (Template t : ALL) {
            if (t.label.equals(template.label)) {
                if (t == template) {
                    return;
                }
                throw new IllegalArgumentException("a template named '" + template.label + "' is already registered");
            }
        }
        ALL.add(template);
    }

    /**
     * Every template.
     *
     * @return the five built-ins in a fixed order, then the registered ones in registration order
     */
    public static synchronized List<Template> values() {
        return List.copyOf(ALL);
    }

    private static RuleSet allOrNothing(Terms s) {
        List<String> target = ids(sorted(s, Role.TARGET));
        List<String> sanctioner = ids(sorted(s, Role.SANCTIONER));
        requireBothSides(target, sanctioner);
        Phase all = new Phase("everything", target, sanctioner, Order.TARGET_FIRST, LONG_DEADLINE, true, false);
        return new RuleSet("all-or-nothing", List.of(all), List.of(), false, ProposalMode.SCRIPTED, false,
                Role.SANCTIONER, Negotiation.DEFAULTS);
    }

    @Override
    public String toString() {
        return label;
    }

    /** The name used in scenario files and on the command line, e.g. {@code "bit-for-bit"}. */
    @Override
    public String name() {
        return label;
    }

    /**
     * What the design does, for listings.
     *
     * @return a one-line description
     */
    public String summary() {
        return summary;
    }

    /**
     * The template with this name.
     *
     * @param name e.g. {@code "all-or-nothing"}; case and surrounding blanks are ignored
     * @return the template, or empty if there is none of that name
     */
    public static Optional<Template> byName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return values().stream().filter(t -> t.label.equals(n)).findFirst();
    }

    /**
     * Every template name.
     *
     * @return the names, in the order of {@link #values()}
     */
    public static List<String> names() {
        return values().stream().map(t -> t.label).toList();
    }

    /**
     * Pairs target steps with relief (tranches and aid) by value ratio ({@link Pairing}); assurances,
     * which are worth little to a target that still has its deterrent, ride along with the relief
     * (spread evenly, smallest first) rather than forming phases of their own, so that every phase
     * lifts something ("if this happens, this sanction is lifted"). Without relief, or where the
     * ratio cannot rank the phases, items are paired by cumulative share of pairing value, as
     * version 1 did. A phase waits for verification only if its steps can be verified.
     */
    private static RuleSet paired(Terms s, String name, Order order, boolean verify, boolean unilateral) {
        List<Concession> target = sorted(s, Role.TARGET);
        List<Concession> sanctioner = sorted(s, Role.SANCTIONER);
        requireBothSides(ids(target), ids(sanctioner));
        // relief (tranches and aid) is paired with the target's steps; assurances ride along
        TargetValues values = s.targetValues();
        List<Relief> relief = new ArrayList<>(sanctioner.stream()
                .filter(c -> c instanceof Relief).map(c -> (Relief) c).toList());
        relief.sort(Comparator.comparingDouble(values::reliefValue)); // stable: ties keep file order
        List<Concession> riders = relief.isEmpty() ? List.of()
                : sanctioner.stream().filter(c -> !(c instanceof Relief)).toList();
        Optional<Pairing.Cut> cut = relief.isEmpty() ? Optional.empty() : Pairing.of(target, relief, values);
        List<List<String>> tg;
        List<List<String>> sg;
        if (cut.isPresent()) {
            tg = cut.get().target();
            sg = cut.get().relief();
        } else {
            List<Concession> paired = relief.isEmpty() ? sanctioner : List.copyOf(relief);
            int n = Math.min(target.size(), paired.size());
            tg = groups(target, n);
            sg = groups(paired, n);
        }
        int n = tg.size();
        List<List<String>> withRiders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            withRiders.add(new ArrayList<>());
        }
        for (int k = 0; k < riders.size(); k++) {
            withRiders.get((int) ((long) k * n / riders.size())).add(riders.get(k).id());
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            withRiders.get(i).addAll(sg.get(i));
            boolean verifiable = tg.get(i).stream().map(id -> s.concession(id).orElseThrow())
                    .allMatch(c -> !(c instanceof DisarmamentStep d) || d.deterrence() == 0 || d.verifiability() > 0);
            phases.add(new Phase("phase " + (i + 1), tg.get(i), withRiders.get(i), order, PAIR_DEADLINE,
                    verify && verifiable, unilateral));
        }
        return new RuleSet(name, phases, List.of(), true, ProposalMode.SCRIPTED, !unilateral, Role.SANCTIONER,
                Negotiation.DEFAULTS);
    }

    private static void requireBothSides(List<String> target, List<String> sanctioner) {
        if (target.isEmpty() || sanctioner.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one concession on each side (target has "
                    + target.size() + ", sanctioner has " + sanctioner.size() + ")");
        }
    }

    static List<Concession> sorted(Terms s, Role role) {
        List<Concession> list = new ArrayList<>(s.concessionsOf(role));
        list.sort(Comparator.comparingDouble(Concession::pairingValue)); // stable: ties keep file order
        return list;
    }

    private static List<String> ids(List<Concession> cs) {
        return cs.stream().map(Concession::id).toList();
    }

    /**
     * Cuts the sorted list into n consecutive, non-empty groups, item j going to the group in
     * which the midpoint of its value falls on the cumulative share scale, clamped so that no
     * group is left empty.
     */
    static List<List<String>> groups(List<Concession> items, int n) {
        int m = items.size();
        double total = 0;
        for (Concession c : items) {
            total += c.pairingValue();
        }
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            out.add(new ArrayList<>());
        }
        double cumulative = 0;
        int previous = -1;
        for (int j = 0; j < m; j++) {
            double v = items.get(j).pairingValue();
            int desired = total > 0 ? (int) Math.floor(n * (cumulative + v / 2) / total) : (int) ((long) j * n / m);
            int lo = Math.max(Math.max(previous, n - m + j), 0);
            int hi = Math.min(previous + 1, n - 1);
            int g = Math.max(lo, Math.min(hi, desired));
            out.get(g).add(items.get(j).id());
            previous = g;
            cumulative += v;
        }
        return out.stream().map(List::copyOf).toList();
    }
}
