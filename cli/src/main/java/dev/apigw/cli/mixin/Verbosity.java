package dev.apigw.cli.mixin;

/** How much a command tells on standard error besides its result. */
public enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
}
