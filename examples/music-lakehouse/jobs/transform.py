"""transform.py: the music lakehouse's transform job: landing zone to Iceberg.

Reads one day of raw API responses from the landing zone, shapes them into
the three Iceberg tables of the Glue catalog database (created by the stack,
with their data and metadata in the transformation zone) and merges them in,
so a rerun of the same day changes nothing:

    users    one row per user, the profile as last extracted   key user_id
    songs    one row per song of the catalog                   key song_id
    sessions one row per song played in a listening session    key (session_id, song_id, played_at)

Raw shapes (see extract.py):
    users:    {user_id, first_name, last_name, location: {city, country}, user_since}
    songs:    {song_id, title, release, artist: {id, name}, year, duration}
    sessions: {session_id, user_id, items: [{song_id, played_at, liked, price}]}

Job arguments (the stack's default_arguments):
  --landing_bucket  the landing zone bucket
  --database        the Glue catalog database holding the tables
  --warehouse       s3:// URI of the transformation zone (the Iceberg warehouse)
  --run_date        YYYY-MM-DD to transform, or "yesterday" (UTC; the default)
  --datalake-formats iceberg   (read by Glue itself: puts Iceberg on the classpath)
"""
import sys
from datetime import date, datetime, timedelta, timezone

from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.conf import SparkConf
from pyspark.context import SparkContext
from pyspark.sql import functions as F

CATALOG = "glue_catalog"


def resolve_run_date(value):
    if value in ("", "yesterday"):
        return datetime.now(timezone.utc).date() - timedelta(days=1)
    return date.fromisoformat(value)


def iceberg_conf(warehouse):
    """Spark settings that make glue_catalog.<database>.<table> the Glue
    Data Catalog's Iceberg tables."""
    prefix = f"spark.sql.catalog.{CATALOG}"
    return (SparkConf()
            .set("spark.sql.extensions",
                 "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions")
            .set(prefix, "org.apache.iceberg.spark.SparkCatalog")
            .set(f"{prefix}.catalog-impl", "org.apache.iceberg.aws.glue.GlueCatalog")
            .set(f"{prefix}.io-impl", "org.apache.iceberg.aws.s3.S3FileIO")
            .set(f"{prefix}.warehouse", warehouse))


def users_of(raw, run_date):
    return (raw.select(F.col("user_id").cast("string"),
                       F.trim("first_name").alias("first_name"),
                       F.trim("last_name").alias("last_name"),
                       F.initcap(F.trim("location.city")).alias("city"),
                       F.upper(F.trim("location.country")).alias("country"),
                       F.to_timestamp("user_since").alias("user_since"))
               .filter(F.col("user_id").isNotNull())
               .dropDuplicates(["user_id"])
               .withColumn("ingest_on", F.lit(run_date).cast("date")))


def songs_of(raw, run_date):
    return (raw.select(F.col("song_id").cast("string"),
                       F.trim("title").alias("title"),
                       F.trim("release").alias("release"),
                       F.col("artist.id").cast("string").alias("artist_id"),
                       F.trim("artist.name").alias("artist_name"),
                       F.when(F.col("year") > 0, F.col("year")).cast("int").alias("year"),
                       F.col("duration").cast("double").alias("duration"))
               .filter(F.col("song_id").isNotNull())
               .dropDuplicates(["song_id"])
               .withColumn("ingest_on", F.lit(run_date).cast("date")))


def sessions_of(raw, run_date):
    items = raw.select("session_id", "user_id", F.explode("items").alias("item"))
    return (items.select(F.col("session_id").cast("string"),
                         F.col("user_id").cast("string"),
                         F.col("item.song_id").cast("string").alias("song_id"),
                         F.to_timestamp("item.played_at").alias("played_at"),
                         F.coalesce(F.col("item.liked"), F.lit(False)).alias("liked"),
                         F.col("item.price").cast("double").alias("price"))
                 .filter(F.col("session_id").isNotNull() & F.col("song_id").isNotNull())
                 .dropDuplicates(["session_id", "song_id", "played_at"])
                 .withColumn("ingest_on", F.lit(run_date).cast("date")))


# The tables as catalog.yaml registers them, column for column, comments
# included. terrace makes the Glue tables (so their schema is in the catalog,
# reviewed in plans, from day one); the first run writes their Iceberg
# metadata: CREATE TABLE IF NOT EXISTS finds no Iceberg metadata yet, and
# Iceberg's Glue catalog then completes the table terrace registered (it
# records metadata_location on it) instead of making another. Iceberg writes
# the columns back to the Glue table from this DDL, which is why it must
# match catalog.yaml. Later runs find the table and skip this.
TABLES = {
    "users": ([("user_id", "string", "user id on the platform"),
               ("first_name", "string", None),
               ("last_name", "string", None),
               ("city", "string", None),
               ("country", "string", "ISO 3166-1 alpha-2"),
               ("user_since", "timestamp", "sign-up time"),
               ("ingest_on", "date", "day of the extract that last changed the row")],
              None),
    "sessions": ([("session_id", "string", None),
                  ("user_id", "string", "users.user_id"),
                  ("song_id", "string", "songs.song_id"),
                  ("played_at", "timestamp", None),
                  ("liked", "boolean", None),
                  ("price", "double", "what the play cost the user, in USD"),
                  ("ingest_on", "date", None)],
                 "days(played_at)"),
    "songs": ([("song_id", "string", None),
               ("title", "string", None),
               ("release", "string", "album or single"),
               ("artist_id", "string", None),
               ("artist_name", "string", None),
               ("year", "int", "release year; null when unknown"),
               ("duration", "double", "seconds"),
               ("ingest_on", "date", None)],
              None),
}


def table_ddl(db, table, warehouse):
    columns, partitioning = TABLES[table]
    cols = ", ".join(f"{name} {dtype}" + (f" COMMENT '{comment}'" if comment else "")
                     for name, dtype, comment in columns)
    partitioned = f" PARTITIONED BY ({partitioning})" if partitioning else ""
    return (f"CREATE TABLE IF NOT EXISTS {db}.{table} ({cols}) USING iceberg{partitioned} "
            f"LOCATION '{warehouse.rstrip('/')}/{table}'")


def ensure_iceberg_tables(spark, db, warehouse):
    for table in TABLES:
        spark.sql(table_ddl(db, table, warehouse))


def merge(spark, df, table, keys):
    """MERGE df into the Iceberg table on keys: update matches, insert the rest."""
    view = f"incoming_{table.rsplit('.', 1)[-1]}"
    df.createOrReplaceTempView(view)
    on = " AND ".join(f"t.{k} = s.{k}" for k in keys)
    spark.sql(f"MERGE INTO {table} t USING {view} s ON {on} "
              f"WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *")


def main():
    args = getResolvedOptions(sys.argv, ["JOB_NAME", "landing_bucket", "database", "warehouse",
                                         "run_date"])
    sc = SparkContext.getOrCreate(conf=iceberg_conf(args["warehouse"]))
    glue = GlueContext(sc)
    spark = glue.spark_session
    job = Job(glue)
    job.init(args["JOB_NAME"], args)

    run_date = resolve_run_date(args["run_date"]).isoformat()
    landing = f"s3://{args['landing_bucket']}"
    db = f"{CATALOG}.{args['database']}"

    ensure_iceberg_tables(spark, db, args["warehouse"])

    def raw(resource):
        return spark.read.json(f"{landing}/{resource}/ingest_on={run_date}/")

    merge(spark, users_of(raw("users"), run_date), f"{db}.users", ["user_id"])
    merge(spark, songs_of(raw("songs"), run_date), f"{db}.songs", ["song_id"])
    merge(spark, sessions_of(raw("sessions"), run_date), f"{db}.sessions",
          ["session_id", "song_id", "played_at"])

    job.commit()


if __name__ == "__main__":
    main()
