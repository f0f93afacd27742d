package id.jakpreneur.portal.entrepreneur.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for NIK and KK at rest, each 32 bytes in Base64, and the rules around revealing them.
 * <ul>
 * <li>{@code encryptionKey} with its {@code encryptionKeyId} (1 to 255): the AES-GCM key new ciphertexts are
 * written with; {@code previousEncryptionKeys} ({@code "1:<base64>,2:<base64>"}): older keys by id, still read
 * until the re-encryption has moved every row to the current key (docs/security.md, key rotation);</li>
 * <li>{@code hashKey}: the HMAC that makes numbers findable and unique without storing them in clear;</li>
 * <li>{@code revealAlertPerDay}: reveals one officer may make in a day before the administrators are told;</li>
 * <li>{@code reencryptionBatch}: participants re-encrypted per transaction.</li>
 * </ul>
 * Production sets the keys through {@code JAKPRENEUR_PERSONAL_DATA_*}; the repository holds only the
 * development keys of the test configuration.
 */
@ConfigurationProperties("jakpreneur.personal-data")
public record PersonalDataSettings(String encryptionKey, @DefaultValue("1") int encryptionKeyId,
		String previousEncryptionKeys, String hashKey, @DefaultValue("20") int revealAlertPerDay,
		@DefaultValue("500") int reencryptionBatch) {
}
