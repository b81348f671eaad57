package mfainspector.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Picks JavaFX's software renderer up front on a Linux machine that has no GPU device (no
 * {@code /dev/dri/*}, no {@code /dev/nvidia*}): virtual machines, remote desktops, containers.
 *
 * <p>There, JavaFX would first try its OpenGL pipeline, load Mesa's software OpenGL (LLVM, about
 * 58 MB resident), reject it as a software renderer and fall back to its own software renderer
 * anyway; the libraries stay loaded. Choosing that renderer at once saved about 75 MB of peak
 * memory and a few hundred milliseconds of start-up in the benchmark (README, "Start-up and the
 * benchmark"). With it, JavaFX's cache of drawn region backgrounds is off too: in the software
 * renderer it is an 8 MB array in the Java heap whose promotion forced a full collection (45-70 ms)
 * just after start-up. Where a GPU device exists nothing changes, and a property the user set
 * (for example {@code -Dprism.order=es2} in {@code MFA_INSPECTOR_JAVA_OPTS}) always wins.
 */
public final class RendererChoice {

    static final String ORDER = "prism.order";
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";

    private RendererChoice() {
    }

    /** Sets the properties {@link #choose} gives for this machine; call before the toolkit starts. */
    public static void apply() {
        choose(System.getProperty("os.name", ""), Path.of("/dev"), name -> System.getProperty(name) != null)
                .forEach(System::setProperty);
    }

    /**
     * The JavaFX properties to set: none unless {@code os} is Linux and {@code dev} holds no GPU
     * device; never one that {@code alreadySet} says the user set.
     */
    static Map<String, String> choose(String os, Path dev, Predicate<String> alreadySet) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (!os.toLowerCase(Locale.ROOT).startsWith("linux") || alreadySet.test(ORDER) || hasGpuDevice(dev)) {
            return chosen;
        }
        chosen.put(ORDER, "sw");
        if (!alreadySet.test(REGION_CACHING_OFF)) {
            chosen.put(REGION_CACHING_OFF, "true");
        }
        return chosen;
    }

    /** A DRI node (Mesa and most drivers) or an NVIDIA device node; when unsure, assume one. */
    private static boolean hasGpuDevice(Path dev) {
        if (Files.isDirectory(dev.resolve("dri"))) {
            try (Stream<Path> nodes = Files.list(dev.resolve("dri"))) {
                if (nodes.findAny().isPresent()) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        try (Stream<Path> nodes = Files.list(dev)) {
            return nodes.anyMatch(p -> p.getFileName().toString().startsWith("nvidia"));
        } catch (IOException e) {
            return true;
        }
    }
}
