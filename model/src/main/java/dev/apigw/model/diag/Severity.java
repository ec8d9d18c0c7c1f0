package dev.apigw.model.diag;

/** How bad a finding is; ERROR blocks import/deploy, WARNING does not unless asked. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
