package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StsResponsesTest {
    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String ASSUMED = """
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <SourceIdentity>dev-user</SourceIdentity>
                <AssumedRoleUser>
                  <Arn>arn:aws:sts::123456789012:assumed-role/apigw-dynamodb/AmazonAPIGateway_abc</Arn>
                  <AssumedRoleId>AROA3XFRBF535PLBIFPI4:AmazonAPIGateway_abc</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <SessionToken>IQoJb3JpZ2luX2VjEXAMPLE/token+value==</SessionToken>
                  <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
                  <Expiration>2026-03-01T13:00:00.123Z</Expiration>
                  <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
                </Credentials>
                <PackedPolicySize>6</PackedPolicySize>
              </AssumeRoleResult>
              <ResponseMetadata>
                <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
              </ResponseMetadata>
            </AssumeRoleResponse>
            """;

    @Nested
    class AssumeRole {
        @Test
        void readsTheTemporaryCredentialsInAnyElementOrder() {
            assertThat(StsResponses.assumeRole(xml(ASSUMED))).isEqualTo(new TemporaryCredentials(
                    "ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                    "IQoJb3JpZ2luX2VjEXAMPLE/token+value==", Instant.parse("2026-03-01T13:00:00.123Z")));
        }

        @Test
        void readsAnAnswerWithoutNamespaceAndAnOffsetExpiration() {
            TemporaryCredentials c = StsResponses.assumeRole(xml("<AssumeRoleResponse><AssumeRoleResult><Credentials>"
                    + "<AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t"
                    + "</SessionToken><Expiration>2026-03-01T14:00:00+01:00</Expiration></Credentials>"
                    + "</AssumeRoleResult></AssumeRoleResponse>"));
            assertThat(c.expiration()).isEqualTo(Instant.parse("2026-03-01T13:00:00Z"));
        }

        @Test
        void namesTheMissingElement() {
            assertThatThrownBy(() -> StsResponses.assumeRole(xml(ASSUMED.replaceAll("<SessionToken>.*</SessionToken>",
                    "")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no Credentials/SessionToken element");
        }

        @Test
        void refusesAnAnswerWithoutCredentials() {
            assertThatThrownBy(() -> StsResponses.assumeRole(xml("<GetCallerIdentityResponse/>")))
                    .hasMessage("no AssumeRoleResult/Credentials element");
        }

        @Test
        void refusesAnUnreadableExpiration() {
            assertThatThrownBy(() -> StsResponses.assumeRole(xml(ASSUMED.replace("2026-03-01T13:00:00.123Z",
                    "tomorrow")))).hasMessage("Expiration 'tomorrow' is not an ISO 8601 time");
        }

        @Test
        void refusesTextThatIsNotXml() {
            assertThatThrownBy(() -> StsResponses.assumeRole(xml("{\"Credentials\": {}}")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not XML");
        }

        @Test
        void refusesDocumentTypeDeclarations() {
            String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<AssumeRoleResponse><Credentials><AccessKeyId>&x;</AccessKeyId></Credentials>"
                    + "</AssumeRoleResponse>";
            assertThatThrownBy(() -> StsResponses.assumeRole(xml(withEntity)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not XML");
        }
    }

    @Nested
    class Error {
        @Test
        void readsCodeAndMessage() {
            assertThat(StsResponses.error(xml("""
                    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <Error>
                        <Type>Sender</Type>
                        <Code>AccessDenied</Code>
                        <Message>User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole</Message>
                      </Error>
                      <RequestId>4d3d6f2e-0000-0000-0000-000000000000</RequestId>
                    </ErrorResponse>
                    """))).hasValue("AccessDenied: User: arn:aws:iam::123456789012:user/dev is not authorized to "
                    + "perform: sts:AssumeRole");
        }

        @Test
        void isEmptyForABodyThatIsNoErrorResponse() {
            assertThat(StsResponses.error(xml("Service Unavailable"))).isEmpty();
            assertThat(StsResponses.error(xml("<html><body>502</body></html>"))).isEmpty();
        }
    }
}
