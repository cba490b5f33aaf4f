package verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatcherTest {

    @ParameterizedTest
    @ValueSource(strings = {".a.fr.md.swp", ".a.fr.md.swx", ".#a.fr.md", "#a.fr.md#", "a.fr.md~", "4913",
            "sedX3kP0a", ".goutputstream-ZP3KR2", "a.fr.md___jb_tmp___", "a.fr.md___jb_old___", "a.fr.md.tmp",
            "a.fr.md.crswap", "content/.verbatim.yaml.swp"})
    void anEditorsScratchFileIsNoSource(String name) {
        assertTrue(Watcher.isScratch(Path.of(name)), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.fr.md", "content/sharma-anthropic.en.md", "base.peb", "style.css", "verbatim.yaml",
            "favicon.svg", "search.js"})
    void aSourceIsWatched(String name) {
        assertFalse(Watcher.isScratch(Path.of(name)), name);
    }
}
