package org.resetdesk.admin;

/**
 * Body of {@code POST /admin/api/password-policy/check}. Its {@code toString} hides the password.
 *
 * @param password the password to check (required)
 * @param user     whose password it would be (optional): names and UPN feed the personal-term rules
 * @param mfa      whether the user would have verified with MFA (optional, default false; mode nist then allows 8)
 */
record PasswordCheckRequest(String password, User user, Boolean mfa) {

    record User(String firstName, String lastName, String upn) {
    }

    @Override
    public String toString() {
        return "PasswordCheckRequest[password=(hidden), user=" + user + ", mfa=" + mfa + "]";
    }
}
