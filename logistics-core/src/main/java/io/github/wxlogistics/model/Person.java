package io.github.wxlogistics.model;

/**
 * A sender or receiver of addOrder ({@code sender}, {@code receiver}). The client requires
 * name, province, city, area, address, and tel or mobile (API.md 3.1 note).
 *
 * @param name     the person's name (at most 64 bytes)
 * @param tel      landline (at most 32 bytes); tel or mobile is required
 * @param mobile   mobile number (at most 32 bytes); tel or mobile is required
 * @param company  company (at most 64 bytes)
 * @param postCode postcode (at most 10 bytes)
 * @param country  country (at most 64 bytes); WeChat assumes 中国 when absent
 * @param province province, such as 广东省 (at most 64 bytes)
 * @param city     city, such as 广州市 (at most 64 bytes)
 * @param area     district, such as 海珠区 (at most 64 bytes)
 * @param address  street address (at most 512 bytes)
 */
public record Person(String name, String tel, String mobile, String company, String postCode, String country,
        String province, String city, String area, String address) {

    /** A person reachable by mobile, with the required address parts. */
    public static Person of(String name, String mobile, String province, String city, String area, String address) {
        return new Person(name, null, mobile, null, null, null, province, city, area, address);
    }

    /** This person with a landline. */
    public Person withTel(String value) {
        return new Person(name, value, mobile, company, postCode, country, province, city, area, address);
    }

    /** This person with a mobile number. */
    public Person withMobile(String value) {
        return new Person(name, tel, value, company, postCode, country, province, city, area, address);
    }

    /** This person with a company. */
    public Person withCompany(String value) {
        return new Person(name, tel, mobile, value, postCode, country, province, city, area, address);
    }

    /** This person with a postcode. */
    public Person withPostCode(String value) {
        return new Person(name, tel, mobile, company, value, country, province, city, area, address);
    }

    /** This person with a country. */
    public Person withCountry(String value) {
        return new Person(name, tel, mobile, company, postCode, value, province, city, area, address);
    }
}
