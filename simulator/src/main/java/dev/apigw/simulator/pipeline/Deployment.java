package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Stage;
import dev.apigw.simulator.collect.FrozenMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An API deployed to one stage: what a request runs against. The API id is derived from the API title so it stays
 * the same across runs (and in {@code $context.apiId}).
 */
public record Deployment(ApiDefinition api, ProjectConfig config, Stage stage, String apiId,
        Map<String, String> stageVariables, String domainName) {

    /**
     * The stage variables are frozen and the domain name derived here, once per deployment, so requests share them
     * instead of copying or rebuilding them.
     */
    public static Deployment of(ApiDefinition api, ProjectConfig config, Stage stage) {
        return of(api, config, stage, apiIdFor(api.title()));
    }

    /** Deployed under this API id, e.g. the real API's own for events that look like the deployed ones. */
    public static Deployment of(ApiDefinition api, ProjectConfig config, Stage stage, String apiId) {
        return new Deployment(api, config, stage, apiId, FrozenMap.adopt(new LinkedHashMap<>(stage.variables())),
                apiId + ".execute-api." + ContextValues.REGION + ".amazonaws.com");
    }

    /** Ten lower-case letters and digits, like a real REST API id, the same for the same name on every run. */
    public static String apiIdFor(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(title.getBytes(StandardCharsets.UTF_8));
            String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder sb = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                sb.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
            }
            return sb.toString().toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
