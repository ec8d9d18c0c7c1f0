package dev.apigw.openapi.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turning a path into checked text: existence, size limit, UTF-8. Kept apart so parsing stays about syntax. */
final class SourceText {

    private SourceText() {
    }

    static String read(Path path, String file) {
        if (Files.isDirectory(path)) {
            throw SourceProblems.error(file, "this is a directory, not a file",
                    "Pass the path of the OpenAPI document or template itself.");
        }
        try {
            long size = Files.size(path);
            if (size > SourceDocument.MAX_BYTES) {
                throw tooLarge(file, size);
            }
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw SourceProblems.error(file, "file not found", "Check the path; relative paths start from the"
                    + " current directory.");
        } catch (AccessDeniedException e) {
            throw SourceProblems.error(file, "permission denied", "Make the file readable for this user.");
        } catch (CharacterCodingException e) {
            throw SourceProblems.error(file, "the file is not valid UTF-8",
                    "Save the file as UTF-8 (API Gateway and CloudFormation read UTF-8 only).");
        } catch (IOException e) {
            throw SourceProblems.error(file, "cannot read the file: " + e.getMessage(),
                    "Check that the path is a readable file.");
        }
    }

    static void checkSize(String file, String text) {
        // a UTF-8 character takes 1 to 3 bytes per UTF-16 unit: count exactly only when it could matter
        if ((long) text.length() * 3 <= SourceDocument.MAX_BYTES) {
            return;
        }
        long bytes = text.length() > SourceDocument.MAX_BYTES ? text.length()
                : text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SourceDocument.MAX_BYTES) {
            throw tooLarge(file, bytes);
        }
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static dev.apigw.model.diag.ApigwException tooLarge(String file, long bytes) {
        return SourceProblems.error(file, String.format("the file is %.1f MB; API Gateway imports at most 6 MB",
                        bytes / (1024.0 * 1024.0)),
                "Split the API into several files, or move large schemas and examples out of the definition.");
    }
}
