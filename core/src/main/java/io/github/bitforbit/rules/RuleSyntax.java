package io.github.bitforbit.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small text syntax of triggers, the same as their {@code toString()}.
 *
 * <pre>
 * condition := completed(X) | verified(X) | violated(X) | detected(X) | restored(S)
 *            | step &gt;= N | trust(A, B) &lt; x | NAME(ARGUMENT)   (a registered kind)
 * action    := lift(S) | restore(S) | suspend | suspend(N) | walk-out(P) | offer(PHASE)
 * rule      := when condition then action
 * </pre>
 *
 * Errors are {@link IllegalArgumentException}s whose message quotes the text and says what was
 * expected.
 */
public final class RuleSyntax {
    private static final Pattern CALL = Pattern.compile("\\s*([a-z][a-z-]*)\\s*(?:\\(\\s*([^()]*?)\\s*\\))?\\s*");
    private static final Pattern STEP = Pattern.compile("\\s*step\\s*>=\\s*(\\d+)\\s*");
    private static final Pattern TRUST = Pattern.compile(
            "\\s*trust\\s*\\(\\s*([^,()\\s]+)\\s*,\\s*([^,()\\s]+)\\s*\\)\\s*<\\s*([0-9]*\\.?[0-9]+)\\s*");
    private static final Pattern RULE = Pattern.compile("\\s*when\\s+(.+?)\\s+then\\s+(.+?)\\s*");

    private RuleSyntax() {
    }

    /**
     * Parses a whole rule.
     *
     * @param text {@code "when CONDITION then ACTION"} (null reads as empty)
     * @return the rule
     * @throws IllegalArgumentException quoting the text and saying what was expected
     */
    public static Rule rule(String text) {
        Matcher m = RULE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a rule: expected 'when CONDITION then ACTION'");
        }
        return new Rule(condition(m.group(1)), action(m.group(2)));
    }

    /**
     * Parses a condition: a built-in one, or {@code NAME(ARGUMENT)} of a registered kind.
     *
     * @param text e.g. {@code "verified(yongbyon)"} or {@code "trust(USA, DPRK) < 0.3"}
     * @return the condition
     * @throws IllegalArgumentException quoting the text and listing the forms expected
     */
    public static Condition condition(String text) {
        String t = text == null ? "" : text;
        Matcher step = STEP.matcher(t);
        if (step.matches()) {
            return new Condition.StepAtLeast(Integer.parseInt(step.group(1)));
        }
        Matcher trust = TRUST.matcher(t);
        if (trust.matches()) {
            return new Condition.TrustBelow(trust.group(1), trust.group(2), Double.parseDouble(trust.group(3)));
        }
        Matcher call = CALL.matcher(t);
        if (call.matches() && call.group(2) != null && !call.group(2).isEmpty()) {
            String arg = call.group(2);
            switch (call.group(1).toLowerCase(Locale.ROOT)) {
                case "completed": return new Condition.Completed(arg);
                case "verified": return new Condition.Verified(arg);
                case "violated": return new Condition.Violated(arg);
                case "detected": return new Condition.Detected(arg);
                case "restored": return new Condition.Restored(arg);
                default:
                    if (ConditionKinds.find(call.group(1)).isPresent()) {
                        return new Condition.Custom(call.group(1), arg);
                    }
                    break;
            }
        }
        List<String> custom = ConditionKinds.names();
        throw new IllegalArgumentException("'" + t.trim() + "' is not a condition: expected completed(X), verified(X), "
                + "violated(X), detected(X), restored(S), step >= N or trust(A, B) < x"
                + (custom.isEmpty() ? "" : ", or one of the registered " + String.join(", ", custom)));
    }

    /**
     * Parses an action.
     *
     * @param text e.g. {@code "restore(coal)"} or {@code "suspend(3)"}
     * @return the action
     * @throws IllegalArgumentException quoting the text and listing the forms expected
     */
    public static Action action(String text) {
        String t = text == null ? "" : text;
        Matcher call = CALL.matcher(t);
        if (call.matches()) {
            String arg = call.group(2);
            boolean hasArg = arg != null && !arg.isEmpty();
            switch (call.group(1).toLowerCase(Locale.ROOT)) {
                case "lift":
                    if (hasArg) return new Action.Lift(arg);
                    break;
                case "restore":
                    if (hasArg) return new Action.Restore(arg);
                    break;
                case "suspend":
                    if (!hasArg) return new Action.Suspend(1);
                    if (arg.matches("\\d+")) return new Action.Suspend(Integer.parseInt(arg));
                    break;
                case "walk-out":
                    if (hasArg) return new Action.WalkOut(arg);
                    break;
                case "offer":
                    if (hasArg) return new Action.Offer(arg);
                    break;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("'" + t.trim() + "' is not an action: expected lift(S), restore(S), "
                + "suspend, suspend(N), walk-out(P) or offer(PHASE)");
    }
}
