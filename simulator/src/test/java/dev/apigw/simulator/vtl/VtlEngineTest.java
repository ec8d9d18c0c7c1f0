package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VtlEngineTest {
    private static final VtlEngine ENGINE = new VtlEngine();

    private static String render(String template) {
        return render(template, TemplateInput.empty());
    }

    private static String render(String template, TemplateInput input) {
        return ENGINE.render("test", template, input).output();
    }

    private static TemplateInput body(String body) {
        return TemplateInput.builder().body(body).build();
    }

    @Nested
    class InputBody {
        @Test
        void inputBodyIsTheRawTextAsSent() {
            String raw = "{ \"a\" :  1,\n \"b\": [ 1, 2 ] }";
            assertThat(render("$input.body", body(raw))).isEqualTo(raw);
        }

        @Test
        void emptyBodyReadsAsEmptyObject() {
            assertThat(render("$input.body|$input.json('$')|$input.path('$')", body(""))).isEqualTo("{}|{}|{}");
        }

        @Test
        void inputBodyIsAStringSoPropertiesOnItAreNothing() {
            assertThat(render("[$input.body.a]", body("{\"a\":1}"))).isEqualTo("[]");
        }

        @Test
        void nonJsonBodyReadsAsOneString() {
            TemplateInput input = body("hello world");
            assertThat(render("$input.path('$')|$input.json('$')|[$input.path('$.a')]", input))
                    .isEqualTo("hello world|\"hello world\"|[]");
        }

        @Test
        void lenientJsonWithTrailingCommaIsAccepted() {
            assertThat(render("$input.path('$.Age')", body("{\"id\": 1, \"Age\": 11,}"))).isEqualTo("11");
        }

        @Test
        void brokenJsonBodyFailsWithTheTemplateLocation() {
            assertThatThrownBy(() -> render("x\n  $input.path('$.a')", body("{\"a\":")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("test:2:")
                    .hasMessageContaining("the body is not valid JSON");
        }
    }

    @Nested
    class InputJson {
        @Test
        void jsonQuotesStrings() {
            assertThat(render("$input.json('$.name')", body("{\"name\":\"Ada\"}"))).isEqualTo("\"Ada\"");
        }

        @Test
        void jsonWritesCompactJsonForObjects() {
            assertThat(render("$input.json('$')", body("{ \"a\": 1, \"b\": { \"c\": [true, null] } }")))
                    .isEqualTo("{\"a\":1,\"b\":{\"c\":[true,null]}}");
        }

        @Test
        void jsonOfMissingPathIsAnEmptyJsonString() {
            assertThat(render("$input.json('$.missing')", body("{\"a\":1}"))).isEqualTo("\"\"");
        }

        @Test
        void jsonOfJsonNullIsNull() {
            assertThat(render("$input.json('$.a')", body("{\"a\":null}"))).isEqualTo("null");
        }

        @Test
        void jsonEscapesSlashesLikeJsonSmart() {
            assertThat(render("$input.json('$.u')", body("{\"u\":\"http://x/y\"}"))).isEqualTo("\"http:\\/\\/x\\/y\"");
        }

        @Test
        void jsonOfWildcardPathIsAnArray() {
            assertThat(render("$input.json('$.items[*].id')", body("{\"items\":[{\"id\":1},{\"id\":2}]}")))
                    .isEqualTo("[1,2]");
        }
    }

    @Nested
    class InputPath {
        @Test
        void objectsPrintLikeJavaMapsInInsertionOrder() {
            assertThat(render("$input.path('$')", body("{\"b\":\"x\",\"a\":1}"))).isEqualTo("{b=x, a=1}");
        }

        @Test
        void arraysPrintAsCompactJsonAlsoInsideMaps() {
            assertThat(render("$input.path('$')", body("{\"a\":1,\"b\":[{\"c\":5}]}")))
                    .isEqualTo("{a=1, b=[{\"c\":5}]}");
            assertThat(render("$input.path('$.b')", body("{\"b\":[{\"c\":\"x\"}]}"))).isEqualTo("[{\"c\":\"x\"}]");
        }

        @Test
        void emptyArrayPrintsAsBrackets() {
            assertThat(render("$input.path('$.list')", body("{\"list\":[]}"))).isEqualTo("[]");
        }

        @Test
        void pathResultsAreNavigable() {
            String json = "{\"pets\":[{\"id\":1,\"type\":\"dog\"},{\"id\":2,\"type\":\"cat\"}]}";
            assertThat(render("$input.path('$.pets').size() $input.path('$.pets')[1].type "
                    + "#foreach($p in $input.path('$.pets'))$p.id#end", body(json))).isEqualTo("2 cat 12");
        }

        @Test
        void missingPathRendersEmpty() {
            assertThat(render("[$input.path('$.missing')][$input.path('$.a.b.c')]", body("{\"a\":1}")))
                    .isEqualTo("[][]");
        }

        @Test
        void missingPathEqualsNullAndEmptyString() {
            String template = "#if($input.path('$.x') == $null)N#end#if($input.path('$.x') == '')E#end"
                    + "#if($input.path('$.x'))T#end";
            assertThat(render(template, body("{}"))).isEqualTo("NE");
        }

        @Test
        void jsonNullEqualsNullAndEmptyString() {
            String template = "#if($input.path('$.x') == $null)N#end#if($input.path('$.x') == \"\")E#end[$input.path('$.x')]";
            assertThat(render(template, body("{\"x\":null}"))).isEqualTo("NE[]");
        }

        @Test
        void numbersKeepTheirJsonForm() {
            assertThat(render("$input.path('$.i') $input.path('$.d') $input.path('$.big')",
                    body("{\"i\":3,\"d\":249.99,\"big\":12345678901}"))).isEqualTo("3 249.99 12345678901");
        }

        @Test
        void hyphenatedKeysAreReachableAsProperties() {
            assertThat(render("#foreach($e in $input.path('$.r'))$e.partition-key#end",
                    body("{\"r\":[{\"partition-key\":\"k1\"}]}"))).isEqualTo("k1");
        }

        @Test
        void bracketNotationReachesAnyKey() {
            assertThat(render("$input.path(\"$['a b']\")", body("{\"a b\":7}"))).isEqualTo("7");
        }
    }

    @Nested
    class InputParams {
        private final TemplateInput input = TemplateInput.builder()
                .pathParameter("id", "p-1")
                .queryParameter("id", "q-1")
                .queryParameter("tag", "first")
                .queryParameter("tag", "last")
                .header("id", "h-1")
                .header("Accept", "application/json")
                .build();

        @Test
        void paramsLooksInPathThenQueryThenHeader() {
            assertThat(render("$input.params('id')|$input.params('tag')|$input.params('Accept')", input))
                    .isEqualTo("p-1|last|application/json");
        }

        @Test
        void repeatedQueryKeysShowTheLastValue() {
            assertThat(render("$input.params().querystring.tag", input)).isEqualTo("last");
        }

        @Test
        void paramsMapHasPathQuerystringAndHeader() {
            assertThat(render("$input.params().keySet()|$input.params().path|$input.params().header.get('Accept')",
                    input)).isEqualTo("[path, querystring, header]|{id=p-1}|application/json");
        }

        @Test
        void missingParamIsEmptyString() {
            assertThat(render("[$input.params('nope')]#if($input.params('nope') == '')E#end", input))
                    .isEqualTo("[]E");
        }

        @Test
        void headerLookupFallsBackToCaseInsensitive() {
            assertThat(render("$input.params('accept')", input)).isEqualTo("application/json");
        }
    }

    @Nested
    class Util {
        @Test
        void escapeJavaScriptEscapesSingleQuote() {
            assertThat(render("$util.escapeJavaScript(\"it's\")")).isEqualTo("it\\'s");
        }

        @Test
        void escapeJavaScriptEscapesQuotesBackslashSlashAndControls() {
            TemplateInput input = body("{\"s\":\"a\\\"b\\\\c/d\\n\\te\"}");
            assertThat(render("$util.escapeJavaScript($input.path('$.s'))", input))
                    .isEqualTo("a\\\"b\\\\c\\/d\\n\\te");
        }

        @Test
        void escapeJavaScriptEscapesNonAsciiAsUnicode() {
            assertThat(render("$util.escapeJavaScript('é€')")).isEqualTo("\\u00E9\\u20AC");
        }

        @Test
        void escapeJavaScriptThenReplaceAllGivesValidJson() {
            assertThat(render("$util.escapeJavaScript(\"it's\").replaceAll(\"\\\\'\",\"'\")")).isEqualTo("it's");
        }

        @Test
        void parseJsonReturnsNavigableObjects() {
            TemplateInput input = body("{\"errorMessage\":\"{\\\"key1\\\":\\\"var1\\\",\\\"key2\\\":{\\\"arr\\\":[1,2,3]}}\"}");
            assertThat(render("#set($o = $util.parseJson($input.path('$.errorMessage')))$o.key2.arr[0] $o.key1",
                    input)).isEqualTo("1 var1");
        }

        @Test
        void urlEncodeIsFormEncoding() {
            assertThat(render("$util.urlEncode('a b&c=d/é')")).isEqualTo("a+b%26c%3Dd%2F%C3%A9");
        }

        @Test
        void urlDecodeTurnsPlusIntoSpace() {
            assertThat(render("$util.urlDecode('a+b%26c%3Dd')")).isEqualTo("a b&c=d");
        }

        @Test
        void base64RoundTripsUtf8() {
            assertThat(render("$util.base64Encode('héllo')|$util.base64Decode('aMOpbGxv')")).isEqualTo("aMOpbGxv|héllo");
        }

        @Test
        void utilFunctionsOnMissingValuesGiveEmptyText() {
            assertThat(render("[$util.escapeJavaScript($input.path('$.x'))][$util.urlEncode($nothing)]", body("{}")))
                    .isEqualTo("[][]");
        }
    }

    @Nested
    class Context {
        private final Map<String, Object> context = ContextBuilder.defaults()
                .requestId("req-1").apiId("abc123").stage("prod").resourcePath("/pets/{id}").httpMethod("POST")
                .requestTime(Instant.parse("2024-03-05T07:08:09.123Z"))
                .set("authorizer.principalId", "u1").set("authorizer.numKey", 1)
                .set("authorizer.claims.email", "a@example.com")
                .build();

        @Test
        void contextVariablesRender() {
            TemplateInput input = TemplateInput.builder().context(context).build();
            assertThat(render("$context.requestId $context.apiId $context.stage $context.resourcePath "
                    + "$context.httpMethod $context.accountId $context.path", input))
                    .isEqualTo("req-1 abc123 prod /pets/{id} POST 123456789012 /prod/pets/{id}");
        }

        @Test
        void requestTimeIsClfAndEpochIsMillis() {
            TemplateInput input = TemplateInput.builder().context(context).build();
            assertThat(render("$context.requestTime|$context.requestTimeEpoch", input))
                    .isEqualTo("05/Mar/2024:07:08:09 +0000|1709622489123");
        }

        @Test
        void authorizerValuesAreStringsAndClaimsAreNested() {
            TemplateInput input = TemplateInput.builder().context(context).build();
            assertThat(render("$context.authorizer.principalId $context.authorizer.numKey "
                    + "$context.authorizer.claims.email #if($context.authorizer.numKey == '1')S#end", input))
                    .isEqualTo("u1 1 a@example.com S");
        }

        @Test
        void stageVariablesHaveThreeEquivalentSyntaxes() {
            TemplateInput input = TemplateInput.builder().stageVariable("version", "v-beta").build();
            assertThat(render("$stageVariables.version|$stageVariables['version']|${stageVariables['version']}"
                    + "|${stageVariables.version}", input)).isEqualTo("v-beta|v-beta|v-beta|v-beta");
        }
    }

    @Nested
    class Overrides {
        @Test
        void responseOverrideStatusAndHeaderAreCaptured() {
            RenderResult result = ENGINE.render("t", "#set($context.responseOverride.status = 444)"
                    + "#set($context.responseOverride.header.X-Reason = \"teapot-ish\")body", TemplateInput.empty());
            assertThat(result.output()).isEqualTo("body");
            assertThat(result.statusOverride()).contains(444);
            assertThat(result.responseHeaderOverrides()).containsExactly(Map.entry("X-Reason", "teapot-ish"));
        }

        @Test
        void statusOverrideOutsideHttpRangeIsIgnored() {
            assertThat(ENGINE.render("t", "#set($context.responseOverride.status = 600)", TemplateInput.empty())
                    .statusOverride()).isEmpty();
            assertThat(ENGINE.render("t", "#set($context.responseOverride.status = 99)", TemplateInput.empty())
                    .statusOverride()).isEmpty();
            assertThat(ENGINE.render("t", "#set($context.responseOverride.status = '201')", TemplateInput.empty())
                    .statusOverride()).contains(201);
        }

        @Test
        void requestOverridesAreCaptured() {
            RenderResult result = ENGINE.render("t", "#set($context.requestOverride.header.header3 = 'a')"
                    + "#set($context.requestOverride.querystring.q = 'b')#set($context.requestOverride.path.p = 'c')",
                    TemplateInput.empty());
            assertThat(result.requestHeaderOverrides()).containsExactly(Map.entry("header3", "a"));
            assertThat(result.requestQueryOverrides()).containsExactly(Map.entry("q", "b"));
            assertThat(result.requestPathOverrides()).containsExactly(Map.entry("p", "c"));
        }

        @Test
        void overridesCanBeSetWithBracketsAndVariableKeys() {
            RenderResult result = ENGINE.render("t", "#set($name = 'X-Dyn')"
                    + "#set($context.responseOverride.header[$name] = 'v')", TemplateInput.empty());
            assertThat(result.responseHeaderOverrides()).containsExactly(Map.entry("X-Dyn", "v"));
        }

        @Test
        void settingTheSameOverrideTwiceFails() {
            assertThatThrownBy(() -> render("#set($context.responseOverride.status = 400)\n"
                    + "#set($context.responseOverride.status = 401)"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("test:2:")
                    .hasMessageContaining("overrides are final");
        }
    }

    @Nested
    class Language {
        @Test
        void undefinedReferenceRendersNothingNotItsName() {
            assertThat(render("[$foo][${foo}][$foo.bar][$!foo][$foo.bar()]")).isEqualTo("[][][][][]");
        }

        @Test
        void escapedReferenceStaysLiteral() {
            assertThat(render("#set($foo = 'x')\\$foo $foo")).isEqualTo("$foo x");
        }

        @Test
        void whitespaceAndNewlinesAreKeptAsWritten() {
            assertThat(render("{\n  \"a\" :  1,\n\n\t\"b\": 2 \n}\n")).isEqualTo("{\n  \"a\" :  1,\n\n\t\"b\": 2 \n}\n");
        }

        @Test
        void setLineSwallowsItsNewlineLikeVelocity17() {
            assertThat(render("#set($a = 1)\n{\n  \"a\": $a\n}")).isEqualTo("{\n  \"a\": 1\n}");
        }

        @Test
        void foreachHasNextIndexAndVelocityCount() {
            assertThat(render("#foreach($x in ['a','b','c'])$foreach.index:$velocityCount:$x#if($foreach.hasNext),#end#end"))
                    .isEqualTo("0:1:a,1:2:b,2:3:c");
        }

        @Test
        void velocityCountIsRestoredAfterNestedLoops() {
            assertThat(render("#foreach($a in [1,2])#foreach($b in [7,8,9])#end$velocityCount#end[$velocityCount]"))
                    .isEqualTo("12[]");
        }

        @Test
        void foreachOverItsOwnScopeNameFailsWithAMessageSayingWhy() {
            assertThatThrownBy(() -> render("line\n#foreach($foreach in [1,2])$foreach#end"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("test:2:1:")
                    .hasMessageContaining("$foreach is the loop's own scope")
                    .hasMessageNotContaining("null");
        }

        @Test
        void foreachStopsAfterOneThousandIterations() {
            assertThat(render("#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n")).isEqualTo("1000");
        }

        @Test
        void realJavaStringMethodsWork() {
            TemplateInput input = body("{\"s\":\"Hello World\"}");
            assertThat(render("#set($s = $input.path('$.s'))$s.contains('World') $s.replaceAll('o', '0') "
                    + "$s.matches('H.*d') $s.toString() $s.toLowerCase() $s.length() $s.split(' ')[1]", input))
                    .isEqualTo("true Hell0 W0rld true Hello World hello world 11 World");
        }

        @Test
        void mapBracketAssignmentWithVariableKeyAndPutWork() {
            assertThat(render("#set($m = {})#set($k = 'dyn')#set($m[$k] = 1)#set($discard = $m.put('p', 2))"
                    + "$m.put('q', 3)$m")).isEqualTo("{dyn=1, p=2, q=3}");
        }

        @Test
        void emptyStringIsTruthyAsInVelocity17() {
            assertThat(render("#if('')T#else F#end")).isEqualTo("T");
        }

        @Test
        void macrosWorkAndRecursionIsBounded() {
            assertThat(render("#macro(twice $x)$x$x#end#twice('ab')")).isEqualTo("abab");
            assertThatThrownBy(() -> render("#macro(loop $n)#loop($n)#end#loop(1)"))
                    .isInstanceOf(TemplateException.class);
        }
    }

    @Nested
    class Errors {
        @Test
        void parseErrorNamesTemplateLineAndColumn() {
            assertThatThrownBy(() -> ENGINE.parse("integration request application/json", "{\n  #if($a\n}"))
                    .isInstanceOfSatisfying(TemplateException.class, e -> {
                        assertThat(e.templateName()).isEqualTo("integration request application/json");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.getMessage()).startsWith("integration request application/json:3:")
                                .contains("syntax error");
                    });
        }

        @Test
        void strayEndIsReportedWithAHint() {
            assertThatThrownBy(() -> ENGINE.parse("t.vtl", "ok\n#end"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("t.vtl:2:1:")
                    .hasMessageContaining("no open #if");
        }

        @Test
        void methodFailureNamesTheCallAndLocation() {
            assertThatThrownBy(() -> render("line one\n  $util.base64Decode('%%%')"))
                    .isInstanceOfSatisfying(TemplateException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.column()).isEqualTo(9);
                        assertThat(e.problem()).contains("$util.base64Decode(...) failed").contains("base64");
                    });
        }

        @Test
        void invalidJsonPathIsReported() {
            assertThatThrownBy(() -> render("$input.path('$[oops')", body("{}")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("invalid JSONPath");
        }

        @Test
        void templatesOver300KbAreRejected() {
            String big = "x".repeat(300 * 1024 + 1);
            assertThatThrownBy(() -> ENGINE.parse("big", big))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("300 KB");
            assertThat(render("x".repeat(300 * 1024))).hasSize(300 * 1024);
        }
    }

    @Nested
    class Caching {
        @Test
        void sameTemplateTextIsParsedOnce() {
            TemplateCache cache = new TemplateCache(VelocityRuntimeFactory.create());
            String text = "$input.body";
            assertThat(cache.get("a", text)).isSameAs(cache.get("b", new String(text.toCharArray())));
        }

        @Test
        void concurrentRendersDoNotShareState() throws Exception {
            String template = "#set($x = $input.path('$.n'))#foreach($i in [1..3])$x#end$context.requestId";
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int n = i;
                    Callable<Boolean> task = () -> {
                        TemplateInput input = TemplateInput.builder().body("{\"n\":" + n + "}")
                                .context(Map.of("requestId", "r" + n)).build();
                        return render(template, input).equals("" + n + n + n + "r" + n);
                    };
                    results.add(pool.submit(task));
                }
                for (Future<Boolean> f : results) {
                    assertThat(f.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void variablesSetInOneRenderDoNotLeakIntoTheNext() {
            render("#set($leak = 'x')");
            assertThat(render("[$leak]")).isEqualTo("[]");
        }
    }
}
