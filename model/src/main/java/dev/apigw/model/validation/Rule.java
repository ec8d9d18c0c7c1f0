package dev.apigw.model.validation;

/** One check with a stable id. Rules never throw for bad input: they report it, or stay quiet when unsure. */
public interface Rule {

    RuleInfo info();

    void check(ValidationContext context, Findings findings);
}
