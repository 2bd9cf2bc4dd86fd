package cn.jgdj.pipeline.it;

import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import java.nio.file.Path;

/** The small county the integration tests run on: big enough for every table, small enough for two cores. */
final class DemoCounty {
    static final int MEMBERS = 400;
    static final int YEARS = 2;
    static final int LAST_YEAR = 2025;

    private DemoCounty() {
    }

    static Path generate(Path dir) throws Exception {
        DemoCountyGenerator.generate(new GeneratorConfig(dir, MEMBERS, YEARS, LAST_YEAR,
                GeneratorConfig.DEFAULT_SEED));
        return dir;
    }
}
