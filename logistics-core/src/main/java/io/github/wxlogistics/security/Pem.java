package io.github.wxlogistics.security;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

/** PEM bodies and the PKCS#1-to-PKCS#8 wrapping the JDK's KeyFactory needs. */
final class Pem {

    /** AlgorithmIdentifier of rsaEncryption with NULL parameters, DER. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private Pem() {
    }

    /** The Base64 body between {@code -----BEGIN ...<kind>-----} and its END line, decoded. */
    static byte[] body(String pem, String kind, String what) {
        int begin = pem.indexOf("-----BEGIN ");
        int end = pem.indexOf("-----END ");
        if (begin < 0 || end < begin || !pem.substring(begin, pem.indexOf('\n', begin) < 0 ? pem.length()
                : pem.indexOf('\n', begin)).contains(kind)) {
            throw new IllegalArgumentException(what + " must be PEM (-----BEGIN ..." + kind + "-----)");
        }
        String base64 = pem.substring(pem.indexOf("-----", begin + 11) + 5, end).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " has a PEM body that is not Base64");
        }
    }

    /** A PKCS#1 RSAPrivateKey wrapped as a PKCS#8 PrivateKeyInfo (version 0, rsaEncryption). */
    static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {0x02, 0x01, 0x00});   // version 0
        content.writeBytes(RSA_ALGORITHM);
        content.write(0x04);                                  // OCTET STRING holding the PKCS#1 key
        content.writeBytes(length(pkcs1.length));
        content.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.writeBytes(length(content.size()));
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        if (n < 0x100) {
            return new byte[] {(byte) 0x81, (byte) n};
        }
        if (n < 0x10000) {
            return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        }
        return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
}
