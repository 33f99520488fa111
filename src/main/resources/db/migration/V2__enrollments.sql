-- Registered verification methods. Authenticator secrets are sealed with AES-GCM (totp_key_id names the key, so
-- keys can be rotated); answers are salted PBKDF2 hashes of the normalised answer. Times are UTC. `version` counts
-- the row's writes. The same SQL runs on H2 and PostgreSQL.
CREATE TABLE enrollment (
    user_id         VARCHAR(256) PRIMARY KEY,
    alternate_email VARCHAR(320),
    mobile_phone    VARCHAR(32),
    totp_secret     VARCHAR(512),
    totp_key_id     VARCHAR(64),
    confirmed_at    TIMESTAMP,
    updated_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL
);

CREATE TABLE enrollment_question (
    user_id     VARCHAR(256) NOT NULL REFERENCES enrollment (user_id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    question    VARCHAR(256) NOT NULL,
    answer_hash VARCHAR(256) NOT NULL,
    PRIMARY KEY (user_id, position)
);
