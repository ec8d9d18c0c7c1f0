package dev.apigw.simulator.auth.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/7";

    private static PolicyDocument authorizer(String json) throws Exception {
        return PolicyDocument.authorizerPolicy(JSON.readValue(json, Map.class));
    }

    private static PolicyDocument resource(String json) throws Exception {
        return PolicyDocument.resourcePolicy(JSON.readValue(json, Map.class), UnaryOperator.identity());
    }

    private static Decision decide(PolicyDocument policy, String arn, String ip) {
        return policy.evaluate(RequestFacts.invoke(arn, ip));
    }

    private static String allow(String resource) {
        return "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + resource
                + "\"}]}";
    }

    @Nested
    class Matching {
        @ParameterizedTest
        @CsvSource({
            "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/7, ALLOW",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/*, ALLOW",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/*, ALLOW",
            "arn:aws:execute-api:*:*:abc123/dev/*/pets/?, ALLOW",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/??, IMPLICIT_DENY",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/POST/*, IMPLICIT_DENY",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets, IMPLICIT_DENY",
            "arn:aws:execute-api:us-east-1:123456789012:abc123/DEV/GET/pets/7, IMPLICIT_DENY",
            "*, ALLOW"
        })
        void resourceWildcards(String resource, Decision expected) throws Exception {
            assertThat(decide(authorizer(allow(resource)), ARN, "1.2.3.4")).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"execute-api:Invoke, ALLOW", "execute-api:invoke, ALLOW", "execute-api:*, ALLOW", "*, ALLOW",
            "execute-api:ManageConnections, IMPLICIT_DENY", "s3:*, IMPLICIT_DENY"})
        void actionWildcards(String action, Decision expected) throws Exception {
            String json = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"*\"}}";
            assertThat(decide(authorizer(json), ARN, "1.2.3.4")).isEqualTo(expected);
        }

        @Test
        void arraysOfActionsAndResources() throws Exception {
            PolicyDocument p = authorizer("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
                    + "\"execute-api:Invoke\"],\"Resource\":[\"arn:aws:s3:::b\",\"" + ARN + "\"]}]}");
            assertThat(decide(p, ARN, "1.2.3.4")).isEqualTo(Decision.ALLOW);
        }

        @Test
        void explicitDenyBeatsAllowWhateverTheOrder() throws Exception {
            PolicyDocument p = authorizer("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\""
                    + ARN + "\"},{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
            assertThat(decide(p, ARN, "1.2.3.4")).isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(decide(p, ARN + "8", "1.2.3.4")).isEqualTo(Decision.ALLOW);
        }

        @Test
        void emptyStatementListDeniesImplicitly() throws Exception {
            assertThat(decide(authorizer("{\"Statement\":[]}"), ARN, "1.2.3.4")).isEqualTo(Decision.IMPLICIT_DENY);
        }
    }

    @Nested
    class Conditions {
        private static final String POLICY = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":"
                + "{\"aws:SourceIp\":[\"10.0.0.0/8\",\"192.168.1.7\",\"2001:db8::/32\"]}}},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\","
                + "\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}";

        @ParameterizedTest
        @CsvSource({"10.20.30.40, ALLOW", "192.168.1.7, EXPLICIT_DENY", "11.0.0.1, EXPLICIT_DENY",
            "2001:db8::1, EXPLICIT_DENY"})
        void ipAddressAndNotIpAddress(String ip, Decision expected) throws Exception {
            assertThat(decide(resource(POLICY), ARN, ip)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"2001:db8::1, true", "2001:db8:ffff::1, true", "2001:db9::1, false", "10.0.0.1, false",
            "::1, false"})
        void ipv6Ranges(String ip, boolean inside) throws Exception {
            PolicyDocument p = resource("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                    + "\"execute-api:Invoke\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":"
                    + "\"2001:db8::/32\"}}}}");
            assertThat(decide(p, ARN, ip)).isEqualTo(inside ? Decision.ALLOW : Decision.IMPLICIT_DENY);
        }

        @Test
        void unsupportedConditionNeverHoldsAndIsReported() throws Exception {
            PolicyDocument p = resource("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                    + "\"execute-api:Invoke\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":"
                    + "\"vpce-1\"}}}}");
            assertThat(decide(p, ARN, "1.2.3.4")).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(p.unsupportedConditions()).extracting(Condition::operator).containsExactly("StringEquals");
        }

        @Test
        void hostNamesAreNeverLookedUp() {
            assertThat(Cidr.parse("localhost")).isEmpty();
            assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
            assertThat(Cidr.parse("10.0.0.0/8").orElseThrow().contains("localhost")).isFalse();
        }
    }

    @Nested
    class Principals {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"\"*\" | ALLOW", "{\"AWS\":\"*\"} | ALLOW", "{\"AWS\":[\"*\"]} | ALLOW",
            "{\"AWS\":\"arn:aws:iam::123456789012:root\"} | IMPLICIT_DENY"})
        void onlyAnonymousPrincipalsApplyToResourcePolicies(String principal, Decision expected) throws Exception {
            PolicyDocument p = resource("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":" + principal
                    + ",\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"}}");
            assertThat(decide(p, ARN, "1.2.3.4")).isEqualTo(expected);
        }

        @Test
        void shorthandResourcesExpandToTheApisArn() throws Exception {
            PolicyDocument p = PolicyDocument.resourcePolicy(JSON.readValue(
                    "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
                            + "\"Resource\":\"execute-api:/dev/GET/pets/*\"}}", Map.class),
                    r -> r.replace("execute-api:", "arn:aws:execute-api:us-east-1:123456789012:abc123"));
            assertThat(decide(p, ARN, "1.2.3.4")).isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Nested
    class Invalid {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{} | no Statement",
            "{\"Statement\":[1]} | not a JSON object",
            "{\"Statement\":{\"Effect\":\"Maybe\",\"Action\":\"*\",\"Resource\":\"*\"}} | Allow or Deny",
            "{\"Statement\":{\"Effect\":\"Allow\",\"Resource\":\"*\"}} | Action",
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":{\"a\":1}}} | Resource"})
        void malformedDocumentsAreRejectedWithTheReason(String json, String reason) {
            assertThatThrownBy(() -> authorizer(json)).isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining(reason);
        }
    }

    @Nested
    class NamedPrincipals {
        private static final String ALICE = "arn:aws:iam::111122223333:user/alice";

        private Decision decideFor(String principal, Caller caller) throws Exception {
            String json = "{\"Statement\":[{\"Effect\":\"Allow\"," + principal
                    + ",\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"}]}";
            return resource(json).evaluate(RequestFacts.invoke(ARN, "1.2.3.4", caller));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"Principal\":\"*\"                                                  | ALLOW",
            "\"Principal\":{\"AWS\":\"*\"}                                          | ALLOW",
            "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}       | ALLOW",
            "\"Principal\":{\"AWS\":[\"arn:aws:iam::999999999999:user/bob\",\"arn:aws:iam::111122223333:user/alice\"]} | ALLOW",
            "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"}             | ALLOW",
            "\"Principal\":{\"AWS\":\"111122223333\"}                               | ALLOW",
            "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/bob\"}         | IMPLICIT_DENY",
            "\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"}             | IMPLICIT_DENY",
            "\"Principal\":{\"Service\":\"states.amazonaws.com\"}                    | IMPLICIT_DENY",
            "\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/bob\"}      | ALLOW",
            "\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}    | IMPLICIT_DENY"
        })
        void aStatementAppliesToTheIdentitiesItNames(String principal, Decision expected) throws Exception {
            assertThat(decideFor(principal, Caller.identified("111122223333", ALICE))).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"Principal\":\"*\"                                      | ALLOW",
            "\"Principal\":{\"AWS\":\"111122223333\"}                   | IMPLICIT_DENY",
            "\"NotPrincipal\":{\"AWS\":\"111122223333\"}                | ALLOW"
        })
        void anAnonymousCallerIsNoneOfTheNamedIdentities(String principal, Decision expected) throws Exception {
            assertThat(decideFor(principal, Caller.anonymous())).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"Principal\":\"*\"                                      | ALLOW",
            "\"Principal\":{\"AWS\":\"111122223333\"}                   | IMPLICIT_DENY",
            "\"NotPrincipal\":{\"AWS\":\"111122223333\"}                | IMPLICIT_DENY"
        })
        void beforeIamKnowsTheCallerOnlyStatementsAboutEveryoneApply(String principal, Decision expected)
                throws Exception {
            assertThat(decideFor(principal, Caller.notYetKnown())).isEqualTo(expected);
        }

        @Test
        void aPrincipalThatIsNeitherStarNorAnObjectIsNotAPolicy() {
            assertThatThrownBy(() -> decideFor("\"Principal\":\"111122223333\"", Caller.anonymous()))
                    .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("Principal");
        }

        @Test
        void aLambdaAuthorizerPolicyIsAboutTheCallerWhoeverItIs() throws Exception {
            PolicyDocument policy = authorizer(allow("*"));

            assertThat(policy.evaluate(RequestFacts.invoke(ARN, "1.2.3.4", Caller.identified("1", "x"))))
                    .isEqualTo(Decision.ALLOW);
        }
    }
}
