package dev.apigw.model.validation;

/** The groups of the rule catalogue; the hundreds digit of a rule id names its group. */
public enum Category {
    STRUCTURE("Structure: extension values of the documented shape"),
    PARAMETERS("Paths and parameter mappings"),
    REFERENCES("References that must resolve"),
    INTEGRATIONS("Integrations"),
    TEMPLATES("Mapping templates"),
    STAGES("Stages, usage plans and the project file"),
    SECURITY("Security hygiene");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
