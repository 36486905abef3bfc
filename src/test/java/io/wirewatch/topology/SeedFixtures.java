package io.wirewatch.topology;

/** Articles the topology tests send beside the seed. */
final class SeedFixtures {
    /** A second agency's report of the seed's contact (TASS, the day after), with Peskov's words. */
    static final String TASS_REPORT = """
            date 2026-02-11
            Песков подтвердил контакты с Парижем

            Москва. 11 февраля. ТАСС - Пресс-секретарь президента РФ Дмитрий Песков подтвердил возобновление \
            контактов с Елисейским дворцом на техническом уровне. "Да, такие контакты есть", - сказал Песков журналистам.
            """;

    private SeedFixtures() {
    }
}
