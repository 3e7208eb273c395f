package io.github.bitforbit.evidence;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

import java.util.List;

/** The multivariate normal perturbation kernel N(0, cov), by Commons Math's Cholesky decomposition. */
final class PerturbationKernel {
    private final double[][] lower;
    private final double logNorm;
    private final double[][] inverse;

    PerturbationKernel(double[][] cov) {
        int d = cov.length;
        double[][] c = new double[d][];
        for (int a = 0; a < d; a++) {
            c[a] = cov[a].clone();
            // a parameter whose particles all agree would make the kernel singular
            c[a][a] = Math.max(c[a][a], 1e-12);
        }
        CholeskyDecomposition chol;
        try {
            chol = new CholeskyDecomposition(new Array2DRowRealMatrix(c), 1e-10, 1e-14);
        } catch (NonPositiveDefiniteMatrixException e) {
            double[][] diag = new double[d][d];
            for (int a = 0; a < d; a++) {
                diag[a][a] = c[a][a];
            }
            chol = new CholeskyDecomposition(new Array2DRowRealMatrix(diag), 1e-10, 1e-14);
        }
        lower = chol.getL().getData();
        inverse = chol.getSolver().getInverse().getData();
        double logDet = 0;
        for (int a = 0; a < d; a++) {
            logDet += 2 * Math.log(lower[a][a]);
        }
        logNorm = -0.5 * (d * Math.log(2 * Math.PI) + logDet);
    }

    double[] transform(double[] z) {
        double[] out = new double[z.length];
        for (int a = 0; a < z.length; a++) {
            for (int b = 0; b <= a; b++) {
                out[a] += lower[a][b] * z[b];
            }
        }
        return out;
    }

    double density(double[] x, double[] centre) {
        int d = x.length;
        double q = 0;
        for (int a = 0; a < d; a++) {
            double ra = x[a] - centre[a];
            for (int b = 0; b < d; b++) {
                q += ra * inverse[a][b] * (x[b] - centre[b]);
            }
        }
        return Math.exp(logNorm - 0.5 * q);
    }

    /** Twice the weighted covariance of the particles (Beaumont et al. 2009). */
    static double[][] covariance(List<Posterior.Particle> old, double total, int d) {
        double[] mean = new double[d];
        for (Posterior.Particle p : old) {
            for (int k = 0; k < d; k++) {
                mean[k] += p.weight() / total * p.value(k);
            }
        }
        double[][] cov = new double[d][d];
        for (Posterior.Particle p : old) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += 2 * p.weight() / total * (p.value(a) - mean[a]) * (p.value(b) - mean[b]);
                }
            }
        }
        return cov;
    }
}
