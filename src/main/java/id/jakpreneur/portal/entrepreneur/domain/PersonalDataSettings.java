package id.jakpreneur.portal.entrepreneur.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for NIK and KK at rest, each 32 bytes in Base64: one for AES-GCM encryption, one for the HMAC that makes
 * numbers findable and unique without storing them in clear. Production sets them through
 * {@code JAKPRENEUR_PERSONAL_DATA_ENCRYPTION_KEY} and {@code JAKPRENEUR_PERSONAL_DATA_HASH_KEY}; the repository
 * holds only the development keys of the test configuration.
 */
@ConfigurationProperties("jakpreneur.personal-data")
public record PersonalDataSettings(String encryptionKey, String hashKey) {
}
