package io.github.bitforbit.model;

import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SnapbackMode;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptors of the built-in agent types are what the records accept, read and default to. */
class BuiltInParametersTest {

    private static RoleParameters defaults(Role role) {
        return switch (role) {
            case TARGET -> RoleParameters.Target.DEFAULTS;
            case SANCTIONER -> RoleParameters.Sanctioner.DEFAULTS;
            case PATRON -> RoleParameters.Patron.DEFAULTS;
            case PARTNER -> RoleParameters.Partner.DEFAULTS;
        };
    }

    @Test
    void everyRoleParameterIsReadSetDefaultedAndRangeCheckedThroughItsDescriptor() {
        for (Role role : Role.values()) {
            RoleParameters d = defaults(role);
            for (ParameterSpec p : BuiltInParameters.of(role)) {
                String at = role.label() + "." + p.name();
                assertEquals(p.defaultValue(), BuiltInParameters.get(d, p.name()), at + " default");
                double inside = Double.isInfinite(p.max()) ? p.defaultValue() + 1 : (p.defaultValue() + p.max()) / 2;
                assertEquals(inside, BuiltInParameters.get(BuiltInParameters.with(d, p.name(), inside), p.name()), at);
                if (Double.isFinite(p.min())) {
                    double below = p.minOpen() ? p.min() : Math.nextDown(p.min());
                    assertThrows(IllegalArgumentException.class, () -> BuiltInParameters.with(d, p.name(), below), at);
                    if (!p.minOpen()) {
                        assertDoesNotThrow(() -> BuiltInParameters.with(d, p.name(), p.min()), at);
                    }
                }
                if (Double.isFinite(p.max())) {
                    double above = p.maxOpen() ? p.max() : Math.nextUp(p.max());
                    assertThrows(IllegalArgumentException.class, () -> BuiltInParameters.with(d, p.name(), above), at);
                    assertDoesNotThrow(() -> BuiltInParameters.with(d, p.name(),
                            p.maxOpen() ? Math.nextDown(p.max()) : p.max()), at);
                }
            }
            assertThrows(IllegalArgumentException.class, () -> BuiltInParameters.with(d, "noSuchThing", 1));
        }
    }

    @Test
    void theCommonParametersAreTheParty() {
        Party p = Scenario.builder("x").sanctioner("S", b -> { }).target("T", b -> { })
                .disarmament("d", 0.5, 1, 0.5).tranche("t", 0.5, SnapbackMode.AUTOMATIC).build().party("S").orElseThrow();
        for (ParameterSpec spec : BuiltInParameters.COMMON) {
            assertEquals(spec.defaultValue(), BuiltInParameters.get(p, spec.name()), spec.name());
            double v = spec.whole() ? 3 : 0.5;
            assertEquals(v, BuiltInParameters.get(BuiltInParameters.with(p, spec.name(), v), spec.name()), spec.name());
        }
        assertEquals(List.of("types.cooperative", "trust.initial", "trust.floor", "patience", "discount", "attention",
                        "lambda"),
                BuiltInParameters.COMMON.stream().map(ParameterSpec::name).toList());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BuiltInParameters.with(p, "discount", 0))
                .getMessage().startsWith("parties.S.discount: 0.0 is outside (0, 1]"));
    }
}
