package dev.apigw.cli.validate;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --output junit}: JUnit XML, which every CI system shows as a test report. One test suite; one test case per
 * rule that ran (so passed checks show too) plus one per import/source finding id that occurred. A case fails when
 * its rule found errors; warnings go to the case's system-out, so they are visible without failing the build.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String of(ValidationResult result) {
        Map<String, String> names = new LinkedHashMap<>();
        result.rules().forEach(r -> names.put(r.id(), r.id() + " " + r.title().replace("`", "")));
        result.diagnostics().forEach(d -> names.putIfAbsent(d.ruleId().isEmpty() ? "apigw" : d.ruleId(),
                d.ruleId().isEmpty() ? "apigw" : d.ruleId()));
        Map<String, List<Diagnostic>> byRule = new LinkedHashMap<>();
        names.keySet().forEach(id -> byRule.put(id, new ArrayList<>()));
        result.diagnostics().forEach(d -> byRule.get(d.ruleId().isEmpty() ? "apigw" : d.ruleId()).add(d));
        long failures = byRule.values().stream().filter(JunitReport::fails).count();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "apigw validate");
            xml.writeAttribute("tests", String.valueOf(byRule.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeStartElement("properties");
            for (String file : result.files()) {
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", "file");
                xml.writeAttribute("value", file);
            }
            xml.writeEndElement();
            for (Map.Entry<String, List<Diagnostic>> e : byRule.entrySet()) {
                testCase(xml, names.get(e.getKey()), e.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void testCase(XMLStreamWriter xml, String name, List<Diagnostic> found) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "apigw.validate");
        xml.writeAttribute("name", name);
        List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ": "
                    + errors.get(0).message());
            xml.writeAttribute("type", "error");
            xml.writeCharacters(lines(errors));
            xml.writeEndElement();
        }
        List<Diagnostic> others = found.stream().filter(d -> d.severity() != Severity.ERROR).toList();
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(others));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static boolean fails(List<Diagnostic> found) {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    private static String lines(List<Diagnostic> found) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : found) {
            out.append(d.oneLine()).append('\n');
        }
        return out.toString();
    }
}
