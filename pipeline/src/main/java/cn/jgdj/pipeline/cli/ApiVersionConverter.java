package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.airflow.ApiVersion;
import picocli.CommandLine;

/** Reads --api auto|v1|v2. */
final class ApiVersionConverter implements CommandLine.ITypeConverter<ApiVersion> {
    @Override
    public ApiVersion convert(String value) {
        try {
            return ApiVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
