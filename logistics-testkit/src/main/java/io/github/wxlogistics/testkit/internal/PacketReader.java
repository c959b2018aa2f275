package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the top-level text fields of a packet in either format (a reply to a push, or a push the
 * fake wrote): {@code <xml>} elements without child elements, or a JSON object's strings,
 * numbers (their exact literal) and booleans. Nested objects and arrays are skipped; for a
 * repeated name the first value counts. A DOCTYPE is refused and no external entity is read.
 */
public final class PacketReader {

    private PacketReader() {
    }

    /**
     * The packet's top-level text fields, in order.
     *
     * @throws IllegalArgumentException if the bytes are neither well-formed XML with an {@code <xml>}
     *     root nor a JSON object; the message says which, never the content
     */
    public static Map<String, String> textFields(byte[] packet) {
        String text = new String(packet, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.startsWith("<")) {
            return xml(text);
        }
        if (text.startsWith("{")) {
            return json(text);
        }
        throw new IllegalArgumentException(text.isEmpty() ? "the packet is empty" : "the packet is neither XML nor JSON");
    }

    /** Whether the packet is JSON (its first character other than white space is a brace). */
    public static boolean isJson(byte[] packet) {
        String text = new String(packet, StandardCharsets.UTF_8).strip();
        return text.startsWith("{") || text.startsWith("\uFEFF{");
    }

    private static Map<String, String> json(String text) {
        JsonObject object;
        try {
            object = Jsons.parseObject(text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new IllegalArgumentException("the packet is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (value instanceof JsonString s) {
                out.put(name, s.getString());
            } else if (value instanceof JsonNumber n) {
                out.put(name, n.toString());
            } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                out.put(name, value.toString());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> xml(String text) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the packet is not well-formed XML without a DOCTYPE");
        }
        if (!root.getTagName().equals("xml")) {
            throw new IllegalArgumentException("the packet's root element is not <xml>");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !hasChildElements(element)) {
                out.putIfAbsent(element.getTagName(), element.getTextContent());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static boolean hasChildElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // silent: fatal errors throw, nothing is printed
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
        }
    }
}
