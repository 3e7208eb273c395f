package io.github.bitforbit.spark;

import io.github.bitforbit.cli.CliException;
import io.github.bitforbit.cli.MonteCarloEngine;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PointRunner;
import io.github.bitforbit.rules.AgreementDesign;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command line's Monte Carlos on Spark: the context is started on first use (so that bad
 * options and scenarios fail before Spark starts) and stopped by {@link #close()}.
 */
final class SparkEngine implements MonteCarloEngine, AutoCloseable {

    private final SparkCommand options;
    private JavaSparkContext context;

    SparkEngine(SparkCommand options) {
        this.options = options;
    }

    @Override
    public MonteCarloResult run(MonteCarlo monteCarlo) {
        BlockSizing sizing = options.sizing();
        return SparkMonteCarlo.on(context()).sizing(sizing).run(monteCarlo);
    }

    @Override
    public Comparison compare(MonteCarlo monteCarlo, AgreementDesign... designs) {
        BlockSizing sizing = options.sizing();
        return SparkMonteCarlo.on(context()).sizing(sizing).compare(monteCarlo, designs);
    }

    @Override
    public PointRunner points() {
        BlockSizing sizing = options.sizing();
        return SparkSweep.on(context()).sizing(sizing);
    }

    private JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("bitforbit");
            if (options.master != null) {
                conf.setMaster(options.master);
            } else if (!conf.contains("spark.master")) {
                throw CliException.usage("no Spark master: run through spark-submit --master URL, or give "
                        + "--master (e.g. --master local[2])");
            }
            context = new JavaSparkContext(conf);
            context.setLogLevel(options.logLevel);
        }
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
