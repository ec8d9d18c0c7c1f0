package dev.apigw.simulator.vtl;

/**
 * What a template gets for a JSONPath that matches nothing, or for a JSON {@code null}.
 *
 * <p>API Gateway renders such values as nothing and lets them compare equal to both {@code $null} and {@code ""}
 * (its own Kinesis example relies on {@code #if($input.path('$.ShardCount') == '')}). A plain Java null cannot
 * equal {@code ""} in Velocity, so this sentinel answers Velocity's duck-typing hooks instead:
 * {@code getAsString()} is empty (equal to {@code ""}), {@code getAsNumber()} is null (so Velocity treats it as
 * null when compared with {@code $null}), {@code getAsBoolean()} is false (so {@code #if} skips it).
 */
public final class MissingValue {
    public static final MissingValue INSTANCE = new MissingValue();

    private MissingValue() {
    }

    /** Read by Velocity's DuckType when comparing and rendering. */
    public String getAsString() {
        return "";
    }

    /** Null makes Velocity's {@code == $null} true. */
    public Number getAsNumber() {
        return null;
    }

    public boolean getAsBoolean() {
        return false;
    }

    /** Navigating further from nothing stays nothing: {@code $input.path('$.a').b.c} renders empty. */
    public Object get(String key) {
        return this;
    }

    static boolean isMissing(Object value) {
        return value == null || value == INSTANCE;
    }

    @Override
    public String toString() {
        return "";
    }
}
