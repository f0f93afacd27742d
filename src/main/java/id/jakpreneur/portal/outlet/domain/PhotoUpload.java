package id.jakpreneur.portal.outlet.domain;

import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Images;

/**
 * An uploaded product photo as the portal keeps it: checked and cleaned by {@link Images} (the one image check, in the
 * document module), so only its pixels survive; refusals come back in outlet's own words ({@code outlet.photo.*}).
 */
public record PhotoUpload(PhotoType type, byte[] bytes) {

	/** The same limit as for every uploaded image. */
	public static final long MAX_PIXELS = Images.MAX_PIXELS;

	/**
	 * Checks and cleans an upload.
	 * @throws OutletRefusedException when empty, over 2 MB, not a JPEG or PNG that decodes, or too many pixels
	 */
	public static PhotoUpload clean(byte[] upload) {
		try {
			Images.CleanImage image = Images.clean(upload, PhotoType.MAX_BYTES);
			return new PhotoUpload(PhotoType.of(image.type()), image.bytes());
		}
		catch (DocumentRefusedException ex) {
			throw new OutletRefusedException(switch (ex.reason()) {
				case REQUIRED -> "outlet.photo.required";
				case TOO_LARGE -> "outlet.photo.tooLarge";
				case TOO_MANY_PIXELS -> "outlet.photo.tooManyPixels";
				case UNREADABLE -> "outlet.photo.unreadable";
				case TYPE -> "outlet.photo.type";
			});
		}
	}

}
