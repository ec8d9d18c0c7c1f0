package dev.apigw.simulator.aws;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary credentials of assumed roles, kept across requests and hot reloads so STS is asked once per role
 * until they near expiry. Keyed by whatever identifies one assumption (role, STS endpoint, signing key). A store
 * shared by several simulator instances can implement it; {@link #inMemory()} is the default.
 */
public interface RoleCredentialsCache {

    Optional<TemporaryCredentials> get(String key);

    void put(String key, TemporaryCredentials credentials);

    static RoleCredentialsCache inMemory() {
        ConcurrentHashMap<String, TemporaryCredentials> map = new ConcurrentHashMap<>();
        return new RoleCredentialsCache() {
            @Override
            public Optional<TemporaryCredentials> get(String key) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public void put(String key, TemporaryCredentials credentials) {
                map.put(key, credentials);
            }
        };
    }
}
