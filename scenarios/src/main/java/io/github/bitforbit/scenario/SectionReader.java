package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.MapNode;

/**
 * What the reader of one section of a scenario file (its parties, concessions, events or designs)
 * works with: the values of the keys, the file's problems, and where each element it reads is
 * written, so that the core's findings about that element can be located back in the file.
 */
abstract class SectionReader {
    /** Reads the values of the keys. */
    final ValueReader values;
    /** The problems of the whole file. */
    final FileProblems problems;
    /** Where each element read is written. */
    final SourceLocations where;

    /**
     * An entry of a list whose keys depend on one of them.
     *
     * @param id      its id
     * @param variant the value of the key its other keys depend on (a party's role, a concession's kind)
     */
    record Entry(String id, String variant) {
    }

    SectionReader(ValueReader values, SourceLocations where) {
        this.values = values;
        this.problems = values.problems();
        this.where = where;
    }

    /**
     * Reads the variant and the id of an entry whose keys depend on its variant, checks its keys
     * for that variant and records where it is written, as {@code list.ID}.
     *
     * @param m    the entry
     * @param spec its mapping in the format, with a discriminator
     * @param path where it is in the file, e.g. {@code parties[1]}
     * @param list the core's name of the list, e.g. {@code parties}
     * @return its id and variant, or null if either cannot be read (a problem is then recorded)
     */
    Entry entry(MapNode m, ObjectSpec spec, String path, String list) {
        String variant = values.choice(m, spec.get(spec.discriminator()), path);
        values.checkKeys(m, spec, variant, path);
        String id = values.id(m, spec.get("id"), path);
        if (id == null || variant == null) {
            return null;
        }
        where.put(list + "." + id, path, m);
        return new Entry(id, variant);
    }
}
