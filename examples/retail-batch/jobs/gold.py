"""gold.py: the retail pipeline's third Glue job: silver to gold.

Builds the query-ready aggregates the dashboards read, for the sale dates
loaded by the run (silver partitions whose ingest_date is RUN_DATE):

- daily_store_sales: per sale_date, store and product category: number of
  sales, units, gross, discount and net revenue, distinct customers;
- daily_kpis: per sale_date over every store: revenue, orders, average basket
  (net revenue per sale) and the best-selling category.

    s3://BUCKET/data/factdata/silver/{sales,stores}/
        -> s3://BUCKET/data/factdata/gold/daily_store_sales/sale_date=.../
        -> s3://BUCKET/data/factdata/gold/daily_kpis/sale_date=.../

Job arguments: --bucket, --run_date (as for bronze.py).
"""
import sys
from datetime import date, datetime, timedelta, timezone

from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from pyspark.sql import Window
from pyspark.sql import functions as F


def resolve_run_date(value):
    if value in ("", "yesterday"):
        return datetime.now(timezone.utc).date() - timedelta(days=1)
    return date.fromisoformat(value)


def daily_store_sales(sales, stores):
    return (sales.groupBy("sale_date", "store_id", "category")
                 .agg(F.count("sale_id").alias("sales"),
                      F.sum("quantity").alias("units"),
                      F.sum("gross_amount").alias("gross_revenue"),
                      F.sum("discount").alias("discounts"),
                      F.sum("net_amount").alias("net_revenue"),
                      F.countDistinct("customer_id").alias("customers"))
                 .join(F.broadcast(stores.select("store_id", "store_name", "region")), "store_id"))


def daily_kpis(store_sales):
    per_category = (store_sales.groupBy("sale_date", "category")
                               .agg(F.sum("net_revenue").alias("category_revenue")))
    best = Window.partitionBy("sale_date").orderBy(F.col("category_revenue").desc())
    top_category = (per_category.withColumn("_rank", F.row_number().over(best))
                                .filter("_rank = 1")
                                .select("sale_date", F.col("category").alias("top_category")))
    totals = (store_sales.groupBy("sale_date")
                         .agg(F.sum("net_revenue").alias("net_revenue"),
                              F.sum("sales").alias("sales"),
                              F.countDistinct("store_id").alias("active_stores")))
    return (totals.withColumn("avg_basket", (F.col("net_revenue") / F.col("sales")).cast("decimal(14,2)"))
                  .join(top_category, "sale_date"))


def main():
    args = getResolvedOptions(sys.argv, ["JOB_NAME", "bucket", "run_date"])
    sc = SparkContext.getOrCreate()
    glue = GlueContext(sc)
    spark = glue.spark_session
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    job = Job(glue)
    job.init(args["JOB_NAME"], args)

    bucket = args["bucket"]
    run_date = resolve_run_date(args["run_date"]).isoformat()
    silver = f"s3://{bucket}/data/factdata/silver"
    gold = f"s3://{bucket}/data/factdata/gold"

    sales = spark.read.parquet(f"{silver}/sales/")
    # Recompute, in full, every sale date that this run's silver load wrote,
    # so a rerun of a day replaces that day's aggregates.
    touched = sales.filter(F.col("ingest_date") == F.lit(run_date)).select("sale_date").distinct()
    sales = sales.join(F.broadcast(touched), "sale_date")
    stores = spark.read.parquet(f"{silver}/stores/")

    store_sales = daily_store_sales(sales, stores).cache()
    store_sales.write.mode("overwrite").partitionBy("sale_date").parquet(f"{gold}/daily_store_sales/")
    daily_kpis(store_sales).write.mode("overwrite").partitionBy("sale_date").parquet(f"{gold}/daily_kpis/")

    job.commit()


if __name__ == "__main__":
    main()
