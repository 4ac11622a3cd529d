package com.frgm.dashboard.ingest.orders;

import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * Feeds are UTF-8 (docs/feeds.md 2), but Jackson would quietly decode UTF-16 and UTF-32 too. Those
 * show in the first bytes: a BOM of their own, or a zero byte, which valid UTF-8 JSON never has.
 */
final class Utf8 {

    private Utf8() {}

    /** Peeks at up to four bytes and pushes them back. */
    static boolean looksLikeOtherUnicode(PushbackInputStream in) throws IOException {
        byte[] head = new byte[4];
        int n = 0;
        while (n < head.length) {
            int read = in.read(head, n, head.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        in.unread(head, 0, n);
        boolean bom16 = n >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return bom16;
    }
}
