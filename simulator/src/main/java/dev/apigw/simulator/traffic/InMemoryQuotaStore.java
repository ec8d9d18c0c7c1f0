package dev.apigw.simulator.traffic;

import dev.apigw.model.project.Quota;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link QuotaStore} in this process. AWS subtracts a quota's {@code offset} from the limit in the plan's initial
 * period (a plan that starts mid-month gets less that month); here the initial period is the one in which this store
 * counted or reported its first request, i.e. when serving started.
 */
public final class InMemoryQuotaStore implements QuotaStore {
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> origin = new AtomicReference<>();

    @Override
    public QuotaUsage tryConsume(String counter, Quota quota, QuotaPeriod period, Instant now) {
        return counter(counter).count(quota, period, now, origin(now), true);
    }

    @Override
    public QuotaUsage usage(String counter, Quota quota, QuotaPeriod period, Instant now) {
        return counter(counter).count(quota, period, now, origin(now), false);
    }

    private Counter counter(String name) {
        return counters.computeIfAbsent(name, n -> new Counter());
    }

    private Instant origin(Instant now) {
        origin.compareAndSet(null, now);
        return origin.get();
    }

    private static final class Counter {
        private Instant periodStart;
        private long used;

        synchronized QuotaUsage count(Quota quota, QuotaPeriod period, Instant now, Instant origin,
                boolean consume) {
            QuotaPeriod.Window window = period.window(now);
            if (!window.start().equals(periodStart)) {
                periodStart = window.start();
                used = 0;
            }
            long limit = Math.max(0, quota.limit());
            long allowance = window.contains(origin) ? Math.max(0, limit - Math.max(0, quota.offset())) : limit;
            boolean granted = used < allowance;
            if (consume && granted) {
                used++;
            }
            return new QuotaUsage(consume && granted, limit, allowance, used, Math.max(0, allowance - used), window);
        }
    }
}
