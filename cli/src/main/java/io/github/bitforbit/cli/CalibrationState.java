package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.evidence.Generation;
import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration's population after its last finished generation, saved beside the output as
 * {@code FILE.state.json} so that {@code calibrate --resume} continues where a killed run stopped.
 * Numbers are written exactly (shortest round-trip decimals), so a resumed calibration equals the
 * uninterrupted one; the settings are saved too, and a resume with other settings is refused.
 */
final class CalibrationState {
    private CalibrationState() {
    }

    /** {@return where the state of a calibration writing {@code output} is kept} */
    static Path file(Path output) {
        return output.resolveSibling(output.getFileName() + ".state.json");
    }

    /** The state as JSON text. */
    static String json(ObjectNode settings, Posterior p) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.set("settings", settings);
        ArrayNode scales = o.putArray("scales");
        p.scales().forEach(scales::add);
        ArrayNode gens = o.putArray("generations");
        for (Generation g : p.generations()) {
            ObjectNode n = gens.addObject();
            n.put("index", g.index());
            n.put("tolerance", g.tolerance());
            n.put("acceptance", g.acceptance());
            n.put("simulations", g.simulations());
            n.put("ess", g.ess());
        }
        ArrayNode particles = o.putArray("particles");
        for (Posterior.Particle q : p.particles()) {
            ObjectNode n = particles.addObject();
            ArrayNode values = n.putArray("values");
            q.values().forEach(values::add);
            n.put("weight", q.weight());
            n.put("distance", q.distance());
        }
        return JsonReport.text(o);
    }

    /**
     * Reads a saved state and checks that it was made with these settings.
     *
     * @param file     the state file
     * @param settings this command line's settings
     * @param priors   this command line's priors
     * @return the saved population
     * @throws CliException (exit 2) if there is none, it cannot be read, or the settings differ
     */
    static Posterior read(Path file, ObjectNode settings, List<Prior> priors) {
        JsonNode o;
        try {
            o = JsonReport.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw CliException.usage("--resume: no " + file + " to resume from (the calibration finished, or never "
                    + "finished a generation)");
        } catch (IOException | RuntimeException e) {
            throw CliException.usage("--resume: " + file + " cannot be read: " + e.getMessage(), e);
        }
        // as text: a number read back may be an int where a long was written
        if (o.get("settings") == null || !settings.toString().equals(o.get("settings").toString())) {
            throw CliException.usage("--resume: " + file + " was saved by a calibration with other settings ("
                    + o.get("settings") + "); give the same cases, priors and options, or remove it");
        }
        try {
            List<Double> scales = new ArrayList<>();
            o.get("scales").forEach(x -> scales.add(x.doubleValue()));
            List<Generation> gens = new ArrayList<>();
            for (JsonNode g : o.get("generations")) {
                gens.add(new Generation(g.get("index").intValue(), g.get("tolerance").doubleValue(),
                        g.get("acceptance").doubleValue(), g.get("simulations").intValue(), g.get("ess").doubleValue()));
            }
            List<Posterior.Particle> particles = new ArrayList<>();
            for (JsonNode q : o.get("particles")) {
                List<Double> values = new ArrayList<>();
                q.get("values").forEach(x -> values.add(x.doubleValue()));
                particles.add(new Posterior.Particle(values, q.get("weight").doubleValue(),
                        q.get("distance").doubleValue()));
            }
            return new Posterior(priors, particles, gens, scales);
        } catch (RuntimeException e) {
            throw CliException.usage("--resume: " + file + " is not a calibration state: " + e.getMessage(), e);
        }
    }
}
