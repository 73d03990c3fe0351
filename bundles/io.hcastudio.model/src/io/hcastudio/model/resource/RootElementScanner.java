package io.hcastudio.model.resource;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the root element of a candidate topology file, so that foreign XML, files of other format
 * versions and non-XML data are rejected with a precise message before EMF tries to build objects from them.
 */
final class RootElementScanner {

    /** The root element's identity, its format version text (null if absent) and where it starts. */
    record RootElement(String namespace, String prefix, String localName, String formatVersion, int line, int column) {

        String displayName() {
            String name = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
            return namespace == null || namespace.isEmpty() ? "'" + name + "' (no namespace)"
                    : "'" + name + "' (namespace " + namespace + ")";
        }
    }

    private static final Pattern ENCODING = Pattern.compile("\\A(?:\\xEF\\xBB\\xBF)?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private RootElementScanner() {
    }

    static RootElement scan(byte[] content, String file) throws ModelLoadException {
        if (isBlank(content)) {
            throw new ModelLoadException(file, 1, 1, "the file is empty; expected an HCA Studio topology (XML root element "
                    + HcaTopologyFormat.QUALIFIED_ROOT_ELEMENT + ")");
        }
        String text = decode(content, file);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Topology files never need a DTD; refusing them also keeps external entities out.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    Location location = reader.getLocation();
                    return new RootElement(reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName(),
                            reader.getAttributeValue(null, HcaTopologyFormat.FORMAT_VERSION_ATTRIBUTE),
                            location.getLineNumber(), location.getColumnNumber());
                }
            }
            throw new ModelLoadException(file, 0, 0, "the file holds no XML element; expected an HCA Studio topology (root element "
                    + HcaTopologyFormat.QUALIFIED_ROOT_ELEMENT + ")");
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            throw new ModelLoadException(file, location == null ? 0 : location.getLineNumber(),
                    location == null ? 0 : location.getColumnNumber(),
                    "not well-formed XML: " + parserMessage(e) + "; expected an HCA Studio topology", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing an in-memory reader cannot lose data; the scan result stands.
                }
            }
        }
    }

    /**
     * The file's text in its encoding (UTF-8 unless a byte order mark or the XML declaration names another). The
     * scan reads this text, not the bytes: on undecodable bytes (a PNG, random data) the JDK's StAX reader prints
     * its own "[Fatal Error]" line to standard error before throwing, so decoding is done and reported here.
     */
    private static String decode(byte[] content, String file) throws ModelLoadException {
        Charset charset = StandardCharsets.UTF_8;
        if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else {
            String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
            Matcher declaration = ENCODING.matcher(head);
            if (declaration.lookingAt()) {
                String name = declaration.group(1);
                try {
                    charset = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new ModelLoadException(file, 1, declaration.start(1) + 1, "the XML declaration names encoding '"
                            + Printable.excerpt(name) + "', which is not one Java reads; expected UTF-8", e);
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        CharBuffer chars = CharBuffer.allocate(content.length + 16);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int offset = bytes.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ModelLoadException(file, line, offset - lineStart + 1, String.format(Locale.ROOT,
                    "not %s text: byte 0x%02x at offset %d cannot be decoded; expected an HCA Studio topology (XML)",
                    charset.name(), content[Math.min(offset, content.length - 1)] & 0xff, offset));
        }
        chars.flip();
        return chars.toString();
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    /** The JDK parser prefixes its message with the location, which the exception already carries. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message.strip();
    }
}
