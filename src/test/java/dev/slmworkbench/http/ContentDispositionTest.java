package dev.slmworkbench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aPlainNameIsSentAsItIs() {
        assertEquals("attachment; filename=\"support chats (v2).csv\"",
                ContentDisposition.attachment("support chats (v2).csv"));
    }

    @Test
    void anythingElseGetsASafeFallbackAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"r_sum_.jsonl\"; filename*=UTF-8''r%C3%A9sum%C3%A9.jsonl",
                ContentDisposition.attachment("résumé.jsonl"));
        assertEquals("attachment; filename=\"a_b_ c_d_e.csv\"; filename*=UTF-8''a%22b%3B%20c%5Cd%25e.csv",
                ContentDisposition.attachment("a\"b; c\\d%e.csv"));
        assertEquals("attachment; filename=\"ab.csv\"", ContentDisposition.attachment("a\r\nb.csv"));
        assertEquals("attachment; filename=\"__.csv\"; filename*=UTF-8''%F0%9F%98%80.csv",
                ContentDisposition.attachment("😀.csv"));
    }

    @Test
    void anExtendedValueDecodesStrictly() {
        for (String name : new String[] {"résumé.jsonl", "a\"b; c\\d%e+f.csv", "\uD83D\uDE00.csv", "plain.csv"}) {
            assertEquals(java.util.Optional.of(name), ContentDisposition.decodeExtended("UTF-8''" + ContentDisposition.encode(name)));
        }
        assertEquals(java.util.Optional.of("é.csv"), ContentDisposition.decodeExtended("iso-8859-1'fr'%E9.csv"));
        for (String bad : new String[] {"UTF-8''a%zz.csv", "UTF-8''a.csv%", "UTF-8''a%4", "UTF-8''%C3%28.csv",
                "x-other''a.csv", "a.csv", "UTF-8'a.csv", "UTF-8''é.csv"}) {
            assertEquals(java.util.Optional.empty(), ContentDisposition.decodeExtended(bad), bad);
        }
    }
}
