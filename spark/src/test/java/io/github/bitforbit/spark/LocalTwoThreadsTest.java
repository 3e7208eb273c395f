package io.github.bitforbit.spark;

/** {@link SparkEqualsCoreTest} on two local executor threads. */
class LocalTwoThreadsTest extends SparkEqualsCoreTest {
    @Override
    String master() {
        return "local[2]";
    }
}
