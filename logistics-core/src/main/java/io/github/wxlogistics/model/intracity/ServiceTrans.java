package io.github.wxlogistics.model.intracity;

/**
 * The carriers ({@code service_trans_id}) intracity delivery works with.
 *
 * <p>Sandbox: with {@code use_sandbox} 1, SFTC only accepts its fixed test receiver
 * ({@link #SFTC_SANDBOX_NAME}, {@link #SFTC_SANDBOX_PHONE}, {@link #SFTC_SANDBOX_ADDRESS}); any other
 * receiver is refused with 934019 (out of range).
 */
public final class ServiceTrans {

    /** 达达 (Dada). */
    public static final String DADA = "DADA";
    /** 顺丰同城 (SF Intra-city). */
    public static final String SFTC = "SFTC";
    /** The SFTC sandbox's receiver name. */
    public static final String SFTC_SANDBOX_NAME = "顺丰同城";
    /** The SFTC sandbox's receiver phone. */
    public static final String SFTC_SANDBOX_PHONE = "13881979410";
    /** The SFTC sandbox's receiver address. */
    public static final String SFTC_SANDBOX_ADDRESS = "北京市海淀区学清嘉创大厦A座15层";

    private ServiceTrans() {
    }
}
