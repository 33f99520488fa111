package org.resetdesk.admin;

import java.util.List;

/** Answer of {@code POST /admin/api/password-policy/check}: the verdict and each reason as rule id and text. */
record PasswordCheckResponse(boolean accepted, int score, List<Reason> reasons) {

    record Reason(String rule, String message) {
    }
}
