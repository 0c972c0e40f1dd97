"""silver.py: the retail pipeline's second Glue job: bronze to silver.

Cleans one day of bronze data and conforms the sales facts to the dimensions:

- dimensions: trimmed text, e-mail addresses lower-cased, dates and prices
  parsed, one row per key (the latest ingestion wins);
- sales: duplicates of a sale_id removed (the last one loaded wins), rows
  without a key, with a non-positive quantity or a negative price dropped,
  missing discounts read as 0, amounts computed
  (gross = quantity * unit_price, net = gross - discount);
- facts whose store, customer or product is unknown are not lost: they go to
  a quarantine folder with the reason, to be replayed once the dimension
  arrives.

    s3://BUCKET/data/factdata/bronze/*/ingest_date=RUN_DATE/
        -> s3://BUCKET/data/factdata/silver/{customers,products,stores}/
        -> s3://BUCKET/data/factdata/silver/sales/sale_date=.../
        -> s3://BUCKET/data/factdata/silver/sales_quarantine/ingest_date=RUN_DATE/

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


def latest_per_key(df, key, order_col):
    """One row per key: the one with the greatest order_col."""
    w = Window.partitionBy(key).orderBy(F.col(order_col).desc())
    return df.withColumn("_rank", F.row_number().over(w)).filter("_rank = 1").drop("_rank")


def trimmed(df):
    for name, dtype in df.dtypes:
        if dtype == "string" and not name.startswith("_"):
            df = df.withColumn(name, F.trim(F.col(name)))
    return df


def clean_customers(df):
    return (latest_per_key(trimmed(df), "customer_id", "_ingested_at")
            .withColumn("email", F.lower("email"))
            .withColumn("country", F.upper("country"))
            .withColumn("signup_date", F.to_date("signup_date", "yyyy-MM-dd"))
            .select("customer_id", "first_name", "last_name", "email", "city", "country",
                    "signup_date"))


def clean_products(df):
    return (latest_per_key(trimmed(df), "product_id", "_ingested_at")
            .withColumn("category", F.initcap("category"))
            .withColumn("unit_price", F.col("unit_price").cast("decimal(12,2)"))
            .select("product_id", "product_name", "category", "brand", "unit_price"))


def clean_stores(df):
    return (latest_per_key(trimmed(df), "store_id", "_ingested_at")
            .withColumn("opened_on", F.to_date("opened_on", "yyyy-MM-dd"))
            .select("store_id", "store_name", "city", "region", "opened_on"))


def clean_sales(df):
    df = latest_per_key(trimmed(df), "sale_id", "_ingested_at")
    df = df.filter(F.col("sale_id").isNotNull() & F.col("sale_date").isNotNull()
                   & (F.col("quantity") > 0) & (F.col("unit_price") >= 0))
    df = df.withColumn("discount", F.coalesce("discount", F.lit(0).cast("decimal(12,2)")))
    df = df.withColumn("gross_amount", (F.col("quantity") * F.col("unit_price")).cast("decimal(14,2)"))
    df = df.withColumn("net_amount", (F.col("gross_amount") - F.col("discount")).cast("decimal(14,2)"))
    return df.withColumn("payment_method", F.lower("payment_method"))


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
    bronze = f"s3://{bucket}/data/factdata/bronze"
    silver = f"s3://{bucket}/data/factdata/silver"

    def read_bronze(table, whole_history=False):
        df = spark.read.parquet(f"{bronze}/{table}/")
        return df if whole_history else df.filter(F.col("ingest_date") == F.lit(run_date))

    # Dimensions are small and rewritten whole from their full bronze history.
    customers = clean_customers(read_bronze("customers", whole_history=True))
    products = clean_products(read_bronze("products", whole_history=True))
    stores = clean_stores(read_bronze("stores", whole_history=True))
    for name, df in (("customers", customers), ("products", products), ("stores", stores)):
        df.write.mode("overwrite").parquet(f"{silver}/{name}/")

    sales = clean_sales(read_bronze("sales"))
    checked = (sales
               .join(stores.select("store_id", F.lit(True).alias("_store_ok")), "store_id", "left")
               .join(customers.select("customer_id", F.lit(True).alias("_customer_ok")), "customer_id", "left")
               .join(products.select("product_id", "category", F.lit(True).alias("_product_ok")),
                     "product_id", "left"))
    reason = (F.when(F.col("_store_ok").isNull(), F.lit("unknown store_id"))
               .when(F.col("_customer_ok").isNull(), F.lit("unknown customer_id"))
               .when(F.col("_product_ok").isNull(), F.lit("unknown product_id")))
    checked = checked.withColumn("_reject_reason", reason)

    good = (checked.filter(F.col("_reject_reason").isNull())
                   .select("sale_id", "sale_ts", "sale_date", "store_id", "customer_id",
                           "product_id", "category", "quantity", "unit_price", "discount",
                           "gross_amount", "net_amount", "payment_method", "ingest_date"))
    good.write.mode("overwrite").partitionBy("sale_date").parquet(f"{silver}/sales/")

    rejected = checked.filter(F.col("_reject_reason").isNotNull()).drop(
        "_store_ok", "_customer_ok", "_product_ok", "category")
    rejected.write.mode("overwrite").partitionBy("ingest_date").parquet(f"{silver}/sales_quarantine/")

    job.commit()


if __name__ == "__main__":
    main()
