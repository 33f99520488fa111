package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void generate_rfc4226Counters_giveTheRfcCodes(long counter, String code) {
        assertThat(Hotp.generate(Totp.Algorithm.SHA1, RFC_SECRET, counter, 6)).isEqualTo(code);
    }
}
