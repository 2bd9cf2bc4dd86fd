/** The unit directory (indicators/units): the names packs print for unit ids. */
package cn.jgdj.jobs.units;
