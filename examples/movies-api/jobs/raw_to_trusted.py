"""raw -> trusted: one day of the raw zone to typed, deduplicated Parquet.

Reads, for the run's day (--run_date YYYY-MM-DD, or "yesterday"):

    raw/ratings/yyyy/mm/dd/*.csv     userId,movieId,rating,timestamp
    raw/movies/yyyy/mm/dd/*.csv      movieId,title,genres   ("Heat (1995)", "Action|Crime")
    raw/links/yyyy/mm/dd/*.csv       movieId,imdbId,tmdbId
    raw/movies_api/yyyy/mm/dd/*.jsonl  the API's records, as the ingest function wrote them

and writes the trusted tables of catalog.yaml (movies, ratings,
api_movies), each partitioned by ingest_date. Only the day's partition is
overwritten, so a rerun replaces it and touches nothing else.
"""
import sys
from datetime import date, timedelta

from awsglue.utils import getResolvedOptions
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

args = getResolvedOptions(sys.argv, ["raw_bucket", "trusted_bucket", "run_date"])
run_date = (date.today() - timedelta(days=1) if args["run_date"] == "yesterday"
            else date.fromisoformat(args["run_date"]))
day = f"{run_date:%Y/%m/%d}"

spark = (SparkSession.builder.appName("movies-raw-to-trusted")
         .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
         .getOrCreate())


def raw(source):
    return f"s3://{args['raw_bucket']}/raw/{source}/{day}/"


def write(df, table):
    (df.withColumn("ingest_date", F.lit(run_date))
       .write.mode("overwrite").partitionBy("ingest_date")
       .parquet(f"s3://{args['trusted_bucket']}/{table}/"))


def csv(source):
    return spark.read.option("header", True).option("mode", "DROPMALFORMED").csv(raw(source))


# ratings: typed, impossible ones dropped, the latest rating per user and movie.
latest = Window.partitionBy("user_id", "movie_id").orderBy(F.col("rated_at").desc())
ratings = (csv("ratings")
           .select(F.col("userId").cast("bigint").alias("user_id"),
                   F.col("movieId").cast("bigint").alias("movie_id"),
                   F.col("rating").cast("double").alias("rating"),
                   F.timestamp_seconds(F.col("timestamp").cast("bigint")).alias("rated_at"))
           .where("user_id IS NOT NULL AND movie_id IS NOT NULL AND rating BETWEEN 0.5 AND 5")
           .withColumn("n", F.row_number().over(latest)).where("n = 1").drop("n"))

# movies: the year out of the title, genres as a list, the API's id from links.
links = csv("links").select(F.col("movieId").cast("bigint").alias("movie_id"),
                            F.col("tmdbId").cast("bigint").alias("tmdb_id"))
movies = (csv("movies")
          .select(F.col("movieId").cast("bigint").alias("movie_id"),
                  F.trim(F.regexp_replace("title", r"\s*\(\d{4}\)\s*$", "")).alias("title"),
                  F.regexp_extract("title", r"\((\d{4})\)\s*$", 1).cast("int").alias("release_year"),
                  F.when(F.col("genres") == "(no genres listed)", F.array().cast("array<string>"))
                   .otherwise(F.split("genres", r"\|")).alias("genres"))
          .where("movie_id IS NOT NULL")
          .dropDuplicates(["movie_id"])
          .join(links.dropDuplicates(["movie_id"]), "movie_id", "left")
          .select("movie_id", "title", "release_year", "genres", "tmdb_id"))

# api_movies: the fields the catalog keeps, one row per movie.
api_movies = (spark.read.json(raw("movies_api"))
              .select(F.col("id").cast("bigint").alias("movie_id"),
                      F.col("title").cast("string").alias("title"),
                      F.to_date("release_date").alias("release_date"),
                      F.col("popularity").cast("double").alias("popularity"),
                      F.col("vote_average").cast("double").alias("vote_average"),
                      F.col("vote_count").cast("bigint").alias("vote_count"))
              .where("movie_id IS NOT NULL")
              .dropDuplicates(["movie_id"]))

write(movies, "movies")
write(ratings, "ratings")
write(api_movies, "api_movies")
