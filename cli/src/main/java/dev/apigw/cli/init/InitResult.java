package dev.apigw.cli.init;

import java.util.List;

/** {@code apigw init --output json}: what was written where, and a command to try it. */
public record InitResult(String template, String directory, List<String> files, String next) {}
