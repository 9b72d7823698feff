// Writes a synthetic catalog of N exercises (and a routine using them) to
// stdout, for the loading benchmarks: bench_gen_catalog N > catalog.yaml
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100;
    const char* positions[] = {"standing", "seated", "quadruped", "prone", "supine"};
    const char* categories[] = {"warm-up", "stretch", "mobility", "strength", "release"};
    std::printf("exercises:\n");
    for (int i = 0; i < count; ++i) {
        std::printf("  - id: synthetic-%d\n"
                    "    name: Synthetic Exercise %d\n"
                    "    aliases: [synthetic move %d]\n"
                    "    category: %s\n"
                    "    targets: [thoracic-spine, shoulders]\n"
                    "    position: %s\n"
                    "    equipment: [mat]\n"
                    "    intensity: gentle\n"
                    "    overhead: false\n"
                    "    why: Eases stiffness between the shoulder blades, number %d.\n"
                    "    steps:\n"
                    "      - Start in a comfortable position with a long spine.\n"
                    "      - Move slowly through the range you have, breathing out.\n"
                    "      - Return to the start and repeat.\n"
                    "    dose: {reps: 8-12, tempo: 4s, sides: 2}\n"
                    "    cues: [Breathe out as you move, Keep the shoulders low]\n"
                    "    sources: [synthetic]\n",
                    i, i, i, categories[i % 5], positions[i % 5], i);
    }
    std::printf("routines:\n  - id: synthetic-routine\n    name: Synthetic Routine\n    steps:\n");
    for (int i = 0; i < count && i < 50; ++i) {
        std::printf("      - exercise: synthetic-%d\n", i);
    }
    return 0;
}
