"""bronze.py: the retail pipeline's first Glue job: landing data to bronze.

Copies the day's sales transactions out of the on-premise source database
(over JDBC) and the dimension files the business drops in data/dimension/
(CSV with a header row) into the bronze layer as parquet, unchanged apart
from explicit column types and three lineage columns. Nothing is filtered
or fixed here: bronze is the faithful, replayable copy of the sources.

    s3://BUCKET/data/dimension/{customers,products,stores}/*.csv
    source database table SOURCE_TABLE (rows with sale_date = RUN_DATE)
        -> s3://BUCKET/data/factdata/bronze/{customers,products,stores}/ingest_date=RUN_DATE/
        -> s3://BUCKET/data/factdata/bronze/sales/ingest_date=RUN_DATE/

Job arguments (set in the stack's default_arguments, overridable per run):
  --bucket        the attendee's bucket
  --secret_id     Secrets Manager secret holding the source database connection
                  as JSON: engine (postgres or mysql), host, port, dbname,
                  username, password
  --source_table  the sales table in the source database, like public.sales
  --run_date      YYYY-MM-DD to load, or "yesterday" (UTC; the default)
"""
import json
import sys
from datetime import date, datetime, timedelta, timezone

import boto3
from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from pyspark.sql import functions as F
from pyspark.sql.types import (DateType, DecimalType, IntegerType, StringType,
                               StructField, StructType, TimestampType)

JDBC_DRIVERS = {
    "postgres": ("jdbc:postgresql://{host}:{port}/{dbname}", "org.postgresql.Driver"),
    "mysql": ("jdbc:mysql://{host}:{port}/{dbname}", "com.mysql.cj.jdbc.Driver"),
}

# The dimension files as the business exports them. Reading with a fixed
# schema (not inferSchema) makes a changed export fail loudly here instead of
# silently changing types downstream.
DIMENSIONS = {
    "customers": StructType([
        StructField("customer_id", IntegerType(), False),
        StructField("first_name", StringType()),
        StructField("last_name", StringType()),
        StructField("email", StringType()),
        StructField("city", StringType()),
        StructField("country", StringType()),
        StructField("signup_date", StringType()),
    ]),
    "products": StructType([
        StructField("product_id", IntegerType(), False),
        StructField("product_name", StringType()),
        StructField("category", StringType()),
        StructField("brand", StringType()),
        StructField("unit_price", StringType()),
    ]),
    "stores": StructType([
        StructField("store_id", IntegerType(), False),
        StructField("store_name", StringType()),
        StructField("city", StringType()),
        StructField("region", StringType()),
        StructField("opened_on", StringType()),
    ]),
}

SALES_COLUMNS = {
    "sale_id": StringType(),
    "sale_ts": TimestampType(),
    "sale_date": DateType(),
    "store_id": IntegerType(),
    "customer_id": IntegerType(),
    "product_id": IntegerType(),
    "quantity": IntegerType(),
    "unit_price": DecimalType(12, 2),
    "discount": DecimalType(12, 2),
    "payment_method": StringType(),
}


def resolve_run_date(value):
    if value in ("", "yesterday"):
        return datetime.now(timezone.utc).date() - timedelta(days=1)
    return date.fromisoformat(value)


def source_connection(secret_id):
    """The JDBC URL and properties for the source database, from its secret."""
    secret = boto3.client("secretsmanager").get_secret_value(SecretId=secret_id)
    conn = json.loads(secret["SecretString"])
    engine = conn.get("engine", "postgres")
    if engine not in JDBC_DRIVERS:
        raise ValueError(f"secret {secret_id}: engine {engine!r} is not one of {sorted(JDBC_DRIVERS)}")
    url_template, driver = JDBC_DRIVERS[engine]
    url = url_template.format(**conn)
    props = {"user": conn["username"], "password": conn["password"], "driver": driver}
    return url, props


def with_lineage(df, source, run_date, run_id):
    return (df.withColumn("_source", F.lit(source))
              .withColumn("_ingested_at", F.current_timestamp())
              .withColumn("_job_run_id", F.lit(run_id))
              .withColumn("ingest_date", F.lit(run_date.isoformat()).cast(DateType())))


def write_bronze(df, bucket, table):
    # Dynamic partition overwrite: a rerun of the same day replaces that
    # day's partition and leaves the others alone.
    (df.write.mode("overwrite")
       .partitionBy("ingest_date")
       .parquet(f"s3://{bucket}/data/factdata/bronze/{table}/"))


def main():
    args = getResolvedOptions(sys.argv, ["JOB_NAME", "bucket", "secret_id", "source_table", "run_date"])
    sc = SparkContext.getOrCreate()
    glue = GlueContext(sc)
    spark = glue.spark_session
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    job = Job(glue)
    job.init(args["JOB_NAME"], args)

    bucket = args["bucket"]
    run_date = resolve_run_date(args["run_date"])
    run_id = args.get("JOB_RUN_ID", "")

    for name, schema in DIMENSIONS.items():
        path = f"s3://{bucket}/data/dimension/{name}/"
        dim = (spark.read.option("header", "true").option("mode", "FAILFAST")
                    .schema(schema).csv(path))
        write_bronze(with_lineage(dim, path, run_date, run_id), bucket, name)

    url, props = source_connection(args["secret_id"])
    columns = ", ".join(SALES_COLUMNS)
    query = (f"(SELECT {columns} FROM {args['source_table']} "
             f"WHERE sale_date = DATE '{run_date.isoformat()}') AS day_sales")
    sales = spark.read.jdbc(url=url, table=query, properties={**props, "fetchsize": "10000"})
    sales = sales.select([F.col(c).cast(t).alias(c) for c, t in SALES_COLUMNS.items()])
    write_bronze(with_lineage(sales, args["source_table"], run_date, run_id), bucket, "sales")

    job.commit()


if __name__ == "__main__":
    main()
