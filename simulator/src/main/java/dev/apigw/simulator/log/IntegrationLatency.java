package dev.apigw.simulator.log;

import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;

/** Times the integration step for {@code $context.integrationLatency}, also when it fails or times out. */
public final class IntegrationLatency implements Handler {
    private final Handler integration;

    public IntegrationLatency(Handler integration) {
        this.integration = integration;
    }

    @Override
    public Outcome handle(Invocation inv) {
        long start = System.nanoTime();
        try {
            return integration.handle(inv);
        } finally {
            inv.integrationLatencyMillis((System.nanoTime() - start) / 1_000_000);
        }
    }
}
