package id.jakpreneur.portal.outlet;

import id.jakpreneur.portal.outlet.domain.DemoOutlets;

/** Small files whose first bytes are those of each accepted type, and some that are not images at all. */
public final class PhotoFixtures {

	private PhotoFixtures() {
	}

	public static byte[] png() {
		return DemoOutlets.demoPhoto();
	}

	public static byte[] jpeg() {
		return withHead(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' },
				64);
	}

	public static byte[] webp() {
		return withHead(new byte[] { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' }, 64);
	}

	public static byte[] withHead(byte[] head, int size) {
		byte[] bytes = new byte[Math.max(size, head.length)];
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

}
