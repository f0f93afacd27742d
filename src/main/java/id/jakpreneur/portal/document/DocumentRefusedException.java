package id.jakpreneur.portal.document;

import java.util.Locale;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * An upload the portal does not keep, with the reason; its message key ({@code document.file.<reason>}) is the field
 * error a form shows beside the file input. A caller with its own wording (outlet's product photos) maps the reason.
 */
public class DocumentRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	/** Why an upload was refused. */
	public enum Reason {

		/** No file, or an empty one. */
		REQUIRED,

		/** Over the size limit. */
		TOO_LARGE,

		/** Not a whole PDF, JPEG or PNG (by its content), or one that does not decode. */
		TYPE,

		/** An image with more pixels than {@link Images#MAX_PIXELS}. */
		TOO_MANY_PIXELS,

		/** The upload could not be read. */
		UNREADABLE;

		String key() {
			String name = name().toLowerCase(Locale.ROOT);
			StringBuilder key = new StringBuilder("document.file.");
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				key.append(c == '_' ? Character.toUpperCase(name.charAt(++i)) : c);
			}
			return key.toString();
		}

	}

	private final Reason reason;

	public DocumentRefusedException(Reason reason) {
		super(reason.key());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
