package dev.apigw.model.validation;

import dev.apigw.model.validation.rules.AuthorizerCacheDisabled;
import dev.apigw.model.validation.rules.AuthorizerShape;
import dev.apigw.model.validation.rules.CacheSettingsRule;
import dev.apigw.model.validation.rules.CompressionSize;
import dev.apigw.model.validation.rules.CorsWildcardWithCredentials;
import dev.apigw.model.validation.rules.DeclaredPathParameterUnused;
import dev.apigw.model.validation.rules.EnumValues;
import dev.apigw.model.validation.rules.GatewayResponses;
import dev.apigw.model.validation.rules.IntegrationHttpMethod;
import dev.apigw.model.validation.rules.IntegrationUri;
import dev.apigw.model.validation.rules.LongTimeout;
import dev.apigw.model.validation.rules.MethodSettingsTarget;
import dev.apigw.model.validation.rules.MissingIntegration;
import dev.apigw.model.validation.rules.MockWithoutStatusCode;
import dev.apigw.model.validation.rules.NoIntegrationResponses;
import dev.apigw.model.validation.rules.OpenMethod;
import dev.apigw.model.validation.rules.PathParameterNotDeclared;
import dev.apigw.model.validation.rules.PathSyntax;
import dev.apigw.model.validation.rules.ProxyIgnoresMappings;
import dev.apigw.model.validation.rules.RequestParameterExpressions;
import dev.apigw.model.validation.rules.ResponseParameterExpressions;
import dev.apigw.model.validation.rules.ResponseStatusMatch;
import dev.apigw.model.validation.rules.RestrictedHeaderMapping;
import dev.apigw.model.validation.rules.SelectionPatternRegex;
import dev.apigw.model.validation.rules.StageName;
import dev.apigw.model.validation.rules.StageVariableSyntax;
import dev.apigw.model.validation.rules.StatusCodes;
import dev.apigw.model.validation.rules.TemplateParses;
import dev.apigw.model.validation.rules.TemplateSize;
import dev.apigw.model.validation.rules.TemplateVariables;
import dev.apigw.model.validation.rules.ThrottleAndQuota;
import dev.apigw.model.validation.rules.TimeoutRange;
import dev.apigw.model.validation.rules.UndeclaredMethodParameter;
import dev.apigw.model.validation.rules.UndeclaredResponseHeader;
import dev.apigw.model.validation.rules.UndefinedStageVariable;
import dev.apigw.model.validation.rules.UnknownComponentRef;
import dev.apigw.model.validation.rules.UnquotedMappingLiteral;
import dev.apigw.model.validation.rules.UnknownModel;
import dev.apigw.model.validation.rules.UnknownRequestValidator;
import dev.apigw.model.validation.rules.UnknownSecurityScheme;
import dev.apigw.model.validation.rules.UnreachableMethodResponse;
import dev.apigw.model.validation.rules.UsagePlanBinding;
import dev.apigw.model.validation.rules.VpcLinkConnection;
import java.util.List;
import java.util.Optional;

/** The standard rule set, in catalogue order (by id). */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new TimeoutRange(), new LongTimeout(), new SelectionPatternRegex(), new GatewayResponses(),
                new StatusCodes(), new AuthorizerShape(), new EnumValues(), new CompressionSize(),
                new PathParameterNotDeclared(), new DeclaredPathParameterUnused(), new PathSyntax(),
                new RequestParameterExpressions(), new UndeclaredMethodParameter(), new ResponseParameterExpressions(),
                new UndeclaredResponseHeader(), new RestrictedHeaderMapping(), new UnquotedMappingLiteral(),
                new UnknownRequestValidator(), new UnknownSecurityScheme(), new UnknownModel(), new UnknownComponentRef(),
                new MissingIntegration(), new IntegrationUri(), new IntegrationHttpMethod(), new ProxyIgnoresMappings(),
                new MockWithoutStatusCode(), new ResponseStatusMatch(), new UnreachableMethodResponse(),
                new NoIntegrationResponses(), new VpcLinkConnection(),
                new TemplateParses(), new TemplateVariables(), new TemplateSize(),
                UndefinedStageVariable.inUris(), UndefinedStageVariable.inMappings(), new StageVariableSyntax(),
                new StageName(), new ThrottleAndQuota(), new CacheSettingsRule(), new UsagePlanBinding(),
                new MethodSettingsTarget(),
                new OpenMethod(), new CorsWildcardWithCredentials(), new AuthorizerCacheDisabled());
    }

    public static Optional<RuleInfo> find(String id) {
        return all().stream().map(Rule::info).filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }
}
