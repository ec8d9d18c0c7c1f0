package dev.apigw.cli;

/**
 * A command that only groups subcommands ({@code apigw import}, {@code apigw export}). Run without one, it is a
 * usage error (exit 2), like an unknown option, rather than a silent success.
 */
public abstract class CommandGroup extends BaseCommand {

    @Override
    public Integer call() {
        throw usageError("Missing required subcommand");
    }
}
