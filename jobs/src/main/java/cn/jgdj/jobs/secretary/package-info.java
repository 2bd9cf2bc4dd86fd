/** indicators/secretary_readiness: whether branch secretaries are trained each year and new ones in time (书记培训). */
package cn.jgdj.jobs.secretary;
