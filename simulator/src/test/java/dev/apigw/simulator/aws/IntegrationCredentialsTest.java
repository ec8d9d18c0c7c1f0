package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.aws.IntegrationCredentials.Kind;
import org.junit.jupiter.api.Test;

class IntegrationCredentialsTest {
    @Test
    void aRoleArnIsARoleToAssume() {
        assertThat(IntegrationCredentials.parse(" arn:aws:iam::123456789012:role/service-role/apigw-sqs "))
                .isEqualTo(new IntegrationCredentials(Kind.ROLE, "arn:aws:iam::123456789012:role/service-role/apigw-sqs"));
        assertThat(IntegrationCredentials.parse("arn:aws-cn:iam::123456789012:role/r").kind()).isEqualTo(Kind.ROLE);
    }

    @Test
    void theWildcardUserPassesTheCallerThrough() {
        assertThat(IntegrationCredentials.parse("arn:aws:iam::*:user/*").kind()).isEqualTo(Kind.CALLER);
    }

    @Test
    void blankIsNone() {
        assertThat(IntegrationCredentials.parse("  ").kind()).isEqualTo(Kind.NONE);
        assertThat(IntegrationCredentials.parse(null).kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void anythingElseIsUnrecognised() {
        assertThat(IntegrationCredentials.parse("arn:aws:iam::123456789012:user/bob").kind())
                .isEqualTo(Kind.UNRECOGNISED);
        assertThat(IntegrationCredentials.parse("arn:aws:iam::12345:role/short-account").kind())
                .isEqualTo(Kind.UNRECOGNISED);
        assertThat(IntegrationCredentials.parse("apigw-role").kind()).isEqualTo(Kind.UNRECOGNISED);
    }
}
