package org.resetdesk.password;

import java.util.Objects;

/** A password under evaluation, with who chooses it and whether they verified with MFA. Never printed. */
record PasswordCandidate(String password, PasswordUser user, boolean mfaVerified) {

    PasswordCandidate {
        Objects.requireNonNull(password, "password");
        user = user == null ? PasswordUser.unknown() : user;
    }

    /** Length in Unicode code points, so an emoji or a letter outside the BMP counts as one character. */
    int length() {
        return password.codePointCount(0, password.length());
    }

    String normalised() {
        return PasswordNormaliser.normalise(password);
    }

    @Override
    public String toString() {
        return "PasswordCandidate[password=(hidden), user=" + user + ", mfaVerified=" + mfaVerified + "]";
    }
}
