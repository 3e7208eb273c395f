package io.github.bitforbit.spark;

/** {@link SparkEqualsCoreTest} on one local executor thread. */
class LocalOneThreadTest extends SparkEqualsCoreTest {
    @Override
    String master() {
        return "local[1]";
    }
}
