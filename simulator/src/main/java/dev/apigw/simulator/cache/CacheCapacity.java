package dev.apigw.simulator.cache;

import java.util.Map;

/**
 * How much a stage cache may hold locally. AWS offers cache clusters of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 and
 * 237 GB; a developer machine cannot give that, so each size maps to a byte budget of 32 MiB per GB, capped at
 * 256 MiB (0.5 GB → 16 MiB, 1.6 GB → 51 MiB, 6.1 GB and more → 195 to 256 MiB). A bigger AWS size still means a
 * bigger local cache, which is what a test of eviction needs; entries are weighed by their body and header bytes.
 */
public final class CacheCapacity {
    static final long BYTES_PER_GB = 32L * 1024 * 1024;
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Map<String, Double> SIZES = Map.of("0.5", 0.5, "1.6", 1.6, "6.1", 6.1, "13.5", 13.5,
            "28.4", 28.4, "58.2", 58.2, "118", 118.0, "237", 237.0);
    private static final double DEFAULT_GB = 0.5;

    private CacheCapacity() {
    }

    /** The byte budget for an AWS cache size ({@code "0.5"}...); an unknown size gets the smallest (0.5 GB). */
    public static long bytesFor(String size) {
        double gb = SIZES.getOrDefault(size == null ? "" : size.trim(), DEFAULT_GB);
        return Math.min(MAX_BYTES, Math.round(gb * BYTES_PER_GB));
    }
}
