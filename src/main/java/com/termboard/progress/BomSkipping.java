package com.termboard.progress;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops the byte-order mark that spreadsheet programs put at the start of a UTF-8 CSV. */
final class BomSkipping extends FilterReader {

    BomSkipping(Reader in) throws IOException {
        super(skipBom(new PushbackReader(in, 1)));
    }

    private static Reader skipBom(PushbackReader in) throws IOException {
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
