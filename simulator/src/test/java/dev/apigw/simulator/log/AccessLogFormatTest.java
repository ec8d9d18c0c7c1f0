package dev.apigw.simulator.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.pipeline.Invocation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The example formats from AWS's "Access logging for REST APIs" page, rendered for one known request. */
class AccessLogFormatTest {
    static final String CLF = "$context.identity.sourceIp $context.identity.caller $context.identity.user "
            + "[$context.requestTime] \"$context.httpMethod $context.resourcePath $context.protocol\" "
            + "$context.status $context.responseLength $context.requestId $context.extendedRequestId";
    static final String JSON = "{ \"requestId\":\"$context.requestId\", "
            + "\"extendedRequestId\":\"$context.extendedRequestId\",\"ip\": \"$context.identity.sourceIp\", "
            + "\"caller\":\"$context.identity.caller\", \"user\":\"$context.identity.user\", "
            + "\"requestTime\":\"$context.requestTime\", \"httpMethod\":\"$context.httpMethod\", "
            + "\"resourcePath\":\"$context.resourcePath\", \"status\":\"$context.status\", "
            + "\"protocol\":\"$context.protocol\", \"responseLength\":\"$context.responseLength\" }";
    static final String CSV = "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,"
            + "$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,"
            + "$context.responseLength,$context.requestId,$context.extendedRequestId";
    static final String XML = "<request id=\"$context.requestId\"> <ip>$context.identity.sourceIp</ip> "
            + "<caller>$context.identity.caller</caller> <user>$context.identity.user</user> "
            + "<requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> "
            + "<resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> "
            + "<protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> "
            + "</request>";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T14:07:09Z"), ZoneOffset.UTC);
    private static final Simulator SIMULATOR = Simulator.create(TestApis.load("mock.yaml"),
            SimulatorOptions.stage("dev").withClock(CLOCK));

    /** GET /status/200 from 203.0.113.7 answers 200 with {"format": "json"} (18 bytes). */
    private static Invocation known() {
        return SIMULATOR.execute(TestApis.request("GET", "/status/200").header("User-Agent", "curl/8.5.0")
                .sourceIp("203.0.113.7").build());
    }

    private static String render(String format, Invocation inv) {
        return AccessLogFormat.parse(format).render(new AccessLogValues(inv, 12));
    }

    @Nested
    class AwsExampleFormats {
        @Test
        void commonLogFormat() {
            Invocation inv = known();
            assertThat(render(CLF, inv)).isEqualTo("203.0.113.7 - - [05/Mar/2024:14:07:09 +0000] "
                    + "\"GET /status/{code} HTTP/1.1\" 200 18 " + inv.requestId() + " " + inv.extendedRequestId());
        }

        @Test
        void json() {
            Invocation inv = known();
            assertThat(render(JSON, inv)).isEqualTo("{ \"requestId\":\"" + inv.requestId() + "\", "
                    + "\"extendedRequestId\":\"" + inv.extendedRequestId() + "\",\"ip\": \"203.0.113.7\", "
                    + "\"caller\":\"-\", \"user\":\"-\", \"requestTime\":\"05/Mar/2024:14:07:09 +0000\", "
                    + "\"httpMethod\":\"GET\", \"resourcePath\":\"/status/{code}\", \"status\":\"200\", "
                    + "\"protocol\":\"HTTP/1.1\", \"responseLength\":\"18\" }");
        }

        @Test
        void csv() {
            Invocation inv = known();
            assertThat(render(CSV, inv)).isEqualTo("203.0.113.7,-,-,05/Mar/2024:14:07:09 +0000,GET,/status/{code},"
                    + "HTTP/1.1,200,18," + inv.requestId() + "," + inv.extendedRequestId());
        }

        @Test
        void xml() {
            Invocation inv = known();
            assertThat(render(XML, inv)).isEqualTo("<request id=\"" + inv.requestId() + "\"> <ip>203.0.113.7</ip> "
                    + "<caller>-</caller> <user>-</user> <requestTime>05/Mar/2024:14:07:09 +0000</requestTime> "
                    + "<httpMethod>GET</httpMethod> <resourcePath>/status/{code}</resourcePath> "
                    + "<status>200</status> <protocol>HTTP/1.1</protocol> <responseLength>18</responseLength> "
                    + "</request>");
        }
    }

    @Nested
    class Variables {
        @Test
        void requestDetailsStageAndLatencies() {
            Invocation inv = known();
            assertThat(render("$context.stage $context.path $context.apiId $context.domainName "
                    + "$context.identity.userAgent $context.requestTimeEpoch $context.responseLatency "
                    + "$context.integrationStatus $context.integration.status", inv))
                    .isEqualTo("dev /dev/status/200 " + inv.deployment().apiId() + " " + inv.deployment().apiId()
                            + ".execute-api.us-east-1.amazonaws.com curl/8.5.0 1709647629000 12 200 200");
            assertThat(render("$context.integrationLatency", inv)).matches("\\d+");
        }

        @Test
        void missingAndUnknownValuesPrintADash() {
            assertThat(render("$context.error.message|$context.authorizer.principalId|$context.nothing.here|"
                    + "$context.wafResponseCode", known())).isEqualTo("-|-|-|-");
        }

        @Test
        void gatewayErrorsFillTheErrorVariables() {
            Invocation inv = SIMULATOR.execute(TestApis.get("/nothing"));
            assertThat(render("$context.status $context.error.responseType \"$context.error.message\" "
                    + "$context.error.messageString $context.resourcePath $context.integrationLatency", inv))
                    .isEqualTo("403 MISSING_AUTHENTICATION_TOKEN \"Missing Authentication Token\" "
                            + "\"Missing Authentication Token\" /nothing -");
        }

        @Test
        void xrayTraceIdIsTheRootOfTheTraceHeader() {
            Invocation inv = SIMULATOR.execute(TestApis.request("GET", "/status/200")
                    .header("X-Amzn-Trace-Id", "Root=1-65e7279d-0123456789abcdef01234567;Sampled=1").build());
            assertThat(render("$context.xrayTraceId", inv)).isEqualTo("1-65e7279d-0123456789abcdef01234567");
        }
    }

    @Nested
    class Parsing {
        @Test
        void aTrailingDotStaysText() {
            AccessLogFormat format = AccessLogFormat.parse("status $context.status.");
            assertThat(format.variables()).containsExactly("status");
            assertThat(format.render(name -> "200")).isEqualTo("status 200.");
        }

        @Test
        void aFormatOverSeveralLinesWritesOneLine() {
            AccessLogFormat format = AccessLogFormat.parse("{\n  \"id\": \"$context.requestId\",\n  \"s\": 1\n}\n");
            assertThat(format.render(name -> "abc")).isEqualTo("{ \"id\": \"abc\", \"s\": 1 }");
        }

        @Test
        void valuesWithLineBreaksStayOnOneLine() {
            assertThat(AccessLogFormat.parse("[$context.error.message]").render(name -> "a\nb"))
                    .isEqualTo("[a b]");
        }
    }

    @Nested
    class HttpApis {
        @Test
        void routeKeyRequestIdAndStatusOfAnHttpApi() {
            Simulator http = TestApis.simulator("http-api/apigw.yaml", "$default", java.util.Map.of());
            Invocation inv = http.execute(TestApis.request("POST", "/reply").body("{\"statusCode\": 201}").build());
            String line = AccessLogFormat.parse("$context.requestId $context.routeKey $context.stage $context.status "
                    + "$context.path").render(new AccessLogValues(inv, 3));
            assertThat(line).isEqualTo(inv.extendedRequestId() + " POST /reply $default 201 /reply");
        }

        @Test
        void failedRouteFillsIntegrationErrorMessage() {
            Simulator http = TestApis.simulator("http-api/apigw.yaml", "$default", java.util.Map.of());
            Invocation inv = http.execute(TestApis.request("POST", "/reply").body("{\"statusCode\": \"x\"}").build());
            assertThat(AccessLogFormat.parse("$context.status $context.integrationErrorMessage")
                    .render(new AccessLogValues(inv, 3))).isEqualTo("500 Internal server error");
        }
    }
}
