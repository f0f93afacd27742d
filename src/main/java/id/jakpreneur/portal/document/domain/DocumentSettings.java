package id.jakpreneur.portal.document.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded documents ({@code jakpreneur.documents.*}).
 *
 * @param maxBytes the largest file kept; at most {@code spring.servlet.multipart.max-file-size}, so that a larger
 * file still reaches the form, which answers beside the field (checked at startup by {@link DocumentCheck})
 */
@ConfigurationProperties("jakpreneur.documents")
public record DocumentSettings(@DefaultValue("5MB") DataSize maxBytes) {

	public DocumentSettings {
		if (maxBytes.toBytes() < 1024 || maxBytes.toMegabytes() > 100) {
			throw new IllegalArgumentException("jakpreneur.documents.max-bytes must be between 1KB and 100MB");
		}
	}

}
