package org.jixiao.scoring;

import org.jixiao.exchange.SelfEvaluationForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke measurement of forms scored per second on one thread (the target is 20,000). The assertion is a
 * loose floor so that a busy CI machine does not fail it; the printed number is the measurement.
 */
class ScoringThroughputTest {

    @Test
    void scoresFixtureFormsQuickly() {
        List<SelfEvaluationForm> forms = Fixtures.selfEvaluations().stream().map(Fixtures.Named::form).toList();
        SelfEvaluationScorer scorer = new SelfEvaluationScorer();
        ScoringSettings s = ScoringSettings.defaults();
        long sink = 0;
        for (int k = 0; k < 20_000; k++) { // warm-up
            sink += scorer.score(forms.get(k % forms.size()), s).indicators().size();
        }
        int n = 0;
        long start = System.nanoTime();
        long end = start + 500_000_000L;
        while (System.nanoTime() < end) {
            for (SelfEvaluationForm f : forms) {
                sink += scorer.score(f, s).indicators().size();
                n++;
            }
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf("[scoring] %.0f forms/s on one thread (%d forms, sink %d)%n", perSecond, n, sink);
        assertThat(perSecond).isGreaterThan(2_000);
    }
}
