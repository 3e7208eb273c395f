package io.github.bitforbit.rules;

import java.util.List;

/**
 * A provider of {@link Template}s for {@link java.util.ServiceLoader} (docs/ODD.md section 7.6):
 * list its class in {@code META-INF/services/io.github.bitforbit.rules.TemplateSource} and its
 * templates join the built-in five, by name, in files, sweeps and on the command line.
 */
public interface TemplateSource {

    /**
     * The templates it provides, registered when {@link Template} is first used.
     *
     * @return its templates (made with {@link Template#of})
     */
    List<Template> templates();
}
