package cn.jgdj.pipeline.quality;

/** The quality gate stopped the run: a source has more quarantined rows than allowed. */
public final class QualityGateException extends RuntimeException {

    public QualityGateException(String message) {
        super(message);
    }
}
