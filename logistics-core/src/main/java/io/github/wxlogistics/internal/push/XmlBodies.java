package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an XML push with the JDK's DOM parser, hardened: a DOCTYPE is refused outright (so no
 * entity is ever declared or expanded), external entities and DTDs are off, secure processing
 * is on, and nesting is capped.
 */
final class XmlBodies {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not stop a well-formed body.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private XmlBodies() {
    }

    static PushFields parse(byte[] body, int offset) {
        Element root;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            root = builder.parse(new InputSource(new ByteArrayInputStream(body, offset, body.length - offset)))
                    .getDocumentElement();
        } catch (SAXParseException e) {
            throw refused(e);
        } catch (SAXException | IOException e) {
            throw new PushRejectedException(Reason.MALFORMED, "the XML body is not well-formed");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
        return fields(root, 1);
    }

    private static PushRejectedException refused(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new PushRejectedException(Reason.MALFORMED, "the XML body has a DOCTYPE, which is refused");
        }
        // The parser's own words may quote the body; say where instead.
        return new PushRejectedException(Reason.MALFORMED,
                "the XML body is not well-formed (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // A new factory per body: factories are not thread-safe, and newDefaultInstance skips the lookup.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        return factory;
    }

    private static PushFields fields(Element element, int depth) {
        if (depth > JsonBodies.MAX_DEPTH) {
            throw new PushRejectedException(Reason.MALFORMED, "the body nests deeper than " + JsonBodies.MAX_DEPTH);
        }
        PushFields.Builder out = PushFields.builder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element field) {
                if (hasChildElement(field)) {
                    out.add(field.getTagName(), fields(field, depth + 1));
                } else {
                    out.add(field.getTagName(), text(field));
                }
            }
        }
        return out.build();
    }

    private static boolean hasChildElement(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** The CDATA sections' text if there are any (the white space around them is layout), else the trimmed text. */
    private static String text(Element element) {
        StringBuilder cdata = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean sawCdata = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.CDATA_SECTION_NODE) {
                sawCdata = true;
                cdata.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return sawCdata ? cdata.toString() : text.toString().strip();
    }
}
