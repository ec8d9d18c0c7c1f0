package dev.apigw.cli.commands;

/**
 * {@code apigw export openapi -o FILE --output json}: what was written. ({@code --output json} without {@code -o}
 * prints the exported document itself, as JSON.)
 *
 * @param type    oas30 or swagger
 * @param version the document's {@code openapi} or {@code swagger} field, e.g. 3.0.1 or 2.0
 * @param format  json or yaml: how FILE is written
 * @param paths   how many paths the document has
 */
record ExportResult(String file, String api, String type, String version, String format, int paths, long bytes) {}
