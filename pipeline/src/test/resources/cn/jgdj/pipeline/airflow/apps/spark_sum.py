"""Submitted by the jgdj_spark_submit integration-test DAG: prints a sum the test checks in the task log."""
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("jgdj-airflow-probe").getOrCreate()
total = spark.range(1000).selectExpr("sum(id) AS s").collect()[0]["s"]
print("jgdj spark sum=%d" % total)
spark.stop()
