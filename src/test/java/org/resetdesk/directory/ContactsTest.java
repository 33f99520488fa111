package org.resetdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactsTest {

    private final DirectoryUser.Contacts ana =
            new DirectoryUser.Contacts("ana.popescu.personal@example.net", "+40 721 000 001");

    @Test
    void maskedEmail_showsOnlyTheFirstLetterAndTheDomain() {
        assertThat(ana.maskedEmail()).isEqualTo("a***@example.net");
    }

    @Test
    void maskedPhone_showsOnlyTheLastThreeDigits() {
        assertThat(ana.maskedPhone()).isEqualTo("********001").doesNotContain("721");
    }

    @Test
    void masked_nothingRegistered_isNull() {
        assertThat(DirectoryUser.Contacts.NONE.maskedEmail()).isNull();
        assertThat(DirectoryUser.Contacts.NONE.maskedPhone()).isNull();
    }
}
