package dev.apigw.openapi.source;

import java.util.Map;
import java.util.Optional;

/** CloudFormation's YAML short forms ({@code !Sub}) and the JSON key each one stands for ({@code Fn::Sub}). */
final class CloudFormationTags {

    private static final Map<String, String> LONG_FORMS = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!GetAtt", "Fn::GetAtt"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Transform", "Fn::Transform"),
            Map.entry("!Length", "Fn::Length"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"));

    private CloudFormationTags() {
    }

    /** The long form for a tag such as {@code !Sub}, if CloudFormation defines it. */
    static Optional<String> longForm(String tag) {
        return Optional.ofNullable(LONG_FORMS.get(tag));
    }
}
