package dev.apigw.simulator.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads STS's Query-protocol answers: the {@code AssumeRoleResponse} whose {@code AssumeRoleResult/Credentials}
 * hold the temporary keys, and the {@code ErrorResponse/Error} (Code, Message) it sends instead when it refuses.
 */
public final class StsResponses {
    private StsResponses() {
    }

    /** The credentials in an AssumeRoleResponse; {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static TemporaryCredentials assumeRole(byte[] xml) {
        Element credentials = first(parse(xml).getDocumentElement(), "Credentials")
                .orElseThrow(() -> new IllegalArgumentException("no AssumeRoleResult/Credentials element"));
        String accessKeyId = text(credentials, "AccessKeyId");
        String secret = text(credentials, "SecretAccessKey");
        String token = text(credentials, "SessionToken");
        String expiration = text(credentials, "Expiration");
        return new TemporaryCredentials(accessKeyId, secret, token, instant(expiration));
    }

    /** {@code Code: Message} from an STS ErrorResponse, when the body is one. */
    public static Optional<String> error(byte[] xml) {
        try {
            Optional<Element> error = first(parse(xml).getDocumentElement(), "Error");
            return error.map(e -> optionalText(e, "Code").orElse("") + optionalText(e, "Message").map(m -> ": " + m)
                    .orElse("")).filter(s -> !s.isBlank());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // An answer from a configured endpoint is still input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Silent: the default handler prints "[Fatal Error]" to stderr before throwing.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml == null ? new byte[0] : xml));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Elements are matched by local name: STS answers in its {@code https://sts.amazonaws.com/doc/2011-06-15/} namespace. */
    private static Optional<Element> first(Element root, String localName) {
        if (localName.equals(root.getLocalName())) {
            return Optional.of(root);
        }
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
    }

    private static Optional<String> optionalText(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().trim());
    }

    private static String text(Element parent, String localName) {
        return optionalText(parent, localName).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("no Credentials/" + localName + " element"));
    }

    /** ISO 8601 as STS writes it ({@code 2011-07-15T23:28:33.359Z}), or with a numeric offset. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("Expiration '" + text + "' is not an ISO 8601 time");
            }
        }
    }
}
