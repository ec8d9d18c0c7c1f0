package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.TokenAuthorizerSettings;
import dev.apigw.openapi.source.SourceDocument;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** apigw.yaml's {@code authorizers} section and the identity fields of {@code credentials}. */
class ProjectConfigAuthorizersTest {

    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    @Test
    void readsJwksAndIssuerPerSecurityScheme() {
        ProjectConfig config = read("""
                authorizers:
                  UserPool: { jwks: keys/jwks.json }
                  Auth0:
                    jwks: https://example.auth0.com/.well-known/jwks.json
                    issuer: https://example.auth0.com/
                """);
        assertThat(config.authorizers()).containsEntry("UserPool",
                new TokenAuthorizerSettings(Optional.of("keys/jwks.json"), Optional.empty()));
        assertThat(config.authorizers().get("Auth0").issuer()).contains("https://example.auth0.com/");
    }

    @Test
    void noSectionMeansNoSettings() {
        assertThat(read("definition: openapi.yaml\n").authorizers()).isEmpty();
    }

    @Test
    void unknownKeyIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("""
                authorizers:
                  UserPool:
                    jwks: keys/jwks.json
                    audience: x
                """)).isInstanceOf(ApigwException.class).satisfies(e -> {
                    ApigwException ex = (ApigwException) e;
                    assertThat(ex.diagnostics()).hasSize(1);
                    assertThat(ex.diagnostics().get(0).message()).contains("unknown key 'audience'");
                    assertThat(ex.diagnostics().get(0).location().line()).isEqualTo(4);
                });
    }

    @Test
    void issuerMustBeAUrl() {
        assertThatThrownBy(() -> read("authorizers:\n  P: { issuer: us-east-1_abc }\n"))
                .isInstanceOf(ApigwException.class)
                .satisfies(e -> assertThat(((ApigwException) e).diagnostics().get(0).message())
                        .contains("is not a URL"));
    }

    @Test
    void entryMustBeAMap() {
        assertThatThrownBy(() -> read("authorizers:\n  P: keys/jwks.json\n")).isInstanceOf(ApigwException.class);
    }

    @Test
    void credentialsCarryUserAndAccountWithDefaults() {
        ProjectConfig config = read("""
                credentials:
                  - { accessKeyId: A1, secretAccessKey: s1, user: alice, accountId: "111122223333" }
                  - { accessKeyId: A2, secretAccessKey: s2 }
                """);
        IamCredential alice = config.credentials().get(0);
        assertThat(alice.userName()).isEqualTo("alice");
        assertThat(alice.account()).isEqualTo("111122223333");
        assertThat(config.credentials().get(1).userName()).isEqualTo(IamCredential.DEFAULT_USER);
        assertThat(config.credentials().get(1).account()).isEqualTo(IamCredential.DEFAULT_ACCOUNT_ID);
    }

    @Test
    void aCredentialsPolicyIsKeptAsPlainValues() {
        ProjectConfig config = read("""
                credentials:
                  - accessKeyId: A1
                    secretAccessKey: s1
                    policy:
                      Statement: [{ Effect: Allow, Action: "execute-api:Invoke", Resource: "*" }]
                  - { accessKeyId: A2, secretAccessKey: s2 }
                """);
        assertThat(config.credentials().get(0).policy()).hasValueSatisfying(policy ->
                assertThat(policy.get("Statement")).isEqualTo(java.util.List.of(
                        java.util.Map.of("Effect", "Allow", "Action", "execute-api:Invoke", "Resource", "*"))));
        assertThat(config.credentials().get(1).policy()).isEmpty();
    }

    @Test
    void aCredentialsPolicyThatIsNotAnObjectIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("""
                credentials:
                  - accessKeyId: A1
                    secretAccessKey: s1
                    policy: allow-everything
                """)).isInstanceOf(ApigwException.class).satisfies(e -> {
                    ApigwException ex = (ApigwException) e;
                    assertThat(ex.diagnostics().get(0).message()).contains("policy must be an IAM policy document");
                    assertThat(ex.diagnostics().get(0).location().line()).isEqualTo(4);
                });
    }
}
