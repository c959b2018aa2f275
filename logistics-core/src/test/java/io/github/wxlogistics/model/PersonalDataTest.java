package io.github.wxlogistics.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** toString() of the records holding people: nothing that identifies them in a log line. */
class PersonalDataTest {

    @Test
    void aPersonShowsWhereButNotWho() {
        Person person = Person.builder().name("王小蒙").mobile("18610000000").tel("020-12345678").company("XX公司")
                .province("北京市").city("北京市").area("海淀区").address("XX路2号院3号楼").build();

        assertThat(person.toString())
                .contains("name=王**", "mobile=186****0000", "tel=020*****5678", "province=北京市", "area=海淀区",
                        "address=***(9 chars)", "company=XX公司")
                .doesNotContain("小蒙", "18610000000", "12345678", "XX路");
        assertThat(person.name()).as("the accessors are untouched").isEqualTo("王小蒙");
    }

    @Test
    void aContactFromGetContactIsMaskedTheSameWayAndShortOrMissingValuesStayShort() {
        WaybillContact contact = new WaybillContact("张三", "123", "13800138000", "广东省广州市海珠区XX路1号");

        assertThat(contact.toString()).isEqualTo(
                "WaybillContact[name=张*, tel=***, mobile=138****8000, address=***(14 chars)]");
        assertThat(new WaybillContact(null, "", null, null).toString())
                .isEqualTo("WaybillContact[name=null, tel=, mobile=null, address=null]");
    }
}
