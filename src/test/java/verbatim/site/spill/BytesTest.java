package verbatim.site.spill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void readsBackWhatADataOutputWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(258);
            out.writeBoolean(true);
            out.writeChar('é');
            out.write(new byte[] {7, 8, 9});
        }
        DataInputStream in = new DataInputStream(new Bytes(bytes.toByteArray()));
        assertEquals(258, in.readInt());
        assertEquals(true, in.readBoolean());
        assertEquals('é', in.readChar());
        byte[] three = new byte[3];
        in.readFully(three);
        assertArrayEquals(new byte[] {7, 8, 9}, three);
        assertEquals(-1, in.read(), "the end");
    }

    @Test
    void bytesAboveSevenBitsReadAsUnsigned() {
        Bytes in = new Bytes(new byte[] {(byte) 0xFF, 0});
        assertEquals(255, in.read());
        assertEquals(1, in.available());
        assertEquals(1, in.skip(5));
        assertEquals(-1, in.read(new byte[2], 0, 2));
        assertEquals(0, in.read(new byte[2], 0, 0));
    }
}
